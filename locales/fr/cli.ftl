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

## such as "Usage" and "Options", stay English)

# The program, in one sentence, at the top of `baraza --help`.
cli-help-about = baraza guide un atelier de sécurité communautaire, panneau par panneau — préparer, identifier les problèmes, les classer, planifier les actions, suivre, apprendre — et garde chaque séance dans un fichier RON.
cli-help-no-command = Lancé sans commande, il ouvre la liste des séances.
# The options every command takes.
cli-help-dir = Dossier des fichiers de séance [par défaut : le dossier de données de la plateforme, sous Linux ~/.local/share/baraza/sessions]
cli-help-lang = Langue des écrans et des messages : en, sw, fr, ar, so, ru [par défaut : celle de la configuration, sinon LC_ALL/LC_MESSAGES/LANG, sinon en]. Pour `export`, la langue du rapport [par défaut : la langue de la salle de la séance]
# Each command, in one line (the list under "Commands").
cli-help-new = Créer une séance, afficher son chemin et l'ouvrir
cli-help-open = Ouvrir une séance par chemin, nom de fichier, slug ou id
cli-help-present = Montrer l'écran de la salle d'une séance, pour le projecteur : il suit en direct la fenêtre du facilitateur, en lecture seule (sans verrou)
cli-help-list = Lister les séances du dossier, les plus récentes d'abord
cli-help-check = Vérifier des fichiers de séance ; affiche `ok` ou l'erreur avec ligne et colonne
cli-help-export = Écrire une séance en rapport : Markdown, tables CSV ou une page HTML
cli-help-rollup = Synthèse de toutes les séances du dossier : problèmes récurrents, actions réalisées, actions en retard, problèmes à porter au district ou au niveau national
cli-help-retention = Purger le texte libre plus ancien qu'un âge donné (notes de contexte, textes des notes de suivi…), en gardant comptes, rangs, statuts et dates
cli-help-sync = Réunir les séances de plusieurs ordinateurs : envoyer celles de cet ordinateur au dépôt du programme (clé USB, dossier partagé), recevoir celles des autres dans la vue du programme
cli-help-encryption = Chiffrer les séances du dossier sur le disque (age), voir comment il est chiffré, changer sa phrase secrète, ou en retrouver une perdue avec la clé de secours
cli-help-lang-command = Les langues de baraza : vérifier une traduction (ce qui manque, est mal écrit ou cassé), pour qui la corrige

## baraza list (the table; TSV keeps English headings for scripts)

cli-list-col-date = date
cli-list-col-title = titre
cli-list-col-location = lieu
cli-list-col-stage = étape
cli-list-col-problems = problèmes
cli-list-col-votes = votes
cli-list-col-actions = actions
cli-list-col-file = fichier
cli-list-unreadable = illisible : { $error }
cli-list-skipped-unreadable = ignoré, illisible { $file } : { $error }
cli-list-empty = aucune séance dans { $folder } ; commencez-en une avec `baraza new --title "..."`
cli-list-no-programme-view = pas encore de vue du programme : `baraza sync` la crée (la première fois : baraza sync /media/usb/programme.git)
cli-list-cannot-write = impossible d'écrire la liste : { $error }
