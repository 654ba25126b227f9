# What the core says: how numbers, lists and dates are written, how a
# change reads on the status line, statuses, stages, methods, and why a
# rule refuses a value.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
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
status-planned = planned
status-in-progress = in progress
status-done = done
status-stalled = stalled
status-dropped = dropped
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
# The export log and the retention rule's purge records, as the status
# line and the reports describe them. $format: Markdown, HTML or CSV (as
# the file has it); $table: a CSV table's name; $n: how many tables.
record-report = { $format } report
record-report-table = { $format } report ({ $table })
record-report-tables = { $format } report ({ $n } tables)
# $report: one of the record-report messages.
record-anonymised = { $report }, anonymised
# $to: the file's name, "standard output", or record-to-more.
record-export = { $report }, to { $to }
# $first: the first file's name; $n: how many more.
record-to-more = { $first } and { $n } more
# Between two records written by one change (each has commas of its own).
record-and-then = { $first }; { $next }
# What a purge took. $fields: the record-field- messages (one, or as
# record-fields-and joins them); $date: the day (ISO, as in the file).
record-purge = { $fields } from before { $date }
# $rest: the fields before the last, as a list; $last: the last one.
record-fields-and = { $rest } and { $last }
record-field-context = context notes
record-field-progress-notes = progress-note texts
record-field-descriptions = problem descriptions
record-field-reasons = decision reasons
record-field-risks = action risks
record-field-lessons = lessons
# The rules a value breaks: the status line when a change is refused,
# `baraza check` (in English). $min, $max: numbers; $name: as typed;
# $hours: a number of hours.
rule-no-title = a session needs a title
rule-no-group-name = a group needs a name
rule-too-many-people = a group counts at most { $max } people
rule-group-name-taken = there is a group «{ $name }» already
rule-dots = dots per participant are { $min } to { $max }
rule-no-problem-title = a problem needs a title
rule-no-criterion-name = a criterion needs a name
rule-weight = a criterion's weight is { $min } to { $max }
rule-score = a score is from { $min } to { $max }
rule-shortlist = the shortlist takes at least one problem
rule-consent-too-long = a consent note is at most { $max } characters
rule-worked = time worked on a panel is at most { $hours } hours
rule-timer = a timer runs for 1 second to { $hours } hours
rule-no-indicator-name = an indicator needs a name
rule-indicator-name-taken = there is an indicator «{ $name }» already
rule-card-score = a score is from { $min } to { $max } here
rule-no-place-name = a place needs a name
rule-place-name-taken = there is a place «{ $name }» already
rule-intensity = insecurity is marked 0 (safe) to { $max }
rule-month = a month is 1 to { $max }
rule-no-recipient = say to whom the problem went
rule-reply-before-raised = a reply cannot come before the problem was raised

## How a change reads: the status line after a change, after "undone: " and
## "redone: ", and (in English) the audit log kept in the file

# Items of a list, in the language's quotation marks. $text: a title as typed.
change-quoted = «{ $text }»
# Who decided or scored, when no group did.
change-the-room = the room
# A criterion deleted since (in place of its name).
change-removed-criterion = (removed criterion)
# An item added to, deleted from, edited in or moved in a list. $noun: which
# list (group, problem, criterion, action, indicator, place: choose the
# words by it); $name: the item's name as typed; $position: where it went
# (1 is the top).
change-added = { $noun ->
    [group] group added: { $name }
    [criterion] criterion added: { $name }
    [problem] problem added: «{ $name }»
    [action] action added: «{ $name }»
    [indicator] indicator added: «{ $name }»
    [place] place added: «{ $name }»
   *[other] { $noun } added: «{ $name }»
}
change-deleted = { $noun ->
    [group] group deleted: { $name }
    [criterion] criterion deleted: { $name }
    [problem] problem deleted: «{ $name }»
    [action] action deleted: «{ $name }»
    [indicator] indicator deleted: «{ $name }»
    [place] place deleted: «{ $name }»
   *[other] { $noun } deleted: «{ $name }»
}
change-edited = { $noun ->
    [group] group edited: { $name }
    [criterion] criterion edited: { $name }
    [problem] problem edited: «{ $name }»
    [action] action edited: «{ $name }»
    [indicator] indicator edited: «{ $name }»
    [place] place edited: «{ $name }»
   *[other] { $noun } edited: «{ $name }»
}
change-moved = { $noun ->
    [group] group moved to position { $position }: { $name }
    [criterion] criterion moved to position { $position }: { $name }
    [problem] problem moved to position { $position }: «{ $name }»
    [action] action moved to position { $position }: «{ $name }»
    [indicator] indicator moved to position { $position }: «{ $name }»
    [place] place moved to position { $position }: «{ $name }»
   *[other] { $noun } moved to position { $position }: «{ $name }»
}
# The same when the item is no longer there to name.
change-deleted-unknown = { $noun ->
    [group] group deleted
    [criterion] criterion deleted
    [problem] problem deleted
    [action] action deleted
    [indicator] indicator deleted
    [place] place deleted
   *[other] { $noun } deleted
}
change-moved-unknown = { $noun ->
    [group] group moved
    [criterion] criterion moved
    [problem] problem moved
    [action] action moved
    [indicator] indicator moved
    [place] place moved
   *[other] { $noun } moved
}
# Several problems captured at once. $n: how many; $titles: their titles.
change-problems-added = { $n ->
    [one] { $n } problem added: { $titles }
   *[other] { $n } problems added: { $titles }
}
# Two problems merged. $gone: the one merged away; $kept: the one kept.
change-merged = merged «{ $gone }» into «{ $kept }»
# A problem edited with a category new to the session. $title, $category.
change-problem-new-category = problem edited: «{ $title }», new category «{ $category }»
# Identify's flags. $mark: the flag's sign; $title: the problem's.
change-escalation-flagged = { $mark } «{ $title }» needs district/national action
change-escalation-unflagged = «{ $title }» no longer flagged for district/national action
change-resolved = { $mark } «{ $title }» marked resolved
change-open-again = «{ $title }» open again (not resolved)
# Dots. $problem: its title; $group: the group's name; $n: how many dots.
change-dot-added = dot for «{ $problem }» from { $group }
change-dot-removed = dot removed from «{ $problem }» ({ $group })
change-dot-removed-unknown = dot removed
change-dots-restored = { $n ->
    [one] { $n } dot restored
   *[other] { $n } dots restored
}
change-dots-removed = { $n ->
    [one] { $n } dot removed
   *[other] { $n } dots removed
}
change-dots-moved = { $n ->
    [one] { $n } dot moved
   *[other] { $n } dots moved
}
# A group's dots on a problem set at once. $was: how many it had before.
change-dots-set = { $group }: { $n ->
    [one] { $n } dot
   *[other] { $n } dots
} on «{ $problem }» (was { $was })
# Pairwise. $who: the group, or change-the-room; $winner, $loser, $a, $b:
# the problems' titles.
change-pair-won = { $who }: «{ $winner }» over «{ $loser }»
change-pair-tie = { $who }: «{ $a }» and «{ $b }» tie
change-pair-cleared = { $who }: pair «{ $a }» / «{ $b }» cleared
# Criteria scoring. $score: a number; $criterion: its name.
change-score = { $who }: «{ $problem }» scored { $score } on { $criterion }
change-score-cleared = { $who }: score of «{ $problem }» on { $criterion } cleared
# Tie-breaks. $rank: the tied rank (a number); $how: how it was broken
# (one of the change-how- messages).
change-tie-broken = tie at rank { $rank } broken by { $how }
change-how-runoff = { $n ->
    [one] run-off vote ({ $n } dot)
   *[other] run-off vote ({ $n } dots)
}
change-how-head-to-head = head-to-head pairwise result
# $reason: the facilitator's words.
change-how-decision = facilitator decision: { $reason }
change-runoff-started-dot = run-off started: dot for «{ $problem }» from { $group }
change-runoff-started = run-off started at rank { $rank }
change-runoff-dot = run-off dot for «{ $problem }» from { $group }
change-runoff-dot-back = run-off dot taken back: «{ $problem }» from { $group }
change-tie-break-edited = tie-break at rank { $rank } edited
change-runoff-dropped = run-off at rank { $rank } dropped
change-tie-break-deleted-at = tie-break at rank { $rank } deleted
change-tie-break-deleted = tie-break deleted
change-tie-break-moved = tie-break moved
# The shortlist made longer to take a whole tie. $n: its new size.
change-shortlist-with-ties = shortlist: the top { $n }, every tied problem included
# An action. $activity: as typed; $from, $to: statuses.
change-status = status of «{ $activity }»: { $from } → { $to }
change-progress-note = progress note on «{ $activity }»
# The session's details. $from, $to: before and after (dates as in the file).
change-title = title: «{ $from }» → «{ $to }»
change-location = location: «{ $from }» → «{ $to }»
change-date = date: { $from } → { $to }
# $names: the names, as a list.
change-facilitators = facilitators: { $names }
change-dots-per-participant = dots per participant: { $from } → { $to }
change-context = context notes edited
change-consent-cleared = consent note cleared
change-consent = consent note edited
# $code: the language's code (sw, fr…).
change-room-language = language of the room: { $code }
change-room-language-interface = language of the room: the interface's
# Several details edited at once. $parts: which (change-part- messages).
change-session-details = session details edited: { $parts }
change-part-title = title
change-part-community = community
change-part-date = date
change-part-facilitators = facilitators
change-part-dots-per-participant = dots per participant
change-part-room-language = language of the room
# Reports written. $n: how many; $reports: what each was (record-export
# messages, joined by record-and-then).
change-reports-written = { $n ->
    [one] report written: { $reports }
   *[other] reports written: { $reports }
}
change-export-log = export log edited
# $what: which texts, from before which day (a record-purge message).
change-purged = purged { $what }
change-retention-purged = retention: purged { $what }
change-purge-records = purge records edited
# $names: the categories, as a list.
change-categories = categories: { $names }
# $titles: the shortlisted problems, as a list.
change-shortlist = shortlist: { $titles }
change-shortlist-cleared = shortlist cleared
# $n: how many problems the shortlist takes.
change-shortlist-size = shortlist size: { $n }
# Learn. $parts: which of the four (change-part- messages below), as a list.
change-lessons = { $parts } edited
change-lessons-unchanged = lessons saved unchanged
change-part-worked = what worked
change-part-did-not-work = what did not work
change-part-lessons = lessons
change-part-improvements = improvements
# $stage: a step; $method: a ranking method.
change-stage = reached { $stage }
change-method = ranking by { $method }
change-pair-scope-shortlist = { -pairwise } on the shortlist
change-pair-scope-all = { -pairwise } on all problems
change-blind-open = { -dot-voting } in the open: totals on the room's screen
change-blind-hidden = blind { -dot-voting }: totals kept off the room's screen
change-blind-revealed = dot totals revealed to the room
# Time worked. $parts: each step's (change-worked-part), as a list;
# $stage: a step; $time: how long (a duration- message).
change-worked = time worked: { $parts }
change-worked-part = { $stage } { $time }
# The score card. $name: the provider's; $scale: the scale (in English
# for now); $who: who scored; $score: a number; $indicator: its name;
# $n: how many indicators.
change-provider = score card of «{ $name }»
change-card-scale = score card scale: { $scale }
change-card-provider-scale = score card of «{ $name }», { $scale }
change-card-started = score card started with { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
} for a police service
change-card-score = score card: { $who } gave { $score } on «{ $indicator }»
change-card-score-cleared = score card: { $who }'s score on «{ $indicator }» cleared
# Where and when. $who: the group; $place: as typed; $when: "in the
# morning", "at night" (ww-when); $level: a number.
change-mark = where and when: { $who } marked «{ $place }» { $when } { $level }
change-mark-cleared = where and when: { $who }'s mark of «{ $place }» { $when } cleared
# The follow-up ledger. $problem: its title; $to: who it was raised with;
# $date: the day (as in the file); $kind: the reply (a ledger-kind- message).
change-escalation-raised = «{ $problem }» raised with { $to } on { $date }
change-escalation-reply = «{ $problem }», { $to }: { $kind } on { $date }
change-escalation-edited = escalation edited: «{ $problem }» to { $to }
change-escalation-deleted = escalation deleted: «{ $problem }» to { $to }
change-escalation-deleted-unknown = escalation deleted
change-escalation-moved = escalation moved
# A change refused. $why: the rule it breaks (a rule- message).
change-not-done = not done: { $why }

## How long, as the status line and reports say it

duration-under-a-minute = under a minute
# $m: minutes (a number).
duration-minutes = { $m } min
# $h: hours (a number); $mm: the minutes, two digits ("05").
duration-hours = { $h } h { $mm } min
