### baraza — sw: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Awaits review by a native-speaking facilitator; check with `baraza lang check sw --files locales`.
