### baraza — en: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Each message says where it shows and what its variables are.
