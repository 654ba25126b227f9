### baraza — français : les écrans du facilitateur.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = langue : { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = langue : { $name } (non mémorisée : { $error })
# The whole screen, when the window is smaller than the facilitator's
# screens need. $width, $height: its size in cells; $min_width,
# $min_height: the least it needs.
# L'écran entier, quand la fenêtre est trop petite.
too-small = fenêtre trop petite : { $width }×{ $height }, il faut { $min_width }×{ $min_height }

## Save state (right end of the status line) and save failures

# Nothing changed since the session was opened.
save-unchanged = aucun changement
save-saving = enregistrement…
# $time: when (HH:MM:SS).
save-saved = enregistré { $time }
save-read-only = lecture seule
# Short, loud: the last change is not on disk.
save-not-saved = NON ENREGISTRÉ
# Inside the two messages below. $time: when (HH:MM:SS).
save-last-saved = dernier enregistrement { $time }
save-nothing-saved = rien d'enregistré depuis l'ouverture
# A save failed and is retried. $last: one of the two lines above;
# $error: why (the system's words).
save-failed = NON ENREGISTRÉ ({ $last }) : { $error } — gardé en mémoire, nouvel essai toutes les 2 s et à chaque touche
# Saving stopped (the lock was taken by someone else…). $last, $error: as above.
save-stopped = NON ENREGISTRÉ ({ $last }) : { $error } — les changements faits ici restent en mémoire seulement
# Why a save failed or stopped (the $error above). $folder: the folder of
# sessions; $file: the session's file name; $holder: the program and
# laptop that holds it now; $error: the system's reason, worded; $version:
# a file version; $settings: the settings file's name.
save-why-folder-gone = le dossier { $folder } n'est pas là (la clé USB est-elle branchée ?)
save-why-folder-unreachable = impossible d’atteindre le dossier { $folder } : { $error }
save-why-taken-over = le dossier a été remplacé et { $file } est maintenant ouvert dans { $holder } ; seul ce programme l’écrit désormais, celui-ci ne l’écrit plus
save-why-lock-lost = impossible de reprendre le verrou de { $file } : { $error }
save-why-cannot-look = impossible de regarder { $file } : { $error }
save-why-not-a-file = { $file } a été remplacé par autre chose qu’un fichier ordinaire ; ce programme ne l’écrit plus
save-why-replaced = { $file } a été modifié par un autre programme pendant qu’il était ouvert ici ; ce programme ne l’écrit plus
save-why-no-backup = impossible de garder une copie de l’original (version de fichier { $version }) avant de l’écraser : { $error }
save-why-settings-unreadable = impossible de lire les réglages de chiffrement du dossier : { $error }
save-why-settings-gone = { $file } était chiffré, et les réglages de chiffrement de son dossier ({ $settings }) ont disparu ; il n’est pas enregistré en clair
save-why-cannot-encrypt = impossible de chiffrer la séance : { $error }

## Title bar flags (top right, capitals where the language has them)

flag-wall-blank = MUR ÉTEINT
flag-blind-vote = VOTE À L'AVEUGLE
flag-example = EXEMPLE · LECTURE SEULE
flag-read-only = LECTURE SEULE
# The room's screen speaks another language. $name: that language, as its
# speakers name it.
flag-room-language = salle : { $name }
# The timer in the title bar. $time: minutes and seconds ("4:12").
flag-timer-paused = ⏸ { $time } en pause
flag-timer-up = ⏰ TEMPS ÉCOULÉ +{ $time }

## The session list

# Title bar of the session list.
list-title = baraza · séances de sécurité communautaire
# Top right of the session list. $sessions: how many (a count).
list-count = { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}

## Status line messages in a session (left of the status line)

# After "n" to a question asking whether to leave.
said-staying = on reste
# After "n" to a question guarding a change (delete, merge…).
said-left-as-it-was = laissé tel quel
# Tab on the last panel / Shift+Tab on the first.
said-last-step = { -step-learn } est la dernière étape ; Shift+Tab revient
said-first-step = { -step-prepare } est la première étape ; Tab avance
said-nothing-to-undo = rien à annuler
said-nothing-to-redo = rien à rétablir
# $what: the change, as the audit log words it (in English for now).
said-undone = annulé : { $what }
said-redone = rétabli : { $what }
# p switched this window to the room's screen, and back.
said-room-view-on = écran de la salle : p à nouveau pour celui du facilitateur
said-room-view-off = écran du facilitateur : p montre celui de la salle
# . blanked the room's screen, and back.
said-blank-on = écran de la salle éteint (titre seul) : . le rallume
said-blank-off = l'écran de la salle montre de nouveau le panneau
# A key that would change the session, in a session opened read-only.
said-read-only = lecture seule : rien ne peut changer ici ; q, puis Enter sur la séance, pour modifier
# A letter typed outside any field where it is no key (someone meant to
# write). $add: the key that starts adding here.
said-not-a-key-add = cette touche ne fait rien ici : pour écrire du nouveau, appuyez d'abord sur { $add } ; ? liste les touches
# The same where nothing can be added.
said-not-a-key = cette touche ne fait rien ici ; ? liste les touches
# The timer. $time: minutes and seconds ("5:00").
said-timer-stopped = minuteur arrêté
said-timer-started = minuteur : { $time } à partir de maintenant
said-timer-paused = minuteur en pause
said-timer-goes-on = le minuteur reprend
said-timer-extended = une minute de plus : reste { $time }
said-timer = minuteur

## Questions (a box with y/n)

# Leaving while a save has failed. $error: why (the system's words).
ask-leave-not-saved = NON ENREGISTRÉ : les derniers changements n'ont pas pu être écrits ({ $error }). Quitter quand même et les perdre ?
ask-leave-form-open = Quitter ? Ce qui est tapé dans le formulaire ouvert n'est pas enregistré.
# The last line of every y/n question box.
ask-keys = y oui · n non

## Status line messages of the list and of opening sessions

# r on the list. $sessions: how many sessions the folder holds (a count).
said-folder-read = dossier relu : { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}
# n (next cycle) in an example session.
said-example-next-cycle = ceci est un exemple intégré à baraza : q, puis n, ouvre une séance à vous
# T switched the theme. $name: the theme (dark, light, monochrome).
said-theme = thème : { $name }
# …and the config could not be written. $error: why.
said-theme-not-kept = thème : { $name } (non mémorisé : { $error })
# A file from an older baraza. $version: its format version (a number).
said-migrated = fichier créé par un baraza plus ancien (version { $version }) ; une copie est gardée au premier enregistrement
said-opened-read-only = ouvert en lecture seule : rien ne peut être changé ici
# $error in the messages below: why (the store's words, in English for now).
said-cannot-open = ouverture impossible : { $error }
said-example-opened = un exemple, en lecture seule : parcourez chaque panneau (F1 à F6) ; q revient
said-cannot-open-example = impossible d'ouvrir l'exemple : { $error }
said-created = nouvelle séance enregistrée : ajoutez les groupes présents
said-cannot-create = impossible de créer la séance : { $error }
said-cannot-read = lecture impossible : { $error }
# A new cycle started from an old session. $problems, $actions: how many
# problems and open actions were carried over; $title: the old session's.
said-next-cycle = nouveau cycle : { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} et { $actions ->
    [one] { $actions } action ouverte reprise
   *[other] { $actions } actions ouvertes reprises
} de « { $title } »
said-no-previous = cette séance ne fait suite à aucune autre
# $id: the previous session's id.
said-previous-missing = le cycle précédent (id { $id }) n'est pas dans ce dossier
said-cannot-read-previous = impossible de lire le cycle précédent : { $error }
said-cannot-show = affichage impossible : { $error }

## The end of the help overlay (?): languages and right-to-left text

# Heading of the block.
help-settings = Langue et texte de droite à gauche
# $name: the language, as its speakers name it.
help-interface-language = Langue de l'interface : { $name } (L la change)
# The open session's room language. $name: as above.
help-room-language = Écran de la salle et rapports : { $name } (réglée dans { -step-prepare }, s)
# $setting: auto, on or off (kept as the codes: they are what the config
# file says); $doing: one of the two lines below.
help-rtl = Droite à gauche : { $setting }, { $doing } (R change : auto, on, off)
help-rtl-baraza = baraza réordonne et lie les lettres arabes
help-rtl-terminal = le terminal réordonne
# $line: an Arabic test sentence (not to be translated: it is the test).
help-rtl-test = Ligne de test : { $line }
# $first: the sentence's first word.
help-rtl-how = C'est juste quand { $first } est à l'extrémité droite, lettres liées ; si la ligne se lit à l'envers ou inversée deux fois, appuyez sur R.
# The right-to-left setting could not be remembered. $error: why.
said-rtl-not-kept = droite à gauche : non mémorisé ({ $error })

## The help overlay (?)

# Its title. $keys: its own keys with their words ("↑↓ scroll · Esc close").
help-title = Touches — { $keys }
# After a key that changes the session, in a session opened read-only.
help-not-read-only = (pas en lecture seule)
# The last section's heading: the keys of forms and y/n questions.
help-forms = Formulaires et questions

## Prepare, the facilitator's panel

# Pane titles.
prepare-groups = Groupes présents
prepare-session = Séance
prepare-consent = Consentement
prepare-context = Contexte et conflits
# A pane's key hint, top right ("s edit"). $key: the key, as it is.
prepare-edit-hint = { $key } modifier
# The groups table's columns and its total row.
prepare-col-group = Groupe
prepare-col-people = Nombre
prepare-col-dots = Points
prepare-in-the-room = Dans la salle
# Under the total. $dots: dots per participant.
prepare-dots-rule = points = personnes × { $dots }
prepare-no-groups = Aucun groupe — appuyez sur a pour ajouter le premier : son nom, Tab, combien de personnes, Enter.
prepare-no-groups-read-only = Aucun groupe dans cette séance.
# On the status line, when a key needs a group and there is none.
prepare-empty-short = aucun groupe : appuyez sur a pour ajouter le premier
# The Session pane. $dots: dots per participant.
prepare-dots-each = { $dots } par participant
# $dots: the line above; $room: the room's dots in all.
prepare-dots-and-room = { $dots } · { $room } pour la salle
prepare-no-consent = Pas encore écrit — appuyez sur c : ce que la salle accepte de voir consigné et partagé.
prepare-no-consent-read-only = Non consigné : ce que la salle a accepté de voir consigné et partagé.
prepare-no-notes = Pas encore de notes — appuyez sur n pour écrire le contexte : qui est touché, tensions entre groupes, incidents récents.
prepare-no-notes-read-only = Aucune note sur le contexte.
# Moving a group. $name: the group's name.
prepare-already-first = « { $name } » est déjà le premier
prepare-already-last = « { $name } » est déjà le dernier
# Deleting a group. $name: its name; $people: its head count.
prepare-ask-delete = Supprimer le groupe « { $name } » ({ $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}) ?
# Added after it. $what: what goes with it (the messages below).
prepare-ask-delete-with = Seront aussi supprimés : { $what }.
# $n: how many.
prepare-lost-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } points
}
prepare-lost-pairs = { $n ->
    [one] { $n } décision par paires
   *[other] { $n } décisions par paires
}
prepare-lost-scores = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
# The last of a list. $first: the others, joined; $last: the last one.
prepare-and = { $first } et { $last }

## Prepare's forms (title, then each field's label and its help line)

# $name: the group's name.
prepare-edit-group = Modifier le groupe « { $name } »
prepare-add-group = Ajouter un groupe
prepare-field-name = Nom
prepare-field-name-help = qui ils sont : Femmes, Jeunes, Aînés, Police, Autorités locales…
prepare-field-people = Personnes
prepare-field-people-help = combien sont dans la salle (0 à 999) ; chacun a les points de la séance
prepare-details = Détails de la séance
prepare-field-title = Titre
prepare-field-title-help = comment la salle appelle cette réunion
prepare-field-community = Communauté
prepare-field-community-help = la communauté ou le lieu où se tient la séance
prepare-field-date = Date
prepare-field-facilitators = Facilitateurs
prepare-field-facilitators-help = noms, séparés par des virgules
prepare-field-dots = Points par personne
prepare-field-dots-help = points que chaque participant place au classement : 1 à 20, souvent 3 à 5
prepare-field-language = Langue de la salle
prepare-field-language-help = la langue de l'écran de la salle et des rapports (←→ choisir)
# The first choice of the room language: follow the facilitator's.
prepare-language-interface = comme l'interface
prepare-field-notes = Notes
prepare-field-notes-help = qui est touché, tensions entre groupes, incidents récents, qui détient le pouvoir
prepare-field-consent-help = ce que la salle accepte de voir consigné et partagé, et avec qui ; lisez-le à voix haute
# Why a form cannot be saved yet (shown on the form).
prepare-name-empty = Nom : tapez le nom du groupe, p. ex. Femmes
# $name: the name typed.
prepare-name-taken = Nom : il y a déjà un groupe « { $name } » ; donnez un autre nom à celui-ci
prepare-title-empty = Titre : tapez un titre pour la séance, p. ex. Baraza sécurité de Kibera
# $iso, $dmy: today's date in the two ways the form takes.
prepare-date-empty = Date : tapez la date en AAAA-MM-JJ ou JJ/MM/AAAA, p. ex. { $iso } ou { $dmy }
# $why: the rule broken (in English for now).
prepare-consent-too-long = Consentement : { $why } ; faites plus court
# On the status line: a form saved with nothing changed.
said-nothing-changed = rien n'a changé

## The timer's box (t), over the facilitator's screen or the room's

timer-title = Minuteur
# A preset, in the list. $minutes: how many.
timer-preset = { $minutes } min
timer-type = ou tapez une durée : 7, 7:30, 90s, 1h
timer-start-keys = Enter démarrer · Esc annuler
# A timer running. $length: its whole length ("5:00"); $state: one of the
# three lines below.
timer-of = Minuteur de { $length } : { $state }
# $time: minutes and seconds.
timer-left = reste { $time }
timer-left-paused = reste { $time }, en pause
timer-up-ago = temps écoulé (il y a { $time })
timer-running-keys = Space pause ou reprise · + une minute de plus
timer-running-keys-2 = s arrêter · Esc fermer (il continue)
# On the status line: what was typed is not a duration.
timer-not-a-duration = pas une durée : tapez des minutes (7), minutes:secondes (7:30), 90s ou 1h, jusqu'à 12 heures

## Learn, the facilitator's panel

# The four boxes: title, the form's short label, and the question shown
# while the box is empty.
learn-worked = Ce qui a marché
learn-worked-label = A marché
learn-worked-prompt = Quelles actions, quels partenariats, quelles façons de se réunir ont bien marché ?
learn-did-not-work = Ce qui n'a pas marché
learn-did-not-work-label = N'a pas marché
learn-did-not-work-prompt = Qu'est-ce qui a bloqué ou échoué, et pourquoi ?
learn-lessons = Leçons
learn-lessons-label = Leçons
learn-lessons-prompt = Qu'a appris la communauté sur sa sécurité et sur le travail ensemble ?
learn-improvements = Améliorations pour le prochain cycle
learn-improvements-label = Améliorations
learn-improvements-prompt = Que change-t-on la prochaine fois : problèmes à reprendre, nouveaux partenaires, autres façons de se réunir ?
# Under the question in the selected empty box.
learn-press-enter = Appuyez sur Enter pour écrire.
# The selected box's key hint, top right.
learn-edit-hint = Enter modifier
# The line above the boxes.
learn-no-actions = Pas encore d'actions : elles se planifient dans { -step-plan } et se suivent dans { -step-monitor }.
# $n: how many actions.
learn-actions = Actions de ce cycle : { $n }
# $n: how many are overdue.
learn-overdue = ! en retard : { $n }

## Every form's own words (the line under a form; its fields are the panel's)

# Esc in a form with something typed: asks first.
form-discard = Jeter ce qui a été tapé ? y jeter · n continuer
# A number field not taken. $label: the field's name; $min, $max: the range.
form-not-a-number = { $label } : tapez un nombre entier de { $min } à { $max }
# A date field not taken. $label: the field; $typed: what was typed; $iso,
# $dmy: an example date in the two ways the form takes.
form-not-a-date = { $label } : « { $typed } » n'est pas une date ; écrivez AAAA-MM-JJ ou JJ/MM/AAAA, p. ex. { $iso } ou { $dmy }, ou +7 pour dans une semaine
form-not-a-date-any-day = { $label } : « { $typed } » n'est pas une date ; écrivez AAAA-MM-JJ ou JJ/MM/AAAA, today, ou +7 pour dans une semaine
# A tick box.
form-yes = oui
form-no = non
# A field with suggestions: what → would complete. $option: it.
form-completes = → complète « { $option } »
# …or the suggestions. $options: them, joined by ·.
form-suggestions = p. ex. { $options } — ou tapez ce que vous voulez ; premières lettres + → compléter

## Identify, the facilitator's panel

# The list's title. $n: how many problems.
identify-problems = Problèmes ({ $n })
identify-empty = Aucun problème — appuyez sur a pour ajouter le premier
identify-empty-read-only = Aucun problème dans cette séance
# The list's columns.
identify-col-problem = Problème
identify-col-category = Catégorie
identify-col-dots = Pts
# Typing problems one after the other (a).
identify-capture = tapez un problème, Enter l'ajoute et ouvre la ligne suivante ; Esc pour finir
# The room's typing strip while a problem is typed in the capture line: its label.
identify-typing-new-problem = Nouveau problème
# $draft: what was typed.
identify-draft-back = « { $draft } » était inachevé : il revient dans la ligne — Enter l'ajoute
identify-line-cleared = ligne effacée — Ctrl+z ramène « { $draft } » ; Esc encore pour finir
identify-line-back = la ligne est revenue : Enter l'ajoute
identify-paste-empty = rien à ajouter : le collage ne contenait que des lignes vides
identify-at-top = déjà en haut
identify-at-bottom = déjà en bas
# Merging duplicates (m). $mark: the mark of the problem being merged (◆);
# $title: its title.
identify-merge-needs-two = fusionner demande deux problèmes : celui-ci est le seul
identify-merge-marked = { $mark } « { $title } » marqué : allez au problème à garder, puis m ; Esc annule
identify-merge-cancelled = fusion annulée
identify-merge-same = c'est le problème à fusionner ({ $mark }) : allez à celui où le garder
# The bar over the list while merging. $mark: ◆; $gone: the problem merged
# away; $kept: the one it goes into.
identify-merge-banner = FUSION  { $mark } « { $gone } »  →  dans  ▶ « { $kept } »
identify-merge-keys = m fusionne · Esc annule
identify-merge-move = allez au problème à garder · Esc annule
# What goes with a problem deleted or merged away. $n: how many.
identify-lost-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } points
}
identify-lost-actions = { $n ->
    [one] { $n } { -action }
   *[other] { $n } actions
}
# Deleting a problem (d). $number: its place in the list; $title: its title.
identify-ask-delete = Supprimer le problème { $number }, « { $title } » ?
identify-ask-delete-nothing = Il n'a encore ni points ni actions.
# $what: what goes with it (one thing, or several).
identify-ask-delete-with-one = Supprimé avec lui : { $what }.
identify-ask-delete-with-many = Supprimés avec lui : { $what }.
identify-ask-delete-shortlist = Il quitte la liste restreinte.
identify-undoes = (u annule)
# Merging. $gone: the problem merged away; $kept: the one kept; $what: what
# moves with it.
identify-ask-merge = Fusionner « { $gone } » dans « { $kept } » ? « { $gone } » disparaît : ses causes, effets et détails s'ajoutent à « { $kept } ».
identify-ask-merge-moving-one = Fusionner « { $gone } » dans « { $kept } » ? « { $gone } » disparaît : passe à « { $kept } » : { $what } ; ses causes, effets et détails s'y ajoutent.
identify-ask-merge-moving-many = Fusionner « { $gone } » dans « { $kept } » ? « { $gone } » disparaît : passent à « { $kept } » : { $what } ; ses causes, effets et détails s'y ajoutent.
# The problem's form (e, Enter). $number: its place; $title: its title.
identify-form-title = Problème { $number } : { $title }
identify-field-title = Titre
identify-field-title-help = le problème dans les mots de la salle
identify-field-causes = Causes
identify-field-causes-help = causes profondes, une par ligne (Alt+Enter : ligne suivante) : pourquoi cela arrive-t-il ?
identify-field-effects = Effets
identify-field-effects-help = effets, un par ligne (Alt+Enter : ligne suivante) : à quoi cela mène-t-il ?
identify-field-description = Description
identify-field-description-help = ce qui se passe, pour qui, quand
identify-field-category = Catégorie
identify-field-category-help = ←→ choisir ; ou tapez une nouvelle catégorie dans le champ suivant
identify-field-new-category = Nouvelle catégorie
identify-field-new-category-help = une catégorie absente de la liste : elle y est ajoutée et utilisée ici
identify-field-where = Lieu
identify-field-where-help = où cela se passe
identify-field-raised-by = Soulevé par
identify-groups-help = les groupes qui l'ont soulevé : ←→ bouger, Space coche
identify-groups-none = aucun groupe : ajoutez-les dans { -step-prepare }
identify-field-escalation = District/national
identify-field-escalation-help = demande une action au niveau du district ou national (⚑) : Space bascule
identify-field-resolved = Résolu
identify-field-resolved-help = le problème est résolu (✓) : Space bascule
identify-gone = ce problème n'est plus dans la liste
identify-title-empty = un problème a besoin d'un titre
# The problem's form saved with nothing changed.
identify-no-changes = aucun changement

## The problem tree (beside Identify's list)

# The pane's title. $index: the problem's place; $count: how many.
tree-title-of = Arbre à problèmes · { $index } sur { $count }
tree-title = Arbre à problèmes
# While merging: the pane shows where the problem goes.
tree-merge-into = Fusionner dans ce problème
# With no problem yet.
tree-empty-heading = causes → problème → effets
tree-empty = Chaque problème est montré ici en arbre : ses causes profondes, le problème, et ce qu'il entraîne.
tree-empty-how = Ajoutez des problèmes avec a ; remplissez causes et effets avec Enter.
# The two sides. $n: how many causes / effects.
tree-causes = CAUSES ({ $n }) · pourquoi cela arrive
tree-effects = EFFETS ({ $n }) · ce que cela entraîne
# The box in the middle.
tree-problem = PROBLÈME
tree-none-named = aucune nommée
tree-no-dots = aucun
# The label of the description's lines.
tree-about = À propos
# When not all fit. $n: how many more.
tree-plus-more = (+{ $n } de plus)
tree-more = … { $n } de plus
# On the bottom border of a box that holds more than it shows. $arrows:
# ▲, ▼ or ▲▼; $keys: the keys that scroll it ("PgUp/PgDn").
more-marker = { $arrows } suite
more-marker-keys = { $arrows } suite : { $keys }
# Under the problem, when flagged (after ⚑ and ✓).
tree-flag-escalation = demande une action du district ou nationale
tree-flag-resolved = résolu

## Plan, the facilitator's panel (the action plan)

# The line above the plan. $problems: how many shortlisted problems it
# shows; $actions: how many actions.
plan-summary = Plan d'action · { $problems ->
    [one] { $problems } { -problem } retenu
   *[other] { $problems } { -problems } retenus
} · { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}
# Added to the summary line (after " · ") with v, or with no shortlist.
plan-summary-all = tous les problèmes affichés
plan-summary-none = rien sur la { -shortlist } pour l'instant
# Above the plan while the shortlist cuts a tie. $rank: the place where the
# tie is; $on: the tied problems on the shortlist («…», «…»); $off: those not.
plan-tie-warning = ! La { -shortlist } coupe une { -tie } au rang { $rank } : { $on } dedans, { $off } dehors, avec autant de votes — dans { -step-rank } (F3), b départage, ou s puis a prend tous les problèmes à égalité
# With nothing to plan for (the second of each pair: a session only looked at).
plan-empty-no-problems = Aucun problème — nommez-les dans { -step-identify } et classez-les dans { -step-rank }, puis planifiez les actions ici
plan-empty-no-problems-read-only = Aucun problème dans cette séance
plan-empty-no-shortlist = Mettez d'abord des problèmes sur la { -shortlist } dans { -step-rank } (s retient les 3 premiers), ou appuyez sur v pour planifier pour n'importe quel problème
plan-empty-no-shortlist-read-only = Rien sur la { -shortlist } — v montre tous les problèmes
# The table's column headings (short: the columns are 10 to 16 cells wide).
plan-col-activity = Activité
plan-col-responsible = Responsable
plan-col-with-whom = Avec qui
plan-col-start = Début
plan-col-due = Fin
plan-col-indicator = Indicateur
plan-col-resources = Ressources
plan-col-status = Statut
# A problem's row. $rank: its place on the shortlist; $title: its title.
plan-heading-ranked = #{ $rank } { $title }
plan-heading-not-shortlisted = { $title } (non retenu)
# After the problem's row's title (after " — "). $n: how many actions.
plan-heading-no-actions = aucune action
plan-heading-no-actions-add = aucune action : a en ajoute une
plan-heading-actions = { $n ->
    [one] { $n } { -action }
   *[other] { $n } actions
}
# Deleting an action (d). $activity: what it does; the second with $n, how
# many progress notes go with it.
plan-ask-delete = Supprimer l'action « { $activity } » ?
plan-ask-delete-notes = Supprimer l'action « { $activity } » et { $n ->
    [one] sa { -progress-note }
   *[other] ses { $n } notes de suivi
} ?
# d on a problem's row.
plan-delete-on-problem = d supprime une action : allez d'abord sur l'une d'elles (les problèmes se suppriment dans { -step-identify })
# v switches what is listed.
plan-showing-all = tous les problèmes affichés
plan-showing-shortlist = la { -shortlist } affichée (et les problèmes qui ont des actions)
# The action form saved with nothing changed.
plan-no-changes = rien n'a changé
# The detail area's title for an action. $status: its status (mark and word).
plan-detail-action = Action · { $status }
# Added to it (after " · "). $n: how many progress notes; $mark: ↻.
plan-detail-notes = { $n ->
    [one] { $n } { -progress-note }
   *[other] { $n } notes de suivi
}
plan-detail-inherited = { $mark } du cycle précédent
# The detail area's labels for an action.
plan-label-activity = Activité
plan-label-responsible = Responsable
plan-label-with-whom = Avec qui
plan-label-when = Quand
plan-label-resources = Ressources
plan-label-indicator = Indicateur
plan-label-risks = Risques
plan-label-problem = Problème
plan-label-score-card = Fiche d'évaluation
# The detail area's title for a problem. $place: where it is on the
# shortlist (one of the two below); $dots: " · 3 dots" or nothing.
plan-detail-problem = Problème · { $place }{ $dots }
plan-detail-problem-add = Problème · { $place }{ $dots } · a ajoute une action
# $rank: its place.
plan-detail-place = #{ $rank } sur la { -shortlist }
plan-detail-not-shortlisted = non retenu
# $n: how many dots it has.
plan-detail-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } points
}
# The detail area's labels for a problem.
plan-label-about = Description
plan-label-where = Où
plan-label-causes = Causes
plan-label-effects = Effets

## The action form (Plan, Monitor, the score card) and how an action's dates
## and status read on the facilitator's screens

# The form's title: adding to a problem ($title: its title), or editing.
action-form-new = Nouvelle action pour « { $title } »
action-form-edit = Modifier l'action
# Its fields, each with its help line where it has one.
action-field-activity = Activité
action-field-activity-help = ce qui sera fait
action-field-responsible = Responsable
action-field-due = Échéance
action-field-indicator = Indicateur
action-field-indicator-help = { -indicator } : comment la salle saura que l'action a marché
action-field-with-whom = Avec qui
action-field-start = Début
action-field-resources = Ressources
action-field-resources-help = argent, personnes, matériel, transport…
action-field-risks = Risques
action-field-risks-help = risques et sensibilité aux conflits : qui pourrait être lésé, exclu ou fâché
action-field-problem = Problème
# Who usually leads or joins an action, offered as the form's suggestions
# for Responsible and With whom (what is chosen is typed into the session).
action-actor-community = communauté
action-actor-police = police
action-actor-local-authority = autorité locale
action-actor-cso = OSC
# Why the form cannot be saved. $due, $start: ISO dates.
action-activity-empty = Activité : dites ce qui sera fait
action-due-before-start = Échéance : { $due } est avant le début ({ $start })
# The score-card gap an action answers. $name: the indicator; $gap: signed.
action-gap = « { $name } », écart { $gap }
action-gap-none = « { $name } »
# How an open action's due date stands. $days: how many days.
action-due-today = échéance aujourd'hui
action-due-tomorrow = échéance demain
action-overdue-by = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
action-due-in = dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# An action's dates. $start, $due: ISO dates; $note: how the due date stands.
action-dates-both = { $start } → { $due }
action-dates-from = à partir du { $start }, sans échéance
action-dates-by = d'ici le { $due }
action-dates-note = { $span } · { $note }

## Monitor, the facilitator's panel (every action and its progress)

# With no action to follow (the second: a session only looked at).
monitor-empty = Aucune action — planifiez-les dans { -step-plan } (Shift+Tab revient en arrière), puis suivez-les ici
monitor-empty-read-only = Aucune action dans cette séance
# Dropping an action (5, or s to dropped). $activity: what it does.
monitor-ask-drop = Abandonner l'action « { $activity } » ? Elle reste dans le plan, marquée abandonnée (u la rétablit).
# A status set to the one it has. $status: the status's word.
monitor-already = déjà { $status }
# The form's action is no longer there.
monitor-gone = cette action n'existe plus
# The action form saved with nothing changed.
monitor-no-changes = rien n'a changé
# The progress note form (n). $activity: the action's.
monitor-note-title = Note de suivi sur « { $activity } »
monitor-field-date = Date
monitor-field-note = Note
monitor-field-note-help = ce qui s'est passé : qui a fait quoi, ce qui a changé
# Why the note cannot be saved. $date, $today: ISO dates.
monitor-date-after-today = Date : { $date } est après aujourd'hui ({ $today }) ; une note rapporte ce qui s'est passé
monitor-note-empty = Note : écrivez ce qui s'est passé
# The line above the table. $overdue: how many are overdue; $total: how
# many actions there are.
monitor-overdue = ! { $overdue } sur { $total ->
    [one] { $total } { -action }
   *[other] { $total } actions
} en retard
monitor-none-overdue = { $total ->
    [one] { $total } { -action }
   *[other] { $total } actions
} · aucune en retard
# After the counts per status. $mark: ↻; $n: how many came from last cycle.
monitor-inherited = { $mark } { $n } du cycle précédent
# The table's column headings (short: most columns are 10 to 16 cells);
# the column after Due has no heading (how the due date stands).
monitor-col-status = Statut
monitor-col-activity = Activité
monitor-col-responsible = Responsable
monitor-col-start = Début
monitor-col-due = Échéance
monitor-col-problem = Problème
monitor-col-last-note = Dern. note
# In the column after Due, for an open action without one.
monitor-no-due-date = sans échéance
# The detail area: who. $partners: whom it is done with; $responsible: who leads.
monitor-with = avec { $partners }
monitor-who-with = { $responsible } · avec { $partners }
# Where an action came from. $mark: ↻; $from: the earlier session's id.
monitor-from-last-cycle = { $mark } du cycle précédent (séance { $from })
# The detail area's labels.
monitor-label-for = Pour
monitor-label-who = Qui
monitor-label-when = Quand
monitor-label-indicator = Indicateur
monitor-label-score-card = Fiche d'évaluation
monitor-label-from = Origine
# The heading of the action's notes. $n: how many.
monitor-notes-none = Aucune note de suivi
monitor-notes-none-add = Aucune note de suivi — n en ajoute une
monitor-notes = Notes de suivi, les plus récentes d'abord ({ $n })
