### baraza — en: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Each message says where it shows and what its variables are.

## Where and when: the words of the model (panel, room's screen, reports)

# A view of time: the title of the grid, the wall's heading, `m`'s message.
ww-clock-day = times of day
ww-clock-season = months
# A time band's name, over a column of the grid and the reports' tables.
# $band: morning, afternoon, evening, night or month; $month: the month's
# number (1–12) when $band is month.
ww-band = { $band ->
    [morning] morning
    [afternoon] afternoon
    [evening] evening
    [night] night
   *[month] { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
}
# The same in at most five cells for a time of day, three for a month (the
# seasonal grid's narrow columns). $band, $month: as above.
ww-band-short = { $band ->
    [morning] morn.
    [afternoon] aftn.
    [evening] even.
    [night] night
   *[month] { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
}
# When, as a sentence says it ("«the borehole» at night"). $band, $month: as
# above.
ww-when = { $band ->
    [morning] in the morning
    [afternoon] in the afternoon
    [evening] in the evening
    [night] at night
   *[month] in { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
}
# What a mark means, as the room hears it. $level: 0 to 3.
ww-level = { $level ->
    [0] safe
    [1] a little unsafe
    [2] unsafe
   *[3] very unsafe
}
# The heading of the column of places (grid, wall, reports).
ww-map-place = Place
# The heading of the whole room's grid. $groups: how many groups marked.
ww-map-whole-room = Whole room ({ $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
})
# After the cell in words: the whole room's mean. $level: it ("2.3").
ww-whole-room = whole room { $level }

## Where and when, the facilitator's view of Identify (w)

# Title. $clock: the view shown (ww-clock-…); $other: the view m shows.
ww-title = Where and when · { $clock } (m: { $other })
# …with the group marking. $group: its name.
ww-title-marking = Where and when · { $clock } (m: { $other }) · marking: { $group } (g)
# m pressed. $clock: the view now shown.
ww-showing = showing { $clock }
# g, or a digit, with no groups.
ww-no-groups = No groups yet — add the groups in Prepare first (F1)
# g pressed. $group: the group now marking.
ww-marking = Marking: { $group }
# A key that needs a place, with none.
ww-no-places = No places yet — a adds one, named as the room names it (the market road, the borehole)
# The view with no places (the room has not named any).
ww-empty = No places yet — a adds one, named as the room names it (the market road, the borehole, the matatu stage); then each group marks how unsafe it is at each time
# …opened read-only.
ww-empty-read-only = No places named yet
# The cell under the cursor in words. $name: the place; $when: ww-when;
# $group: the group; $level: its mark (0–3); $word: what it means (ww-level).
ww-detail-mark = ▶ «{ $name }» { $when } — { $group }: { $level } ({ $word })
# …the group has not marked it.
ww-detail-not-marked = ▶ «{ $name }» { $when } — { $group }: not marked yet
# …no group in the room.
ww-detail-no-group = ▶ «{ $name }» { $when } — no group
# Under the grid: what the shades mean.
ww-legend = ▓ 3 very unsafe · ▒ 2 unsafe · ░ 1 a little · · 0 safe · blank: not marked
# The window too narrow for any grid.
ww-widen = widen the window to see the grid
# Delete on a mark the group has not made. $group, $name (the place), $when.
ww-not-marked = { $group } has not marked «{ $name }» { $when }
# d: the question. $name: the place; $marks: how many marks go with it.
ww-ask-delete = { $marks ->
    [0] Delete the place «{ $name }»? (u brings it back)
    [one] Delete the place «{ $name }»? Its one mark goes with it. (u brings it back)
   *[other] Delete the place «{ $name }»? Its { $marks } marks go with it. (u brings it back)
}
# The place form's title, adding.
ww-form-add-place = Add a place
# …renaming. $name: the place.
ww-form-place = Place «{ $name }»
# Its field and the field's help.
ww-field-place = Place
ww-field-place-help = as the room names it: «the railway footpath», «Kianda water kiosk»
# Why the name is not taken: none typed; another place has it ($name).
ww-place-empty = Place: a place needs a name
ww-place-taken = Place: there is a place «{ $name }» already
# The mark form's title. $group, $name (the place), $when: as above.
ww-form-mark = { $group }: «{ $name }» { $when }
# Its fields and the help of the problems'.
ww-field-unsafe = Unsafe
ww-field-problems = Problems
ww-field-problems-help = the problems that happen here at this time (Space ticks)

## Where and when on the room's screen

# Heading. $clock: the view shown (ww-clock-…).
ww-room-heading = Where and when insecurity happens · { $clock }
# No places.
ww-room-empty = No places named yet.
# The cell the facilitator is on. $name: the place; $when: ww-when; $group:
# the group marking; $mark: ww-room-level or ww-room-not-marked.
ww-room-cell = ▶ { $name } { $when } — { $group }: { $mark }
# $level: the mark (0–3); $word: what it means (ww-level).
ww-room-level = { $level } ({ $word })
ww-room-not-marked = not marked yet
# Under the map: what the shades mean.
ww-room-legend = ▓ 3 very unsafe · ▒ 2 unsafe · ░ 1 a little · · 0 safe
# The wall too narrow for the map.
ww-room-widen = Widen the window to see the map.

## Where and when in the reports (Markdown, HTML)

report-ww-heading = Where and when
report-ww-intro = Each group marked how unsafe each place is at each time: 0 safe, 1 a little, 2 unsafe, 3 very unsafe (▓ 3, ▒ 2, ░ 1, · 0; blank: not marked). The whole room's mark is the mean of the groups that marked the cell, each group counting once.
# A sub-heading. $clock: day or season.
report-ww-by = { $clock ->
    [day] By times of day
   *[season] By months of the year
}
# A grid's caption: the whole room's, a group's ($group). $clock: as above.
report-ww-room-grid = { $clock ->
    [day] Whole room, times of day
   *[season] Whole room, months of the year
}
report-ww-group-grid = { $clock ->
    [day] { $group }, times of day
   *[season] { $group }, months of the year
}
# Before the list of the cells marked highest.
report-ww-hottest = Marked highest by the whole room:
# One of them. $place: its name; $band: the time (ww-band).
report-ww-hot-spot = { $place }, { $band }
# No marks at all. $places: the places named, as a list.
report-ww-not-marked = Places named, not marked yet: { $places }.

## The follow-up ledger: the words of the model (panel, room's screen, reports)

# What came back, as the reply form offers it and the lists show it.
ledger-kind-no-reply = no reply
ledger-kind-reply = reply
ledger-kind-action = action taken
ledger-kind-done = done
# Where an escalation stands (the wall's counts, the reports' Stands column).
ledger-standing-awaiting-reply = awaiting a reply
ledger-standing-awaiting-action = replied, awaiting action
ledger-standing-in-action = action under way
ledger-standing-done = done
# Where it stands, short enough for the 26-cell Stands column. $days: how
# many days it has waited for a reply / for an action since the reply, or
# took to done; $day: the day of the first action.
ledger-stands-awaiting-reply = no reply · { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ledger-stands-awaiting-action = reply · no action { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ledger-stands-in-action = ▶ first action day { $day }
ledger-stands-done = ✓ done in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# How long it has waited, or took (under its replies; the reports' Waiting
# column). $days: the days.
ledger-waited-done = done after { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ledger-waited-in-action = first action after { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ledger-waited-awaiting-action = replied, no action for { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ledger-waited-awaiting-reply = waiting { $days ->
    [one] { $days } day
   *[other] { $days } days
} for a reply
# A date of the wall's lines without its year ("5 Nov"): strftime, as
# date-short in core.ftl.
date-day-month = %-d %b

## The follow-up ledger, the facilitator's view of Monitor (f)

# Title. $awaited: how many are still awaited; $done: how many are done.
ledger-title = Follow-up of escalations · { $awaited } still awaited · { $done } done
# Nothing escalated (the view, and a key that needs an escalation).
ledger-empty = Nothing escalated yet — a records a problem raised beyond the community: to whom, and when; n then records each reply, or that none came
ledger-empty-read-only = Nothing escalated in this session
ledger-nothing-yet = Nothing escalated yet — a records a problem raised beyond the community
# The table's headings (and the reports').
ledger-col-problem = Problem
ledger-col-to = Raised with
ledger-col-raised = Raised on
ledger-col-stands = Stands
# Over the selected one's replies. $problem: its title; $to: to whom it
# went; $raised: the day (ISO).
ledger-detail-rule = ── «{ $problem }» · { $to } · raised { $raised }{ " " }
# No reply recorded yet.
ledger-no-replies = nothing recorded since it was raised — n records a reply, or that none came
# Under its replies. $first: days to the first action; $done: days to done.
ledger-days-done = first action after { $first ->
    [one] { $first } day
   *[other] { $first } days
} · done after { $done ->
    [one] { $done } day
   *[other] { $done } days
}
ledger-days-acting = first action after { $first ->
    [one] { $first } day
   *[other] { $first } days
} · not done yet
# d: the question. $problem, $to: as above; $replies: how many go with it.
ledger-ask-delete = { $replies ->
    [0] Delete the escalation of «{ $problem }» to { $to }? (u brings it back)
    [one] Delete the escalation of «{ $problem }» to { $to }? Its one reply goes with it. (u brings it back)
   *[other] Delete the escalation of «{ $problem }» to { $to }? Its { $replies } replies go with it. (u brings it back)
}
# a with no problems named.
ledger-no-problems = No problems yet — name them in Identify (F2), then escalate one here
# The escalation form's title: new, or editing one ($problem: its title).
ledger-form-raise = Raised beyond the community
ledger-form-escalation = Escalation of «{ $problem }»
# Its fields and their help.
ledger-field-problem = Problem
ledger-field-to = To whom
ledger-field-to-help = the office or committee, not a person's name
ledger-field-raised = Raised on
# Offered in To whom (typed as they read when picked).
ledger-body-district-committee = District security committee
ledger-body-sub-county-committee = Sub-county security committee
ledger-body-county-commander = County commander
ledger-body-county-commissioner = County commissioner
ledger-body-gender-office = County gender office
ledger-body-interior = Ministry of Interior
# Why the form is not taken: nobody named; a date after today ($day, $today,
# ISO); the raised date after a reply ($day); a reply before the problem was
# raised ($day, $raised).
ledger-to-empty = To whom: say to whom the problem went
ledger-date-future = Date: { $day } is after today ({ $today }); the ledger records what happened
ledger-raised-after-reply = Raised on: { $day } is after a reply already recorded
ledger-date-before-raised = Date: { $day } is before the problem was raised ({ $raised })
# The reply form's title. $to: to whom; $problem: the problem's title.
ledger-form-reply = What came back from { $to } on «{ $problem }»
# Its fields and their help.
ledger-field-date = Date
ledger-field-what = What
ledger-field-what-help = no reply: followed up, nothing came back; done: nothing more awaited
ledger-field-note = Note
ledger-field-note-help = what was said or done, by whom (optional)
# The escalation was deleted while its form was open.
ledger-gone = that escalation is gone
# The status line when a session opens with escalations from the last cycle
# still awaited. $problem: the first's title; $to: to whom; $stands: where
# it stands (ledger-stands-…); $more: how many others.
ledger-still-awaited = { $more ->
    [0] Still awaited from the last cycle: «{ $problem }» ({ $to }, { $stands }) — f in Monitor (F5) follows up
   *[other] Still awaited from the last cycle: «{ $problem }» ({ $to }, { $stands }) and { $more } more — f in Monitor (F5) follows up
}

## The follow-up ledger on the room's screen

# Heading. $awaited: how many are still awaited.
ledger-room-heading = Following up what was raised: { $awaited } still awaited
ledger-room-empty = Nothing raised beyond the community yet.
# Under the big counts (four columns share 76 cells at 80×24: short).
ledger-room-await-reply = await a reply
ledger-room-await-action = await action
ledger-room-under-way = under way
ledger-room-done = done
# Under each escalation's title. $to: to whom; $since: the day raised, in
# words; $stands: where it stands (ledger-stands-…).
ledger-room-detail = to { $to } since { $since } · { $stands }

## The follow-up ledger in the reports (Markdown, HTML)

report-ledger-heading = Follow-up of escalations
# The summary, in three parts: this, then (in bold) report-ledger-awaited,
# then report-as-of-date. $n: how many problems were raised.
report-ledger-raised = { $n ->
    [one] { $n } problem
   *[other] { $n } problems
} raised beyond the community;{ " " }
# $n: how many are still awaited (in bold).
report-ledger-awaited = { $n } still awaited
# The table's headings beyond the panel's (ledger-col-…).
report-ledger-col-no = No.
report-ledger-col-first-reply = First reply
report-ledger-col-days-to-action = Days to first action
report-ledger-col-days-to-done = Days to done
report-ledger-col-waiting = Waiting
# A problem carried from an earlier cycle. $problem: its title.
report-ledger-inherited = { $problem } (from an earlier cycle)
# Over an escalation's replies. $problem: its title; $to: to whom.
report-ledger-replies-heading = «{ $problem }», raised with { $to }

## The score card: the words of the model (panel, room's screen, reports)

# The scales the room scores on (the settings form; the reports' note).
card-scale-hundred = 0–100, like a teacher's mark
card-scale-five = 1–5, very poor to very good
# The provider while the room has not named it.
card-provider = Provider
# The table's headings (panel, wall; Indicator, Gap and Mean in the
# reports): at most 5 cells for the short community's and the gap's.
card-col-indicator = Indicator
card-col-community-short = Comm.
card-col-gap = Gap
card-mean = Mean
# The provider's column headed by a letter (its name in the legend).
card-col-provider-short = P
# Under the table. $big: the biggest gaps' mark (◆); $planned: the mark of
# an action planned on a gap (→).
card-legend = { $big } biggest gaps · { $planned } action planned · gap = community − provider
# …where that does not fit (the wall).
card-legend-short = { $big } biggest gaps · { $planned } action planned

## The score card, the facilitator's view of Rank (S)

# Title. $provider: who is scored; $scale: 0–100 or 1–5.
card-title = Score card · { $provider } · { $scale }
# Beside it. $scored: the scores given; $cells: the cells of the card.
card-scored = { $scored } of { $cells } scored
# No indicators yet (the view, and a key that needs one).
card-empty = No indicators yet — I adds the starter set for police services (responsiveness, respect, fairness to women and to youth, honesty, visibility…), a one in the room's own words, o names who is scored
card-empty-read-only = No indicators yet
card-no-indicators = No indicators yet — I adds the starter set for police services, a one of the room's own
# The cell under the cursor in words. $name: the indicator; $who: the group
# or the provider; $score: the score; $reason: the reason given.
card-detail-reason = ▶ «{ $name }» — { $who }: { $score } · “{ $reason }”
card-detail-score = ▶ «{ $name }» — { $who }: { $score } (e gives the reason)
card-detail-unscored = ▶ «{ $name }» — { $who }: not scored yet
# Digits typed, then the cursor moved. $typed: the digits.
card-moved = { $typed } not recorded: the cursor moved before Enter
# I with every starter indicator on the card.
card-starter-complete = the card has every indicator of the starter set
# A digit too many. $n: the most a score has.
card-max-digits = a score has at most { $n } digits
# Esc with digits typed.
card-digits-cleared = digits cleared
# Enter on digits outside the scale. $typed: them; $min, $max: the scale.
card-out-of-scale = { $typed } not recorded: a score is from { $min } to { $max } on this card
# Delete on a cell with no score. $who: the group or provider; $name: the
# indicator.
card-nothing-to-clear = { $who } gave no score on «{ $name }» to clear
# d: the question. $name: the indicator; $scores: how many go with it.
card-ask-delete = { $scores ->
    [0] Delete the indicator «{ $name }»? (u brings it back)
    [one] Delete the indicator «{ $name }»? Its one score goes with it. (u brings it back)
   *[other] Delete the indicator «{ $name }»? Its { $scores } scores go with it. (u brings it back)
}
# The score form's title. $who, $name: as above.
card-form-score = { $who } on «{ $name }»
# Its fields and their help (one per scale).
card-field-score = Score
card-field-score-help-hundred = 0 to 100, like a teacher's mark
card-field-score-help-five = 1 very poor … 5 very good
card-field-reason = Reason
card-field-reason-help = why the group gives this score, in its own words
# The indicator form's title: adding, or rewording ($name).
card-form-add-indicator = Add an indicator
card-form-indicator = Indicator «{ $name }»
card-field-indicator = Indicator
card-field-indicator-help = what the room judges the service on, e.g. «Comes when called at night»
# Why the name is not taken: none typed; another indicator has it ($name).
card-indicator-empty = Indicator: an indicator needs a name
card-indicator-taken = Indicator: there is an indicator «{ $name }» already
# The settings form (o).
card-form-settings = The score card
card-field-provider = Provider
card-field-provider-help = the service scored, which scores itself: «Kibera police post»
card-field-scale = Scale
card-field-scale-help = chosen before the first score
card-scale-locked = Scale: it is chosen before the first score (clear the scores to change it)
# P with no problem to plan for.
card-action-no-problem = An action belongs to a problem: name one in Identify first (F2)
# The action form's title (P). $name: the indicator.
card-form-action = Action on the gap «{ $name }»
# The indicator of success the action form starts with: the baseline it is
# measured from. $name: the indicator; $score: the community's mean; $gap:
# the gap, signed.
card-measure-gap = community's score on «{ $name }» up from { $score } (gap { $gap })
card-measure = community's score on «{ $name }» up from { $score }
card-measure-next = community's score on «{ $name }» up next cycle
# The action saved. $name: the indicator.
card-action-planned = action planned on the gap «{ $name }»: it is in Plan (F4)

## The score card on the room's screen

# Heading. $provider: who is scored.
card-room-heading = Score card: the community and { $provider }, side by side
# No indicators (the wall; the reports too).
card-room-empty = No indicators agreed yet.
# An indicator's scores in a line. $community: the community's mean;
# $provider: who is scored; $score: its own score; $gap: the gap, signed.
card-room-scores = community { $community } · { $provider } { $score } · gap { $gap }
# Under the big digits: the community's ($groups: how many groups), the gap's
# (with $big, the mark, when among the biggest).
card-room-community = community ({ $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
})
card-room-gap = gap
card-room-gap-biggest = { $big } gap, among the biggest

## The score card in the reports (Markdown, HTML)

# Heading. $provider: who is scored.
report-card-heading = Score card: { $provider }
# Under it. $scale: the scale (card-scale-…); $provider: as above; $mark:
# the biggest gaps' mark (◆); $n: how many biggest gaps are marked.
report-card-intro = Scored { $scale }. The community's mean is the mean of the groups that scored an indicator, each group counting once; the gap is that mean minus { $provider }'s own score (a negative gap: the provider thinks better of itself than the community does). { $mark } marks the { $n } biggest gaps (more when the third is shared).
# The table's columns of the community's mean and of the gap (the panel's
# heading is short; a report has the room for the whole word).
report-card-col-community = Community
report-card-col-gap = Gap
# Anonymised copies.
report-card-reasons-left-out = The reasons given for scores are left out of anonymised copies.
report-card-reasons = Reasons given
report-card-gap-actions = Actions planned on the gaps
