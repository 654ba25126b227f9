### baraza — fr: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Awaits review by a native-speaking facilitator; check with `baraza lang check fr --files locales`.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Where and when: the words of the model (panel, room's screen, reports)

# A view of time: the title of the grid, the wall's heading, `m`'s message.
ww-clock-day = moments de la journée
ww-clock-season = mois
# A time band's name, over a column of the grid and the reports' tables.
# $band: morning, afternoon, evening, night or month; $month: the month's
# number (1–12) when $band is month.
ww-band = { $band ->
    [morning] matin
    [afternoon] après-midi
    [evening] soir
    [night] nuit
   *[month] { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
}
# The same in at most five cells for a time of day, three for a month (the
# seasonal grid's narrow columns). $band, $month: as above.
ww-band-short = { $band ->
    [morning] matin
    [afternoon] a.-m.
    [evening] soir
    [night] nuit
   *[month] { $month ->
        [1] jan
        [2] fév
        [3] mar
        [4] avr
        [5] mai
        [6] jun
        [7] jul
        [8] aoû
        [9] sep
        [10] oct
        [11] nov
       *[12] déc
    }
}
# When, as a sentence says it ("«the borehole» at night"). $band, $month: as
# above.
ww-when = { $band ->
    [morning] le matin
    [afternoon] l'après-midi
    [evening] le soir
    [night] la nuit
   *[month] en { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
}
# What a mark means, as the room hears it. $level: 0 to 3.
ww-level = { $level ->
    [0] sûr
    [1] un peu dangereux
    [2] dangereux
   *[3] très dangereux
}
# The heading of the column of places (grid, wall, reports).
ww-map-place = Lieu
# The heading of the whole room's grid. $groups: how many groups marked.
ww-map-whole-room = Toute la salle ({ $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
})
# After the cell in words: the whole room's mean. $level: it ("2.3").
ww-whole-room = toute la salle { $level }

## Where and when, the facilitator's view of Identify (w)

# Title. $clock: the view shown (ww-clock-…); $other: the view m shows.
ww-title = Où et quand · { $clock } (m : { $other })
# …with the group marking. $group: its name.
ww-title-marking = Où et quand · { $clock } (m : { $other }) · note : { $group } (g)
# m pressed. $clock: the view now shown.
ww-showing = affiche : { $clock }
# g, or a digit, with no groups.
ww-no-groups = Pas encore de groupes — ajoutez d'abord les groupes dans { -step-prepare } (F1)
# g pressed. $group: the group now marking.
ww-marking = Groupe qui note : { $group }
# A key that needs a place, with none.
ww-no-places = Pas encore de lieux — a en ajoute un, nommé comme la salle le nomme (la route du marché, le forage)
# The view with no places (the room has not named any).
ww-empty = Pas encore de lieux — a en ajoute un, nommé comme la salle le nomme (la route du marché, le forage, l'arrêt des matatus) ; puis chaque groupe note son insécurité à chaque moment
# …opened read-only.
ww-empty-read-only = Aucun lieu nommé pour le moment
# The cell under the cursor in words. $name: the place; $when: ww-when;
# $group: the group; $level: its mark (0–3); $word: what it means (ww-level).
ww-detail-mark = ▶ « { $name } » { $when } — { $group } : { $level } ({ $word })
# …the group has not marked it.
ww-detail-not-marked = ▶ « { $name } » { $when } — { $group } : pas encore noté
# …no group in the room.
ww-detail-no-group = ▶ « { $name } » { $when } — aucun groupe
# Under the grid: what the shades mean.
ww-legend = ▓ 3 très dangereux · ▒ 2 dangereux · ░ 1 un peu · · 0 sûr · vide : pas noté
# The window too narrow for any grid.
ww-widen = élargissez la fenêtre pour voir la grille
# Delete on a mark the group has not made. $group, $name (the place), $when.
ww-not-marked = { $group } n'a pas noté « { $name } » { $when }
# d: the question. $name: the place; $marks: how many marks go with it.
ww-ask-delete = { $marks ->
    [0] Supprimer le lieu « { $name } » ? (u le rétablit)
    [one] Supprimer le lieu « { $name } » ? Sa note part avec lui. (u le rétablit)
   *[other] Supprimer le lieu « { $name } » ? Ses { $marks } notes partent avec lui. (u le rétablit)
}
# The place form's title, adding.
ww-form-add-place = Ajouter un lieu
# …renaming. $name: the place.
ww-form-place = Lieu « { $name } »
# Its field and the field's help.
ww-field-place = Lieu
ww-field-place-help = comme la salle le nomme : « le sentier de la voie ferrée », « le kiosque à eau de Kianda »
# Why the name is not taken: none typed; another place has it ($name).
ww-place-empty = Lieu : un lieu a besoin d’un nom
ww-place-taken = Lieu : il y a déjà un lieu « { $name } »
# The mark form's title. $group, $name (the place), $when: as above.
ww-form-mark = { $group } : « { $name } » { $when }
# Its fields and the help of the problems'.
ww-field-unsafe = Insécurité
ww-field-problems = Problèmes
ww-field-problems-help = les problèmes qui surviennent ici à ce moment (Espace coche)

## Where and when on the room's screen

# Heading. $clock: the view shown (ww-clock-…).
ww-room-heading = Où et quand l'insécurité survient · { $clock }
# No places.
ww-room-empty = Aucun lieu nommé pour le moment.
# The cell the facilitator is on. $name: the place; $when: ww-when; $group:
# the group marking; $mark: ww-room-level or ww-room-not-marked.
ww-room-cell = ▶ { $name } { $when } — { $group } : { $mark }
# $level: the mark (0–3); $word: what it means (ww-level).
ww-room-level = { $level } ({ $word })
ww-room-not-marked = pas encore noté
# Under the map: what the shades mean.
ww-room-legend = ▓ 3 très dangereux · ▒ 2 dangereux · ░ 1 un peu · · 0 sûr
# The wall too narrow for the map.
ww-room-widen = Élargissez la fenêtre pour voir la carte.

## Where and when in the reports (Markdown, HTML)

report-ww-heading = Où et quand
report-ww-intro = Chaque groupe a noté l'insécurité de chaque lieu à chaque moment : 0 sûr, 1 un peu, 2 dangereux, 3 très dangereux (▓ 3, ▒ 2, ░ 1, · 0 ; vide : pas noté). La note de toute la salle est la moyenne des groupes qui ont noté la case, chaque groupe comptant une fois.
# A sub-heading. $clock: day or season.
report-ww-by = { $clock ->
    [day] Par moment de la journée
   *[season] Par mois de l'année
}
# A grid's caption: the whole room's, a group's ($group). $clock: as above.
report-ww-room-grid = { $clock ->
    [day] Toute la salle, moments de la journée
   *[season] Toute la salle, mois de l'année
}
report-ww-group-grid = { $clock ->
    [day] { $group }, moments de la journée
   *[season] { $group }, mois de l'année
}
# Before the list of the cells marked highest.
report-ww-hottest = Les plus hautes notes de toute la salle :
# One of them. $place: its name; $band: the time (ww-band).
report-ww-hot-spot = { $place }, { $band }
# No marks at all. $places: the places named, as a list.
report-ww-not-marked = Lieux nommés, pas encore notés : { $places }.

## The follow-up ledger: the words of the model (panel, room's screen, reports)

# What came back, as the reply form offers it and the lists show it.
ledger-kind-no-reply = pas de réponse
ledger-kind-reply = réponse
ledger-kind-action = mesure prise
ledger-kind-done = réglé
# Where an escalation stands (the wall's counts, the reports' Stands column).
ledger-standing-awaiting-reply = attend une réponse
ledger-standing-awaiting-action = répondu, attend une mesure
ledger-standing-in-action = mesure en cours
ledger-standing-done = réglé
# Where it stands, short enough for the 26-cell Stands column. $days: how
# many days it has waited for a reply / for an action since the reply, or
# took to done; $day: the day of the first action.
ledger-stands-awaiting-reply = sans réponse · { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
ledger-stands-awaiting-action = réponse · sans mesure { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
ledger-stands-in-action = ▶ 1re mesure au jour { $day }
ledger-stands-done = ✓ réglé en { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# How long it has waited, or took (under its replies; the reports' Waiting
# column). $days: the days.
ledger-waited-done = réglé après { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
ledger-waited-in-action = première mesure après { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
ledger-waited-awaiting-action = répondu, sans mesure depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
ledger-waited-awaiting-reply = attend une réponse depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# A date of the wall's lines without its year ("5 Nov"): strftime, as
# date-short in core.ftl.
date-day-month = %-d %b

## The follow-up ledger, the facilitator's view of Monitor (f)

# Title. $awaited: how many are still awaited; $done: how many are done.
ledger-title = Suivi des saisines · { $awaited } en attente · { $done } réglées
# Nothing escalated (the view, and a key that needs an escalation).
ledger-empty = Aucune saisine pour le moment — a enregistre un problème porté au-delà de la communauté : auprès de qui, et quand ; puis n enregistre chaque réponse, ou l'absence de réponse
ledger-empty-read-only = Aucune saisine dans cette session
ledger-nothing-yet = Aucune saisine pour le moment — a enregistre un problème porté au-delà de la communauté
# The table's headings (and the reports').
ledger-col-problem = Problème
ledger-col-to = Porté auprès de
ledger-col-raised = Porté le
ledger-col-stands = Où en est-on
# Over the selected one's replies. $problem: its title; $to: to whom it
# went; $raised: the day (ISO).
ledger-detail-rule = ── « { $problem } » · { $to } · porté le { $raised }{ " " }
# No reply recorded yet.
ledger-no-replies = rien d'enregistré depuis — n enregistre une réponse, ou l'absence de réponse
# Under its replies. $first: days to the first action; $done: days to done.
ledger-days-done = première mesure après { $first ->
    [one] { $first } jour
   *[other] { $first } jours
} · réglé après { $done ->
    [one] { $done } jour
   *[other] { $done } jours
}
ledger-days-acting = première mesure après { $first ->
    [one] { $first } jour
   *[other] { $first } jours
} · pas encore réglé
# d: the question. $problem, $to: as above; $replies: how many go with it.
ledger-ask-delete = { $replies ->
    [0] Supprimer la saisine de « { $problem } » auprès de { $to } ? (u la rétablit)
    [one] Supprimer la saisine de « { $problem } » auprès de { $to } ? Sa réponse part avec elle. (u la rétablit)
   *[other] Supprimer la saisine de « { $problem } » auprès de { $to } ? Ses { $replies } réponses partent avec elle. (u la rétablit)
}
# a with no problems named.
ledger-no-problems = Pas encore de problèmes — nommez-les dans { -step-identify } (F2), puis saisissez-en un ici
# The escalation form's title: new, or editing one ($problem: its title).
ledger-form-raise = Porté au-delà de la communauté
ledger-form-escalation = Saisine de « { $problem } »
# Its fields and their help.
ledger-field-problem = Problème
ledger-field-to = Auprès de qui
ledger-field-to-help = le bureau ou le comité, pas le nom d'une personne
ledger-field-raised = Porté le
# Offered in To whom (typed as they read when picked).
ledger-body-district-committee = Comité de sécurité du district
ledger-body-sub-county-committee = Comité de sécurité du sous-comté
ledger-body-county-commander = Commandant de police du comté
ledger-body-county-commissioner = Commissaire du comté
ledger-body-gender-office = Bureau du genre du comté
ledger-body-interior = Ministère de l'Intérieur
# Why the form is not taken: nobody named; a date after today ($day, $today,
# ISO); the raised date after a reply ($day); a reply before the problem was
# raised ($day, $raised).
ledger-to-empty = Auprès de qui : dites à qui le problème a été porté
ledger-date-future = Date : le { $day } est après aujourd'hui ({ $today }) ; le registre note ce qui s'est passé
ledger-raised-after-reply = Porté le : le { $day } est après une réponse déjà enregistrée
ledger-date-before-raised = Date : le { $day } est avant que le problème soit porté ({ $raised })
# The reply form's title. $to: to whom; $problem: the problem's title.
ledger-form-reply = Ce qui est revenu de { $to } sur « { $problem } »
# Its fields and their help.
ledger-field-date = Date
ledger-field-what = Quoi
ledger-field-what-help = pas de réponse : relancé, rien n'est revenu ; réglé : plus rien n'est attendu
ledger-field-note = Note
ledger-field-note-help = ce qui a été dit ou fait, par qui (facultatif)
# The escalation was deleted while its form was open.
ledger-gone = cette saisine n'existe plus
# The status line when a session opens with escalations from the last cycle
# still awaited. $problem: the first's title; $to: to whom; $stands: where
# it stands (ledger-stands-…); $more: how many others.
ledger-still-awaited = { $more ->
    [0] Toujours en attente depuis le cycle précédent : « { $problem } » ({ $to }, { $stands }) — f dans { -step-monitor } (F5) pour le suivi
   *[other] Toujours en attente depuis le cycle précédent : « { $problem } » ({ $to }, { $stands }) et { $more } autres — f dans { -step-monitor } (F5) pour le suivi
}

## The follow-up ledger on the room's screen

# Heading. $awaited: how many are still awaited.
ledger-room-heading = Le suivi de ce qui a été porté : { $awaited } en attente
ledger-room-empty = Rien de porté au-delà de la communauté pour le moment.
# Under the big counts (four columns share 76 cells at 80×24: short).
ledger-room-await-reply = attendent réponse
ledger-room-await-action = attendent mesure
ledger-room-under-way = en cours
ledger-room-done = réglés
# Under each escalation's title. $to: to whom; $since: the day raised, in
# words; $stands: where it stands (ledger-stands-…).
ledger-room-detail = auprès de { $to } depuis le { $since } · { $stands }

## The follow-up ledger in the reports (Markdown, HTML)

report-ledger-heading = Suivi des saisines
# The summary, in three parts: this, then (in bold) report-ledger-awaited,
# then report-as-of-date. $n: how many problems were raised.
report-ledger-raised = { $n ->
    [one] { $n } problème porté au-delà de la communauté ;{ " " }
   *[other] { $n } problèmes portés au-delà de la communauté ;{ " " }
}
# $n: how many are still awaited (in bold).
report-ledger-awaited = { $n } toujours en attente
# The table's headings beyond the panel's (ledger-col-…).
report-ledger-col-no = N°
report-ledger-col-first-reply = Première réponse
report-ledger-col-days-to-action = Jours jusqu'à la 1re mesure
report-ledger-col-days-to-done = Jours jusqu'au règlement
report-ledger-col-waiting = Attente
# A problem carried from an earlier cycle. $problem: its title.
report-ledger-inherited = { $problem } (d'un cycle précédent)
# Over an escalation's replies. $problem: its title; $to: to whom.
report-ledger-replies-heading = « { $problem } », porté auprès de { $to }

## The score card: the words of the model (panel, room's screen, reports)

# The scales the room scores on (the settings form; the reports' note).
card-scale-hundred = 0–100, comme une note d'école
card-scale-five = 1–5, de très mauvais à très bon
# The provider while the room has not named it.
card-provider = Prestataire
# The table's headings (panel, wall; Indicator, Gap and Mean in the
# reports): at most 5 cells for the short community's and the gap's.
card-col-indicator = Indicateur
card-col-community-short = Comm.
card-col-gap = Écart
card-mean = Moyenne
# The provider's column headed by a letter (its name in the legend).
card-col-provider-short = P
# Under the table. $big: the biggest gaps' mark (◆); $planned: the mark of
# an action planned on a gap (→).
card-legend = { $big } plus grands écarts · { $planned } mesure prévue · écart = communauté − prestataire
# …where that does not fit (the wall).
card-legend-short = { $big } plus grands écarts · { $planned } mesure prévue

## The score card, the facilitator's view of Rank (S)

# Title. $provider: who is scored; $scale: 0–100 or 1–5.
card-title = Fiche d'évaluation · { $provider } · { $scale }
# Beside it. $scored: the scores given; $cells: the cells of the card.
card-scored = { $scored } notes sur { $cells }
# No indicators yet (the view, and a key that needs one).
card-empty = Pas encore d'indicateurs — I ajoute la série de départ pour la police (réactivité, respect, équité envers les femmes et les jeunes, honnêteté, visibilité…), a un indicateur dans les mots de la salle, o nomme qui est évalué
card-empty-read-only = Pas encore d'indicateurs
card-no-indicators = Pas encore d'indicateurs — I ajoute la série de départ pour la police, a un indicateur de la salle
# The cell under the cursor in words. $name: the indicator; $who: the group
# or the provider; $score: the score; $reason: the reason given.
card-detail-reason = ▶ « { $name } » — { $who } : { $score } · « { $reason } »
card-detail-score = ▶ « { $name } » — { $who } : { $score } (e donne la raison)
card-detail-unscored = ▶ « { $name } » — { $who } : pas encore noté
# Digits typed, then the cursor moved. $typed: the digits.
card-moved = { $typed } non enregistré : le curseur a bougé avant Entrée
# I with every starter indicator on the card.
card-starter-complete = la fiche a tous les indicateurs de la série de départ
# A digit too many. $n: the most a score has.
card-max-digits = une note a au plus { $n } chiffres
# Esc with digits typed.
card-digits-cleared = chiffres effacés
# Enter on digits outside the scale. $typed: them; $min, $max: the scale.
card-out-of-scale = { $typed } non enregistré : une note va de { $min } à { $max } sur cette fiche
# Delete on a cell with no score. $who: the group or provider; $name: the
# indicator.
card-nothing-to-clear = { $who } n'a pas de note sur « { $name } » à effacer
# d: the question. $name: the indicator; $scores: how many go with it.
card-ask-delete = { $scores ->
    [0] Supprimer l'indicateur « { $name } » ? (u le rétablit)
    [one] Supprimer l'indicateur « { $name } » ? Sa note part avec lui. (u le rétablit)
   *[other] Supprimer l'indicateur « { $name } » ? Ses { $scores } notes partent avec lui. (u le rétablit)
}
# The score form's title. $who, $name: as above.
card-form-score = { $who } sur « { $name } »
# Its fields and their help (one per scale).
card-field-score = Note
card-field-score-help-hundred = 0 à 100, comme une note d'école
card-field-score-help-five = 1 très mauvais … 5 très bon
card-field-reason = Raison
card-field-reason-help = pourquoi le groupe donne cette note, dans ses propres mots
# The indicator form's title: adding, or rewording ($name).
card-form-add-indicator = Ajouter un indicateur
card-form-indicator = Indicateur « { $name } »
card-field-indicator = Indicateur
card-field-indicator-help = ce sur quoi la salle juge le service, p. ex. « Vient quand on appelle la nuit »
# Why the name is not taken: none typed; another indicator has it ($name).
card-indicator-empty = Indicateur : un indicateur a besoin d’un nom
card-indicator-taken = Indicateur : il y a déjà un indicateur « { $name } »
# The settings form (o).
card-form-settings = La fiche d'évaluation
card-field-provider = Prestataire
card-field-provider-help = le service évalué, qui s’évalue lui-même : « poste de police de Kibera »
card-field-scale = Échelle
card-field-scale-help = choisie avant la première note
card-scale-locked = Échelle : elle est choisie avant la première note (effacez les notes pour la changer)
# P with no problem to plan for.
card-action-no-problem = Une action se rattache à un problème : nommez-en un d'abord dans { -step-identify } (F2)
# The action form's title (P). $name: the indicator.
card-form-action = Action sur l'écart « { $name } »
# The indicator of success the action form starts with: the baseline it is
# measured from. $name: the indicator; $score: the community's mean; $gap:
# the gap, signed.
card-measure-gap = note de la communauté sur « { $name } » en hausse depuis { $score } (écart { $gap })
card-measure = note de la communauté sur « { $name } » en hausse depuis { $score }
card-measure-next = note de la communauté sur « { $name } » en hausse au prochain cycle
# The action saved. $name: the indicator.
card-action-planned = action prévue sur l'écart « { $name } » : elle est dans { -step-plan } (F4)

## The score card on the room's screen

# Heading. $provider: who is scored.
card-room-heading = Fiche d'évaluation : la communauté et { $provider }, côte à côte
# No indicators (the wall; the reports too).
card-room-empty = Aucun indicateur convenu pour l'instant.
# An indicator's scores in a line. $community: the community's mean;
# $provider: who is scored; $score: its own score; $gap: the gap, signed.
card-room-scores = communauté { $community } · { $provider } { $score } · écart { $gap }
# Under the big digits: the community's ($groups: how many groups), the gap's
# (with $big, the mark, when among the biggest).
card-room-community = communauté ({ $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
})
card-room-gap = écart
card-room-gap-biggest = { $big } écart, parmi les plus grands

## The score card in the reports (Markdown, HTML)

# Heading. $provider: who is scored.
report-card-heading = Fiche d'évaluation : { $provider }
# Under it. $scale: the scale (card-scale-…); $provider: as above; $mark:
# the biggest gaps' mark (◆); $n: how many biggest gaps are marked.
report-card-intro = Notée { $scale }. La moyenne de la communauté est celle des groupes qui ont noté un indicateur, chaque groupe comptant une fois ; l'écart est cette moyenne moins la propre note de { $provider } (un écart négatif : le prestataire se juge mieux que la communauté ne le juge). { $mark } marque les { $n } plus grands écarts (davantage quand le troisième est partagé).
# The table's columns of the community's mean and of the gap (the panel's
# heading is short; a report has the room for the whole word).
report-card-col-community = Communauté
report-card-col-gap = Écart
# Anonymised copies.
report-card-reasons-left-out = Les raisons données pour les notes sont omises des copies anonymisées.
report-card-reasons = Raisons données
report-card-gap-actions = Actions prévues sur les écarts
