### baraza — Kiswahili: ujumbe wa msingi (tarehe, namba, hali, sheria).
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Kati ya vipengele vya orodha.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Kati ya namba nzima na sehemu yake ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# Tarehe katika sentensi: "5 Nov 2026", "5 Novemba 2026", "Alhamisi".
date-short = %-d %b %Y
date-long = %-d %B %Y
date-weekday = %A

## Words the core gives to screens and reports

# The six steps of the cycle, as the stepper, the panels' titles and the
# reports name them.
stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
# An action's status (Monitor, the room's screen, reports).
status-planned = imepangwa
status-in-progress = inaendelea
status-done = imekamilika
status-stalled = imekwama
status-dropped = imeachwa
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
