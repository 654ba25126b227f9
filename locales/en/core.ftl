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
