### baraza — Kiswahili: skrini za mwezeshaji.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw`.
### Istilahi za mbinu ziko kwenye glossary.ftl.

## Mstari wa hali

said-language = lugha: { $name }
said-language-not-kept = lugha: { $name } (haikukumbukwa: { $error })
