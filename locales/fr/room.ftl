### baraza — français : l'écran de la salle (au mur).
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Every panel

# The small mark in the bottom right corner (the facilitator reads it
# from the laptop): the session is safely on disk.
room-mark-saved = ✓ enregistré
# …is being written to disk.
room-mark-saving = enregistrement…
# …could not be written (loud: the facilitator must act).
room-mark-not-saved = NON ENREGISTRÉ
# …was opened read-only.
room-mark-read-only = lecture seule
# An audience window (`baraza present`) following the file.
room-mark-live = ● en direct
# An audience window whose file could not be read just now.
room-mark-unreadable = ⚠ fichier illisible : dernier affichage valide, nouvel essai
# An audience window refused a key.
room-mark-shows-only = cette fenêtre ne fait qu'afficher : travaillez dans celle du facilitateur
# The window is too small to draw the room's screen. $width, $height:
# its size in cells.
room-too-small = agrandissez la fenêtre ({ $width }×{ $height })
# Bottom left, when a list does not fit: which entries show. $from, $to:
# the first and last shown; $total: how many there are.
room-page = { $from }–{ $to } sur { $total }
# Who decides or scores, when no group is chosen.
room-whole-room = toute la salle

## A form open over the room's screen (two lines at the bottom)

# $label: the name of the field being typed in; $text: what is typed.
room-typing = ✎ { $label } : { $text }▏
# The field is private (notes, risks…). $label: its name.
room-typing-private = ✎ { $label } : non affiché à l'écran de la salle (p après le formulaire l'affiche)
# A form with no field to show.
room-typing-form-open = ✎ un formulaire est ouvert : p après sa fermeture montre l'écran du facilitateur

## The timer (top right)

# Beside the running timer's digits.
room-timer-left = temps restant
# Beside a paused timer's digits.
room-timer-paused = en pause
# When the time is up (flashes; capitals where the language has them).
room-timer-up = TEMPS ÉCOULÉ

## Prepare

# Heading. $people: how many people are in the room (a count).
room-prepare-heading = Qui est dans la salle : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}
# When no participant group has been added yet.
room-prepare-empty = Aucun { -group } pour l'instant.
# Under the big total of people.
room-prepare-in-the-room = dans la salle
# $dots: how many dots each participant places (a count).
room-prepare-dots-each = { $dots ->
    [one] { $dots } { -dot } chacun
   *[other] { $dots } points chacun
}
# One line at the bottom on a small screen. $total: people in the room;
# $dots: the line above ("3 dots each").
room-prepare-total-line = Dans la salle : { $total } · { $dots }

## Identify

# Heading. $problems: how many problems have been named (a count).
room-identify-heading = Problèmes de sécurité nommés : { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}
room-identify-empty = Aucun { -problem } nommé pour l'instant.

## Rank: dot voting

# Heading in a blind vote (the totals are not shown until revealed).
room-dots-heading-blind = Vote par points à l'aveugle : totaux cachés jusqu'à la révélation
# Heading. $placed: dots placed so far; $budget: dots there are in all.
room-dots-heading = Vote par points : { $placed } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
}
room-dots-empty = Aucun { -problem } à voter pour l'instant.
# The group voting now. $group: its name; $used: dots it has placed;
# $budget: dots it has.
room-dots-voting-now = Vote en cours : { $group } — { $used } sur { $budget } points
# Only one group's dots are shown. $group: its name.
room-dots-alone = Points de { $group } seulement
# A blind vote: how many dots a group has placed. $group: its name.
room-dots-placed = { $group }, points placés
# The legend of the marks beside the ranks.
room-legend-marks = ★ en tête · 2= rang partagé

## Rank: pairwise

# Heading. $pair: which pair this is; $pairs: how many pairs there are.
room-pairwise-heading = Lequel compte le plus ? Paire { $pair } sur { $pairs }
# Heading when no pair is being decided.
room-pairwise-title = Comparaison par paires
room-pairwise-empty = La comparaison par paires demande au moins deux problèmes.
# $who: the group deciding (or "the whole room"); $decided: pairs decided
# so far; $total: pairs there are.
room-pairwise-deciding = Décide : { $who } · { $decided } paires tranchées sur { $total }
# Under the problem the room said matters more.
room-pairwise-more = ✓ compte plus
# Under both problems when the room said they matter as much.
room-pairwise-same = = autant
# Between the two problems of the pair.
room-pairwise-or = ou

## Rank: criteria scoring

room-criteria-title = Notation par critères
room-criteria-empty = La notation demande des problèmes et au moins un critère.
# After the criterion's name when it counts more. $weight: its weight.
room-criteria-weight = { " " }(compte ×{ $weight })
# Heading. $criterion: the criterion's name; $weight: the line above or
# nothing; $index: which criterion; $count: how many there are.
room-criteria-heading = Critère : { $criterion }{ $weight } · { $index } sur { $count }
# $index: which problem; $count: how many; $who: the group scoring.
room-criteria-problem = Problème { $index } sur { $count } · noté par { $who }
# The ends of the 1–5 scale.
room-criteria-low = faible
room-criteria-high = fort
# Under the scale when the groups' scores differ. $mean: their mean ("2.5").
room-criteria-mean = moyenne des groupes : { $mean }
room-criteria-not-scored = pas encore noté

## Rank: results

# Heading. $method: how the room ranked (dot voting, pairwise ranking…).
room-results-heading = Résultats ({ $method }) : ensemble et par groupe
room-results-empty = Rien n'est encore classé.
# Above the overall ranks' column.
room-results-overall = ensemble
# The legend of the marks.
room-results-marks = ◆ plus grand désaccord · ★ en tête · 2= rang partagé

## Rank: breaking a tie at the shortlist's boundary

room-tie-title = Départager une égalité
# $rank: the shared rank.
room-tie-heading = Départager l'égalité au rang { $rank }
# $rank: the rank; $how: how it was broken (a run-off vote (5 dots)…).
room-tie-broken = L'égalité au rang { $rank } a été départagée : { $how }.
room-tie-none = Pas d'égalité à la limite de la liste restreinte.
# $problems: how many problems share the rank; $rank: the rank; $places:
# how many of them the shortlist has room for.
room-tie-share = { $problems ->
    [one] { $problems } { -problem } partage
   *[other] { $problems } { -problems } partagent
} le rang { $rank } ; la liste restreinte a de la place pour { $places }.
# Above the three ways to break a tie.
room-tie-how = Comment la salle départage :
# The three ways, long (wide screens) and short (narrow ones).
room-tie-way-runoff = un second tour de vote par points entre les seuls problèmes à égalité
room-tie-way-head-to-head = le résultat de leur comparaison par paires
room-tie-way-decision = une décision du facilitateur, motif expliqué à la salle
room-tie-way-runoff-short = un second tour
room-tie-way-head-to-head-short = leur face-à-face
room-tie-way-decision-short = la décision du facilitateur
# $dots: dots placed in the run-off so far.
room-tie-runoff = Second tour : { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} pour l'instant
# How a tie was broken, in "was broken by …". $dots: the run-off's dots.
room-tie-by-runoff = second tour ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
})
room-tie-by-head-to-head = résultat du face-à-face par paires
# $reason: the facilitator's reason, as typed.
room-tie-by-decision = décision du facilitateur : { $reason }

## Plan

room-plan-title = Plan d'action
room-plan-empty = Aucun { -problem } à planifier pour l'instant.
# Heading. $place: the problem's place on the shortlist; $count: its size.
room-plan-heading = Plan d'action : priorité { $place } sur { $count }
room-plan-no-actions = Aucune action convenue pour ce problème.
# Who leads an action. $who: as typed.
room-plan-who = qui : { $who }
room-plan-who-open = qui : à convenir
# By when. $date: the date in words ("5 Nov 2026").
room-plan-by = d'ici le { $date }
room-plan-by-open = pour quand : à convenir

## Monitor

# Heading. $actions: how many actions (a count).
room-monitor-heading = Suivi : { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}
room-monitor-empty = Aucune action convenue pour l'instant.
# An action's due date. $date: in words ("5 Nov 2026").
room-monitor-due = échéance : { $date }

## Learn

room-learn-heading = Ce que nous avons appris
room-learn-worked = Ce qui a marché
room-learn-did-not-work = Ce qui n'a pas marché
room-learn-lessons = Leçons
room-learn-improvements = Améliorations pour le prochain cycle
# When a box's text does not fit. $lines: how many lines are left out.
room-learn-more = ({ $lines ->
    [one] { $lines } ligne de plus
   *[other] { $lines } lignes de plus
} sur l'écran du facilitateur)
