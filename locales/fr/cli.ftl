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
# clap's own words: the headings (": " follows each), the placeholder for a
# command in the usage line (capitals, like the other placeholders), and
# the help and version flags and the help command.
cli-help-usage = Utilisation
cli-help-commands = Commandes
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-command-value = COMMANDE
cli-help-help = Afficher l'aide
cli-help-version = Afficher la version
cli-help-help-command = Afficher ce message ou l'aide des sous-commandes données
# The commands under a command, and their options (keep the option names,
# the placeholders in capitals and the commands as they are).
cli-help-encryption-on = Activer le chiffrement : une clé pour cet ordinateur, protégée par une phrase secrète tapée une fois à chaque démarrage, et une clé de secours à noter
cli-help-encryption-on-coordinator = Sceller aussi chaque séance pour la clé publique du coordinateur du programme (age1…, donnée par `baraza encryption status` sur l'ordinateur du coordinateur)
cli-help-encryption-status = Si le dossier est chiffré, et pour quelles clés
cli-help-encryption-passphrase = Changer la phrase secrète (l'actuelle, puis la nouvelle deux fois)
cli-help-encryption-recover = Une phrase secrète perdue : la clé de secours notée à la mise en place, puis une nouvelle phrase secrète
cli-help-lang-check = Pour chaque langue (ou celle donnée) : messages traduits, manquants (affichés en anglais en attendant), inconnus, avec une variable fausse, ou illisibles ; sort avec 1 quand il faut corriger quelque chose
cli-help-lang-check-checked = La langue à vérifier (en, sw, fr, ar, so, ru) [par défaut : toutes]
cli-help-lang-check-files = Vérifier les fichiers .ftl de ce dossier (LOCALES/<lang>/*.ftl, comme locales/ dans les sources) au lieu de ceux intégrés : une traduction en cours de modification, avant sa compilation
cli-help-lang-check-verbose = Lister chaque message manquant, pas seulement leur nombre
cli-help-sync-repository = Le dépôt du programme, p. ex. /media/usb/programme.git ; retenu pour la fois suivante [par défaut : celui retenu]
cli-help-sync-laptop = Le nom de cet ordinateur dans le programme, à sa première synchronisation (a-z, 0-9, -) [par défaut : son nom d'hôte et quatre chiffres au hasard]
cli-help-sync-init = Créer un dépôt du programme (un nouveau dossier sur une clé USB ou un dossier partagé) et le retenir pour cet ordinateur
cli-help-sync-init-path = Où : un dossier qui n'existe pas encore, ou vide
cli-help-sync-init-laptop = Le nom de cet ordinateur dans le programme (a-z, 0-9, -)
cli-help-sync-resolve = Séances modifiées sur deux ordinateurs : les lister, montrer les versions de l'une, ou en garder une (les autres restent dans l'historique du programme)
cli-help-sync-resolve-session = La séance : son id court, son id, son titre ou son nom de fichier [par défaut : lister chaque séance à résoudre]
cli-help-sync-resolve-keep = Garder la version de cet ordinateur (son nom dans le programme)
cli-help-sync-resolve-keep_newest = Garder la version la plus récente (celle utilisée jusqu'ici)

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

## Why a session file or folder cannot be read or written (the store's
## words): after the file's path on the command line ("FILE: …"), and on
## the facilitator's status line and questions. File names, holders and the
## file parser's own words come in variables, as they are.

# A place in a file. $line, $column: numbers.
store-at = { $line }:{ $column }
# $at: the place (above); $message: the parser's words (English).
store-syntax = { $at }: { $message }
# $version: the file's format version; $supported: the newest this baraza reads.
store-newer = { $at }: écrit par un baraza plus récent (version de fichier { $version }, ce baraza lit jusqu'à la { $supported }) ; mettez baraza à jour pour l'ouvrir
store-unknown-version = { $at }: version de fichier inconnue { $version }
# $problems: the rules' words, separated by "; ".
store-inconsistent = { $at }: incohérent : { $problems }
# $holder: who has it open ("baraza (pid 4242) of amina on field-laptop, since 10:42").
store-locked = ouvert dans { $holder } ; ouvrez-le en lecture seule ou fermez-le d'abord là-bas
store-encrypted = chiffré, et aucune clé déverrouillée ne l'ouvre ; lancez baraza dans un terminal pour taper la phrase secrète du dossier
# $message: why (age's words, English).
store-damaged = chiffré, mais endommagé : { $message }
# $query: what was typed (keep the command as it is).
store-no-match = aucune séance ne correspond à « { $query } » ; `baraza list` les montre
# $matches: the files, separated by commas.
store-ambiguous = « { $query } » correspond à plusieurs séances : { $matches } ; donnez le nom du fichier
store-not-a-folder = n'est pas un dossier
store-not-a-plain-file = n'est pas un fichier ordinaire
store-not-a-file-name = n'est pas un nom de fichier
store-refused-folder = est un dossier, pas un fichier de séance
store-refused-link = est un lien vers un autre fichier ; baraza n'ouvre que des fichiers ordinaires (copiez la séance dans le dossier)
store-refused-other = n'est pas un fichier ordinaire (un tube ou un périphérique)
# A session's lock file that baraza will not use. $what: one of the two below,
# or store-not-a-plain-file.
store-not-a-lock = { $what }, pas un fichier de verrou : baraza n'écrit jamais à travers ; supprimez-le pour modifier cette séance
store-lock-link-or-folder = est un lien ou un dossier
store-lock-hard-link = est un lien physique vers un autre fichier
store-encrypted-already = est déjà chiffré
store-not-encrypted = n'est pas chiffré
# $folder: the folder of sessions.
store-wrong-passphrase = phrase secrète erronée pour la clé de { $folder }
store-wrong-recovery-key = ce n'est pas la clé de secours de { $folder }
# The system's reasons, by kind.
store-io-not-found = fichier ou dossier introuvable
store-io-permission = permission refusée (cet utilisateur ne peut ni le lire ni l'écrire)
store-io-exists = existe déjà
store-io-full = le disque est plein
store-io-read-only = le disque est en lecture seule (une clé USB verrouillée ?)
store-io-is-folder = est un dossier
store-io-not-folder = une partie du chemin n'est pas un dossier
# Any other reason: $error, the system's words as they are.
store-io-system = { $error }

## Every command (keep the option names and commands as they are)

# $folder: the folder given; $why: one of the three below.
cli-view-read-only = { $folder }: est une vue du programme, en lecture seule ; { $why }
cli-view-why-new = les nouvelles séances se créent dans le dossier propre à un ordinateur
cli-view-why-encryption = le chiffrement se règle sur le dossier propre à chaque ordinateur
cli-view-why-retention = appliquez la règle de conservation au dossier propre à chaque ordinateur
cli-no-home = impossible de trouver un dossier personnel pour les séances ; indiquez-en un avec --dir DOSSIER
cli-no-such-folder = { $folder }: ce dossier de séances n'existe pas ; vérifiez --dir ou BARAZA_DIR (`baraza new` crée la première séance)
# $error: the system's words (a closed pipe, a full disk).
cli-cannot-write = écriture impossible : { $error }
cli-no-terminal = baraza a besoin d'un terminal pour afficher les séances ; pour du texte simple, utilisez `baraza list`
# $error: the system's words.
cli-terminal-setup = impossible de préparer le terminal : { $error }
cli-terminal-error = erreur du terminal : { $error }
# What was typed for an option, refused (clap puts "invalid value … for
# '--date <DATE>':" before it, in English). $typed: what was typed;
# $iso, $dmy: today, written both ways; $codes: the languages' codes.
cli-bad-date = « { $typed } » n'est pas une date ; écrivez-la AAAA-MM-JJ (p. ex. { $iso }) ou JJ/MM/AAAA (p. ex. { $dmy }), today, +7 ou +2w
cli-bad-lang = « { $typed } » n'est pas une langue de baraza ; choisissez parmi { $codes }
# --group (keep NAME:COUNT as it is). $hint: the line below; $max: a number.
cli-group-form = écrivez un groupe sous la forme NAME:COUNT, p. ex. Femmes:14
cli-bad-group = « { $typed } » : { $hint }
cli-bad-group-name = « { $typed } » n'a pas de nom de groupe ; { $hint }
cli-bad-head-count = « { $typed } » n'est pas un effectif de 0 à { $max } ; { $hint }

## baraza rollup (warnings on stderr; the roll-up itself is the report's)

cli-since-after-until = --since { $since } est après --until { $until } ; donnez d'abord le jour le plus ancien
cli-rollup-csv-stdout = le CSV fait un fichier par tableau : choisissez-en un avec --table (p. ex. --table recurring), ou donnez -o FICHIER pour les écrire tous
cli-rollup-no-folder = { $folder }: ce dossier de séances n'existe pas
# $title: the session; $id: its id.
cli-rollup-double = « { $title } » (id { $id }) est plusieurs fois dans le dossier, avec des contenus différents ; comptée une fois, dans sa dernière version
# $laptops: their names, separated by commas; $resolve: the command that settles it.
cli-rollup-conflict = « { $title } » a été modifiée sur { $laptops } ; comptée une fois, dans sa dernière version ({ $resolve })

## baraza retention ($what: what was purged, in English for now)

cli-retention-too-many-days = --older-than { $days } : trop de jours
cli-retention-no-age = donnez --older-than JOURS ou --before DATE
cli-retention-future = --before { $date } est après aujourd'hui ; la règle de conservation n'efface que ce qui est plus ancien
cli-retention-would-purge = { $file }: effacerait { $what }
cli-retention-purged = { $file }: effacé { $what }
# $why: the store's words, or the line below.
cli-retention-left = { $file } laissé tel quel : { $why }
cli-retention-open-in = ouvert dans { $holder }
# The last line. $n: sessions; $date: the day (ISO).
cli-retention-done = { $n ->
    [one] { $n } séance purgée du texte d'avant le { $date }
   *[other] { $n } séances purgées du texte d'avant le { $date }
}
cli-retention-done-dry = { $n ->
    [one] { $n } séance serait purgée du texte d'avant le { $date }
   *[other] { $n } séances seraient purgées du texte d'avant le { $date }
}
cli-retention-backups = { $n ->
    [one] note : { $n } fichier de sauvegarde du dossier (*.ron.bak) contient encore du texte ancien ; supprimez-le quand vous n'aurez plus besoin de revenir à un baraza plus ancien
   *[other] note : { $n } fichiers de sauvegarde du dossier (*.ron.bak) contiennent encore du texte ancien ; supprimez-les quand vous n'aurez plus besoin de revenir à un baraza plus ancien
}
cli-retention-left-over = { $n ->
    [one] { $n } séance laissée telle quelle (voir plus haut) ; relancez la purge quand elle pourra être ouverte
   *[other] { $n } séances laissées telles quelles (voir plus haut) ; relancez la purge quand elles pourront être ouvertes
}

## baraza sync (keep the commands as they are; $laptop, $laptops: names of laptops)

cli-sync-no-repository = pas encore de dépôt du programme : donnez son chemin une fois, p. ex. `baraza sync /media/usb/programme.git` (le coordinateur le crée avec `baraza sync init PATH`)
cli-sync-unreachable = { $path }: absent ; la clé USB est-elle branchée (ou le dossier partagé monté) ?
# $why: the line above.
cli-sync-nothing-sent = { $why } Rien n'a été envoyé ni reçu ; les séances de cet ordinateur partiront à la prochaine synchronisation
cli-sync-busy = un autre baraza sync de ce dossier est en cours ; attendez qu'il se termine
cli-sync-init-made = dépôt du programme { $repository } créé ; cet ordinateur s'y appelle « { $laptop } »
cli-sync-init-next = ensuite : `baraza sync` envoie les séances de cet ordinateur ; sur chaque autre ordinateur, branchez la clé et lancez `baraza sync { $repository }`
# $title: the session; $id: its short id.
cli-sync-kept = « { $title } » ({ $id }) : la version de { $laptops } est gardée ; les autres restent dans l'historique du programme
cli-sync-replaced = { $file }: remplacé par cette version
cli-sync-choice-later = le choix part au programme au prochain baraza sync
cli-sync-renamed = un autre ordinateur envoie aussi des séances sous le nom « { $old } » (une copie du dossier de cet ordinateur ?) : cet ordinateur se synchronise désormais sous le nom « { $laptop } »
# $sent: sessions sent.
cli-sync-synced = { $sent ->
    [one] synchronisé avec { $repository } sous le nom « { $laptop } » : { $sent } séance envoyée
   *[other] synchronisé avec { $repository } sous le nom « { $laptop } » : { $sent } séances envoyées
}
cli-sync-nothing-new = (rien de nouveau depuis la dernière synchronisation)
cli-sync-recorded = { $sent ->
    [one] { $sent } séance enregistrée sur cet ordinateur sous le nom « { $laptop } »
   *[other] { $sent } séances enregistrées sur cet ordinateur sous le nom « { $laptop } »
}
# $why: why (the store's words).
cli-sync-not-sent = non envoyé : { $file } : { $why }
# $sessions, $count: numbers; $folder: where the view is.
cli-sync-view = vue du programme : { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
} de { $count ->
    [one] { $count } ordinateur
   *[other] { $count } ordinateurs
}, en lecture seule, dans { $folder }
cli-sync-conflicts = { $n ->
    [one] { $n } séance a été modifiée sur plus d'un ordinateur (rien n'est fusionné ; la plus récente sert jusqu'à ce que vous choisissiez) :
   *[other] { $n } séances ont été modifiées sur plus d'un ordinateur (rien n'est fusionné ; la plus récente sert jusqu'à ce que vous choisissiez) :
}
cli-sync-conflict = « { $title } » sur { $laptops } : baraza sync resolve { $id }
cli-sync-no-conflict = aucune séance en conflit : chaque ordinateur a la même version de chacune
# A version of a session. $updated: date and time (ISO); the rest: numbers.
cli-sync-version = modifiée le { $updated }, { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}, { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
}, { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}
cli-sync-version-unreadable = illisible par ce baraza
cli-sync-version-used = ← utilisée maintenant (la plus récente)
cli-sync-not-in-conflict = « { $title } » ({ $id }) n'est pas en conflit : chaque ordinateur qui l'a ({ $laptops }) a la même version
cli-sync-versions = « { $title } » ({ $id }) a { $n } versions :
cli-sync-every-version = toutes les versions, à ouvrir en lecture seule : { $folder }
cli-sync-keep-one = en garder une : baraza sync resolve { $id } --keep { $laptop }   (ou --keep-newest)

## baraza encryption, and the passphrase asked at the start ($folder: the
## folder of sessions; $n: a number; $key: an age key, as it is)

cli-enc-already = { $n ->
    [one] { $folder } est déjà chiffré ; { $n } fichier encore en clair est maintenant scellé
   *[other] { $folder } est déjà chiffré ; { $n } fichiers encore en clair sont maintenant scellés
}
cli-enc-encrypting = Chiffrement de { $folder }.
cli-enc-choose = Choisissez une phrase secrète : elle est demandée une fois à chaque démarrage de baraza. Phrase perdue, données perdues — personne, pas même le programme, ne peut lire ces séances sans elle ou sans la clé de secours affichée ensuite.
cli-enc-done = { $n ->
    [one] chiffré : { $n } fichier scellé ; désormais chaque enregistrement est scellé aussi
   *[other] chiffré : { $n } fichiers scellés ; désormais chaque enregistrement est scellé aussi
}
cli-enc-recovery-key = CLÉ DE SECOURS — notez-la maintenant et gardez-la loin de cet ordinateur ; elle n'est affichée que cette fois, et elle seule permet de remplacer une phrase secrète perdue :
cli-enc-public-key = clé publique de cet ordinateur (pour le --coordinator d'un coordinateur) : { $key }
cli-enc-coordinator-sealed = les séances sont aussi scellées pour la clé du coordinateur { $key }
cli-enc-reports-plain = { $n ->
    [one] note : { $n } rapport du dossier (.md, .html, .csv) n'est pas chiffré : mettez-le en lieu sûr ou supprimez-le
   *[other] note : { $n } rapports du dossier (.md, .html, .csv) ne sont pas chiffrés : mettez-les en lieu sûr ou supprimez-les
}
cli-enc-sync-history = note : les copies envoyées par baraza sync avant maintenant restent lisibles dans l'historique du dépôt du programme
cli-enc-status-off = { $folder }: non chiffré (`baraza encryption on` l'active)
cli-enc-status-on = { $folder }: chiffré
cli-enc-laptop-key = clé de cet ordinateur : { $key }
cli-enc-coordinator-key = clé du coordinateur : { $key }
cli-enc-no-coordinator = pas de clé de coordinateur
cli-enc-plain-left = { $n ->
    [one] { $n } séance est encore en clair : `baraza encryption on` la scelle
   *[other] { $n } séances sont encore en clair : `baraza encryption on` les scelle
}
cli-enc-changed = phrase secrète changée
cli-enc-recovered = récupéré : la nouvelle phrase secrète ouvre le dossier
cli-enc-not-encrypted = { $folder }: n'est pas chiffré ; `baraza encryption on` l'active
# Prompts (": " follows each; nothing typed is shown).
cli-pass-for = phrase secrète de { $folder }
cli-pass-choose = phrase secrète (au moins 8 caractères)
cli-pass-choose-new = la nouvelle phrase secrète (au moins 8 caractères)
cli-pass-choose-another = une nouvelle phrase secrète (au moins 8 caractères)
cli-pass-again = la même phrase secrète encore une fois
cli-pass-now = la phrase secrète actuelle
cli-pass-recovery = la clé de secours notée à la mise en place (AGE-SECRET-KEY-1…)
cli-pass-no-terminal = une phrase secrète est nécessaire, et l'entrée standard n'est pas un terminal ; lancez baraza dans un terminal
# $error: the system's words.
cli-pass-cannot-read = impossible de lire une phrase secrète : { $error }
cli-pass-none-typed = aucune phrase secrète tapée ; rien n'a été fait
cli-pass-short = la phrase secrète fait moins de 8 caractères ; rien n'a été fait
cli-pass-differ = les deux phrases secrètes diffèrent ; rien n'a été fait

## baraza lang check (for translators; $code: the language's code, $name: its own name)

cli-lang-summary = { $code } ({ $name }) : { $translated } messages traduits sur { $total }, { $missing } manquants (affichés en anglais)
# $id: a message's id.
cli-lang-missing = manquant : { $id }
cli-lang-unknown = inconnu (absent de l'anglais ; mal orthographié ou resté) : { $id }
# $variable: the message and variable.
cli-lang-bad-variable = utilise une variable que l'anglais ne donne pas : { $variable }
# $error: the file, line and parser's words.
cli-lang-error = erreur : { $error }
