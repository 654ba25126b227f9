### baraza — Kiswahili: ujumbe wa msingi (tarehe, namba, hali, sheria).
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
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

## Maneno ya msingi kwa skrini na ripoti (hatua, hali, mbinu)

stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
status-planned = imepangwa
status-in-progress = inaendelea
status-done = imekamilika
status-stalled = imekwama
status-dropped = imeachwa
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
