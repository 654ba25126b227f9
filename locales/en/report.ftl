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

## The programme roll-up (`baraza rollup`, Markdown and HTML)

rollup-title = Programme roll-up
rollup-anonymised = Anonymised: names of responsible people are reduced to the kind of actor.
# The facts at the top. $since, $until, $first, $last: dates, written
# the language's way (date-long).
rollup-period = Period
rollup-period-between = sessions from { $since } to { $until }
rollup-period-since = sessions from { $since } on
rollup-period-until = sessions up to { $until }
rollup-period-all = all sessions
rollup-sessions = Sessions
rollup-session-dates = Session dates
rollup-dates-span = { $first } to { $last }
rollup-communities = Communities
rollup-problems-raised = Problems raised
rollup-overdue-as-of = Overdue counted as of
# $n: sessions edited on two laptops; $heading: rollup-conflicts.
rollup-conflicts-note = { $n ->
    [one] { $n } session was
   *[other] { $n } sessions were
} edited on more than one laptop and not resolved yet: the newest version of each is counted, once (see «{ $heading }» below).
# $problems, $actions: how many were carried over.
rollup-carried = Problems and open actions carried over into the next cycle are counted once, in the later session of the period, as they stand there (rank, flag, status): { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
} and { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
} of earlier cycles are not counted again.
rollup-recurring = Problems that recur across communities
rollup-no-recurring = No problem was raised in more than one community.
rollup-recurring-intro = Similar titles in the same category are counted together. Average rank is over the sessions that ranked the problem (1 = the room's top priority).
rollup-chart-communities = Communities raising each problem
# Beside a bar of the chart. $n: how many communities.
rollup-bar-communities = { $n ->
    [one] { $n } community
   *[other] { $n } communities
}
rollup-col-times-raised = Times raised
rollup-col-average-rank = Average rank
rollup-col-shortlisted = Shortlisted
rollup-col-flagged = Flagged for district/national
rollup-col-also-worded = Also worded as
# $n: problems raised in one community only.
rollup-single = { $n ->
    [one] { $n } problem raised in one community only is
   *[other] { $n } problems raised in one community only are
} in the CSV table «recurring».
rollup-by-category = By category
rollup-completion = Action completion
# Action completion, one sentence in three parts, the middle in bold:
# "12 actions; " "50% done" " (6 of 12); 2 overdue as of 2026-06-30."
rollup-completion-lead = { $actions } actions;{ " " }
# $percent: a percentage, written.
rollup-completion-done = { $percent } done
rollup-completion-rest = { " " }({ $done } of { $actions }); { $overdue } overdue as of { $date }.
rollup-col-actions = Actions
rollup-col-done = Done
rollup-col-completion = Completion
rollup-col-in-progress = In progress
rollup-col-planned = Planned
rollup-col-stalled = Stalled
rollup-col-dropped = Dropped
# The kinds of actor an action's "responsible" names.
rollup-actor-community = Community
rollup-actor-police = Police
rollup-actor-local-authority = Local authority
rollup-actor-cso = CSO
rollup-actor-other = Other
rollup-overdue = Overdue actions
rollup-no-overdue = No action is overdue as of { $date }.
rollup-col-overdue-by = Overdue by
rollup-col-session = Session
# $n: a number of days (a cell, a heading).
rollup-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
rollup-escalated = Problems flagged for district or national action
rollup-no-escalated = No problem was flagged.
rollup-col-resolved = Resolved
rollup-yes = yes
rollup-no = no
rollup-conflicts = Edited on more than one laptop
rollup-conflicts-intro = Each of these sessions was copied and then edited on two laptops or more. Nothing was merged: every version is kept in the programme view, the newest is counted here, and the facilitators choose the right one with the command shown.
rollup-col-laptops = Laptops
rollup-col-to-resolve = To resolve
rollup-consent = Consent in each session
rollup-consent-intro = What each room agreed may be recorded and shared: check it before sharing this roll-up or anything taken from it.
rollup-no-sessions = No session in the period.
rollup-no-consent = (no consent note recorded)
rollup-cards = Score cards
rollup-cards-intro = Every score is read on 0–100 (a 1–5 score: 1 = 0, 3 = 50, 5 = 100). The community's score is the mean of its groups; the gap is that minus the provider's self-score (negative: the provider thinks better of itself). Indicators of alike names are one.
rollup-col-indicator = Indicator
rollup-col-community-latest = Community (latest cycle)
rollup-col-provider = Provider
rollup-col-gap = Gap
rollup-trend = Trend per community, cycle by cycle
rollup-col-community-by-cycle = Community's score by cycle
rollup-col-provider-by-cycle = Provider's by cycle
rollup-col-change = Change
rollup-col-latest-gap = Latest gap
rollup-places = Places and times that recur across communities
# $unsafe_from: the mark from which a place or time counts as unsafe.
rollup-places-intro = Each community as its latest grid in the period marks it; marks are the whole room's (0 safe to 3 very unsafe), and a place or time is unsafe from { $unsafe_from } up.
rollup-no-places = No place was marked in more than one community.
rollup-col-place = Place
rollup-col-highest = Highest mark
rollup-col-when = When
rollup-col-also-named = Also named
rollup-col-time = Time
rollup-col-marking = Communities marking it
rollup-col-unsafe-in = Unsafe somewhere in
rollup-col-mean = Mean mark
# $days: the days a reply is awaited before it counts.
rollup-awaiting = Escalations awaiting a reply for more than { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# One sentence in three parts, the middle in bold: "4 escalations in the
# follow-up ledgers; as of 2026-06-30, " "2 waited longer" " for any reply."
rollup-awaiting-lead = { $n ->
    [one] { $n } escalation
   *[other] { $n } escalations
} in the follow-up ledgers; as of { $date },{ " " }
rollup-awaiting-longer = { $n } waited longer
rollup-awaiting-rest = { " " }for any reply.
rollup-col-raised-with = Raised with
rollup-col-raised-on = Raised on
rollup-col-waiting = Waiting
rollup-col-followed-up = Followed up
# The communities a problem or a place was named in.
rollup-col-where = Where
