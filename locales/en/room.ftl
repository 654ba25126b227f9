# The room's screen: what the wall shows, read from the back of the room
# by people who are not at the keyboard. Short, plain words; every message
# here must fit a projector's coarse grid (about 48×14 to 80×24 cells), so
# a long translation wraps onto a second line rather than being cut.
#
# Variables are described beside each message. $title, $name, $who are
# the session's own words (a problem's title, a group's name) and stay as
# they were typed.

## Every panel

# The small mark in the bottom right corner (the facilitator reads it
# from the laptop): the session is safely on disk.
room-mark-saved = ✓ saved
# …is being written to disk.
room-mark-saving = saving…
# …could not be written (loud: the facilitator must act).
room-mark-not-saved = NOT SAVED
# …was opened read-only.
room-mark-read-only = read-only
# An audience window (`baraza present`) following the file.
room-mark-live = ● live
# An audience window whose file could not be read just now.
room-mark-unreadable = ⚠ file unreadable: last good view, retrying
# An audience window refused a key.
room-mark-shows-only = this window only shows: work in the facilitator's window
# The window is too small to draw the room's screen. $width, $height:
# its size in cells.
room-too-small = enlarge the window ({ $width }×{ $height })
# Bottom left, when a list does not fit: which entries show. $from, $to:
# the first and last shown; $total: how many there are.
room-page = { $from }–{ $to } of { $total }
# Who decides or scores, when no group is chosen.
room-whole-room = the whole room

## A form open over the room's screen (two lines at the bottom)

# $label: the name of the field being typed in; $text: what is typed.
room-typing = ✎ { $label }: { $text }▏
# The field is private (notes, risks…). $label: its name.
room-typing-private = ✎ { $label }: not shown on the room's screen (p after closing the form shows it)
# A form with no field to show.
room-typing-form-open = ✎ a form is open: p after closing it shows the facilitator's screen

## The timer (top right)

# Beside the running timer's digits.
room-timer-left = time left
# Beside a paused timer's digits.
room-timer-paused = paused
# When the time is up (flashes; capitals where the language has them).
room-timer-up = TIME IS UP

## Prepare

# Heading. $people: how many people are in the room (a count).
room-prepare-heading = Who is in the room: { $people ->
    [one] { $people } person
   *[other] { $people } people
}
# When no participant group has been added yet.
room-prepare-empty = No groups yet.
# Under the big total of people.
room-prepare-in-the-room = in the room
# $dots: how many dots each participant places (a count).
room-prepare-dots-each = { $dots ->
    [one] { $dots } { -dot } each
   *[other] { $dots } dots each
}
# One line at the bottom on a small screen. $total: people in the room;
# $dots: the line above ("3 dots each").
room-prepare-total-line = In the room: { $total } · { $dots }

## Identify

# Heading. $problems: how many problems have been named (a count).
room-identify-heading = Security problems named: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
}
room-identify-empty = No problems named yet.

## Rank: dot voting

# Heading in a blind vote (the totals are not shown until revealed).
room-dots-heading-blind = Blind dot vote: totals hidden until revealed
# Heading. $placed: dots placed so far; $budget: dots there are in all.
room-dots-heading = Dot voting: { $placed } of { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dots
}
room-dots-empty = No problems to vote on yet.
# The group voting now. $group: its name; $used: dots it has placed;
# $budget: dots it has.
room-dots-voting-now = Voting now: { $group } — { $used } of { $budget } dots
# Only one group's dots are shown. $group: its name.
room-dots-alone = { $group }'s dots alone
# A blind vote: how many dots a group has placed. $group: its name.
room-dots-placed = { $group } placed
# The legend of the marks beside the ranks.
room-legend-marks = ★ leading · 2= shared rank

## Rank: pairwise

# Heading. $pair: which pair this is; $pairs: how many pairs there are.
room-pairwise-heading = Which matters more? Pair { $pair } of { $pairs }
# Heading when no pair is being decided.
room-pairwise-title = Pairwise ranking
room-pairwise-empty = Pairwise ranking needs two or more problems to compare.
# $who: the group deciding (or "the whole room"); $decided: pairs decided
# so far; $total: pairs there are.
room-pairwise-deciding = Deciding: { $who } · { $decided } of { $total } pairs decided
# Under the problem the room said matters more.
room-pairwise-more = ✓ matters more
# Under both problems when the room said they matter as much.
room-pairwise-same = = as much
# Between the two problems of the pair.
room-pairwise-or = or

## Rank: criteria scoring

room-criteria-title = Criteria scoring
room-criteria-empty = Criteria scoring needs problems and at least one criterion.
# After the criterion's name when it counts more. $weight: its weight.
room-criteria-weight = { " " }(counts ×{ $weight })
# Heading. $criterion: the criterion's name; $weight: the line above or
# nothing; $index: which criterion; $count: how many there are.
room-criteria-heading = Scoring on: { $criterion }{ $weight } · criterion { $index } of { $count }
# $index: which problem; $count: how many; $who: the group scoring.
room-criteria-problem = Problem { $index } of { $count } · scored by { $who }
# The ends of the 1–5 scale.
room-criteria-low = low
room-criteria-high = high
# Under the scale when the groups' scores differ. $mean: their mean ("2.5").
room-criteria-mean = groups' mean: { $mean }
room-criteria-not-scored = not scored yet

## Rank: results

# Heading. $method: how the room ranked (dot voting, pairwise ranking…).
room-results-heading = Results by { $method }: overall and by group
room-results-empty = Nothing ranked yet.
# Above the overall ranks' column.
room-results-overall = overall
# The legend of the marks.
room-results-marks = ◆ disagree most · ★ leading · 2= shared rank

## Rank: breaking a tie at the shortlist's boundary

room-tie-title = Breaking a tie
# $rank: the shared rank.
room-tie-heading = Breaking a tie at rank { $rank }
# $rank: the rank; $how: how it was broken (a run-off vote (5 dots)…).
room-tie-broken = The tie at rank { $rank } was broken by { $how }.
room-tie-none = No tie at the shortlist boundary.
# $problems: how many problems share the rank; $rank: the rank; $places:
# how many of them the shortlist has room for.
room-tie-share = { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} share rank { $rank }; the shortlist has room for { $places } of them.
# Above the three ways to break a tie.
room-tie-how = How the room breaks it:
# The three ways, long (wide screens) and short (narrow ones).
room-tie-way-runoff = a run-off dot vote among the tied problems only
room-tie-way-head-to-head = the head-to-head pairwise result between them
room-tie-way-decision = a decision by the facilitator, with the reason told to the room
room-tie-way-runoff-short = a run-off vote
room-tie-way-head-to-head-short = the head-to-head result
room-tie-way-decision-short = the facilitator's decision
# $dots: dots placed in the run-off so far.
room-tie-runoff = Run-off vote: { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
} so far
# How a tie was broken, in "was broken by …". $dots: the run-off's dots.
room-tie-by-runoff = run-off vote ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dots
})
room-tie-by-head-to-head = head-to-head pairwise result
# $reason: the facilitator's reason, as typed.
room-tie-by-decision = facilitator decision: { $reason }

## Plan

room-plan-title = Action plan
room-plan-empty = No problems to plan for yet.
# Heading. $place: the problem's place on the shortlist; $count: its size.
room-plan-heading = Action plan: priority { $place } of { $count }
room-plan-no-actions = No actions agreed for this problem yet.
# Who leads an action. $who: as typed.
room-plan-who = who: { $who }
room-plan-who-open = who: to agree
# By when. $date: the date in words ("5 Nov 2026").
room-plan-by = by { $date }
room-plan-by-open = by when: to agree

## Monitor

# Heading. $actions: how many actions (a count).
room-monitor-heading = Following up: { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}
room-monitor-empty = No actions agreed yet.
# An action's due date. $date: in words ("5 Nov 2026").
room-monitor-due = due { $date }

## Learn

room-learn-heading = What we learned
room-learn-worked = What worked
room-learn-did-not-work = What did not work
room-learn-lessons = Lessons
room-learn-improvements = Improvements for the next cycle
# When a box's text does not fit. $lines: how many lines are left out.
room-learn-more = ({ $lines ->
    [one] { $lines } more line
   *[other] { $lines } more lines
} on the facilitator's screen)
