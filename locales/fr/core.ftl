### baraza — français : le cœur (dates, nombres, statuts, règles).
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr`.
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
