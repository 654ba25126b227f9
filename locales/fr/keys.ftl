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
# The ? help's description of Tab (in Everywhere).
keyhelp-nextpanel-02c23a96 = panneau suivant
# The hint line's word for Shift+Tab (in Everywhere).
key-back = retour
# The ? help's description of Shift+Tab (in Everywhere).
keyhelp-prevpanel-605c5256 = panneau précédent
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = panneau
# The ? help's description of F1-F6, Alt+1-6 (in Everywhere).
keyhelp-gotopanel-0-ac1f437c = aller droit à une étape : F1 { -step-prepare } … F6 { -step-learn }, ou Alt avec le numéro de l'étape (Alt+1 … Alt+6) ; la barre d'étapes les montre
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The ? help's description of F2/Alt+2 (in Everywhere).
keyhelp-gotopanel-1-ccb14878 = aller droit à { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The ? help's description of F3/Alt+3 (in Everywhere).
keyhelp-gotopanel-2-c5df4ac2 = aller droit à { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The ? help's description of F4/Alt+4 (in Everywhere).
keyhelp-gotopanel-3-b0a288bf = aller droit à { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The ? help's description of F5/Alt+5 (in Everywhere).
keyhelp-gotopanel-4-8d0b0282 = aller droit à { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The ? help's description of F6/Alt+6 (in Everywhere).
keyhelp-gotopanel-5-bcd1eca2 = aller droit à { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = annuler
# The ? help's description of Ctrl+z/u (in Everywhere).
keyhelp-undo-0bae4e5a = annuler le dernier changement (votes compris)
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = rétablir
# The ? help's description of Ctrl+y/U (in Everywhere).
keyhelp-redo-510bd903 = rétablir ce qui a été annulé
# The hint line's word for T (in Everywhere).
key-theme = thème
# The ? help's description of T (in Everywhere).
keyhelp-cycletheme-bbb04c88 = changer de thème : sombre, clair (pour projecteur), monochrome
# The hint line's word for L (in Everywhere).
key-language = langue
# The ? help's description of L (in Everywhere).
keyhelp-cyclelanguage-6b5bf4b4 = changer la langue de l'interface : English, Kiswahili, Français, العربية, Soomaali, Русский
# The hint line's word for p (in Everywhere).
key-room-view = vue salle
# The ? help's description of p (in Everywhere).
keyhelp-roomview-69602ba9 = montrer ici l'écran de la salle : en grand, titres entiers, rien de privé (p à nouveau : retour ; les mêmes touches marchent)
# The hint line's word for . (in Everywhere).
key-blank = éteindre
# The ? help's description of . (in Everywhere).
keyhelp-blank-988af4a8 = éteindre l'écran de la salle : seul le titre de la séance reste, jusqu'à . à nouveau
# The hint line's word for t (in Everywhere).
key-timer = minuteur
# The ? help's description of t (in Everywhere).
keyhelp-timer-58683f60 = un compte à rebours sur l'écran de la salle : une durée proposée ou tapée ; puis pause, +1 min, arrêt
# The hint line's word for x (in Everywhere).
key-export = exporter
# The ? help's description of x (in Everywhere).
keyhelp-export-1660b17e = écrire la séance en rapport (Markdown et HTML) à côté de son fichier
# The hint line's word for ? (in Everywhere).
key-help = aide
# The ? help's description of ? (in Everywhere).
keyhelp-help-7fe5d78c = montrer toutes les touches
# The hint line's word for q (in Everywhere).
key-quit = quitter
# The ? help's description of q (in Everywhere).
keyhelp-quit-41076025 = retour à la liste des séances ; depuis la liste, quitter
# The ? help's description of Ctrl+c (in Everywhere).
keyhelp-forcequit-cacdab5b = quitter de n'importe où (tout changement est enregistré ; demande d'abord si un enregistrement a échoué ou si un formulaire est ouvert)

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = bouger
# The ? help's description of ↑/k (in Prepare).
keyhelp-up-3357b8a1 = monter
# The hint line's word for ↓/j (in Prepare).
key-down = bas
# The ? help's description of ↓/j (in Prepare).
keyhelp-down-4fa38b08 = descendre
# The hint line's word for a (in Prepare).
key-add = ajouter
# The ? help's description of a (in Prepare).
keyhelp-add-7307a375 = ajouter un groupe : nom, Tab, effectif, Enter
# The hint line's word for Enter/e (in Prepare).
key-edit = modifier
# The ? help's description of Enter/e (in Prepare).
keyhelp-edit-cbbf89e9 = modifier le groupe choisi : nom et effectif
# The hint line's word for d (in Prepare).
key-delete = supprimer
# The ? help's description of d (in Prepare).
keyhelp-delete-2dc20451 = supprimer le groupe choisi et ses points (demande y/n)
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = réordonner
# The ? help's description of K/Shift+↑ (in Prepare).
keyhelp-moveup-ae49fca0 = monter le groupe choisi
# The ? help's description of J/Shift+↓ (in Prepare).
keyhelp-movedown-55a9c695 = descendre le groupe choisi
# The hint line's word for s (in Prepare).
key-details = détails
# The ? help's description of s (in Prepare).
keyhelp-editdetails-d56b0e30 = modifier titre, communauté, date, facilitateurs, points par personne
# The hint line's word for n (in Prepare).
key-notes = notes
# The ? help's description of n (in Prepare).
keyhelp-editnotes-7f673673 = écrire les notes de contexte et d'analyse du conflit
# The hint line's word for c (in Prepare).
key-consent = consentement
# The ? help's description of c (in Prepare).
keyhelp-editconsent-0d4c232f = écrire ce que la salle accepte de voir consigné et partagé
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = défiler notes
# The ? help's description of PgUp (in Prepare).
keyhelp-pageup-fa6730e3 = faire défiler les notes vers le haut
# The ? help's description of PgDn (in Prepare).
keyhelp-pagedown-e5be7876 = faire défiler les notes vers le bas
# The hint line's word for Home (in Prepare).
key-first = début
# The ? help's description of Home (in Prepare).
keyhelp-first-23dff211 = à la première ligne
# The hint line's word for End (in Prepare).
key-last = fin
# The ? help's description of End (in Prepare).
keyhelp-last-1e774909 = à la dernière ligne

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The ? help's description of a (in Identify).
keyhelp-add-5515f493 = ajouter des problèmes : taper un titre, Enter, taper le suivant ; Esc pour finir
# The ? help's description of Enter/e (in Identify).
keyhelp-edit-e0ca61c7 = modifier le problème : description, catégorie, lieu, qui l'a soulevé, causes, effets
# The ? help's description of d (in Identify).
keyhelp-delete-637567d5 = supprimer le problème avec ses points et ses actions (demande d'abord)
# The hint line's word for m (in Identify).
key-merge = fusionner
# The ? help's description of m (in Identify).
keyhelp-merge-7402ebdb = fusionner un doublon : m dessus, aller au problème à garder, m à nouveau
# The hint line's word for ! (in Identify).
key-district = district
# The ? help's description of ! (in Identify).
keyhelp-toggleescalation-92ce9efb = signaler ou non : demande une action du district ou nationale (⚑)
# The ? help's description of K/Shift+↑ (in Identify).
keyhelp-moveup-55a74b1e = monter le problème dans la liste
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = descendre
# The ? help's description of J/Shift+↓ (in Identify).
keyhelp-movedown-994084b5 = descendre le problème dans la liste
# The hint line's word for r (in Identify).
key-resolved = résolu
# The ? help's description of r (in Identify).
keyhelp-toggleresolved-d81b7ffd = marquer le problème résolu (✓) ou le rouvrir
# The hint line's word for PgUp (in Identify).
key-page-up = page préc.
# The ? help's description of PgUp (in Identify).
keyhelp-pageup-fcb3002e = un écran plus haut
# The hint line's word for PgDn (in Identify).
key-page-down = page suiv.
# The ? help's description of PgDn (in Identify).
keyhelp-pagedown-d189d717 = un écran plus bas
# The hint line's word for w (in Identify).
key-where-when = où et quand
# The ? help's description of w (in Identify).
keyhelp-showwherewhen-d0962928 = où et quand l'insécurité se produit : lieux selon les heures du jour ou les mois, notés de 0 à 3 par chaque groupe

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Ajout de problèmes
# The hint line's word for Enter (in Adding problems).
key-add-next = ajouter, suiv.
# The ? help's description of Enter (in Adding problems).
keyhelp-submit-2b279111 = ajouter le problème et commencer le suivant (Enter sur une ligne vide termine)
# The ? help's description of Ctrl+z (in Adding problems).
keyhelp-undo-a662696a = ramener la ligne effacée par Esc ; sinon annuler le dernier changement (le problème ajouté)
# The ? help's description of Ctrl+y (in Adding problems).
keyhelp-redo-eede761d = rétablir ce que Ctrl+z a annulé
# The hint line's word for Esc (in Adding problems).
key-done = fini
# The ? help's description of Esc (in Adding problems).
keyhelp-cancel-e66f86c8 = arrêter d'ajouter (une ligne à moitié tapée est d'abord effacée, Ctrl+z la ramène)

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Fusion de doublons
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = fusionner ici
# The ? help's description of m/Enter (in Merging duplicates).
keyhelp-merge-e913ae72 = fusionner le problème marqué (◆) dans celui choisi (demande d'abord)
# The hint line's word for Esc (in Merging duplicates).
key-cancel = annuler
# The ? help's description of Esc (in Merging duplicates).
keyhelp-cancel-d339344e = arrêter la fusion

## Identify: where and when

# A heading in the ? help.
keymap-identify-where-and-when = { -step-identify } : où et quand
# The hint line's word for ←/h (in Identify: where and when).
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = gauche
# The ? help's description of ←/h (in Identify: where and when).
keyhelp-cellleft-a7c95378 = la période d'avant
# The hint line's word for →/l (in Identify: where and when).
# The hint line's word for → (in Rank: pairwise).
key-right = droite
# The ? help's description of →/l (in Identify: where and when).
keyhelp-cellright-bd79f5a7 = la période d'après
# The hint line's word for 0 (in Identify: where and when).
key-mark = noter
# The ? help's description of 0-3 (in Identify: where and when).
keyhelp-score-0-6587f92e = noter la case pour le groupe : 0 sûr, 1 un peu, 2 peu sûr, 3 très dangereux ; puis la période suivante
# The hint line's word for 1 (in Identify: where and when).
key-1 = 1
# The ? help's description of 1 (in Identify: where and when).
keyhelp-score-1-5c4d05a3 = noter 1
# The hint line's word for 2 (in Identify: where and when).
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The ? help's description of 2 (in Identify: where and when).
keyhelp-score-2-5d4d0736 = noter 2
# The hint line's word for 3 (in Identify: where and when).
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The ? help's description of 3 (in Identify: where and when).
keyhelp-score-3-5e4d08c9 = noter 3
# The hint line's word for g (in Identify: where and when).
# The hint line's word for g (in Rank: dot voting).
key-group = groupe
# The ? help's description of g (in Identify: where and when).
keyhelp-nextgroup-177ee743 = le groupe suivant qui note (sa grille à gauche, celle de toute la salle à côté)
# The hint line's word for G (in Identify: where and when).
# The hint line's word for G (in Rank: dot voting).
key-previous-group = groupe préc.
# The ? help's description of G (in Identify: where and when).
keyhelp-prevgroup-d7adf3c5 = le groupe précédent qui note
# The hint line's word for a (in Identify: where and when).
key-place = lieu
# The ? help's description of a (in Identify: where and when).
keyhelp-add-81b719f2 = ajouter un lieu, nommé comme la salle le nomme (pas d'adresse, pas de coordonnées)
# The hint line's word for m (in Identify: where and when).
key-months = mois
# The ? help's description of m (in Identify: where and when).
keyhelp-toggleclock-76ba482b = les heures du jour, ou les mois du calendrier saisonnier
# The hint line's word for Enter/e (in Identify: where and when).
key-problems = problèmes
# The ? help's description of Enter/e (in Identify: where and when).
keyhelp-edit-273660ea = la note de la case avec les problèmes qui s'y produisent à ce moment
# The ? help's description of w (in Identify: where and when).
keyhelp-showwherewhen-8809a12c = retour aux problèmes
# The hint line's word for Del/Backspace (in Identify: where and when).
# The hint line's word for Esc (in Rank: dot voting).
key-clear = vider
# The ? help's description of Del/Backspace (in Identify: where and when).
keyhelp-clearscore-55096a37 = effacer la note du groupe dans la case
# The hint line's word for i (in Identify: where and when).
key-rename = renommer
# The ? help's description of i (in Identify: where and when).
keyhelp-rename-0e3f516c = renommer le lieu de cette ligne
# The ? help's description of d (in Identify: where and when).
keyhelp-delete-84448d62 = supprimer le lieu de cette ligne avec ses notes (demande d'abord)

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank } : { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = points
# The ? help's description of 0-9 (in Rank: dot voting).
keyhelp-digit-1-09d9c7eb = taper les points du groupe actif sur le problème choisi, puis Enter : 1 4 Enter donne 14
# The hint line's word for +/= (in Rank: dot voting).
key-dot = point
# The ? help's description of +/= (in Rank: dot voting).
keyhelp-voteplus-6712c756 = un point du groupe actif pour le problème choisi
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = retirer point
# The ? help's description of - (in Rank: dot voting).
keyhelp-voteminus-23401a07 = retirer le dernier point du groupe actif sur le problème choisi
# The ? help's description of g (in Rank: dot voting).
keyhelp-nextgroup-61db8275 = choisir le groupe dont on compte les points (g, puis son numéro ; g Enter : le suivant)
# The ? help's description of G (in Rank: dot voting).
keyhelp-prevgroup-7c2a45e2 = choisir le groupe, en partant du précédent
# The hint line's word for c (in Rank: dot voting).
key-tally = décompte
# The ? help's description of c (in Rank: dot voting).
keyhelp-tally-f63db14a = compter les points du groupe actif problème par problème : taper chaque nombre, Enter passe au suivant
# The hint line's word for v (in Rank: dot voting).
key-view = vue
# The ? help's description of v (in Rank: dot voting).
keyhelp-togglegroupview-085ed6b3 = montrer le classement du seul groupe actif, ou celui de toute la salle
# The hint line's word for s (in Rank: dot voting).
key-shortlist = liste restreinte
# The ? help's description of s (in Rank: dot voting).
keyhelp-shortlisttop-364a5c13 = marquer les N premiers du classement de la salle comme liste restreinte pour la planification (demande si N coupe une égalité)
# The hint line's word for Space (in Rank: dot voting).
key-pick = choisir
# The ? help's description of Space (in Rank: dot voting).
keyhelp-toggleshortlist-d1b79639 = mettre ou retirer à la main le problème choisi de la liste restreinte
# The hint line's word for ]/> (in Rank: dot voting).
key-size = taille
# The ? help's description of ]/> (in Rank: dot voting).
keyhelp-shortlistmore-9da186ac = allonger de un les N premiers de la liste restreinte
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = moins
# The ? help's description of [/< (in Rank: dot voting).
keyhelp-shortlistfewer-b06336ea = raccourcir de un les N premiers de la liste restreinte
# The hint line's word for h (in Rank: dot voting).
key-blind = aveugle
# The ? help's description of h (in Rank: dot voting).
keyhelp-toggleblind-b27d64c0 = vote à l'aveugle : l'écran de la salle cache les totaux (montre les points placés par groupe) jusqu'à ce que h les révèle
# The hint line's word for o (in Rank: dot voting).
key-order = ordre
# The ? help's description of o (in Rank: dot voting).
keyhelp-toggleorder-cc871e6c = trier par points, ou lister les problèmes dans l'ordre où ils ont été nommés
# The hint line's word for b (in Rank: dot voting).
key-break-tie = départager
# The ? help's description of b (in Rank: dot voting).
keyhelp-breaktie-7add5b5a = départager une égalité coupée par la limite de la liste restreinte : second tour, face-à-face ou décision
# The hint line's word for r (in Rank: dot voting).
key-results = résultats
# The ? help's description of r (in Rank: dot voting).
keyhelp-showresults-4ae20450 = les résultats : classement d'ensemble, graphique et rangs de chaque groupe côte à côte (r à nouveau : retour)
# The hint line's word for M (in Rank: dot voting).
key-method = méthode
# The ? help's description of M (in Rank: dot voting).
keyhelp-nextmethod-bcd7a814 = changer de méthode de classement : vote par points → paires → critères (rien de consigné n'est perdu)
# The hint line's word for Enter (in Rank: dot voting).
key-set = fixer
# The ? help's description of Enter (in Rank: dot voting).
keyhelp-submit-9f8f02de = fixer les points du groupe actif sur le problème choisi au nombre tapé
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = effacer
# The ? help's description of Backspace (in Rank: dot voting).
keyhelp-erasedigit-799f8663 = effacer le dernier chiffre tapé
# The ? help's description of Esc (in Rank: dot voting).
keyhelp-cancel-d1535165 = effacer les chiffres tapés
# The hint line's word for 0 (in Rank: dot voting).
key-digit = chiffre
# The ? help's description of 0 (in Rank: dot voting).
keyhelp-digit-0-8b0d9a0f = un chiffre des points
# The ? help's description of 2 (in Rank: dot voting).
keyhelp-digit-2-8b0d9a0f = un chiffre des points
# The ? help's description of 3 (in Rank: dot voting).
keyhelp-digit-3-8b0d9a0f = un chiffre des points
# The ? help's description of 4 (in Rank: dot voting).
keyhelp-digit-4-8b0d9a0f = un chiffre des points
# The ? help's description of 5 (in Rank: dot voting).
keyhelp-digit-5-8b0d9a0f = un chiffre des points
# The ? help's description of 6 (in Rank: dot voting).
keyhelp-digit-6-8b0d9a0f = un chiffre des points
# The ? help's description of 7 (in Rank: dot voting).
keyhelp-digit-7-8b0d9a0f = un chiffre des points
# The ? help's description of 8 (in Rank: dot voting).
keyhelp-digit-8-8b0d9a0f = un chiffre des points
# The ? help's description of 9 (in Rank: dot voting).
keyhelp-digit-9-8b0d9a0f = un chiffre des points
# The hint line's word for S (in Rank: dot voting).
key-score-card = fiche d'évaluation
# The ? help's description of S (in Rank: dot voting).
keyhelp-showscorecard-781baf9e = la fiche d'évaluation : chaque groupe et le prestataire notent le service, côte à côte avec les écarts

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank } : décompte d'un groupe
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = noter, suivant
# The ? help's description of Enter (in Rank: a group's tally).
keyhelp-submit-efa7e75f = noter le nombre tapé (rien de tapé : inchangé) et passer au problème suivant
# The ? help's description of Esc (in Rank: a group's tally).
keyhelp-cancel-08085b04 = effacer les chiffres tapés ; s'il n'y en a pas, finir le décompte

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank } : au-delà des points prévus ?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = noter quand même
# The ? help's description of y (in Rank: over the dot budget?).
keyhelp-yes-a23fb20c = noter le décompte même si le groupe dépasse ses points prévus
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = non
# The ? help's description of n/Esc (in Rank: over the dot budget?).
keyhelp-no-f6d391e8 = laisser le compte tel quel

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank } : { -pairwise }
# The ? help's description of ← (in Rank: pairwise).
keyhelp-pickleft-08361269 = le problème de gauche compte plus
# The ? help's description of → (in Rank: pairwise).
keyhelp-pickright-f8a16b2c = le problème de droite compte plus
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = égal
# The ? help's description of =/↓ (in Rank: pairwise).
keyhelp-picktie-40580bc1 = les deux comptent autant (égalité : une demi-victoire chacun)
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = pourquoi
# The ? help's description of Enter/e (in Rank: pairwise).
keyhelp-edit-a6a8f94f = écrire pourquoi la salle a décidé ainsi (avant ou après le choix)
# The ? help's description of Space (in Rank: pairwise).
keyhelp-nextundecided-b0f39b86 = la prochaine paire à trancher
# The hint line's word for g (in Rank: pairwise).
key-who-decides = qui décide
# The ? help's description of g (in Rank: pairwise).
keyhelp-nextgroup-5741edd1 = choisir qui décide : toute la salle (0) ou un groupe (son numéro)
# The ? help's description of G (in Rank: pairwise).
keyhelp-prevgroup-517f40f9 = choisir qui décide, en partant du précédent
# The hint line's word for m (in Rank: pairwise).
key-matrix = matrice
# The ? help's description of m (in Rank: pairwise).
keyhelp-showmatrix-213823ec = la matrice de toutes les paires, comme sur le tableau à feuilles
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = paires
# The ? help's description of ]/PgDn (in Rank: pairwise).
keyhelp-nextpair-058a968c = paire suivante
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = paire préc.
# The ? help's description of [/PgUp (in Rank: pairwise).
keyhelp-prevpair-d924654c = paire précédente
# The ? help's description of Backspace/Del (in Rank: pairwise).
keyhelp-clearpick-c86e38dc = oublier la décision sur cette paire
# The hint line's word for a (in Rank: pairwise).
key-scope = portée
# The ? help's description of a (in Rank: pairwise).
keyhelp-togglepairscope-fd0b496c = comparer la liste restreinte, ou tous les problèmes

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank } : écrire le motif
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = enregistrer
# The ? help's description of Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
keyhelp-submit-3860aca3 = garder le motif (avec le choix, s'il n'y en a pas encore)
# The ? help's description of Esc (in Rank: writing why).
keyhelp-cancel-3744c351 = laisser le motif tel quel

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank } : matrice des paires
# The ? help's description of ←/h (in Rank: pairwise matrix).
keyhelp-cellleft-0e9899c8 = une colonne à gauche
# The ? help's description of →/l (in Rank: pairwise matrix).
keyhelp-cellright-70bb505d = une colonne à droite
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = ouvrir paire
# The ? help's description of Enter (in Rank: pairwise matrix).
keyhelp-edit-0de71db6 = montrer cette paire en grand, pour la trancher ou la changer
# The ? help's description of m/Esc (in Rank: pairwise matrix).
keyhelp-showmatrix-973f2964 = retour à la paire

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank } : { -criteria-scoring }
# The ? help's description of ←/h (in Rank: criteria scoring).
keyhelp-cellleft-356fa3df = critère précédent
# The ? help's description of →/l (in Rank: criteria scoring).
keyhelp-cellright-2f517b1f = critère suivant
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = note
# The ? help's description of 1 (in Rank: criteria scoring).
keyhelp-score-1-936ceecd = note 1 (faible) … 5 (fort), puis critère suivant
# The ? help's description of 2 (in Rank: criteria scoring).
keyhelp-score-2-cde27fe7 = note 2
# The ? help's description of 3 (in Rank: criteria scoring).
keyhelp-score-3-cce27e54 = note 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The ? help's description of 4 (in Rank: criteria scoring).
keyhelp-score-4-cbe27cc1 = note 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The ? help's description of 5 (in Rank: criteria scoring).
keyhelp-score-5-cae27b2e = note 5
# The ? help's description of 0/Backspace/Del (in Rank: criteria scoring).
keyhelp-clearscore-7ad545ad = effacer la note de la case
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }
# The ? help's description of a (in Rank: criteria scoring).
keyhelp-add-29033117 = ajouter un critère (un nom et un poids)
# The ? help's description of Enter/e (in Rank: criteria scoring).
keyhelp-edit-3f476b1d = renommer le critère de cette colonne, ou changer son poids
# The ? help's description of d (in Rank: criteria scoring).
keyhelp-delete-23ea14b9 = supprimer le critère de cette colonne, avec ses notes (demande d'abord)

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank } : résultats
# The hint line's word for g (in Rank: results).
key-look-at = voir
# The ? help's description of g (in Rank: results).
keyhelp-nextgroup-6418d2d2 = voir le classement d'un groupe, ou de toute la salle (qui décide ne change pas)
# The ? help's description of G (in Rank: results).
keyhelp-prevgroup-4311673d = voir le classement d'un groupe, en partant du précédent
# The ? help's description of s (in Rank: results).
keyhelp-shortlisttop-702b9521 = marquer les N premiers du classement de la salle comme liste restreinte (une égalité départagée compte)
# The ? help's description of r/Esc (in Rank: results).
keyhelp-showresults-fad256c8 = retour à la saisie

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank } : départager une égalité
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = choisir
# The ? help's description of 1 (in Rank: breaking a tie).
keyhelp-choose-0-c24641cf = un second tour de vote par points entre les seuls problèmes à égalité
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = face-à-face
# The ? help's description of 2 (in Rank: breaking a tie).
keyhelp-choose-1-f99215a6 = le résultat de leur face-à-face par paires
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = décision
# The ? help's description of 3 (in Rank: breaking a tie).
keyhelp-choose-2-2f3d8f4d = le facilitateur décide l'ordre, avec un motif
# The ? help's description of Enter (in Rank: breaking a tie).
keyhelp-submit-85a1758a = départager de la façon sous le curseur
# The ? help's description of Esc (in Rank: breaking a tie).
keyhelp-cancel-7cc204ae = retour, en laissant l'égalité

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank } : { -run-off }
# The ? help's description of + (in Rank: run-off vote).
keyhelp-voteplus-14aa0bdd = un point de second tour du groupe actif pour le problème choisi
# The ? help's description of - (in Rank: run-off vote).
keyhelp-voteminus-f705cb76 = retirer le dernier point de second tour du groupe actif sur le problème choisi
# The ? help's description of g (in Rank: run-off vote).
keyhelp-nextgroup-1648aacc = choisir le groupe dont on compte les points du second tour (g, puis son numéro)
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = confirmer
# The ? help's description of Enter (in Rank: run-off vote).
keyhelp-submit-3d8bd061 = confirmer l'ordre donné par le second tour et consigner le départage
# The hint line's word for d (in Rank: run-off vote).
key-drop = abandonner
# The ? help's description of d (in Rank: run-off vote).
keyhelp-delete-5f731119 = abandonner ce second tour et ses points (demande d'abord)
# The ? help's description of Esc (in Rank: run-off vote).
keyhelp-cancel-ea866136 = retour aux trois façons (les points du second tour restent consignés)

## Rank: score card

# A heading in the ? help.
keymap-rank-score-card = { -step-rank } : fiche d'évaluation
# The ? help's description of ←/h (in Rank: score card).
keyhelp-cellleft-34f1cbfa = le groupe (ou le prestataire) à gauche
# The ? help's description of →/l (in Rank: score card).
keyhelp-cellright-eaa97cc7 = le groupe (ou le prestataire) à droite
# The ? help's description of 0-9 (in Rank: score card).
keyhelp-digit-1-ddc7f364 = taper la note de la case, puis Enter : 6 5 Enter enregistre 65 et descend
# The ? help's description of 0 (in Rank: score card).
keyhelp-digit-0-9224c087 = un chiffre de la note
# The ? help's description of 2 (in Rank: score card).
keyhelp-digit-2-9224c087 = un chiffre de la note
# The ? help's description of 3 (in Rank: score card).
keyhelp-digit-3-9224c087 = un chiffre de la note
# The ? help's description of 4 (in Rank: score card).
keyhelp-digit-4-9224c087 = un chiffre de la note
# The ? help's description of 5 (in Rank: score card).
keyhelp-digit-5-9224c087 = un chiffre de la note
# The ? help's description of 6 (in Rank: score card).
keyhelp-digit-6-9224c087 = un chiffre de la note
# The ? help's description of 7 (in Rank: score card).
keyhelp-digit-7-9224c087 = un chiffre de la note
# The ? help's description of 8 (in Rank: score card).
keyhelp-digit-8-9224c087 = un chiffre de la note
# The ? help's description of 9 (in Rank: score card).
keyhelp-digit-9-9224c087 = un chiffre de la note
# The hint line's word for Enter (in Rank: score card).
key-record = noter
# The ? help's description of Enter (in Rank: score card).
keyhelp-submit-21151204 = noter la note tapée et descendre ; rien de tapé : la note et son motif dans un formulaire
# The hint line's word for P (in Rank: score card).
key-plan-action = planifier
# The ? help's description of P (in Rank: score card).
keyhelp-plangap-9bfdd875 = planifier dans { -step-plan } une action sur l'écart de cet indicateur (liée à lui)
# The hint line's word for e (in Rank: score card).
key-reason = motif
# The ? help's description of e (in Rank: score card).
keyhelp-edit-1c8eeb80 = la note de la case et le motif que le groupe en donne
# The ? help's description of Del (in Rank: score card).
keyhelp-clearscore-00fe3624 = effacer la note de la case (u la ramène)
# The hint line's word for a (in Rank: score card).
key-indicator = indicateur
# The ? help's description of a (in Rank: score card).
keyhelp-add-fbb53d1e = ajouter un indicateur, dans les mots de la salle
# The hint line's word for o (in Rank: score card).
key-provider = prestataire
# The ? help's description of o (in Rank: score card).
keyhelp-editdetails-b5622a00 = qui est noté et se note lui-même (le poste de police, le bureau du chef), et l'échelle
# The hint line's word for I (in Rank: score card).
key-starter-set = jeu de départ
# The ? help's description of I (in Rank: score card).
keyhelp-starterset-81589d68 = ajouter les indicateurs proposés pour les services de police (réactivité, respect, équité…)
# The ? help's description of i (in Rank: score card).
keyhelp-rename-4828f3e9 = reformuler l'indicateur de cette ligne
# The ? help's description of d (in Rank: score card).
keyhelp-delete-c6889e87 = supprimer l'indicateur de cette ligne, avec ses notes (demande d'abord)
# The hint line's word for Esc (in Rank: score card).
key-clear-digits = effacer chiffres

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank } : choix d'un groupe
# The ? help's description of 0-9 (in Rank: choosing a group).
keyhelp-choose-1-da217707 = choisir le groupe de ce numéro (0 : toute la salle, quand elle peut décider)
# The ? help's description of 2 (in Rank: choosing a group).
keyhelp-choose-2-72e3db42 = groupe 2
# The ? help's description of 3 (in Rank: choosing a group).
keyhelp-choose-3-73e3dcd5 = groupe 3
# The ? help's description of 4 (in Rank: choosing a group).
keyhelp-choose-4-6ce3d1d0 = groupe 4
# The ? help's description of 5 (in Rank: choosing a group).
keyhelp-choose-5-6de3d363 = groupe 5
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The ? help's description of 6 (in Rank: choosing a group).
keyhelp-choose-6-6ee3d4f6 = groupe 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The ? help's description of 7 (in Rank: choosing a group).
keyhelp-choose-7-6fe3d689 = groupe 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The ? help's description of 8 (in Rank: choosing a group).
keyhelp-choose-8-78e3e4b4 = groupe 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The ? help's description of 9 (in Rank: choosing a group).
keyhelp-choose-9-79e3e647 = groupe 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = salle
# The ? help's description of 0 (in Rank: choosing a group).
keyhelp-choose-0-e5f5f8fa = toute la salle
# The ? help's description of g (in Rank: choosing a group).
keyhelp-down-c1be59d5 = le suivant
# The hint line's word for G (in Rank: choosing a group).
key-previous = précédent
# The ? help's description of G (in Rank: choosing a group).
keyhelp-up-9b332a83 = le précédent
# The ? help's description of Enter (in Rank: choosing a group).
keyhelp-submit-326d97d8 = choisir celui sous le curseur
# The ? help's description of Esc (in Rank: choosing a group).
keyhelp-cancel-4b0e2d40 = garder le groupe tel quel

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank } : égalité à la limite de la liste restreinte
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = départager
# The ? help's description of b (in Rank: a tie at the shortlist boundary).
keyhelp-breaktie-556ba8f9 = départager maintenant : second tour, face-à-face ou décision
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = inclure les ex æquo
# The ? help's description of a (in Rank: a tie at the shortlist boundary).
keyhelp-includetied-1c5011a9 = prendre tous les problèmes à égalité dans la liste restreinte (elle s'allonge d'autant)
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = laisser
# The ? help's description of Esc/n (in Rank: a tie at the shortlist boundary).
keyhelp-cancel-9d275104 = laisser la liste restreinte telle quelle

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The ? help's description of a (in Plan).
keyhelp-add-0c28c149 = ajouter une action au problème sous le curseur
# The ? help's description of Enter/e (in Plan).
keyhelp-edit-99cae40c = modifier l'action choisie (sur un problème : lui en ajouter une)
# The hint line's word for v (in Plan).
key-show-all = tout afficher
# The ? help's description of v (in Plan).
keyhelp-toggleallproblems-f87bdc45 = montrer tous les problèmes, ou seulement la liste restreinte (et les problèmes ayant des actions)
# The ? help's description of d (in Plan).
keyhelp-delete-1d8dec53 = supprimer l'action choisie (demande d'abord)

## In a form

# A heading in the ? help.
keymap-in-a-form = Dans un formulaire
# The hint line's word for Tab (in In a form).
key-next-field = champ suivant
# The ? help's description of Tab (in In a form).
keyhelp-focusnext-4657e254 = champ suivant
# The ? help's description of Shift+Tab (in In a form).
keyhelp-focusprev-8e853514 = champ précédent
# The ? help's description of Enter/Ctrl+s (in In a form).
keyhelp-submit-efc314e7 = enregistrer le formulaire, depuis n'importe quel champ (Ctrl+s aussi)
# The ? help's description of Esc (in In a form).
keyhelp-cancel-de80c72c = annuler (demande d'abord si quelque chose a été tapé)
# The ? help's description of ↑ (in In a form).
keyhelp-focusprev-d92fbdad = champ précédent (dans un champ de plusieurs lignes : depuis sa première ligne)
# The ? help's description of ↓ (in In a form).
keyhelp-focusnext-b94b90bf = champ suivant (dans un champ de plusieurs lignes : depuis sa dernière ligne)

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = statut
# The ? help's description of s (in Monitor).
keyhelp-nextstatus-7afba1cb = statut suivant : prévue → en cours → réalisée → bloquée → abandonnée (abandonner demande d'abord)
# The ? help's description of 1 (in Monitor).
keyhelp-setstatus-0-b27875e7 = marquer prévue (1–5 fixent un statut directement)
# The hint line's word for 2 (in Monitor).
key-in-progress = en cours
# The ? help's description of 2 (in Monitor).
keyhelp-setstatus-1-529599fe = marquer en cours
# The ? help's description of 3 (in Monitor).
keyhelp-setstatus-2-ab6e5fb0 = marquer réalisée
# The hint line's word for 4 (in Monitor).
key-stalled = bloquée
# The ? help's description of 4 (in Monitor).
keyhelp-setstatus-3-150fd113 = marquer bloquée
# The hint line's word for 5 (in Monitor).
key-dropped = abandonnée
# The ? help's description of 5 (in Monitor).
keyhelp-setstatus-4-eab43245 = marquer abandonnée (demande d'abord)
# The hint line's word for n (in Monitor).
key-note = note
# The ? help's description of n (in Monitor).
keyhelp-addnote-fddcf145 = ajouter une note de suivi datée à l'action choisie
# The ? help's description of Enter/e (in Monitor).
keyhelp-edit-18dd167b = modifier l'action choisie (dates, qui, …)
# The hint line's word for f (in Monitor).
key-follow-up = suivi des saisines
# The ? help's description of f (in Monitor).
keyhelp-showledger-ded7e564 = le registre des saisines : problèmes portés plus haut, à qui, quand, et chaque réponse depuis

## Monitor: follow-up of escalations

# A heading in the ? help.
keymap-monitor-follow-up-of-escalations = { -step-monitor } : suivi des saisines
# The hint line's word for n (in Monitor: follow-up of escalations).
key-reply = réponse
# The ? help's description of n (in Monitor: follow-up of escalations).
keyhelp-addnote-5f122a10 = noter ce qui est revenu, daté : pas de réponse, une réponse, une action prise, ou réglé
# The hint line's word for a (in Monitor: follow-up of escalations).
key-escalate = saisir
# The ? help's description of a (in Monitor: follow-up of escalations).
keyhelp-add-4591f4a2 = noter qu'un problème a été porté auprès de quelqu'un hors de la communauté, et quand
# The ? help's description of Enter/e (in Monitor: follow-up of escalations).
keyhelp-edit-0b3d334e = modifier à qui et quand le problème choisi a été porté
# The hint line's word for f (in Monitor: follow-up of escalations).
key-actions = actions
# The ? help's description of f (in Monitor: follow-up of escalations).
keyhelp-showledger-eedec6eb = retour aux actions
# The ? help's description of d (in Monitor: follow-up of escalations).
keyhelp-delete-19a90cea = supprimer la saisine choisie avec ses réponses (demande d'abord)

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The ? help's description of ←/h (in Learn).
keyhelp-focusprev-7cf09bb2 = la case de gauche (la précédente quand elles sont empilées)
# The ? help's description of →/l (in Learn).
keyhelp-focusnext-b0e98307 = la case de droite (la suivante quand elles sont empilées)
# The ? help's description of Enter/e (in Learn).
keyhelp-edit-13c1660c = écrire dans la case choisie (Enter enregistre ; Alt+Enter commence une nouvelle ligne)
# The hint line's word for N (in Learn).
key-next-cycle = cycle suivant
# The ? help's description of N (in Learn).
keyhelp-nextcycle-48a50a20 = commencer le cycle suivant : une nouvelle séance avec ces groupes, les problèmes non résolus et les actions ouvertes
# The hint line's word for PgUp (in Learn).
key-scroll = défiler
# The ? help's description of PgUp (in Learn).
keyhelp-pageup-6690990a = faire défiler la case choisie vers le haut
# The hint line's word for PgDn (in Learn).
key-scroll-down = défiler bas
# The ? help's description of PgDn (in Learn).
keyhelp-pagedown-88523f6b = faire défiler la case choisie vers le bas
# The ? help's description of Home (in Learn).
keyhelp-first-3c423d12 = la première case (ce qui a marché)
# The ? help's description of End (in Learn).
keyhelp-last-5dc800c7 = la dernière case (améliorations)

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = Dans un champ de plusieurs lignes
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = nouvelle ligne
# The ? help's description of Alt+Enter/Ctrl+j (in In a multi-line field).
keyhelp-fieldkey-cc6c9f38 = commencer une nouvelle ligne (Alt+Enter, ou Ctrl+j)

## On a choice

# A heading in the ? help.
keymap-on-a-choice = Sur un choix
# The ? help's description of ←→ (in On a choice).
keyhelp-fieldkey-27d114c6 = choisir une autre option (Space aussi ; sur oui/non, Space bascule)

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = Sur une liste à cocher
# The ? help's description of ←→ (in On a list of ticks).
keyhelp-fieldkey-51d91892 = passer d'une option à l'autre
# The hint line's word for Space (in On a list of ticks).
key-tick = cocher
# The ? help's description of Space (in On a list of ticks).
keyhelp-fieldkey-d20f2699 = cocher ou décocher

## Discard?

# A heading in the ? help.
keymap-discard = Abandonner la saisie ?
# The hint line's word for y (in Discard?).
key-discard = abandonner
# The ? help's description of y (in Discard?).
keyhelp-yes-76cc5fd2 = jeter ce qui a été tapé
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = continuer
# The ? help's description of n/Esc (in Discard?).
keyhelp-no-971c0e2a = revenir au formulaire

## Confirm

# A heading in the ? help.
keymap-confirm = Confirmer
# The hint line's word for y (in Confirm).
key-yes = oui
# The ? help's description of y (in Confirm).
keyhelp-yes-c5923342 = oui, le faire
# The ? help's description of n/Esc (in Confirm).
keyhelp-no-d259d5e2 = non, laisser

## Timer

# A heading in the ? help.
keymap-timer = Minuteur
# The hint line's word for Enter (in Timer).
key-start = démarrer
# The ? help's description of Enter (in Timer).
keyhelp-submit-da7e11a2 = lancer la durée sous le curseur, ou celle tapée
# The ? help's description of Esc (in Timer).
keyhelp-cancel-2e77beb5 = fermer sans minuteur

## Timer running

# A heading in the ? help.
keymap-timer-running = Minuteur en marche
# The hint line's word for Space (in Timer running).
key-pause = pause
# The ? help's description of Space (in Timer running).
keyhelp-pausetimer-f0b9f89e = mettre le minuteur en pause, ou reprendre
# The hint line's word for +/= (in Timer running).
key-1-min = +1 min
# The ? help's description of +/= (in Timer running).
keyhelp-extendtimer-19603a90 = une minute de plus
# The hint line's word for s (in Timer running).
key-stop = arrêter
# The ? help's description of s (in Timer running).
keyhelp-stoptimer-a861eccf = arrêter le minuteur et le retirer de l'écran de la salle
# The hint line's word for Esc/t (in Timer running).
key-close = fermer
# The ? help's description of Esc/t (in Timer running).
keyhelp-cancel-8f788ee8 = fermer cette boîte ; le minuteur continue

## Session list

# A heading in the ? help.
keymap-session-list = Liste des séances
# The hint line's word for Enter (in Session list).
key-open = ouvrir
# The ? help's description of Enter (in Session list).
keyhelp-open-a6cd6cfe = ouvrir la séance pour y travailler
# The hint line's word for n (in Session list).
key-new = nouvelle
# The ? help's description of n (in Session list).
keyhelp-new-6394b752 = commencer une nouvelle séance
# The hint line's word for r (in Session list).
key-read-only = lecture seule
# The ? help's description of r (in Session list).
keyhelp-readonly-ebd0fdff = ouvrir la séance en lecture seule (pour relire ; rien ne peut changer)
# The hint line's word for / (in Session list).
key-filter = filtrer
# The ? help's description of / (in Session list).
keyhelp-filter-3fde4cc9 = filtrer par n'importe quel texte : titre, communauté, facilitateur, problème
# The hint line's word for o (in Session list).
key-sort = trier
# The ? help's description of o (in Session list).
keyhelp-sort-883ef414 = trier par date, titre, communauté ou étape
# The ? help's description of N (in Session list).
keyhelp-nextcycle-65de5c6c = commencer le cycle suivant de la séance choisie
# The hint line's word for c (in Session list).
key-compare = comparer
# The ? help's description of c (in Session list).
keyhelp-compare-d64e19fd = comparer avec le cycle précédent : comment les priorités ont bougé
# The hint line's word for p (in Session list).
key-room-s-screen = écran salle
# The ? help's description of p (in Session list).
keyhelp-present-a97c349b = faire de cette fenêtre l'écran de la salle de la séance (pour le projecteur) : elle suit la fenêtre du facilitateur, en lecture seule
# The hint line's word for x (in Session list).
key-report = rapport
# The ? help's description of x (in Session list).
keyhelp-export-7b5f4973 = écrire le rapport de la séance choisie (Markdown et HTML) à côté d'elle
# The hint line's word for e (in Session list).
key-examples = exemples
# The ? help's description of e (in Session list).
keyhelp-examples-a0d320f0 = les séances d'exemple intégrées à baraza : voir un atelier entier, en lecture seule
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = actualiser
# The ? help's description of F5/Ctrl+r (in Session list).
keyhelp-refresh-460fd697 = relire le dossier : séances ajoutées par un autre programme ou copiées
# The ? help's description of q (in Session list).
keyhelp-quit-b46de75f = quitter baraza
# The ? help's description of Ctrl+c (in Session list).
keyhelp-forcequit-27314313 = quitter baraza, même depuis un formulaire ou le filtre

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Filtrer la liste
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = garder filtre
# The ? help's description of Enter/↓ (in Filtering the list).
keyhelp-submit-f1f0bf6f = garder le filtre et se déplacer dans la liste
# The ? help's description of Esc (in Filtering the list).
keyhelp-cancel-207838d1 = effacer le filtre

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Séances d'exemple
# The hint line's word for Enter/r (in Example sessions).
key-look = voir
# The ? help's description of Enter/r (in Example sessions).
keyhelp-readonly-3a56aab4 = ouvrir l'exemple en lecture seule : chaque panneau, rien ne peut changer ni être enregistré
# The ? help's description of n (in Example sessions).
keyhelp-new-60e4a596 = commencer une séance à vous
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = vos séances
# The ? help's description of e/Esc (in Example sessions).
keyhelp-examples-5cf2029d = retour aux séances du dossier

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Comparer les cycles
# The ? help's description of g (in Comparing cycles).
keyhelp-nextgroup-6eec0074 = montrer les rangs d'un groupe (passe d'un groupe à l'autre, puis toute la salle)
# The ? help's description of G (in Comparing cycles).
keyhelp-prevgroup-5125d67b = groupe précédent
# The ? help's description of S (in Comparing cycles).
keyhelp-showscorecard-ceca693e = comment la fiche d'évaluation a bougé : note de la communauté, auto-évaluation et écart par indicateur (S à nouveau : les rangs)
# The ? help's description of Esc/q (in Comparing cycles).
keyhelp-quit-0aa177cc = retour à la liste des séances
# The ? help's description of Ctrl+c (in Comparing cycles).
keyhelp-forcequit-b46de75f = quitter baraza

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Écran de la salle
# The ? help's description of q (in Room's screen).
keyhelp-quit-d0f78148 = fermer l'écran de la salle (la séance n'est pas touchée)

## Help

# A heading in the ? help.
keymap-help = Aide
# The ? help's description of ↑/k (in Help).
keyhelp-up-c3bb7449 = défiler vers le haut
# The ? help's description of ↓/j (in Help).
keyhelp-down-bd81c830 = défiler vers le bas
# The hint line's word for Home (in Help).
key-top = haut
# The ? help's description of Home (in Help).
keyhelp-first-c03b1b55 = tout en haut : les touches valables partout
# The hint line's word for End (in Help).
key-bottom = bas
# The ? help's description of End (in Help).
keyhelp-last-9a8b7f02 = tout en bas
# The hint line's word for R (in Help).
key-right-to-left = droite à gauche
# The ? help's description of R (in Help).
keyhelp-cyclertl-ac2b4b46 = texte de droite à gauche : auto, on (baraza réordonne), off (le terminal le fait) ; la ligne de test en bas montre le bon choix
# The ? help's description of Esc (in Help).
keyhelp-cancel-a72b1b14 = fermer (toute autre touche aussi)
# The ? help's description of Ctrl+c (in Help).
keyhelp-forcequit-47878736 = quitter
