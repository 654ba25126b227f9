### baraza — français : les touches.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Partout
# The hint line's word for Tab (in Everywhere).
key-next = suivant
# The hint line's word for Shift+Tab (in Everywhere).
key-back = retour
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = panneau
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = annuler
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = rétablir
# The hint line's word for T (in Everywhere).
key-theme = thème
# The hint line's word for L (in Everywhere).
key-language = langue
# The hint line's word for p (in Everywhere).
key-room-view = vue salle
# The hint line's word for . (in Everywhere).
key-blank = éteindre
# The hint line's word for t (in Everywhere).
key-timer = minuteur
# The hint line's word for x (in Everywhere).
key-export = exporter
# The hint line's word for ? (in Everywhere).
key-help = aide
# The hint line's word for q (in Everywhere).
key-quit = quitter

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = bouger
# The hint line's word for ↓/j (in Prepare).
key-down = bas
# The hint line's word for a (in Prepare).
key-add = ajouter
# The hint line's word for Enter/e (in Prepare).
key-edit = modifier
# The hint line's word for d (in Prepare).
key-delete = supprimer
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = réordonner
# The hint line's word for s (in Prepare).
key-details = détails
# The hint line's word for n (in Prepare).
key-notes = notes
# The hint line's word for c (in Prepare).
key-consent = consentement
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = défiler notes
# The hint line's word for Home (in Prepare).
key-first = début
# The hint line's word for End (in Prepare).
key-last = fin

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The hint line's word for m (in Identify).
key-merge = fusionner
# The hint line's word for ! (in Identify).
key-district = district
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = descendre
# The hint line's word for r (in Identify).
key-resolved = résolu
# The hint line's word for PgUp (in Identify).
key-page-up = page préc.
# The hint line's word for PgDn (in Identify).
key-page-down = page suiv.

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Ajout de problèmes
# The hint line's word for Enter (in Adding problems).
key-add-next = ajouter, suivant
# The hint line's word for Esc (in Adding problems).
key-done = fini

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Fusion de doublons
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = fusionner ici
# The hint line's word for Esc (in Merging duplicates).
key-cancel = annuler

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank } : { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = points
# The hint line's word for +/= (in Rank: dot voting).
key-dot = point
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = retirer point
# The hint line's word for g (in Rank: dot voting).
key-group = groupe
# The hint line's word for G (in Rank: dot voting).
key-previous-group = groupe préc.
# The hint line's word for c (in Rank: dot voting).
key-tally = décompte
# The hint line's word for v (in Rank: dot voting).
key-view = vue
# The hint line's word for s (in Rank: dot voting).
key-shortlist = liste restreinte
# The hint line's word for Space (in Rank: dot voting).
key-pick = choisir
# The hint line's word for ]/> (in Rank: dot voting).
key-size = taille
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = moins
# The hint line's word for h (in Rank: dot voting).
key-blind = aveugle
# The hint line's word for o (in Rank: dot voting).
key-order = ordre
# The hint line's word for b (in Rank: dot voting).
key-break-tie = départager
# The hint line's word for r (in Rank: dot voting).
key-results = résultats
# The hint line's word for M (in Rank: dot voting).
key-method = méthode
# The hint line's word for Enter (in Rank: dot voting).
key-set = fixer
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = effacer
# The hint line's word for Esc (in Rank: dot voting).
key-clear = vider
# The hint line's word for 0 (in Rank: dot voting).
key-digit = chiffre

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank } : décompte d'un groupe
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = noter, suivant

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank } : au-delà des points prévus ?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = noter quand même
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = non

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank } : { -pairwise }
# The hint line's word for → (in Rank: pairwise).
key-right = droite
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = égal
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = pourquoi
# The hint line's word for g (in Rank: pairwise).
key-who-decides = qui décide
# The hint line's word for m (in Rank: pairwise).
key-matrix = matrice
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = paires
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = paire préc.
# The hint line's word for a (in Rank: pairwise).
key-scope = portée

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank } : écrire le motif
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = enregistrer

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank } : matrice des paires
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = gauche
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = ouvrir paire

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank } : { -criteria-scoring }
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = note
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank } : résultats
# The hint line's word for g (in Rank: results).
key-look-at = voir

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank } : départager une égalité
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = choisir
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = face-à-face
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = décision

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank } : { -run-off }
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = confirmer
# The hint line's word for d (in Rank: run-off vote).
key-drop = abandonner

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank } : choix d'un groupe
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = salle
# The hint line's word for G (in Rank: choosing a group).
key-previous = précédent

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank } : égalité à la limite de la liste restreinte
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = départager maintenant
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = inclure les ex æquo
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = laisser

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The hint line's word for v (in Plan).
key-show-all = tout afficher

## In a form

# A heading in the ? help.
keymap-in-a-form = Dans un formulaire
# The hint line's word for Tab (in In a form).
key-next-field = champ suivant

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = statut
# The hint line's word for 2 (in Monitor).
key-in-progress = en cours
# The hint line's word for 4 (in Monitor).
key-stalled = bloquée
# The hint line's word for 5 (in Monitor).
key-dropped = abandonnée
# The hint line's word for n (in Monitor).
key-note = note

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The hint line's word for N (in Learn).
key-next-cycle = cycle suivant
# The hint line's word for PgUp (in Learn).
key-scroll = défiler
# The hint line's word for PgDn (in Learn).
key-scroll-down = défiler bas

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = Dans un champ de plusieurs lignes
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = nouvelle ligne

## On a choice

# A heading in the ? help.
keymap-on-a-choice = Sur un choix

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = Sur une liste à cocher
# The hint line's word for Space (in On a list of ticks).
key-tick = cocher

## Discard?

# A heading in the ? help.
keymap-discard = Abandonner la saisie ?
# The hint line's word for y (in Discard?).
key-discard = abandonner
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = continuer

## Confirm

# A heading in the ? help.
keymap-confirm = Confirmer
# The hint line's word for y (in Confirm).
key-yes = oui

## Timer

# A heading in the ? help.
keymap-timer = Minuteur
# The hint line's word for Enter (in Timer).
key-start = démarrer

## Timer running

# A heading in the ? help.
keymap-timer-running = Minuteur en marche
# The hint line's word for Space (in Timer running).
key-pause = pause
# The hint line's word for +/= (in Timer running).
key-1-min = +1 min
# The hint line's word for s (in Timer running).
key-stop = arrêter
# The hint line's word for Esc/t (in Timer running).
key-close = fermer

## Session list

# A heading in the ? help.
keymap-session-list = Liste des séances
# The hint line's word for Enter (in Session list).
key-open = ouvrir
# The hint line's word for n (in Session list).
key-new = nouvelle
# The hint line's word for r (in Session list).
key-read-only = lecture seule
# The hint line's word for / (in Session list).
key-filter = filtrer
# The hint line's word for o (in Session list).
key-sort = trier
# The hint line's word for c (in Session list).
key-compare = comparer
# The hint line's word for p (in Session list).
key-room-s-screen = écran salle
# The hint line's word for x (in Session list).
key-report = rapport
# The hint line's word for e (in Session list).
key-examples = exemples
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = actualiser

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Filtrer la liste
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = garder filtre

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Séances d'exemple
# The hint line's word for Enter/r (in Example sessions).
key-look = voir
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = vos séances

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Comparer les cycles

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Écran de la salle

## Help

# A heading in the ? help.
keymap-help = Aide
# The hint line's word for Home (in Help).
key-top = haut
# The hint line's word for End (in Help).
key-bottom = bas
# The hint line's word for R (in Help).
key-right-to-left = droite à gauche
