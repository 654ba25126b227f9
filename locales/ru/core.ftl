### baraza — русский: ядро (даты, числа, статусы, правила).
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.

## Как по-русски пишутся списки, числа и даты

# Между элементами списка.
list-separator = {", "}
# Десятичная запятая («2,5»).
decimal-separator = ,
# «5 ноя 2026», «5 ноября 2026 г.», «Четверг» (названия месяцев в
# родительном падеже берутся из таблиц chrono).
date-short = %-d %b %Y
date-long = %-d %B %Y г.
date-weekday = %A

## Слова ядра для экранов и отчётов (шаги, статусы мероприятия, методы)

stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
status-planned = запланировано
status-in-progress = в работе
status-done = выполнено
status-stalled = застопорилось
status-dropped = отменено
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
