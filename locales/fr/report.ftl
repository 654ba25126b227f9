### baraza — français : les rapports.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.

## La page

report-footer = Rédigé par baraza.
report-note = Remarque :

## Remarques en tête

report-anonymised = Copie anonymisée : les noms des facilitateurs et des responsables, les notes de contexte, les descriptions des problèmes, les partenaires, les risques, les textes des notes de suivi, les motifs des décisions et les leçons sont omis.
report-not-encrypted = Ce rapport n'est pas chiffré, contrairement à la séance dont il est tiré : quiconque peut ouvrir ce fichier peut le lire. Ne le gardez que là où seules les personnes concernées y ont accès.
report-merged-whole-room = La salle entière comptait moins de { $min } personnes : ses résultats sont présentés pour toute la salle, sous « { $other } », sans aucun groupe à part.
report-merged = Les groupes de moins de { $min } personnes sont regroupés sous « { $other } » ({ $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } groupes
}, { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}), afin que personne ne puisse déduire un vote du décompte d'un petit groupe.
report-not-reached = La séance n'a pas encore atteint l'étape { $stage } (elle s'est arrêtée à { $reached }).

## Vue d'ensemble

report-community = Communauté
report-date = Date
report-facilitators = Facilitateurs
report-stage-reached = Étape atteinte
report-participants = Participants
report-participants-value = { $people } en { $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } groupes
}, { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} par participant
report-previous-cycle = Cycle précédent
report-previous-value = séance { $id }
report-time-worked = Temps passé sur chaque panneau
report-worked-value = { $stage } : { $time }
report-last-updated = Dernière mise à jour
report-as-of = Rapport établi le
report-language = Langue

## Consentement

report-consent = Consentement
report-no-consent = Aucune note de consentement n'a été consignée : avant de partager ce rapport, demandez au facilitateur ce que la salle a accepté de voir consigné et partagé.
report-consent-intro = Ce que la salle a accepté de voir consigné et partagé :
report-purged = Purgé le { $date } selon la règle de conservation du programme : { $what }.

## Contexte

report-context = Contexte et analyse du conflit
report-context-anonymised = Les notes de contexte sont omises des copies anonymisées.
report-no-context = Aucune note de contexte consignée.

## Groupes

report-groups = Groupes présents
report-no-groups = Aucun groupe consigné.
report-col-group = Groupe
report-col-people = Personnes
report-col-dot-budget = Points prévus
report-col-dots-placed = Points placés
report-all = Tous

## Problèmes

report-problems = Problèmes
report-no-problems = Aucun problème consigné.
report-category = Catégorie
report-where = Lieu
report-raised-by = Soulevé par
report-flags = Signalements
report-flag-escalation = demande une action au niveau du district ou national
report-flag-resolved = résolu
report-flag-carried = repris du cycle précédent
report-tree-problem = Problème :{ " " }
report-tree-causes = Causes (racines)
report-tree-effects = Effets (branches)
report-none-recorded = aucun consigné

## Classement

report-ranking = Classement
report-nothing-ranked = Rien n'a encore été classé.
report-method-used = Méthode :{ " " }
report-inputs-dots = { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} de { $voted } groupes sur { $groups }.
report-inputs-pairwise = { $done ->
    [one] { $done } paire tranchée
   *[other] { $done } paires tranchées
} sur { $pairs } ; une victoire compte 1, une égalité ½ à chacun.
report-inputs-criteria = Critères : { $criteria } ; chacun noté de 1 à 5, total = Σ poids × note.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Le vote par points était à l'aveugle :{ " " }
report-blind-hidden = l'écran de la salle montrait combien de points chaque groupe avait placés, pas les totaux, et les totaux n'étaient pas encore révélés quand ce rapport a été rédigé.
report-blind-revealed = l'écran de la salle montrait combien de points chaque groupe avait placés, pas les totaux, jusqu'à ce que le facilitateur les révèle.
report-chart-caption = { $score } par problème ({ $method })
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
report-col-dots = Points
report-col-wins = Victoires
report-col-weighted = Score pondéré
report-col-rank = Rang
report-col-problem = Problème
report-col-category = Catégorie
report-col-shortlist = Liste restreinte
report-col-tie-broken-by = Égalité départagée par
report-also-recorded = Aussi consigné : { $method }
report-among = Parmi { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}.
report-by-runoff = second tour ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
})
report-by-head-to-head = résultat du face-à-face par paires
report-by-decision = décision du facilitateur : { $reason }
report-by-decision-plain = décision du facilitateur

## Classement par groupe

report-by-group = Par groupe
report-no-group-ranks = Les groupes n'ont pas classé séparément avec cette méthode.
report-by-group-intro = Rang de chaque groupe ({ $score } entre parenthèses) ; « – » là où un groupe n'a rien consigné. L'écart est le rang le plus bas d'un groupe moins le plus haut.
report-col-overall = Ensemble
report-col-spread = Écart
report-col-note = Remarque
report-biggest-disagreement = plus grand désaccord

## Décisions par paires

report-pairwise = Décisions par paires
report-decided-among = Tranché parmi { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} : { $titles }.
report-col-pair = Paire
report-col-decided-by = Tranché par
report-col-more-important = Plus important
report-col-reason = Motif
report-col-when = Quand
report-whole-room = toute la salle
report-tie = égalité
report-pair = « { $a } » ou « { $b } »

## Notes par critère

report-criteria = Notes par critère (toute la salle)
report-criteria-intro = La note de la salle elle-même quand elle en a donné une, sinon la moyenne des notes des groupes.
report-col-total = Total

## Égalités

report-ties = Égalités
report-tie-broken = Rang { $rank } en { $method } partagé par { $titles } — départagé par :{ " " }
report-tie-giving = { " " }({ $time }), ce qui donne :
report-tie-order = rang { $rank } : { $title }
report-tie-open = Le rang { $rank } reste partagé par { $titles } (non départagé).
report-no-ties = Aucune égalité à départager.

## Liste restreinte

report-shortlist = Liste restreinte pour la planification
report-no-shortlist = Pas encore de liste restreinte.

## Plan d'action

report-plan = Plan d'action
report-no-actions = Aucune action planifiée pour l'instant.
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
report-plan-for = Pour « { $title } »
report-no-action-for = Aucune action planifiée pour ce problème.

## Suivi

report-monitoring = Suivi
report-nothing-to-follow = Aucune action à suivre.
report-status-count = { $status } : { $n }
report-monitor-summary = { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
} : { $counts }.{ " " }
report-overdue-count = { $n } en retard
report-as-of-date = { " " }au { $date }.
report-col-overdue = En retard
report-col-notes = Notes
report-col-last-note = Dernière note
report-overdue-by = en retard de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
report-from-previous = { " " }(du cycle précédent)
report-progress-of = Avancement de l'action { $id } : { $title }
report-progress-noted = { " " }— avancement noté

## Leçons

report-lessons = Leçons
report-lessons-anonymised = Les leçons sont omises des copies anonymisées.
report-worked = Ce qui a marché
report-did-not-work = Ce qui n'a pas marché
report-lessons-learned = Leçons apprises
report-improvements = Améliorations pour le prochain cycle
report-no-lessons = Aucune leçon consignée pour l'instant.
