### baraza — ru: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ru --files locales`.
