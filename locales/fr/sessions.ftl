### baraza — fr: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check fr --files locales`.

## The session list: column headings (one line, over the table)

list-col-date = date
list-col-title = titre
list-col-community = communauté
list-col-stage = étape
list-col-problems = probl.
list-col-votes = votes
list-col-actions = actions
list-col-example = exemple

## The session list: the examples, the filter, a file that cannot be read

list-examples-intro-empty = Aucune séance dans ce dossier pour l'instant. n en commence une — ou regardez l'un des exemples intégrés à baraza : Entrée l'ouvre en lecture seule (rien n'est enregistré).
list-examples-intro = Exemples intégrés à baraza : Entrée en ouvre un en lecture seule (rien n'est enregistré) ; e revient à vos séances.
list-filter = Filtre :
list-filter-count = { $shown } sur { $all }
list-no-match = Aucune séance ne correspond au filtre.
list-no-match-clear = Échap l'efface.
list-unreadable = illisible

## The session list: status line messages

list-sorted-date = triées par date, la plus récente d'abord
list-sorted-title = triées par titre
list-sorted-community = triées par communauté
list-sorted-stage = triées par étape atteinte
list-no-own-session = pas encore de séance à vous : n en commence une
list-nothing-selected = pas encore de séance ici : appuyez sur n pour en commencer une
list-cannot-open = impossible d'ouvrir { $file } : { $error }
list-no-previous = cette séance ne prolonge pas une séance antérieure (N commence un nouveau { -cycle })
list-report-not-written = rapport non écrit : { $error }
list-reports-not-logged = rapports écrits à côté de la séance, mais pas dans son journal des exports : { $error }

## The session list: the question when a session is open elsewhere (y/n)

list-ask-read-only = « { $title } » est ouverte dans { $holder }. L'ouvrir ici en lecture seule ?
list-ask-read-only-file = { $file } est ouvert dans { $holder }. L'ouvrir ici en lecture seule ?

## The session list: the new-session and next-cycle forms

list-form-new = Nouvelle séance
list-form-next-cycle = Cycle suivant de « { $title } »
list-cycle-suffix = — { -cycle } { $n }
list-field-title = Titre
list-help-title = le nom que l'assemblée donnera à cette réunion
list-field-community = Communauté
list-help-community = communauté ou lieu
list-field-date = Date
list-field-facilitators = Facilitateurs
list-help-facilitators = noms, séparés par des virgules
list-help-next-title = reprend les groupes, les problèmes non résolus et les actions ouvertes
list-help-next-community = la communauté reste la même
list-give-title = donnez un titre à la séance

## The comparison of two cycles (c on the session list)

compare-title-ranks = Comment les priorités ont bougé · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-title-card = Comment la fiche d'évaluation a bougé · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-ranks-of = Rangs de :
compare-whole-room = toute l'assemblée
compare-col-now = actuel
compare-col-before = avant
compare-col-movement = évolution
compare-col-problem = { -problem }
compare-nothing-ranked = Aucun problème classé dans l'un ou l'autre cycle pour l'instant.
compare-move-new = nouveau
compare-move-up = ▲ monte de { $n }
compare-move-down = ▼ descend de { $n }
compare-move-same = = inchangé
compare-move-dropped = abandonné
compare-move-resolved = ✓ résolu
compare-move-not-ranked = non classé
compare-move-lost = ▼ plus rien
compare-move-gained = ▲ premiers votes
compare-move-neither = · rien, ni l'un ni l'autre
compare-col-indicator = indicateur
compare-col-community = Communauté
compare-col-gap = écart
compare-no-card = Pas de fiche d'évaluation dans ce cycle.

## While the folder is read at start (the list is drawn at once and filled in)

# The session list's status line while the folder is read in the background.
# $read, $total: counts already grouped ("1,234"); $n: the total as a number,
# for the plural.
list-reading = lecture du dossier : { $read } sur { $total } { $n ->
    [one] séance
   *[other] séances
}…
# In the list's place while the folder is read and nothing is known yet.
list-reading-folder = Lecture du dossier…
