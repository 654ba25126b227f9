### baraza — Soomaali: fariimaha aasaasiga ah (taariikhaha, tirooyinka, xaaladaha, xeerarka).
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Inta u dhaxaysa walxaha liiska.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Inta u dhaxaysa tirada dhan iyo jajabka ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# Magacyada gaaban ee bilaha (Kob, Lab…) lama yaqaan: taariikhda gaaban
# waa 05/11/2026; tan dheer "5 Bisha Kow iyo Tobnaad 2026"; maalinta "Khamiis".
date-short = %d/%m/%Y
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
status-planned = qorshaysan
status-in-progress = socda
status-done = dhammaaday
status-stalled = istaagay
status-dropped = laga tagay
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
