### baraza — en: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Each message says where it shows and what its variables are.

## The method strip (the top line of every Rank view)

# Before the three methods; the second when M can switch them.
rank-strip-lead = Rank by
rank-strip-lead-key = Rank by (M)
# The three methods, as the strip, the results and the tie-break name them.
rank-method-dots = Dot voting
rank-method-pairwise = Pairwise
rank-method-criteria = Criteria
# One method on the strip. $method: its name (above); $recorded: what it
# has recorded (below, or a bare number where the line is short).
rank-strip-method = { $method }: { $recorded }
# What a method has recorded. $method: dots, pairwise or criteria; $n: how many.
rank-strip-recorded = { $method ->
    [dots] { $n ->
        [one] { $n } { -dot }
       *[other] { $n } dots
    }
    [pairwise] { $n ->
        [one] { $n } pair
       *[other] { $n } pairs
    }
   *[criteria] { $n ->
        [one] { $n } score
       *[other] { $n } scores
    }
}
# Right end of the strip: the key to the results, or back from them.
rank-strip-results = r results
rank-strip-back = r back
# After the line above where there is room.
rank-strip-score-card = S score card

## The shortlist and the tie at its boundary (the footer of every view)

# Who decides or whose ranking: the whole room, not one group.
rank-whole-room = whole room
rank-shortlist-none = No shortlist yet
# $count: problems on the shortlist.
rank-shortlist-count = ★ Shortlist: { $count ->
    [one] { $count } { -problem }
   *[other] { $count } { -problems }
}
# The same, when it is not the top N of this ranking (hand-picked, or
# taken from another method). $n: the N of the top N.
rank-shortlist-count-not-top = ★ Shortlist: { $count ->
    [one] { $count } { -problem }
   *[other] { $count } { -problems }
}, not the top { $n }
# After the line above, the keys that change it. $n: the N of the top N.
rank-shortlist-keys = s takes the top { $n }, [ ] changes { $n }
rank-shortlist-keys-by-hand = s takes the top { $n }, Space picks by hand, [ ] changes { $n }
# The places a tie spans, inside the tie lines below. $first, $last: ranks.
rank-positions-two = positions { $first } and { $last }
rank-positions-range = positions { $first } to { $last }
# Before $positions while one group's ranking is shown: the tie is the room's.
rank-whose-room = whole room:{ " " }
# The top N cuts a tie. $n: the N; $whose: the line above or nothing;
# $positions: "positions 3 and 4".
rank-tie-cut = ! Top { $n }: { $whose }{ $positions } are tied — b breaks the tie
rank-tie-cut-read-only = ! Top { $n }: { $whose }{ $positions } are tied
# A run-off is being voted. $dots: its dots so far; others as above.
rank-tie-runoff = ! Top { $n }: { $whose }{ $positions } are tied — run-off under way ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
}): b goes on
rank-tie-runoff-read-only = ! Top { $n }: { $whose }{ $positions } are tied — run-off under way ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
})
# The tie was broken. $n: the N; $rank: the tied rank; $how: "run-off vote
# (12 dots)", "head-to-head pairwise result", "facilitator decision: …".
rank-tie-broken = ✓ Top { $n }: tie at rank { $rank } broken by { $how }
# An order of problems: "«A», then «B»". $first: the ones before; $next: the next.
rank-then = { $first }, then { $next }
# The legend of groups' dots, when some groups do not fit. $n: how many.
rank-more = +{ $n } more

## Status line: the shortlist

# s before the method has its inputs. $method: dots, pairwise or criteria.
rank-not-ready = { $method ->
    [dots] no dots yet: record the votes first, or pick problems by hand with Space
    [pairwise] the pairwise round is not finished: decide every pair first
   *[criteria] the scoring grid is not full: score every problem on every criterion first
}
# $n: the N of the top N.
rank-shortlist-already = the shortlist is already the top { $n }
rank-shortlist-set-pairwise = shortlist set: pairwise now compares these { $n }; the other pairs decided stay recorded
# ] at the longest. $most: how many problems there are.
rank-shortlist-longest = the shortlist cannot be longer than the { $most } problems
rank-shortlist-shortest = the shortlist takes at least one problem

## Scores as the results and the tie-break show them

# A score with its unit. $method: dots, pairwise or criteria; $n: the
# score when whole (for the plural), else text; $score: it as shown (3, 3½, 13.5).
rank-score = { $method ->
    [dots] { $n ->
        [one] { $score } { -dot }
       *[other] { $score } dots
    }
    [pairwise] { $n ->
        [one] { $score } win
       *[other] { $score } wins
    }
   *[criteria] { $n ->
        [one] { $score } point
       *[other] { $score } points
    }
}

## Status line: who votes, decides, or is looked at

# g with no groups in the session.
rank-no-groups-f1 = No groups yet — add the groups in Prepare first (F1)
# Esc on the question about a tie at the shortlist boundary.
rank-shortlist-left = shortlist left as it was
# A group picked that an undo took away meanwhile.
rank-group-gone = that group is no longer in the session: g picks again
# The group whose dots are counted (also the dot view's heading). $group:
# its name; $used: dots it placed; $budget: its dots in all.
rank-voting = Voting: { $group } — { $used } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
}
# $group: the group whose run-off dots are counted.
rank-runoff-voter = Run-off: { $group } placing dots
# Who decides pairs / gives scores now. $who: a group's name or "whole room".
rank-deciding-who = Deciding: { $who }
rank-scoring-who = Scoring: { $who }
# The results show one group's ranking. $group: its name.
rank-looking-at = Looking at: { $group }'s ranking (who decides is unchanged)
rank-looking-at-room = Looking at: the whole room's ranking (who decides is unchanged)

## The group picker (g): its question, choices and keys

rank-pick-voter = Whose dots are being counted?
rank-pick-runoff-voter = Whose run-off dots are being counted?
rank-pick-decider = Who is deciding now?
rank-pick-viewed = Whose ranking to look at? (changes nothing)
# Choice 0, where the whole room can decide.
rank-pick-room = whole room (all groups together)
# A group when dots are counted. $group: its name; $used, $budget: its dots.
rank-pick-voter-group = { $group } — { $used } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
}
# The picker's bottom line. $first: the first number (0 with the whole room, else 1).
rank-pick-keys = { $first }-9 pick · ↑↓ Enter · Esc

## The question when the top N would cut a tie (s)

# Its title.
rank-boundary-title = Shortlist
# $n: the N; $titles: the tied problems («…», «…»); $rank: their shared
# rank; $tied: how many are tied; $size: the shortlist with them all.
rank-boundary-question = The top { $n } cuts a tie: { $titles } share rank { $rank }. Which of them goes on the shortlist is not for baraza to guess. b breaks the tie now · a includes all { $tied } tied (a shortlist of { $size }) · Esc leaves the shortlist as it is.

## What is missing before ranking (in every view)

rank-no-groups = No groups yet — add the groups in Prepare first (Shift+Tab)
rank-no-problems = No problems yet — name problems in Identify first (Shift+Tab)

## Dot voting: the board

# The chart's title. $order: one of the two below; $group: the group shown alone.
rank-dots-chart-room = Ranking: whole room, all groups · { $order }
rank-dots-chart-group = Ranking: { $group } only · { $order }
rank-dots-sorted = sorted by dots
rank-dots-named = in the order named
# After the chart's title while the rows keep their place.
rank-dots-rows-named = rows in the order named while the tally is typed
rank-dots-rows-held = rows held while this group votes
# The heading while c walks a group's tally. $group: its name; $at: the
# problem reached; $count: problems in all; $used, $budget: its dots.
rank-dots-tally-heading = Tally of { $group }: problem { $at } of { $count } · { $used } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
}
# After the heading, the number being typed. $typed: its digits.
rank-dots-typing = typing { $typed }▏ Enter sets
# After the heading once a group is over its dots. $over: by how many.
rank-dots-over-budget = ! { $over } over budget
# The room's typing strip while a tally is typed: its label.
rank-typing-dots = Dots

## Dot voting: status line and the over-budget question

# A sixth digit. $n: the most digits.
rank-dots-max-digits = at most { $n } digits
# Esc on digits typed.
rank-dots-cleared = digits cleared
# The cursor left a row with digits typed. $typed: the digits.
rank-dots-moved = { $typed } not recorded: the cursor moved before Enter
# Enter with nothing typed.
rank-dots-type-first = type the dots first: 1 4 Enter sets 14
# $group: the group; $count: the number typed; $problem: the problem's title.
rank-dots-already = { $group } already has { $count } on «{ $problem }»
# The y/n question when a typed tally goes over the group's dots. $count:
# the number typed; $problem: the title; $group: the group; $used: its dots
# with this; $budget: its dots in all; $over: by how many.
rank-dots-over-set = { $count } on «{ $problem }» takes { $group } to { $used } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
} — { $over } over budget. Record it anyway?
# The same for one dot (+).
rank-dots-over-add = A dot on «{ $problem }» takes { $group } to { $used } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
} — { $over } over budget. Record it anyway?
# n to the question above.
rank-dots-not-recorded = not recorded: the count is as it was
# c starts a group's tally. $group: its name.
rank-dots-tally-start = Tally of { $group }: type each problem's dots, Enter goes on (Enter alone leaves a count as it is); Esc ends
# The tally's end. $group: its name; $used, $budget: its dots.
rank-dots-tally-done = tally done: { $group } has { $used } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
} — g picks the next group
# - with no dot to take back. $group, $problem: names.
rank-dots-nothing-to-take-back = { $group } has no dot on «{ $problem }» to take back

## Pairwise: status line

# Space with every pair decided. $n: pairs; $who: who decided (a group or "whole room").
rank-pairs-all-decided = all { $n } pairs decided ({ $who }) — r shows the results
# x on a pair not decided.
rank-pair-nothing-to-clear = nothing decided on this pair yet
# The same pick again.
rank-pair-already = already recorded so — Space goes to the next pair
# A reason saved before the pick.
rank-pair-reason-noted = noted — ← → or = records it with the pick
# A round of many pairs. $n: problems; $pairs: pairs.
rank-pairs-long-round = { $n } problems = { $pairs } pairs — a long round for the room
# Why there is no pair to show.
rank-pairs-one-problem = One problem only: pairwise ranking needs two or more
rank-pairs-one-shortlisted = The shortlist has one problem: shortlist more, or a compares every problem
rank-pairs-too-few = Pairwise ranking needs two or more problems
# The room's typing strip while a reason is typed: its label.
rank-typing-why = Why

## Pairwise: the matrix (m)

# Its title. $who: who decides (a group or "whole room").
rank-matrix-title = Pairwise matrix · { $who }
# Top right of the matrix and the results. $decided: pairs decided; $total: pairs.
rank-pairs-decided = { $decided } of { $total ->
    [one] { $total } pair decided
   *[other] { $total } pairs decided
}
# Under the title: how to read a cell, or why the room's wins are the groups'.
rank-matrix-note = Each cell: the number of the problem that matters more · = equal · blank: open
rank-matrix-note-groups = The room decided no pair together: its wins add up every group's decisions
# Column headings right of the grid (short: the numbers under them are).
rank-matrix-wins = wins
rank-matrix-rank = rank

## Pairwise: the pair on screen

# Its title. $who: who decides (a group or "whole room").
rank-pair-title = Pairwise · { $who } deciding
# Top right. $pair: the pair on screen; $total: pairs; $decided: pairs decided.
rank-pair-progress = pair { $pair } of { $total } · { $decided } decided
# Under the title: what the round compares. $n: problems; $pairs: pairs.
rank-comparing-all-no-shortlist = Comparing all problems (no shortlist yet): { $n } problems = { $pairs } pairs
rank-comparing-shortlist = Comparing the shortlist: { $n } problems = { $pairs } pairs
rank-comparing-all = Comparing all problems: { $n } problems = { $pairs } pairs
# After the line above: what a compares instead.
rank-scope-key-all = a: all problems
rank-scope-key-shortlist = a: the shortlist
# Decisions kept from another round. $pairs: pairs decided; $problems: among how many problems.
rank-pairs-outside = ! Also recorded, outside this round: { $pairs ->
    [one] { $pairs } pair decided
   *[other] { $pairs } pairs decided
} among { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} — kept, and counted in the report
# Above the two problems.
rank-pair-question = Which matters more?
# Between the two boxes (7 columns at most).
rank-pair-or = or
# Under the boxes side by side: the keys, and the pick.
rank-pair-this-left = ← this one
rank-pair-this-right = this one →
rank-pair-more = ✓ matters more
# Between the boxes when they tie (7 columns at most).
rank-pair-equal-short = equal
# Between the boxes stacked one over the other, when they tie.
rank-pair-equal = = equal
# Under the boxes stacked.
rank-pair-keys-stacked = ← first · = equal · second →
# Why the room decided so. $reason: as typed.
rank-pair-why-label = Why:
rank-pair-why = Why: { $reason }
rank-pair-why-pending = Why: { $reason }  (recorded with the pick)
rank-pair-no-reason = No reason noted
rank-pair-no-reason-key = No reason noted — Enter to write why
# How the other rounds decided this pair. $others: "Room 1 · Women = · Men –".
rank-pair-others = Others on this pair: { $others }
# The whole room, in the line above.
rank-pair-room = Room

## Criteria scoring: the grid

# Its title. $who: who gives the scores (a group or "whole room").
rank-criteria-title = Criteria scoring · { $who } scoring
# Top right. $scored: cells scored; $cells: cells in all.
rank-criteria-scored = { $scored } of { $cells ->
    [one] { $cells } cell scored
   *[other] { $cells } cells scored
}
# With no criterion yet (read-only, then with the key).
rank-criteria-none = No criteria yet
rank-criteria-none-examples = No criteria yet — a adds one (e.g. Frequency, Severity, People affected)
# The cell under the cursor, above the grid. $criterion: its name;
# $weight: its weight; $problem: the problem's title.
rank-criteria-cell = { $criterion } (weight ×{ $weight }) — 1 low … 5 high · «{ $problem }»
# Above the footer, when groups scored and the room is shown.
rank-criteria-mean-note = Whole room: a cell the room did not score itself shows the groups' mean
# Column headings (Total and Rank are short: numbers stand under them).
rank-criteria-col-problem = Problem
rank-criteria-col-total = Total
rank-criteria-col-rank = Rank

## Criteria scoring: status line, the question and the form

# A score key with no criterion.
rank-criteria-none-key = No criteria yet — a adds one (e.g. Severity)
# x on a cell not scored. $who: a group or "whole room".
rank-criteria-nothing-to-clear = { $who } gave no score here to clear
# The y/n question on d. $name: the criterion; $scores: its scores.
rank-criteria-ask-delete = { $scores ->
    [0] Delete the criterion «{ $name }»? (u brings it back)
    [one] Delete the criterion «{ $name }»? Its one score goes with it. (u brings it back)
   *[other] Delete the criterion «{ $name }»? Its { $scores } scores go with it. (u brings it back)
}
# The form's title. $name: the criterion.
rank-criteria-form-edit = Criterion «{ $name }»
rank-criteria-form-add = Add a criterion
rank-criteria-field-name = Name
rank-criteria-field-name-help = as the room says it, e.g. «Affects children»
rank-criteria-field-weight = Weight
rank-criteria-field-weight-help = how much it counts: 2 counts twice as much as 1 (1 to 10)
# Why the form cannot be saved. $name: the name typed.
rank-criteria-name-empty = Name: a criterion needs a name
rank-criteria-name-taken = Name: «{ $name }» is already a criterion
# After adding one criterion too many. $n: criteria now.
rank-criteria-many = { $n } criteria: scoring takes longer (3 to 5 is usual)

## Results (r)

# Its title. $method: the method's name; $who: "whole room"; $group: the
# group whose ranking is looked at.
rank-results-title = Results · { $method } · { $who }
rank-results-title-group = Results · { $method } · looking at { $group }
# Nothing recorded by the method. $method: dots, pairwise or criteria.
rank-results-none = { $method ->
    [dots] No dots recorded yet — r goes back to record them
    [pairwise] No pair decisions recorded yet — r goes back to record them
   *[criteria] No scores recorded yet — r goes back to record them
}
# The group looked at recorded nothing. $group: its name; $method: as above.
rank-results-group-none = { $method ->
    [dots] { $group } recorded no dots — g shows another group
    [pairwise] { $group } recorded no pair decisions — g shows another group
   *[criteria] { $group } recorded no scores — g shows another group
}
# Over the chart. $group: the group looked at.
rank-results-overall = Overall ranking
rank-results-group-ranking = { $group }'s ranking
# Over the chart while the method's inputs are not complete. $decided: "3 of 6 pairs decided".
rank-results-so-far-groups = So far: the groups' rounds together, none finished
rank-results-so-far-pairs = So far: { $decided }
rank-results-so-far-scores = So far: not every problem is scored on every criterion
# The table's heading.
rank-results-groups-ranks = Each group's ranks
# Under the table: what its marks mean.
rank-results-legend = – recorded nothing
rank-results-legend-disagree = ◆ groups disagree most · – recorded nothing
# Under the chart, for each tie broken. $rank: the tied rank; $how: how
# ("run-off vote (12 dots)"…); $order: «A», then «B».
rank-results-tie-note = † tie at rank { $rank } broken by { $how }: { $order }

## Tie-break (b): status line

# b with the tie already broken. $broken: "Top 3: tie at rank 3 broken by …".
rank-tie-nothing-to-break = nothing to break: { $broken }
# b before the method has its inputs. $method: dots, pairwise or criteria.
rank-tie-nothing-recorded = { $method ->
    [dots] no tie to break: nothing recorded for dot voting yet
    [pairwise] no tie to break: nothing recorded for pairwise ranking yet
   *[criteria] no tie to break: nothing recorded for criteria scoring yet
}
# b with no tie at the boundary. $n: the N of the top N.
rank-tie-none-top = no tie at the boundary of the top { $n }
# A key in the tie-break after the tie went (an undo).
rank-tie-gone = no tie at the shortlist boundary now
rank-runoff-needs-groups = a run-off needs the groups who vote: add them in Prepare
# 2 when the pairs cannot decide. $why: one of the two below.
rank-head-to-head-none = no head-to-head result: { $why } in pairwise ranking
# $n: pairs among the tied problems not decided.
rank-head-to-head-open = { $n ->
    [one] { $n } pair among them undecided
   *[other] { $n } pairs among them undecided
}
rank-head-to-head-circle = their pairwise results go round in a circle or tie
# More run-off dots than the group has people. $group: its name; $used:
# its run-off dots; $people: how many people it has.
rank-runoff-many-dots = { $group }: { $used } run-off dots for { $people } people — one each is usual (recorded)
# - with no run-off dot to take back. $group, $problem: names.
rank-runoff-nothing-to-take-back = { $group } has no run-off dot on «{ $problem }» to take back
rank-runoff-none-yet = no run-off dots yet: + places one
rank-runoff-none-to-drop = no run-off dots to drop
# The y/n question on d. $dots: the run-off's dots.
rank-runoff-ask-drop = Drop this run-off and its { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
}? (u brings them back)

## Tie-break: choosing the way

# The heading when there is no tie (after an undo).
rank-tie-title = Breaking a tie
rank-tie-gone-esc = No tie at the shortlist boundary now — Esc goes back
# The heading. $rank: the tied rank; $method: the method's name.
rank-tie-heading = Break the tie at rank { $rank } · { $method }
# Top right of the tie-break's first step.
rank-tie-esc-back = Esc back
# Under the heading. $n: the N; $tied: problems tied; $rank: their rank;
# $score: their score with its unit ("12 dots"); $places: places they share.
rank-tie-intro = The top { $n } cuts through a tie: { $tied } problems share rank { $rank } with { $score } each, for { $places ->
    [one] { $places } place
   *[other] { $places } places
}.
rank-tie-how = How will the room break it?
# The three ways, each with a detail after it.
rank-way-runoff = Run-off dot vote among them
rank-way-head-to-head = Head-to-head pairwise result
rank-way-decision = Facilitator decision
rank-way-runoff-detail = each participant one dot, on these only
# $how: "run-off vote (4 dots)".
rank-way-runoff-under-way = under way: { $how } so far
# $order: «A», then «B».
rank-way-head-to-head-gives = gives { $order }
# $why: "1 pair among them undecided" or the circle line above.
rank-way-head-to-head-none = no result: { $why }
rank-way-decision-detail = the order, with the reason told to the room
# Two problems still level: "«A» and «B»". $first: the ones before; $next: the next.
rank-and = { $first } and { $next }
# The problems a run-off leaves level. $problems: the line above; $dots: each one's dots.
rank-still-level = { $problems } ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
} each)

## Tie-break: the run-off

# The heading. $rank: the tied rank; $group: the group placing dots.
rank-runoff-heading = Run-off at rank { $rank } · { $group } placing dots
rank-runoff-heading-no-group = Run-off at rank { $rank } · no group
# Top right.
rank-runoff-one-each = one dot each
rank-runoff-empty = No run-off dots yet: + places one for the selected problem
# $order: «A», then «B».
rank-runoff-confirm = Enter confirms the order: { $order }
# Enter on a run-off still tied. $level: "«A» and «B» (4 dots each)".
rank-runoff-still-tied = Still tied: { $level } — more dots (+), or Esc and 3: the facilitator decides from the run-off's order (d drops the run-off)

## Tie-break: the facilitator's decision (the form)

# Its title. $rank: the tied rank.
rank-decision-title = Decide the tie at rank { $rank }
# A place's field. $rank: the place.
rank-decision-place = Rank { $rank }
rank-decision-place-help = ←/→ picks the problem for this place; each once
rank-decision-place-help-runoff = ←/→ picks the problem for this place; the run-off's order is filled in
rank-decision-reason = Reason
rank-decision-reason-help = what the room is told, e.g. «the chief can act on it now»
# The reason's start after a run-off left a tie (the facilitator goes on
# from it). $dots: the run-off's dots; $level: "«A» and «B» (4 dots each)".
rank-decision-reason-start = the run-off ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
}) left { $level } level
# Why the form cannot be saved. $problem: a title.
rank-decision-placed-twice = «{ $problem }» is placed twice: each problem once
rank-decision-reason-empty = Reason: the room hears why — write it in a few words

## Scrolling

# Top right of a chart or list that does not fit. $from, $to: the rows in
# view; $total: rows in all.
rank-range = { $from }–{ $to } of { $total }
