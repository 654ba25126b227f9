### baraza — ar: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ar --files locales`.
