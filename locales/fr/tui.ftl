### baraza — français : les écrans du facilitateur.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr`.
### Les termes de la méthode sont dans glossary.ftl.

## Ligne d'état

said-language = langue : { $name }
said-language-not-kept = langue : { $name } (non mémorisée : { $error })
