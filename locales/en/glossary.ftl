# baraza — English glossary: the method's terms, as the rest of the
# catalogue uses them. The reference for every translation: each language's
# glossary.ftl says the same terms in that language, and its messages use
# them the same way everywhere. Terms (names starting with "-") can be used
# in any message of the same language as { -problem } and so on.
#
# The method: Saferworld's community security cycle (prepare, identify and
# prioritise problems, plan actions, implement and monitor, evaluate and
# learn).

# A security problem the community names (theft at the market, land
# disputes…).
-problem = problem
-problems = problems
# What lies underneath a problem ("no street lights").
-cause = cause
# What a problem leads to ("traders close early").
-effect = effect
# A participant group (women, men, youth, elders, police, local authority).
-group = group
# Each participant places a few dots on the problems that matter most.
-dot = dot
-dot-voting = dot voting
# Every pair of shortlisted problems compared: which matters more, and why.
-pairwise = pairwise ranking
# Each problem scored 1–5 on each criterion (frequency, severity…).
-criteria-scoring = criteria scoring
-criterion = criterion
# The top problems the room takes on to planning.
-shortlist = shortlist
# Two or more problems with the same score; broken only by a recorded
# decision (a run-off vote, the pairwise result, a facilitator's reason).
-tie = tie
-tie-break = tie-break
-run-off = run-off
# What will be done, by whom, with whom, by when.
-action-plan = action plan
-action = action
# How the room will know an action worked.
-indicator = indicator of success
# Following each action over the weeks after the workshop.
-monitor = monitor
-progress-note = progress note
# What worked, what did not, lessons, improvements.
-lessons = lessons
# The cycle's steps, as the stepper names them.
-step-prepare = Prepare
-step-identify = Identify
-step-rank = Rank
-step-plan = Plan
-step-monitor = Monitor
-step-learn = Learn
# The person who runs the workshop.
-facilitator = facilitator
# The open community meeting itself.
-baraza = baraza

## Terms of the score card, where-and-when and the follow-up ledger

# What the room judges a service on, on the score card ("comes when
# called"); not an action's indicator of success.
-card-indicator = indicator
# Where the score card starts from: the community's score before the actions.
-baseline = baseline
# A place as the room names it (the market road, the borehole).
-place = place
# Morning, afternoon, evening, night.
-time-of-day = time of day
# Following up a problem raised beyond the community: to whom, and the replies.
-follow-up = follow-up
# The community score card: the room scores a service, the provider itself.
-score-card = score card
# The service scored (the police post, the chief's office).
-provider = provider
# Where and when insecurity happens: places by times of day or months.
-where-when = where and when
# A problem raised beyond the community (a district committee, the county).
-escalation = escalation
