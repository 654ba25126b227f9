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
