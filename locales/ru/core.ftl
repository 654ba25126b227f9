### baraza — русский: ядро (даты, числа, статусы, правила).
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Между элементами списка.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Десятичная запятая («2,5»).
decimal-separator = ,
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# «5 ноя 2026», «5 ноября 2026 г.», «Четверг» (названия месяцев в
# родительном падеже берутся из таблиц chrono).
date-short = %-d %b %Y
date-long = %-d %B %Y г.
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
status-planned = намечено
status-in-progress = в работе
status-done = выполнено
status-stalled = застряло
status-dropped = отменено
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
