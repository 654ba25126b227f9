### baraza — Kiswahili: vitufe.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.
