### baraza — Soomaali: khadka amarrada.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.
