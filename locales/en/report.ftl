# The session report (Markdown and HTML, the same content), and the CSV
# tables' column names. Read by programme staff afterwards, and shared:
# plain, complete sentences. Dates inside sentences are in words
# ($date: "5 November 2026"); dates in tables stay ISO (2026-11-05), as
# spreadsheets read them.
#
# $title, $name, $reason, $text: the session's own words, as typed.

## The page

# The last line of the HTML page.
report-footer = Written by baraza.
# Markdown's label before a note the reader must notice.
report-note = Note:

## Notes at the top

report-anonymised = Anonymised copy: facilitator and responsible-person names, context notes, problem descriptions, partners, risks, progress-note texts, decision reasons and lessons are left out.
report-not-encrypted = This report is not encrypted, unlike the session it was made from: anyone who can open this file can read it. Keep it only where the people it is for can.
# An anonymised copy of a room too small to show groups apart.
# $min: the smallest group shown apart (people); $other: the merged
# group's name.
report-merged-whole-room = The whole room counted fewer than { $min } people: its results are shown for the room together, as «{ $other }», with no group apart.
# Small groups merged. $min: as above; $groups: how many groups were
# merged; $people: how many people they hold.
report-merged = Groups of fewer than { $min } people are merged into «{ $other }» ({ $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } groups
}, { $people ->
    [one] { $people } person
   *[other] { $people } people
}), so that no one's vote can be told from a small group's count.
# A panel the session did not get to. $stage: the step not reached;
# $reached: the step it stopped at.
report-not-reached = The session has not reached { $stage } yet (it stopped at { $reached }).

## Overview (facts at the top)

report-community = Community
report-date = Date
report-facilitators = Facilitators
report-stage-reached = Stage reached
report-participants = Participants
# $people: participants; $groups: groups; $dots: dots each.
report-participants-value = { $people } in { $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } groups
}, { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
} per participant
report-previous-cycle = Previous cycle
# $id: the previous session's id.
report-previous-value = session { $id }
report-time-worked = Time worked on each panel
# One step's time. $stage: the step; $time: "34 min".
report-worked-value = { $stage }: { $time }
report-last-updated = Last updated
report-as-of = Report as of
report-language = Language

## Consent

report-consent = Consent
report-no-consent = No consent note was recorded: before sharing this report, ask the facilitator what the room agreed may be recorded and shared.
report-consent-intro = What the room agreed may be recorded and shared:
# $date: when, in words; $what: what was purged (in English for now).
report-purged = Purged under the programme's retention rule on { $date }: { $what }.

## Context

report-context = Context and conflict analysis
report-context-anonymised = Context notes are left out of anonymised copies.
report-no-context = No context notes recorded.

## Groups

report-groups = Groups in the room
report-no-groups = No groups recorded.
# Columns of the groups table.
report-col-group = Group
report-col-people = People
report-col-dot-budget = Dot budget
report-col-dots-placed = Dots placed
# The last row: every group together.
report-all = All

## Problems

report-problems = Problems
report-no-problems = No problems recorded.
report-category = Category
report-where = Where
report-raised-by = Raised by
report-flags = Flags
report-flag-escalation = needs district or national action
report-flag-resolved = resolved
report-flag-carried = carried over from the previous cycle
# The problem tree: the trunk, its roots and its branches.
report-tree-problem = Problem:{ " " }
report-tree-causes = Causes (roots)
report-tree-effects = Effects (branches)
report-none-recorded = none recorded

## Ranking

report-ranking = Ranking
report-nothing-ranked = Nothing has been ranked yet.
# Before the method's name.
report-method-used = Method used:{ " " }
# After it: what went in. $dots: dots placed; $voted: groups that voted;
# $groups: groups in all.
report-inputs-dots = { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
} from { $voted } of { $groups } groups.
# $done: pairs decided; $pairs: pairs in all.
report-inputs-pairwise = { $done } of { $pairs ->
    [one] { $pairs } pair
   *[other] { $pairs } pairs
} decided; a win counts 1, a tie ½ each.
# $criteria: each criterion with its weight ("Frequency (×2), Severity (×1)").
report-inputs-criteria = Criteria: { $criteria }; each scored 1–5, total = Σ weight × score.
# One criterion with its weight. $name: as typed; $weight: a number.
report-criterion-weight = { $name } (×{ $weight })
report-blind = The dot vote was blind:{ " " }
report-blind-hidden = the room's screen showed how many dots each group had placed, not the totals, and the totals had not been revealed when this report was written.
report-blind-revealed = the room's screen showed how many dots each group had placed, not the totals, until the facilitator revealed them.
# The chart's caption. $score: the score's column name (Dots, Wins…);
# $method: the method.
report-chart-caption = { $score } per problem ({ $method })
# A score in words. $n: the score (a number, possibly "2.5").
report-score-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dots
}
report-score-wins = { $n ->
    [one] { $n } win
   *[other] { $n } wins
}
report-score-points = { $n } points
# Column names of the score, by method.
report-col-dots = Dots
report-col-wins = Wins
report-col-weighted = Weighted score
# Columns of the ranking table.
report-col-rank = Rank
report-col-problem = Problem
report-col-category = Category
report-col-shortlist = Shortlist
report-col-tie-broken-by = Tie broken by
# Another method the room also used. $method: its name.
report-also-recorded = Also recorded: { $method }
# $problems: how many problems the decisions were among.
report-among = Among { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}.
# How a tie was broken (tables and the list of ties). $dots: run-off dots;
# $reason: the facilitator's reason.
report-by-runoff = run-off vote ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
})
report-by-head-to-head = head-to-head pairwise result
report-by-decision = facilitator decision: { $reason }
report-by-decision-plain = facilitator decision

## Ranking by group

report-by-group = By group
report-no-group-ranks = The groups did not rank separately with this method.
# $score: the score's name, in lower case where the language has cases
# ("dots", "wins", "weighted score").
report-by-group-intro = Each group's rank, with its { $score } in brackets; "–" where a group recorded nothing. Spread is the lowest group rank minus the highest.
report-col-overall = Overall
report-col-spread = Spread
report-col-note = Note
report-biggest-disagreement = biggest disagreement

## Pairwise decisions

report-pairwise = Pairwise decisions
# $problems: how many; $titles: their titles, each in «».
report-decided-among = Decided among { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}: { $titles }.
report-col-pair = Pair
report-col-decided-by = Decided by
report-col-more-important = More important
report-col-reason = Reason
report-col-when = When
# Who decided, when no group did.
report-whole-room = whole room
# The winner column when the pair was a tie.
report-tie = tie
# A pair. $a, $b: the two titles.
report-pair = «{ $a }» vs «{ $b }»

## Criteria scores

report-criteria = Criteria scores (whole room)
report-criteria-intro = The room's own score where it gave one, else the mean of the groups' scores.
report-col-total = Total

## Ties

report-ties = Ties
# One tie broken. $rank: the rank; $method: the method; $titles: the tied
# problems; then the way it was broken follows in bold, then the next
# message.
report-tie-broken = Rank { $rank } in { $method } shared by { $titles } — broken by{ " " }
# $time: when (2026-06-06 10:04).
report-tie-giving = { " " }({ $time }), giving:
# One line of the order it gave. $rank: the rank; $title: the problem.
report-tie-order = rank { $rank }: { $title }
# $rank: the rank; $titles: the problems.
report-tie-open = Rank { $rank } is still shared by { $titles } (not broken).
report-no-ties = No tie needed breaking.

## Shortlist

report-shortlist = Shortlist for action planning
report-no-shortlist = No shortlist drawn yet.

## Action plan

report-plan = Action plan
report-no-actions = No actions planned yet.
# Columns of the action plan.
report-col-no = No.
report-col-activity = Activity
report-col-responsible = Responsible
report-col-with = With
report-col-start = Start
report-col-due = Due
report-col-resources = Resources
report-col-indicator = Indicator of success
report-col-risks = Risks
report-col-status = Status
# Heading over one problem's actions. $title: the problem.
report-plan-for = For «{ $title }»
report-no-action-for = No action planned for this problem.

## Monitoring

report-monitoring = Monitoring
report-nothing-to-follow = No actions to follow.
# One status with its count ("3 done"). $n: how many; $status: the status.
report-status-count = { $n } { $status }
# $actions: how many actions; $counts: the statuses counted (above).
report-monitor-summary = { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}: { $counts }.{ " " }
# In bold. $n: how many actions are overdue.
report-overdue-count = { $n } overdue
# $date: the report's date, in words.
report-as-of-date = { " " }as of { $date }.
report-col-overdue = Overdue
report-col-notes = Notes
report-col-last-note = Last note
# $days: how many days late.
report-overdue-by = overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# After an action carried from the previous cycle.
report-from-previous = { " " }(from the previous cycle)
# $id: the action's number; $title: what it is.
report-progress-of = Progress of action { $id }: { $title }
# A note with no text (anonymised, or only dated).
report-progress-noted = { " " }— progress noted

## Lessons

report-lessons = Lessons
report-lessons-anonymised = Lessons are left out of anonymised copies.
report-worked = What worked
report-did-not-work = What did not work
report-lessons-learned = Lessons learned
report-improvements = Improvements for the next cycle
report-no-lessons = No lessons recorded yet.

## Added with the score card (issue 15)

# After an action planned on a score card's gap, in the action plan's
# table. $indicator: the indicator's name, as typed.
report-on-card-gap = (on the score-card gap «{ $indicator }»)
