### baraza — Soomaali: shaashadaha fududeeyaha.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so`.
### Ereyada habka waxay ku jiraan glossary.ftl.

## Xariiqda xaaladda

said-language = luqadda: { $name }
said-language-not-kept = luqadda: { $name } (lama xusuusan: { $error })
