### baraza — Kiswahili: ujumbe wa msingi (tarehe, namba, hali, sheria).
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw`.
### Istilahi za mbinu ziko kwenye glossary.ftl.

## Jinsi Kiswahili kinavyoandika orodha, namba na tarehe

# Kati ya vipengele vya orodha.
list-separator = {", "}
# Kati ya namba nzima na sehemu yake ("2.5").
decimal-separator = .
# Tarehe katika sentensi: "5 Nov 2026", "5 Novemba 2026", "Alhamisi".
date-short = %-d %b %Y
date-long = %-d %B %Y
date-weekday = %A
