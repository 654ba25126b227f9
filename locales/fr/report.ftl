### baraza — français : les rapports.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## The page

# The last line of the HTML page.
report-footer = Rédigé par baraza.
# Markdown's label before a note the reader must notice.
report-note = Remarque :

## Notes at the top

report-anonymised = Copie anonymisée : les noms des facilitateurs et des responsables, les notes de contexte, les descriptions des problèmes, les partenaires, les risques, les textes des notes de suivi, les motifs des décisions et les leçons sont omis.
report-not-encrypted = Ce rapport n'est pas chiffré, contrairement à la séance dont il est tiré : quiconque peut ouvrir ce fichier peut le lire. Ne le gardez que là où seules les personnes concernées y ont accès.
# An anonymised copy of a room too small to show groups apart.
# $min: the smallest group shown apart (people); $other: the merged
# group's name.
report-merged-whole-room = La salle entière comptait moins de { $min } personnes : ses résultats sont présentés pour toute la salle, sous « { $other } », sans aucun groupe à part.
# Small groups merged. $min: as above; $groups: how many groups were
# merged; $people: how many people they hold.
report-merged = Les groupes de moins de { $min } personnes sont regroupés sous « { $other } » ({ $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } groupes
}, { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}), afin que personne ne puisse déduire un vote du décompte d'un petit groupe.
# A panel the session did not get to. $stage: the step not reached;
# $reached: the step it stopped at.
report-not-reached = La séance n'a pas encore atteint l'étape { $stage } (elle s'est arrêtée à { $reached }).

## Overview (facts at the top)

report-community = Communauté
report-date = Date
report-facilitators = Facilitateurs
report-stage-reached = Étape atteinte
report-participants = Participants
# $people: participants; $groups: groups; $dots: dots each.
report-participants-value = { $people } en { $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } groupes
}, { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} par participant
report-previous-cycle = Cycle précédent
# $id: the previous session's id.
report-previous-value = séance { $id }
report-time-worked = Temps passé sur chaque panneau
# One step's time. $stage: the step; $time: "34 min".
report-worked-value = { $stage } : { $time }
report-last-updated = Dernière mise à jour
report-as-of = Rapport établi le
report-language = Langue

## Consent

report-consent = Consentement
report-no-consent = Aucune note de consentement n'a été consignée : avant de partager ce rapport, demandez au facilitateur ce que la salle a accepté de voir consigné et partagé.
report-consent-intro = Ce que la salle a accepté de voir consigné et partagé :
# $date: when, in words; $what: what was purged (in English for now).
report-purged = Purgé le { $date } selon la règle de conservation du programme : { $what }.

## Context

report-context = Contexte et analyse du conflit
report-context-anonymised = Les notes de contexte sont omises des copies anonymisées.
report-no-context = Aucune note de contexte consignée.

## Groups

report-groups = Groupes présents
report-no-groups = Aucun groupe consigné.
# Columns of the groups table.
report-col-group = Groupe
report-col-people = Personnes
report-col-dot-budget = Points prévus
report-col-dots-placed = Points placés
# The last row: every group together.
report-all = Tous

## Problems

report-problems = Problèmes
report-no-problems = Aucun problème consigné.
report-category = Catégorie
report-where = Lieu
report-raised-by = Soulevé par
report-flags = Signalements
report-flag-escalation = demande une action au niveau du district ou national
report-flag-resolved = résolu
report-flag-carried = repris du cycle précédent
# The problem tree: the trunk, its roots and its branches.
report-tree-problem = Problème :{ " " }
report-tree-causes = Causes (racines)
report-tree-effects = Effets (branches)
report-none-recorded = aucun consigné

## Ranking

report-ranking = Classement
report-nothing-ranked = Rien n'a encore été classé.
# Before the method's name.
report-method-used = Méthode :{ " " }
# After it: what went in. $dots: dots placed; $voted: groups that voted;
# $groups: groups in all.
report-inputs-dots = { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} de { $voted } groupes sur { $groups }.
# $done: pairs decided; $pairs: pairs in all.
report-inputs-pairwise = { $done ->
    [one] { $done } paire tranchée
   *[other] { $done } paires tranchées
} sur { $pairs } ; une victoire compte 1, une égalité ½ à chacun.
# $criteria: each criterion with its weight ("Frequency (×2), Severity (×1)").
report-inputs-criteria = Critères : { $criteria } ; chacun noté de 1 à 5, total = Σ poids × note.
# One criterion with its weight. $name: as typed; $weight: a number.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Le vote par points était à l'aveugle :{ " " }
report-blind-hidden = l'écran de la salle montrait combien de points chaque groupe avait placés, pas les totaux, et les totaux n'étaient pas encore révélés quand ce rapport a été rédigé.
report-blind-revealed = l'écran de la salle montrait combien de points chaque groupe avait placés, pas les totaux, jusqu'à ce que le facilitateur les révèle.
# The chart's caption. $score: the score's column name (Dots, Wins…);
# $method: the method.
report-chart-caption = { $score } par problème ({ $method })
# A score in words. $n: the score (a number, possibly "2.5").
report-score-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } points
}
report-score-wins = { $n ->
    [one] { $n } victoire
   *[other] { $n } victoires
}
report-score-points = { $n ->
    [one] { $n } pt
   *[other] { $n } pts
}
# Column names of the score, by method.
report-col-dots = Points
report-col-wins = Victoires
report-col-weighted = Score pondéré
# Columns of the ranking table.
report-col-rank = Rang
report-col-problem = Problème
report-col-category = Catégorie
report-col-shortlist = Liste restreinte
report-col-tie-broken-by = Égalité départagée par
# Another method the room also used. $method: its name.
report-also-recorded = Aussi consigné : { $method }
# $problems: how many problems the decisions were among.
report-among = Parmi { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}.
# How a tie was broken (tables and the list of ties). $dots: run-off dots;
# $reason: the facilitator's reason.
report-by-runoff = second tour ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
})
report-by-head-to-head = résultat du face-à-face par paires
report-by-decision = décision du facilitateur : { $reason }
report-by-decision-plain = décision du facilitateur

## Ranking by group

report-by-group = Par groupe
report-no-group-ranks = Les groupes n'ont pas classé séparément avec cette méthode.
# $score: the score's name, in lower case where the language has cases
# ("dots", "wins", "weighted score").
report-by-group-intro = Rang de chaque groupe ({ $score } entre parenthèses) ; « – » là où un groupe n'a rien consigné. L'écart est le rang le plus bas d'un groupe moins le plus haut.
report-col-overall = Ensemble
report-col-spread = Écart
report-col-note = Remarque
report-biggest-disagreement = plus grand désaccord

## Pairwise decisions

report-pairwise = Décisions par paires
# $problems: how many; $titles: their titles, each in «».
report-decided-among = Tranché parmi { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} : { $titles }.
report-col-pair = Paire
report-col-decided-by = Tranché par
report-col-more-important = Plus important
report-col-reason = Motif
report-col-when = Quand
# Who decided, when no group did.
report-whole-room = toute la salle
# The winner column when the pair was a tie.
report-tie = égalité
# A pair. $a, $b: the two titles.
report-pair = « { $a } » ou « { $b } »

## Criteria scores

report-criteria = Notes par critère (toute la salle)
report-criteria-intro = La note de la salle elle-même quand elle en a donné une, sinon la moyenne des notes des groupes.
report-col-total = Total

## Ties

report-ties = Égalités
# One tie broken. $rank: the rank; $method: the method; $titles: the tied
# problems; then the way it was broken follows in bold, then the next
# message.
report-tie-broken = Rang { $rank } en { $method } partagé par { $titles } — départagé par :{ " " }
# $time: when (2026-06-06 10:04).
report-tie-giving = { " " }({ $time }), ce qui donne :
# One line of the order it gave. $rank: the rank; $title: the problem.
report-tie-order = rang { $rank } : { $title }
# $rank: the rank; $titles: the problems.
report-tie-open = Le rang { $rank } reste partagé par { $titles } (non départagé).
report-no-ties = Aucune égalité à départager.

## Shortlist

report-shortlist = Liste restreinte pour la planification
report-no-shortlist = Pas encore de liste restreinte.

## Action plan

report-plan = Plan d'action
report-no-actions = Aucune action planifiée pour l'instant.
# Columns of the action plan.
report-col-no = N°
report-col-activity = Activité
report-col-responsible = Responsable
report-col-with = Avec
report-col-start = Début
report-col-due = Échéance
report-col-resources = Ressources
report-col-indicator = Indicateur de réussite
report-col-risks = Risques
report-col-status = Statut
# Heading over one problem's actions. $title: the problem.
report-plan-for = Pour « { $title } »
report-no-action-for = Aucune action planifiée pour ce problème.

## Monitoring

report-monitoring = Suivi
report-nothing-to-follow = Aucune action à suivre.
# One status with its count ("3 done"). $n: how many; $status: the status.
report-status-count = { $status } ({ $n })
# $actions: how many actions; $counts: the statuses counted (above).
report-monitor-summary = { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
} : { $counts }.{ " " }
# In bold. $n: how many actions are overdue.
report-overdue-count = { $n } en retard
# $date: the report's date, in words.
report-as-of-date = { " " }au { $date }.
report-col-overdue = En retard
report-col-notes = Notes
report-col-last-note = Dernière note
# $days: how many days late.
report-overdue-by = en retard de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# After an action carried from the previous cycle.
report-from-previous = { " " }(du cycle précédent)
# $id: the action's number; $title: what it is.
report-progress-of = Avancement de l'action { $id } : { $title }
# A note with no text (anonymised, or only dated).
report-progress-noted = { " " }— avancement noté

## Lessons

report-lessons = Leçons
report-lessons-anonymised = Les leçons sont omises des copies anonymisées.
report-worked = Ce qui a marché
report-did-not-work = Ce qui n'a pas marché
report-lessons-learned = Leçons apprises
report-improvements = Améliorations pour le prochain cycle
report-no-lessons = Aucune leçon consignée pour l'instant.

## Added with the score card (issue 15)

# After an action planned on a score card's gap, in the action plan's
# table. $indicator: the indicator's name, as typed.
report-on-card-gap = (sur l'écart de la fiche d'évaluation « { $indicator } »)

## The programme roll-up (`baraza rollup`, Markdown and HTML)

rollup-title = Synthèse du programme
rollup-anonymised = Anonymisé : les noms des responsables sont réduits au type d'acteur.
# The facts at the top. $since, $until, $first, $last: dates, written
# the language's way (date-long).
rollup-period = Période
rollup-period-between = séances du { $since } au { $until }
rollup-period-since = séances à partir du { $since }
rollup-period-until = séances jusqu'au { $until }
rollup-period-all = toutes les séances
rollup-sessions = Séances
rollup-session-dates = Dates des séances
rollup-dates-span = du { $first } au { $last }
rollup-communities = Communautés
rollup-problems-raised = Problèmes soulevés
rollup-overdue-as-of = Retards comptés au
# $n: sessions edited on two laptops; $heading: rollup-conflicts.
rollup-conflicts-note = { $n ->
    [one] { $n } séance a été modifiée
   *[other] { $n } séances ont été modifiées
} sur plus d'un ordinateur sans être encore réconciliées : la version la plus récente de chacune est comptée, une fois (voir « { $heading } » plus bas).
# $problems, $actions: how many were carried over.
rollup-carried = Les problèmes et les actions ouvertes reportés au cycle suivant sont comptés une fois, dans la séance la plus récente de la période, tels qu'ils y sont (rang, signalement, statut) : { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
} et { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
} des cycles antérieurs ne sont pas comptés à nouveau.
rollup-recurring = Problèmes qui reviennent d'une communauté à l'autre
rollup-no-recurring = Aucun problème n'a été soulevé dans plus d'une communauté.
rollup-recurring-intro = Les titres semblables d'une même catégorie sont comptés ensemble. Le rang moyen porte sur les séances qui ont classé le problème (1 = la première priorité de la salle).
rollup-chart-communities = Communautés soulevant chaque problème
# Beside a bar of the chart. $n: how many communities.
rollup-bar-communities = { $n ->
    [one] { $n } communauté
   *[other] { $n } communautés
}
rollup-col-times-raised = Fois soulevé
rollup-col-average-rank = Rang moyen
rollup-col-shortlisted = Retenu
rollup-col-flagged = Signalé au district/national
rollup-col-also-worded = Aussi formulé
# $n: problems raised in one community only.
rollup-single = { $n ->
    [one] { $n } problème soulevé dans une seule communauté figure
   *[other] { $n } problèmes soulevés dans une seule communauté figurent
} dans la table CSV « recurring ».
rollup-by-category = Par catégorie
rollup-completion = Réalisation des actions
# Action completion, one sentence in three parts, the middle in bold:
# "12 actions; " "50% done" " (6 of 12); 2 overdue as of 2026-06-30."
rollup-completion-lead = { $actions } actions ;{ " " }
# $percent: a percentage, written.
rollup-completion-done = { $percent } réalisées
rollup-completion-rest = { " " }({ $done } sur { $actions }) ; { $overdue } en retard au { $date }.
rollup-col-actions = Actions
rollup-col-done = Réalisées
rollup-col-completion = Réalisation
rollup-col-in-progress = En cours
rollup-col-planned = Prévues
rollup-col-stalled = Bloquées
rollup-col-dropped = Abandonnées
# The kinds of actor an action's "responsible" names.
rollup-actor-community = Communauté
rollup-actor-police = Police
rollup-actor-local-authority = Autorité locale
rollup-actor-cso = OSC
rollup-actor-other = Autre
rollup-overdue = Actions en retard
rollup-no-overdue = Aucune action n'est en retard au { $date }.
rollup-col-overdue-by = Retard
rollup-col-session = Séance
# $n: a number of days (a cell, a heading).
rollup-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
rollup-escalated = Problèmes signalés pour une action au niveau du district ou national
rollup-no-escalated = Aucun problème n'a été signalé.
rollup-col-resolved = Résolu
rollup-yes = oui
rollup-no = non
rollup-conflicts = Modifiées sur plus d'un ordinateur
rollup-conflicts-intro = Chacune de ces séances a été copiée puis modifiée sur deux ordinateurs ou plus. Rien n'a été fusionné : chaque version est gardée dans la vue du programme, la plus récente est comptée ici, et les facilitateurs choisissent la bonne avec la commande indiquée.
rollup-col-laptops = Ordinateurs
rollup-col-to-resolve = Pour réconcilier
rollup-consent = Consentement dans chaque séance
rollup-consent-intro = Ce que chaque salle a accepté de voir consigné et partagé : vérifiez-le avant de partager cette synthèse ou ce qui en est tiré.
rollup-no-sessions = Aucune séance dans la période.
rollup-no-consent = (aucune note de consentement consignée)
rollup-cards = Fiches d'évaluation
rollup-cards-intro = Chaque note se lit sur 0–100 (une note sur 1–5 : 1 = 0, 3 = 50, 5 = 100). La note de la communauté est la moyenne de ses groupes ; l'écart est celle-ci moins l'auto-évaluation du prestataire (négatif : le prestataire se juge mieux que la communauté). Les indicateurs aux noms semblables n'en font qu'un.
rollup-col-indicator = Indicateur
rollup-col-community-latest = Communauté (dernier cycle)
rollup-col-provider = Prestataire
rollup-col-gap = Écart
rollup-trend = Évolution par communauté, cycle après cycle
rollup-col-community-by-cycle = Note de la communauté par cycle
rollup-col-provider-by-cycle = Du prestataire par cycle
rollup-col-change = Évolution
rollup-col-latest-gap = Dernier écart
rollup-places = Lieux et moments qui reviennent d'une communauté à l'autre
# $unsafe_from: the mark from which a place or time counts as unsafe.
rollup-places-intro = Chaque communauté telle que sa dernière grille de la période la note ; les notes sont celles de toute la salle (0 sûr à 3 très dangereux), et un lieu ou un moment est dangereux à partir de { $unsafe_from }.
rollup-no-places = Aucun lieu n'a été noté dans plus d'une communauté.
rollup-col-place = Lieu
rollup-col-highest = Note la plus haute
rollup-col-when = Quand
rollup-col-also-named = Aussi nommé
rollup-col-time = Moment
rollup-col-marking = Communautés qui le notent
rollup-col-unsafe-in = Dangereux dans
rollup-col-mean = Note moyenne
# $days: the days a reply is awaited before it counts.
rollup-awaiting = Saisines sans réponse depuis plus de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
# One sentence in three parts, the middle in bold: "4 escalations in the
# follow-up ledgers; as of 2026-06-30, " "2 waited longer" " for any reply."
rollup-awaiting-lead = { $n ->
    [one] { $n } saisine
   *[other] { $n } saisines
} dans les registres de suivi ; au { $date },{ " " }
rollup-awaiting-longer = { $n } ont attendu plus longtemps
rollup-awaiting-rest = { " " }une réponse quelconque.
rollup-col-raised-with = Portée auprès de
rollup-col-raised-on = Portée le
rollup-col-waiting = Attente
rollup-col-followed-up = Relances
# The communities a problem or a place was named in.
rollup-col-where = Où
