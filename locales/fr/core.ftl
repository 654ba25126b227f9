### baraza — français : le cœur (dates, nombres, statuts, règles).
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Entre les éléments d'une liste.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Virgule décimale (« 2,5 »).
decimal-separator = ,
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# « 5 nov. 2026 », « 5 novembre 2026 », « jeudi ».
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
status-planned = prévue
status-in-progress = en cours
status-done = réalisée
status-stalled = bloquée
status-dropped = abandonnée
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
