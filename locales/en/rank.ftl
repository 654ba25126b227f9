### baraza — en: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Each message says where it shows and what its variables are.
