### baraza — français : l'écran de la salle (au mur).
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.

## Sur chaque panneau

room-mark-saved = ✓ enregistré
room-mark-saving = enregistrement…
room-mark-not-saved = NON ENREGISTRÉ
room-mark-read-only = lecture seule
room-mark-live = ● en direct
room-mark-unreadable = ⚠ fichier illisible : dernier affichage valide, nouvel essai
room-mark-shows-only = cette fenêtre ne fait qu'afficher : travaillez dans celle du facilitateur
room-too-small = agrandissez la fenêtre ({ $width }×{ $height })
room-page = { $from }–{ $to } sur { $total }
room-whole-room = toute la salle

## Un formulaire ouvert sur l'écran de la salle

room-typing = ✎ { $label } : { $text }▏
room-typing-private = ✎ { $label } : non affiché à l'écran de la salle (p après le formulaire l'affiche)
room-typing-form-open = ✎ un formulaire est ouvert : p après sa fermeture montre l'écran du facilitateur

## Le minuteur

room-timer-left = temps restant
room-timer-paused = en pause
room-timer-up = TEMPS ÉCOULÉ

## Préparer

room-prepare-heading = Qui est dans la salle : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}
room-prepare-empty = Aucun { -group } pour l'instant.
room-prepare-in-the-room = dans la salle
room-prepare-dots-each = { $dots ->
    [one] { $dots } { -dot } chacun
   *[other] { $dots } points chacun
}
room-prepare-total-line = Dans la salle : { $total } · { $dots }

## Identifier

room-identify-heading = Problèmes de sécurité nommés : { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}
room-identify-empty = Aucun { -problem } nommé pour l'instant.

## Prioriser : vote par points

room-dots-heading-blind = Vote par points à l'aveugle : totaux cachés jusqu'à la révélation
room-dots-heading = Vote par points : { $placed } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
}
room-dots-empty = Aucun { -problem } à voter pour l'instant.
room-dots-voting-now = Vote en cours : { $group } — { $used } sur { $budget } points
room-dots-alone = Points de { $group } seulement
room-dots-placed = { $group } a voté
room-legend-marks = ★ en tête · 2= rang partagé

## Prioriser : comparaison par paires

room-pairwise-heading = Lequel compte le plus ? Paire { $pair } sur { $pairs }
room-pairwise-title = Comparaison par paires
room-pairwise-empty = La comparaison par paires demande au moins deux problèmes.
room-pairwise-deciding = Décide : { $who } · { $decided } paires tranchées sur { $total }
room-pairwise-more = ✓ compte plus
room-pairwise-same = = autant
room-pairwise-or = ou

## Prioriser : notation par critères

room-criteria-title = Notation par critères
room-criteria-empty = La notation demande des problèmes et au moins un critère.
room-criteria-weight = { " " }(compte ×{ $weight })
room-criteria-heading = Critère : { $criterion }{ $weight } · { $index } sur { $count }
room-criteria-problem = Problème { $index } sur { $count } · noté par { $who }
room-criteria-low = faible
room-criteria-high = fort
room-criteria-mean = moyenne des groupes : { $mean }
room-criteria-not-scored = pas encore noté

## Prioriser : résultats

room-results-heading = Résultats ({ $method }) : ensemble et par groupe
room-results-empty = Rien n'est encore classé.
room-results-overall = ensemble
room-results-marks = ◆ plus grand désaccord · ★ en tête · 2= rang partagé

## Prioriser : départager une égalité à la limite de la liste restreinte

room-tie-title = Départager une égalité
room-tie-heading = Départager l'égalité au rang { $rank }
room-tie-broken = L'égalité au rang { $rank } a été départagée : { $how }.
room-tie-none = Pas d'égalité à la limite de la liste restreinte.
room-tie-share = { $problems ->
    [one] { $problems } { -problem } partage
   *[other] { $problems } { -problems } partagent
} le rang { $rank } ; la liste restreinte a de la place pour { $places }.
room-tie-how = Comment la salle départage :
room-tie-way-runoff = un second tour de vote par points entre les seuls problèmes à égalité
room-tie-way-head-to-head = le résultat de leur comparaison par paires
room-tie-way-decision = une décision du facilitateur, motif expliqué à la salle
room-tie-way-runoff-short = un second tour
room-tie-way-head-to-head-short = leur face-à-face
room-tie-way-decision-short = la décision du facilitateur
room-tie-runoff = Second tour : { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} pour l'instant
room-tie-by-runoff = second tour ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
})
room-tie-by-head-to-head = résultat du face-à-face par paires
room-tie-by-decision = décision du facilitateur : { $reason }

## Planifier

room-plan-title = Plan d'action
room-plan-empty = Aucun { -problem } à planifier pour l'instant.
room-plan-heading = Plan d'action : priorité { $place } sur { $count }
room-plan-no-actions = Aucune action convenue pour ce problème.
room-plan-who = qui : { $who }
room-plan-who-open = qui : à convenir
room-plan-by = d'ici le { $date }
room-plan-by-open = pour quand : à convenir

## Suivre

room-monitor-heading = Suivi : { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}
room-monitor-empty = Aucune action convenue pour l'instant.
room-monitor-due = échéance : { $date }

## Apprendre

room-learn-heading = Ce que nous avons appris
room-learn-worked = Ce qui a marché
room-learn-did-not-work = Ce qui n'a pas marché
room-learn-lessons = Leçons
room-learn-improvements = Améliorations pour le prochain cycle
room-learn-more = ({ $lines ->
    [one] { $lines } ligne de plus
   *[other] { $lines } lignes de plus
} sur l'écran du facilitateur)
