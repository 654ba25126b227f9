### baraza — ar: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ar --files locales`.
