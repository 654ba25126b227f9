### baraza — français : le cœur (dates, nombres, statuts, règles).
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.

## Comment le français écrit listes, nombres et dates

# Entre les éléments d'une liste.
list-separator = {", "}
# Virgule décimale (« 2,5 »).
decimal-separator = ,
# « 5 nov. 2026 », « 5 novembre 2026 », « jeudi ».
date-short = %-d %b %Y
date-long = %-d %B %Y
date-weekday = %A

## Mots du cœur pour les écrans et rapports (étapes, statuts d'une action, méthodes)

stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
status-planned = prévue
status-in-progress = en cours
status-done = réalisée
status-stalled = bloquée
status-dropped = abandonnée
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
