### baraza — français : la ligne de commande.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## baraza export

# --table given without --format csv (keep the option names as they are).
cli-export-table-not-csv = --table ne sert qu'au CSV : ajoutez --format csv ou retirez --table
# -o - with CSV and no --table.
cli-export-csv-stdout = le CSV fait un fichier par table : choisissez-en une avec --table (p. ex. --table problems) pour l'écrire sur la sortie standard
# $path: the session file, in the programme view.
cli-export-in-view = { $path }: copie dans la vue du programme, en lecture seule ; écrivez le rapport ailleurs avec -o FICHIER ou -o DOSSIER
# A note after writing a report of a file from outside the folder.
cli-export-not-own = remarque : la séance n'est pas dans le dossier des séances de cet ordinateur ; elle reste telle quelle, et cet export n'est pas dans son journal des exports
# $error: why the export log could not be written (the store's words).
cli-export-not-logged = le rapport est écrit, mais pas consigné dans le journal des exports de la séance : { $error }

## baraza new

# No terminal to open the new session in.
cli-new-not-opened = la séance est enregistrée ; elle n'a pas été ouverte, faute de terminal ici (ouvrez-la plus tard avec `baraza open`)

## file name in every language: scripts look for it)

# $file: the file; $sealed: the mark below, or nothing.
cli-check-ok = { $file }: ok{ $sealed }
# An old file. $version: its format version.
cli-check-ok-old = { $file }: ok{ $sealed } (fichier en version { $version }, mis à jour au prochain enregistrement)
# After "ok" for an encrypted file.
cli-check-encrypted-mark = , chiffré
cli-check-not-checked = { $file }: chiffré, non vérifié
cli-check-cue = { $file }: ok (où en est la fenêtre du facilitateur, pour l'écran de la salle ; pas une séance)
cli-check-no-file = { $file }: fichier introuvable
