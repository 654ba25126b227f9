### baraza — fr: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Awaits review by a native-speaking facilitator; check with `baraza lang check fr --files locales`.

## The method strip (the top line of every Rank view)

# Before the three methods; the second when M can switch them.
rank-strip-lead = Classer
rank-strip-lead-key = Classer (M)
# The three methods, as the strip, the results and the tie-break name them.
rank-method-dots = Points
rank-method-pairwise = Paires
rank-method-criteria = Critères
# One method on the strip. $method: its name (above); $recorded: what it
# has recorded (below, or a bare number where the line is short).
rank-strip-method = { $method } : { $recorded }
# What a method has recorded. $method: dots, pairwise or criteria; $n: how many.
rank-strip-recorded = { $method ->
    [dots] { $n ->
        [one] { $n } { -dot }
       *[other] { $n } points
    }
    [pairwise] { $n ->
        [one] { $n } paire
       *[other] { $n } paires
    }
   *[criteria] { $n ->
        [one] { $n } note
       *[other] { $n } notes
    }
}
# Right end of the strip: the key to the results, or back from them.
rank-strip-results = r résultats
rank-strip-back = r retour
# After the line above where there is room.
rank-strip-score-card = S fiche

## The shortlist and the tie at its boundary (the footer of every view)

# Who decides or whose ranking: the whole room, not one group.
rank-whole-room = toute la salle
rank-shortlist-none = Pas encore de liste restreinte
# $count: problems on the shortlist.
rank-shortlist-count = ★ Liste restreinte : { $count ->
    [one] { $count } { -problem }
   *[other] { $count } { -problems }
}
# The same, when it is not the top N of this ranking (hand-picked, or
# taken from another method). $n: the N of the top N.
rank-shortlist-count-not-top = ★ Liste restreinte : { $count ->
    [one] { $count } { -problem }
   *[other] { $count } { -problems }
}, pas les { $n } premiers
# After the line above, the keys that change it. $n: the N of the top N.
rank-shortlist-keys = s prend les { $n } premiers, [ ] change { $n }
rank-shortlist-keys-by-hand = s prend les { $n } premiers, Espace choisit à la main, [ ] change { $n }
# The places a tie spans, inside the tie lines below. $first, $last: ranks.
rank-positions-two = les places { $first } et { $last }
rank-positions-range = les places { $first } à { $last }
# Before $positions while one group's ranking is shown: the tie is the room's.
rank-whose-room = toute la salle :{ " " }
# The top N cuts a tie. $n: the N; $whose: the line above or nothing;
# $positions: "positions 3 and 4".
rank-tie-cut = ! { $n } premiers : { $whose }{ $positions } sont à égalité — b départage
rank-tie-cut-read-only = ! { $n } premiers : { $whose }{ $positions } sont à égalité
# A run-off is being voted. $dots: its dots so far; others as above.
rank-tie-runoff = ! { $n } premiers : { $whose }{ $positions } sont à égalité — second tour en cours ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
}) : b continue
rank-tie-runoff-read-only = ! { $n } premiers : { $whose }{ $positions } sont à égalité — second tour en cours ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
})
# The tie was broken. $n: the N; $rank: the tied rank; $how: "run-off vote
# (12 dots)", "head-to-head pairwise result", "facilitator decision: …".
rank-tie-broken = ✓ { $n } premiers : égalité au rang { $rank } départagée par { $how }
# An order of problems: "«A», then «B»". $first: the ones before; $next: the next.
rank-then = { $first }, puis { $next }
# The legend of groups' dots, when some groups do not fit. $n: how many.
rank-more = +{ $n } autres

## Status line: the shortlist

# s before the method has its inputs. $method: dots, pairwise or criteria.
rank-not-ready = { $method ->
    [dots] pas encore de points : enregistrez d'abord les votes, ou choisissez à la main avec Espace
    [pairwise] le tour des paires n'est pas fini : décidez d'abord chaque paire
   *[criteria] la grille n'est pas complète : notez d'abord chaque problème sur chaque critère
}
# $n: the N of the top N.
rank-shortlist-already = la liste restreinte est déjà les { $n } premiers
rank-shortlist-set-pairwise = liste restreinte fixée : les paires comparent maintenant ces { $n } ; les autres paires décidées restent enregistrées
# ] at the longest. $most: how many problems there are.
rank-shortlist-longest = la liste restreinte ne peut pas dépasser les { $most } problèmes
rank-shortlist-shortest = la liste restreinte prend au moins un problème

## Scores as the results and the tie-break show them

# A score with its unit. $method: dots, pairwise or criteria; $n: the
# score when whole (for the plural), else text; $score: it as shown (3, 3½, 13.5).
rank-score = { $method ->
    [dots] { $n ->
        [one] { $score } { -dot }
       *[other] { $score } points
    }
    [pairwise] { $n ->
        [one] { $score } victoire
       *[other] { $score } victoires
    }
   *[criteria] { $n ->
        [one] { $score } pt
       *[other] { $score } pts
    }
}

## Status line: who votes, decides, or is looked at

# g with no groups in the session.
rank-no-groups-f1 = Pas encore de groupes — ajoutez-les d'abord dans Préparer (F1)
# Esc on the question about a tie at the shortlist boundary.
rank-shortlist-left = liste restreinte laissée telle quelle
# A group picked that an undo took away meanwhile.
rank-group-gone = ce groupe n'est plus dans la séance : g choisit à nouveau
# The group whose dots are counted (also the dot view's heading). $group:
# its name; $used: dots it placed; $budget: its dots in all.
rank-voting = Vote : { $group } — { $used } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
}
# $group: the group whose run-off dots are counted.
rank-runoff-voter = Second tour : { $group } place ses points
# Who decides pairs / gives scores now. $who: a group's name or "whole room".
rank-deciding-who = Décide : { $who }
rank-scoring-who = Note : { $who }
# The results show one group's ranking. $group: its name.
rank-looking-at = Vue : classement de { $group } (qui décide ne change pas)
rank-looking-at-room = Vue : classement de toute la salle (qui décide ne change pas)

## The group picker (g): its question, choices and keys

rank-pick-voter = Quels points compte-t-on ?
rank-pick-runoff-voter = Quels points du second tour compte-t-on ?
rank-pick-decider = Qui décide maintenant ?
rank-pick-viewed = Quel classement regarder ? (ne change rien)
# Choice 0, where the whole room can decide.
rank-pick-room = toute la salle (tous les groupes ensemble)
# A group when dots are counted. $group: its name; $used, $budget: its dots.
rank-pick-voter-group = { $group } — { $used } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
}
# The picker's bottom line. $first: the first number (0 with the whole room, else 1).
rank-pick-keys = { $first }-9 choisir · ↑↓ Entrée · Échap

## The question when the top N would cut a tie (s)

# Its title.
rank-boundary-title = Liste restreinte
# $n: the N; $titles: the tied problems («…», «…»); $rank: their shared
# rank; $tied: how many are tied; $size: the shortlist with them all.
rank-boundary-question = Les { $n } premiers coupent une égalité : { $titles } partagent le rang { $rank }. Lequel entre dans la liste restreinte, ce n'est pas à baraza de le deviner. b départage maintenant · a inclut les { $tied } à égalité (une liste de { $size }) · Échap laisse la liste telle quelle.

## What is missing before ranking (in every view)

rank-no-groups = Pas encore de groupes — ajoutez-les d'abord dans Préparer (Shift+Tab)
rank-no-problems = Pas encore de problèmes — nommez-les d'abord dans Identifier (Shift+Tab)

## Dot voting: the board

# The chart's title. $order: one of the two below; $group: the group shown alone.
rank-dots-chart-room = Classement : toute la salle · { $order }
rank-dots-chart-group = Classement : { $group } seul · { $order }
rank-dots-sorted = trié par points
rank-dots-named = dans l'ordre nommé
# After the chart's title while the rows keep their place.
rank-dots-rows-named = lignes dans l'ordre nommé pendant la saisie
rank-dots-rows-held = lignes fixes pendant le vote de ce groupe
# The heading while c walks a group's tally. $group: its name; $at: the
# problem reached; $count: problems in all; $used, $budget: its dots.
rank-dots-tally-heading = Décompte de { $group } : problème { $at } sur { $count } · { $used } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
}
# After the heading, the number being typed. $typed: its digits.
rank-dots-typing = saisie { $typed }▏ Entrée fixe
# After the heading once a group is over its dots. $over: by how many.
rank-dots-over-budget = ! { $over } de trop
# The room's typing strip while a tally is typed: its label.
rank-typing-dots = Points

## Dot voting: status line and the over-budget question

# A sixth digit. $n: the most digits.
rank-dots-max-digits = { $n } chiffres au plus
# Esc on digits typed.
rank-dots-cleared = chiffres effacés
# The cursor left a row with digits typed. $typed: the digits.
rank-dots-moved = { $typed } non enregistré : le curseur a bougé avant Entrée
# Enter with nothing typed.
rank-dots-type-first = tapez d'abord les points : 1 4 Entrée donne 14
# $group: the group; $count: the number typed; $problem: the problem's title.
rank-dots-already = { $group } a déjà { $count } sur «{ $problem }»
# The y/n question when a typed tally goes over the group's dots. $count:
# the number typed; $problem: the title; $group: the group; $used: its dots
# with this; $budget: its dots in all; $over: by how many.
rank-dots-over-set = { $count } sur «{ $problem }» porte { $group } à { $used } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
} — { $over } de trop. Enregistrer quand même ?
# The same for one dot (+).
rank-dots-over-add = Un point sur «{ $problem }» porte { $group } à { $used } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
} — { $over } de trop. Enregistrer quand même ?
# n to the question above.
rank-dots-not-recorded = non enregistré : le décompte reste tel quel
# c starts a group's tally. $group: its name.
rank-dots-tally-start = Décompte de { $group } : tapez les points de chaque problème, Entrée continue (Entrée seule laisse un décompte tel quel) ; Échap termine
# The tally's end. $group: its name; $used, $budget: its dots.
rank-dots-tally-done = décompte fini : { $group } a { $used } sur { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } points
} — g choisit le groupe suivant
# - with no dot to take back. $group, $problem: names.
rank-dots-nothing-to-take-back = { $group } n'a pas de point sur «{ $problem }» à reprendre

## Pairwise: status line

# Space with every pair decided. $n: pairs; $who: who decided (a group or "whole room").
rank-pairs-all-decided = les { $n } paires sont décidées ({ $who }) — r montre les résultats
# x on a pair not decided.
rank-pair-nothing-to-clear = rien n'est encore décidé sur cette paire
# The same pick again.
rank-pair-already = déjà enregistré ainsi — Espace passe à la paire suivante
# A reason saved before the pick.
rank-pair-reason-noted = noté — ← → ou = l'enregistre avec le choix
# A round of many pairs. $n: problems; $pairs: pairs.
rank-pairs-long-round = { $n } problèmes = { $pairs } paires — un long tour pour la salle
# Why there is no pair to show.
rank-pairs-one-problem = Un seul problème : la comparaison par paires en demande deux ou plus
rank-pairs-one-shortlisted = La liste restreinte a un seul problème : ajoutez-en, ou a compare tous les problèmes
rank-pairs-too-few = La comparaison par paires demande deux problèmes ou plus
# The room's typing strip while a reason is typed: its label.
rank-typing-why = Pourquoi

## Pairwise: the matrix (m)

# Its title. $who: who decides (a group or "whole room").
rank-matrix-title = Matrice des paires · { $who }
# Top right of the matrix and the results. $decided: pairs decided; $total: pairs.
rank-pairs-decided = { $decided } sur { $total ->
    [one] { $total } paire décidée
   *[other] { $total } paires décidées
}
# Under the title: how to read a cell, or why the room's wins are the groups'.
rank-matrix-note = Chaque case : le numéro du problème le plus important · = égal · vide : ouverte
rank-matrix-note-groups = La salle n'a décidé aucune paire ensemble : ses victoires additionnent les décisions des groupes
# Column headings right of the grid (short: the numbers under them are).
rank-matrix-wins = vict.
rank-matrix-rank = rang

## Pairwise: the pair on screen

# Its title. $who: who decides (a group or "whole room").
rank-pair-title = Paires · décide : { $who }
# Top right. $pair: the pair on screen; $total: pairs; $decided: pairs decided.
rank-pair-progress = paire { $pair } sur { $total } · { $decided } décidées
# Under the title: what the round compares. $n: problems; $pairs: pairs.
rank-comparing-all-no-shortlist = Tous les problèmes (pas de liste restreinte) : { $n } problèmes = { $pairs } paires
rank-comparing-shortlist = Liste restreinte : { $n } problèmes = { $pairs } paires
rank-comparing-all = Tous les problèmes : { $n } problèmes = { $pairs } paires
# After the line above: what a compares instead.
rank-scope-key-all = a : tous
rank-scope-key-shortlist = a : liste restreinte
# Decisions kept from another round. $pairs: pairs decided; $problems: among how many problems.
rank-pairs-outside = ! Aussi enregistré, hors de ce tour : { $pairs ->
    [one] { $pairs } paire décidée
   *[other] { $pairs } paires décidées
} entre { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} — gardées, et comptées dans le rapport
# Above the two problems.
rank-pair-question = Lequel compte le plus ?
# Between the two boxes (7 columns at most).
rank-pair-or = ou
# Under the boxes side by side: the keys, and the pick.
rank-pair-this-left = ← celui-ci
rank-pair-this-right = celui-ci →
rank-pair-more = ✓ compte plus
# Between the boxes when they tie (7 columns at most).
rank-pair-equal-short = égal
# Between the boxes stacked one over the other, when they tie.
rank-pair-equal = = égal
# Under the boxes stacked.
rank-pair-keys-stacked = ← le premier · = égal · le second →
# Why the room decided so. $reason: as typed.
rank-pair-why-label = Pourquoi :
rank-pair-why = Pourquoi : { $reason }
rank-pair-why-pending = Pourquoi : { $reason }  (enregistré avec le choix)
rank-pair-no-reason = Aucune raison notée
rank-pair-no-reason-key = Aucune raison notée — Entrée pour écrire pourquoi
# How the other rounds decided this pair. $others: "Room 1 · Women = · Men –".
rank-pair-others = Les autres sur cette paire : { $others }
# The whole room, in the line above.
rank-pair-room = Salle

## Criteria scoring: the grid

# Its title. $who: who gives the scores (a group or "whole room").
rank-criteria-title = Critères · note : { $who }
# Top right. $scored: cells scored; $cells: cells in all.
rank-criteria-scored = { $scored } sur { $cells ->
    [one] { $cells } case notée
   *[other] { $cells } cases notées
}
# With no criterion yet (read-only, then with the key).
rank-criteria-none = Pas encore de critères
rank-criteria-none-examples = Pas encore de critères — a en ajoute un (ex. Fréquence, Gravité, Personnes touchées)
# The cell under the cursor, above the grid. $criterion: its name;
# $weight: its weight; $problem: the problem's title.
rank-criteria-cell = { $criterion } (poids ×{ $weight }) — 1 faible … 5 fort · «{ $problem }»
# Above the footer, when groups scored and the room is shown.
rank-criteria-mean-note = Toute la salle : une case que la salle n'a pas notée elle-même montre la moyenne des groupes
# Column headings (Total and Rank are short: numbers stand under them).
rank-criteria-col-problem = Problème
rank-criteria-col-total = Total
rank-criteria-col-rank = Rang

## Criteria scoring: status line, the question and the form

# A score key with no criterion.
rank-criteria-none-key = Pas encore de critères — a en ajoute un (ex. Gravité)
# x on a cell not scored. $who: a group or "whole room".
rank-criteria-nothing-to-clear = { $who } n'a pas donné de note ici à effacer
# The y/n question on d. $name: the criterion; $scores: its scores.
rank-criteria-ask-delete = { $scores ->
    [0] Supprimer le critère «{ $name }» ? (u le rétablit)
    [one] Supprimer le critère «{ $name }» ? Sa note part avec lui. (u le rétablit)
   *[other] Supprimer le critère «{ $name }» ? Ses { $scores } notes partent avec lui. (u le rétablit)
}
# The form's title. $name: the criterion.
rank-criteria-form-edit = Critère «{ $name }»
rank-criteria-form-add = Ajouter un critère
rank-criteria-field-name = Nom
rank-criteria-field-name-help = comme la salle le dit, ex. «Touche les enfants»
rank-criteria-field-weight = Poids
rank-criteria-field-weight-help = combien il compte : 2 compte deux fois plus que 1 (1 à 10)
# Why the form cannot be saved. $name: the name typed.
rank-criteria-name-empty = Nom : un critère a besoin d'un nom
rank-criteria-name-taken = Nom : «{ $name }» est déjà un critère
# After adding one criterion too many. $n: criteria now.
rank-criteria-many = { $n } critères : la notation prend plus de temps (3 à 5 est l'usage)

## Results (r)

# Its title. $method: the method's name; $who: "whole room"; $group: the
# group whose ranking is looked at.
rank-results-title = Résultats · { $method } · { $who }
rank-results-title-group = Résultats · { $method } · vue : { $group }
# Nothing recorded by the method. $method: dots, pairwise or criteria.
rank-results-none = { $method ->
    [dots] Aucun point enregistré — r revient pour les enregistrer
    [pairwise] Aucune décision de paire enregistrée — r revient pour les enregistrer
   *[criteria] Aucune note enregistrée — r revient pour les enregistrer
}
# The group looked at recorded nothing. $group: its name; $method: as above.
rank-results-group-none = { $method ->
    [dots] { $group } n'a enregistré aucun point — g montre un autre groupe
    [pairwise] { $group } n'a enregistré aucune décision de paire — g montre un autre groupe
   *[criteria] { $group } n'a enregistré aucune note — g montre un autre groupe
}
# Over the chart. $group: the group looked at.
rank-results-overall = Classement général
rank-results-group-ranking = Classement de { $group }
# Over the chart while the method's inputs are not complete. $decided: "3 of 6 pairs decided".
rank-results-so-far-groups = Pour l'instant : les tours des groupes ensemble, aucun fini
rank-results-so-far-pairs = Pour l'instant : { $decided }
rank-results-so-far-scores = Pour l'instant : tous les problèmes ne sont pas notés sur chaque critère
# The table's heading.
rank-results-groups-ranks = Rangs de chaque groupe
# Under the table: what its marks mean.
rank-results-legend = – rien enregistré
rank-results-legend-disagree = ◆ groupes les plus en désaccord · – rien enregistré
# Under the chart, for each tie broken. $rank: the tied rank; $how: how
# ("run-off vote (12 dots)"…); $order: «A», then «B».
rank-results-tie-note = † égalité au rang { $rank } départagée par { $how } : { $order }

## Tie-break (b): status line

# b with the tie already broken. $broken: "Top 3: tie at rank 3 broken by …".
rank-tie-nothing-to-break = rien à départager : { $broken }
# b before the method has its inputs. $method: dots, pairwise or criteria.
rank-tie-nothing-recorded = { $method ->
    [dots] pas d'égalité à départager : rien d'enregistré en vote par points
    [pairwise] pas d'égalité à départager : rien d'enregistré en comparaison par paires
   *[criteria] pas d'égalité à départager : rien d'enregistré en notation par critères
}
# b with no tie at the boundary. $n: the N of the top N.
rank-tie-none-top = pas d'égalité à la limite des { $n } premiers
# A key in the tie-break after the tie went (an undo).
rank-tie-gone = plus d'égalité à la limite de la liste restreinte
rank-runoff-needs-groups = un second tour demande les groupes qui votent : ajoutez-les dans Préparer
# 2 when the pairs cannot decide. $why: one of the two below.
rank-head-to-head-none = pas de résultat direct : { $why } dans la comparaison par paires
# $n: pairs among the tied problems not decided.
rank-head-to-head-open = { $n ->
    [one] { $n } paire entre eux non décidée
   *[other] { $n } paires entre eux non décidées
}
rank-head-to-head-circle = leurs résultats par paires tournent en rond ou sont égaux
# More run-off dots than the group has people. $group: its name; $used:
# its run-off dots; $people: how many people it has.
rank-runoff-many-dots = { $group } : { $used } points de second tour pour { $people } personnes — un chacun est l'usage (enregistré)
# - with no run-off dot to take back. $group, $problem: names.
rank-runoff-nothing-to-take-back = { $group } n'a pas de point de second tour sur «{ $problem }» à reprendre
rank-runoff-none-yet = pas encore de points de second tour : + en place un
rank-runoff-none-to-drop = aucun point de second tour à abandonner
# The y/n question on d. $dots: the run-off's dots.
rank-runoff-ask-drop = Abandonner ce second tour et ses { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} ? (u les rétablit)

## Tie-break: choosing the way

# The heading when there is no tie (after an undo).
rank-tie-title = Départage
rank-tie-gone-esc = Plus d'égalité à la limite de la liste restreinte — Échap revient
# The heading. $rank: the tied rank; $method: the method's name.
rank-tie-heading = Départager le rang { $rank } · { $method }
# Top right of the tie-break's first step.
rank-tie-esc-back = Échap retour
# Under the heading. $n: the N; $tied: problems tied; $rank: their rank;
# $score: their score with its unit ("12 dots"); $places: places they share.
rank-tie-intro = Les { $n } premiers coupent une égalité : { $tied } problèmes partagent le rang { $rank } avec { $score } chacun, pour { $places ->
    [one] { $places } place
   *[other] { $places } places
}.
rank-tie-how = Comment la salle va-t-elle départager ?
# The three ways, each with a detail after it.
rank-way-runoff = Second tour de vote par points entre eux
rank-way-head-to-head = Résultat direct par paires
rank-way-decision = Décision du facilitateur
rank-way-runoff-detail = chaque participant un point, sur ceux-ci seulement
# $how: "run-off vote (4 dots)".
rank-way-runoff-under-way = en cours : { $how } jusqu'ici
# $order: «A», then «B».
rank-way-head-to-head-gives = donne { $order }
# $why: "1 pair among them undecided" or the circle line above.
rank-way-head-to-head-none = pas de résultat : { $why }
rank-way-decision-detail = l'ordre, avec la raison dite à la salle
# Two problems still level: "«A» and «B»". $first: the ones before; $next: the next.
rank-and = { $first } et { $next }
# The problems a run-off leaves level. $problems: the line above; $dots: each one's dots.
rank-still-level = { $problems } ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
} chacun)

## Tie-break: the run-off

# The heading. $rank: the tied rank; $group: the group placing dots.
rank-runoff-heading = Second tour (rang { $rank }) · vote : { $group }
rank-runoff-heading-no-group = Second tour (rang { $rank }) · aucun groupe
# Top right.
rank-runoff-one-each = un point chacun
rank-runoff-empty = Pas encore de points de second tour : + en place un sur le problème choisi
# $order: «A», then «B».
rank-runoff-confirm = Entrée confirme l'ordre : { $order }
# Enter on a run-off still tied. $level: "«A» and «B» (4 dots each)".
rank-runoff-still-tied = Toujours à égalité : { $level } — plus de points (+), ou Échap puis 3 : le facilitateur décide selon l'ordre du second tour (d abandonne le second tour)

## Tie-break: the facilitator's decision (the form)

# Its title. $rank: the tied rank.
rank-decision-title = Décider l'égalité au rang { $rank }
# A place's field. $rank: the place.
rank-decision-place = Rang { $rank }
rank-decision-place-help = ←/→ choisit le problème de cette place ; chacun une fois
rank-decision-place-help-runoff = ←/→ choisit le problème de cette place ; l'ordre du second tour est prérempli
rank-decision-reason = Raison
rank-decision-reason-help = ce qui est dit à la salle, ex. «le chef peut agir dessus maintenant»
# The reason's start after a run-off left a tie (the facilitator goes on
# from it). $dots: the run-off's dots; $level: "«A» and «B» (4 dots each)".
rank-decision-reason-start = le second tour ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } points
}) a laissé { $level } à égalité
# Why the form cannot be saved. $problem: a title.
rank-decision-placed-twice = «{ $problem }» est placé deux fois : chaque problème une fois
rank-decision-reason-empty = Raison : la salle entend pourquoi — écrivez-la en quelques mots

## Scrolling

# Top right of a chart or list that does not fit. $from, $to: the rows in
# view; $total: rows in all.
rank-range = { $from }–{ $to } sur { $total }
