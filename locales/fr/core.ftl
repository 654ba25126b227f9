### baraza — français : le cœur (dates, nombres, statuts, règles).
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Entre les éléments d'une liste.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Virgule décimale (« 2,5 »).
decimal-separator = ,
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# « 5 nov. 2026 », « 5 novembre 2026 », « jeudi ».
date-short = %-d %b %Y
date-long = %-d %B %Y
date-weekday = %A

## Words the core gives to screens and reports

# The six steps of the cycle, as the stepper, the panels' titles and the
# reports name them.
stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
# An action's status (Monitor, the room's screen, reports).
status-planned = prévue
status-in-progress = en cours
status-done = réalisée
status-stalled = bloquée
status-dropped = abandonnée
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
# The export log and the retention rule's purge records, as the status
# line and the reports describe them. $format: Markdown, HTML or CSV (as
# the file has it); $table: a CSV table's name; $n: how many tables.
record-report = rapport { $format }
record-report-table = rapport { $format } ({ $table })
record-report-tables = rapport { $format } ({ $n } tables)
# $report: one of the record-report messages.
record-anonymised = { $report }, anonymisé
# $to: the file's name, "standard output", or record-to-more.
record-export = { $report }, vers { $to }
# $first: the first file's name; $n: how many more.
record-to-more = { $first } et { $n } autres
# Between two records written by one change (each has commas of its own).
record-and-then = { $first } ; { $next }
# What a purge took. $fields: the record-field- messages (one, or as
# record-fields-and joins them); $date: the day (ISO, as in the file).
record-purge = { $fields } d'avant le { $date }
# $rest: the fields before the last, as a list; $last: the last one.
record-fields-and = { $rest } et { $last }
record-field-context = notes de contexte
record-field-progress-notes = textes des notes de suivi
record-field-descriptions = descriptions des problèmes
record-field-reasons = raisons des décisions
record-field-risks = risques des actions
record-field-lessons = leçons
# The rules a value breaks: the status line when a change is refused,
# `baraza check` (in English). $min, $max: numbers; $name: as typed;
# $hours: a number of hours.
rule-no-title = une séance a besoin d'un titre
rule-no-group-name = un groupe a besoin d'un nom
rule-too-many-people = un groupe compte au plus { $max } personnes
rule-group-name-taken = il y a déjà un groupe « { $name } »
rule-dots = les points par participant vont de { $min } à { $max }
rule-no-problem-title = un problème a besoin d'un titre
rule-no-criterion-name = un critère a besoin d'un nom
rule-weight = le poids d'un critère va de { $min } à { $max }
rule-score = une note va de { $min } à { $max }
rule-shortlist = la liste restreinte prend au moins un problème
rule-consent-too-long = une note de consentement fait au plus { $max } caractères
rule-worked = le temps passé sur un panneau est d'au plus { $hours } heures
rule-timer = un minuteur dure de 1 seconde à { $hours } heures
rule-no-indicator-name = un indicateur a besoin d'un nom
rule-indicator-name-taken = il y a déjà un indicateur « { $name } »
rule-card-score = ici une note va de { $min } à { $max }
rule-no-place-name = un lieu a besoin d'un nom
rule-place-name-taken = il y a déjà un lieu « { $name } »
rule-intensity = l'insécurité se note de 0 (sûr) à { $max }
rule-month = un mois va de 1 à { $max }
rule-no-recipient = dites à qui le problème a été porté
rule-reply-before-raised = une réponse ne peut pas précéder le moment où le problème a été porté

## How a change reads: the status line after a change, after "undone: " and
## "redone: " (the audit log in the file stays English)

change-quoted = « { $text } »
change-the-room = l'assemblée
change-removed-criterion = (critère supprimé)
change-added = { $noun ->
    [group] groupe ajouté : { $name }
    [criterion] critère ajouté : { $name }
    [problem] problème ajouté : « { $name } »
    [action] action ajoutée : « { $name } »
    [indicator] indicateur ajouté : « { $name } »
    [place] lieu ajouté : « { $name } »
   *[other] ajout : « { $name } »
}
change-deleted = { $noun ->
    [group] groupe supprimé : { $name }
    [criterion] critère supprimé : { $name }
    [problem] problème supprimé : « { $name } »
    [action] action supprimée : « { $name } »
    [indicator] indicateur supprimé : « { $name } »
    [place] lieu supprimé : « { $name } »
   *[other] suppression : « { $name } »
}
change-edited = { $noun ->
    [group] groupe modifié : { $name }
    [criterion] critère modifié : { $name }
    [problem] problème modifié : « { $name } »
    [action] action modifiée : « { $name } »
    [indicator] indicateur modifié : « { $name } »
    [place] lieu modifié : « { $name } »
   *[other] modification : « { $name } »
}
change-moved = { $noun ->
    [group] groupe déplacé en position { $position } : { $name }
    [criterion] critère déplacé en position { $position } : { $name }
    [problem] problème déplacé en position { $position } : « { $name } »
    [action] action déplacée en position { $position } : « { $name } »
    [indicator] indicateur déplacé en position { $position } : « { $name } »
    [place] lieu déplacé en position { $position } : « { $name } »
   *[other] déplacé en position { $position } : « { $name } »
}
change-deleted-unknown = { $noun ->
    [group] groupe supprimé
    [criterion] critère supprimé
    [problem] problème supprimé
    [action] action supprimée
    [indicator] indicateur supprimé
    [place] lieu supprimé
   *[other] suppression
}
change-moved-unknown = { $noun ->
    [group] groupe déplacé
    [criterion] critère déplacé
    [problem] problème déplacé
    [action] action déplacée
    [indicator] indicateur déplacé
    [place] lieu déplacé
   *[other] déplacement
}
change-problems-added = { $n ->
    [one] { $n } problème ajouté : { $titles }
   *[other] { $n } problèmes ajoutés : { $titles }
}
change-merged = « { $gone } » fusionné dans « { $kept } »
change-problem-new-category = problème modifié : « { $title } », nouvelle catégorie « { $category } »
change-escalation-flagged = { $mark } « { $title } » demande une action au niveau du district ou national
change-escalation-unflagged = « { $title } » ne demande plus d'action au niveau du district ou national
change-resolved = { $mark } « { $title } » marqué résolu
change-open-again = « { $title } » de nouveau ouvert (non résolu)
change-dot-added = point pour « { $problem } » de { $group }
change-dot-removed = point retiré de « { $problem } » ({ $group })
change-dot-removed-unknown = point retiré
change-dots-restored = { $n ->
    [one] { $n } point rétabli
   *[other] { $n } points rétablis
}
change-dots-removed = { $n ->
    [one] { $n } point retiré
   *[other] { $n } points retirés
}
change-dots-moved = { $n ->
    [one] { $n } point déplacé
   *[other] { $n } points déplacés
}
change-dots-set = { $group } : { $n ->
    [one] { $n } point
   *[other] { $n } points
} sur « { $problem } » (avant : { $was })
change-pair-won = { $who } : « { $winner } » plutôt que « { $loser } »
change-pair-tie = { $who } : « { $a } » et « { $b } » à égalité
change-pair-cleared = { $who } : paire « { $a } » / « { $b } » effacée
change-score = { $who } : « { $problem } » noté { $score } sur { $criterion }
change-score-cleared = { $who } : note de « { $problem } » sur { $criterion } effacée
change-tie-broken = égalité au rang { $rank } départagée par { $how }
change-how-runoff = { $n ->
    [one] { -run-off } ({ $n } point)
   *[other] { -run-off } ({ $n } points)
}
change-how-head-to-head = résultat de la { -pairwise } entre eux
change-how-decision = décision du { -facilitator } : { $reason }
change-runoff-started-dot = { -run-off } commencé : point pour « { $problem } » de { $group }
change-runoff-started = { -run-off } commencé au rang { $rank }
change-runoff-dot = point du { -run-off } pour « { $problem } » de { $group }
change-runoff-dot-back = point du { -run-off } repris : « { $problem } » de { $group }
change-tie-break-edited = { -tie-break } au rang { $rank } modifié
change-runoff-dropped = { -run-off } au rang { $rank } abandonné
change-tie-break-deleted-at = { -tie-break } au rang { $rank } supprimé
change-tie-break-deleted = { -tie-break } supprimé
change-tie-break-moved = { -tie-break } déplacé
change-shortlist-with-ties = { -shortlist } : les { $n } premiers, tous les problèmes à égalité compris
change-status = statut de « { $activity } » : { $from } → { $to }
change-progress-note = { -progress-note } sur « { $activity } »
change-title = titre : « { $from } » → « { $to } »
change-location = lieu : « { $from } » → « { $to } »
change-date = date : { $from } → { $to }
change-facilitators = facilitateurs : { $names }
change-dots-per-participant = points par participant : { $from } → { $to }
change-context = notes de contexte modifiées
change-consent-cleared = note de consentement effacée
change-consent = note de consentement modifiée
change-room-language = langue de l'assemblée : { $code }
change-room-language-interface = langue de l'assemblée : celle de l'interface
change-session-details = détails de la séance modifiés : { $parts }
change-part-title = titre
change-part-community = communauté
change-part-date = date
change-part-facilitators = facilitateurs
change-part-dots-per-participant = points par participant
change-part-room-language = langue de l'assemblée
change-reports-written = { $n ->
    [one] rapport écrit : { $reports }
   *[other] rapports écrits : { $reports }
}
change-export-log = journal des exports modifié
change-purged = effacé : { $what }
change-retention-purged = conservation : effacé { $what }
change-purge-records = registre des effacements modifié
change-categories = catégories : { $names }
change-shortlist = { -shortlist } : { $titles }
change-shortlist-cleared = { -shortlist } vidée
change-shortlist-size = taille de la { -shortlist } : { $n }
change-lessons = modifié : { $parts }
change-lessons-unchanged = leçons enregistrées sans changement
change-part-worked = ce qui a marché
change-part-did-not-work = ce qui n'a pas marché
change-part-lessons = leçons
change-part-improvements = améliorations
change-stage = étape atteinte : { $stage }
change-method = classement par { $method }
change-pair-scope-shortlist = { -pairwise } sur la { -shortlist }
change-pair-scope-all = { -pairwise } sur tous les problèmes
change-blind-open = { -dot-voting } à découvert : totaux sur l'écran de l'assemblée
change-blind-hidden = { -dot-voting } à l'aveugle : totaux cachés de l'écran de l'assemblée
change-blind-revealed = totaux des points dévoilés à l'assemblée
change-worked = temps de travail : { $parts }
change-worked-part = { $stage } { $time }
change-provider = { -score-card } de « { $name } »
change-card-scale = échelle de la { -score-card } : { $scale }
change-card-provider-scale = { -score-card } de « { $name } », { $scale }
change-card-started = { -score-card } commencée avec { $n ->
    [one] { $n } indicateur
   *[other] { $n } indicateurs
} pour un service de police
change-card-score = { -score-card } : { $who } a donné { $score } sur « { $indicator } »
change-card-score-cleared = { -score-card } : note de { $who } sur « { $indicator } » effacée
change-mark = { -where-when } : { $who } a marqué « { $place } » { $when } { $level }
change-mark-cleared = { -where-when } : marque de { $who } sur « { $place } » { $when } effacée
change-escalation-raised = « { $problem } » porté auprès de { $to } le { $date }
change-escalation-reply = « { $problem } », { $to } : { $kind } le { $date }
change-escalation-edited = { -escalation } modifiée : « { $problem } » auprès de { $to }
change-escalation-deleted = { -escalation } supprimée : « { $problem } » auprès de { $to }
change-escalation-deleted-unknown = { -escalation } supprimée
change-escalation-moved = { -escalation } déplacée
# A change refused. $why: the rule it breaks (a rule- message).
change-not-done = pas fait : { $why }

## How long, as the status line and reports say it

duration-under-a-minute = moins d'une minute
duration-minutes = { $m } min
duration-hours = { $h } h { $mm } min
