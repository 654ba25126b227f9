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
# The export log and the retention rule's purge records, as the status
# line and the reports describe them. $format: Markdown, HTML or CSV (as
# the file has it); $table: a CSV table's name; $n: how many tables.
record-report = отчёт { $format }
record-report-table = отчёт { $format } ({ $table })
record-report-tables = отчёт { $format } ({ $n } { $n ->
    [one] таблица
    [few] таблицы
   *[other] таблиц
})
# $report: one of the record-report messages.
record-anonymised = { $report }, обезличенный
# $to: the file's name, "standard output", or record-to-more.
record-export = { $report }, в { $to }
# $first: the first file's name; $n: how many more.
record-to-more = { $first } и ещё { $n }
# Between two records written by one change (each has commas of its own).
record-and-then = { $first }; { $next }
# What a purge took. $fields: the record-field- messages (one, or as
# record-fields-and joins them); $date: the day (ISO, as in the file).
record-purge = { $fields } до { $date }
# $rest: the fields before the last, as a list; $last: the last one.
record-fields-and = { $rest } и { $last }
record-field-context = заметки о контексте
record-field-progress-notes = тексты заметок о ходе работы
record-field-descriptions = описания проблем
record-field-reasons = причины решений
record-field-risks = риски действий
record-field-lessons = уроки
# The rules a value breaks: the status line when a change is refused,
# `baraza check` (in English). $min, $max: numbers; $name: as typed;
# $hours: a number of hours.
rule-no-title = у сессии должен быть заголовок
rule-no-group-name = у группы должно быть название
rule-too-many-people = в группе не больше { $max } человек
rule-group-name-taken = группа «{ $name }» уже есть
rule-dots = точек на участника от { $min } до { $max }
rule-no-problem-title = у проблемы должен быть заголовок
rule-no-criterion-name = у критерия должно быть название
rule-weight = вес критерия от { $min } до { $max }
rule-score = оценка от { $min } до { $max }
rule-shortlist = в короткий список входит хотя бы одна проблема
rule-consent-too-long = отметка о согласии не длиннее { $max } знаков
rule-worked = время работы над панелью не больше { $hours } часов
rule-timer = таймер идёт от 1 секунды до { $hours } часов
rule-no-indicator-name = у показателя должно быть название
rule-indicator-name-taken = показатель «{ $name }» уже есть
rule-card-score = здесь оценка от { $min } до { $max }
rule-no-place-name = у места должно быть название
rule-place-name-taken = место «{ $name }» уже есть
rule-intensity = небезопасность отмечается от 0 (безопасно) до { $max }
rule-month = месяц от 1 до { $max }
rule-no-recipient = укажите, кому передана проблема
rule-reply-before-raised = ответ не может прийти раньше, чем проблема была передана

## How a change reads: the status line after a change, after "undone: " and
## "redone: " (the audit log in the file stays English)

change-quoted = «{ $text }»
change-the-room = всё собрание
change-removed-criterion = (удалённый критерий)
change-added = { $noun ->
    [group] добавлена группа: { $name }
    [criterion] добавлен критерий: { $name }
    [problem] добавлена проблема: «{ $name }»
    [action] добавлено мероприятие: «{ $name }»
    [indicator] добавлен индикатор: «{ $name }»
    [place] добавлено место: «{ $name }»
   *[other] добавлено: «{ $name }»
}
change-deleted = { $noun ->
    [group] удалена группа: { $name }
    [criterion] удалён критерий: { $name }
    [problem] удалена проблема: «{ $name }»
    [action] удалено мероприятие: «{ $name }»
    [indicator] удалён индикатор: «{ $name }»
    [place] удалено место: «{ $name }»
   *[other] удалено: «{ $name }»
}
change-edited = { $noun ->
    [group] изменена группа: { $name }
    [criterion] изменён критерий: { $name }
    [problem] изменена проблема: «{ $name }»
    [action] изменено мероприятие: «{ $name }»
    [indicator] изменён индикатор: «{ $name }»
    [place] изменено место: «{ $name }»
   *[other] изменено: «{ $name }»
}
change-moved = { $noun ->
    [group] группа перемещена на место { $position }: { $name }
    [criterion] критерий перемещён на место { $position }: { $name }
    [problem] проблема перемещена на место { $position }: «{ $name }»
    [action] мероприятие перемещено на место { $position }: «{ $name }»
    [indicator] индикатор перемещён на место { $position }: «{ $name }»
    [place] место перемещено на позицию { $position }: «{ $name }»
   *[other] перемещено на место { $position }: «{ $name }»
}
change-deleted-unknown = { $noun ->
    [group] группа удалена
    [criterion] критерий удалён
    [problem] проблема удалена
    [action] мероприятие удалено
    [indicator] индикатор удалён
    [place] место удалено
   *[other] удалено
}
change-moved-unknown = { $noun ->
    [group] группа перемещена
    [criterion] критерий перемещён
    [problem] проблема перемещена
    [action] мероприятие перемещено
    [indicator] индикатор перемещён
    [place] место перемещено
   *[other] перемещено
}
change-problems-added = { $n ->
    [one] добавлена { $n } проблема: { $titles }
    [few] добавлены { $n } проблемы: { $titles }
    [many] добавлено { $n } проблем: { $titles }
   *[other] добавлено { $n } проблемы: { $titles }
}
change-merged = «{ $gone }» объединена с «{ $kept }»
change-problem-new-category = проблема изменена: «{ $title }», новая категория «{ $category }»
change-escalation-flagged = { $mark } «{ $title }» требует действий на уровне района/страны
change-escalation-unflagged = «{ $title }» больше не требует действий на уровне района/страны
change-resolved = { $mark } «{ $title }» отмечена как решённая
change-open-again = «{ $title }» снова открыта (не решена)
change-dot-added = точка за «{ $problem }» от группы { $group }
change-dot-removed = точка снята с «{ $problem }» ({ $group })
change-dot-removed-unknown = точка снята
change-dots-restored = { $n ->
    [one] восстановлена { $n } точка
    [few] восстановлены { $n } точки
    [many] восстановлено { $n } точек
   *[other] восстановлено { $n } точки
}
change-dots-removed = { $n ->
    [one] снята { $n } точка
    [few] сняты { $n } точки
    [many] снято { $n } точек
   *[other] снято { $n } точки
}
change-dots-moved = { $n ->
    [one] перенесена { $n } точка
    [few] перенесены { $n } точки
    [many] перенесено { $n } точек
   *[other] перенесено { $n } точки
}
change-dots-set = { $group }: { $n ->
    [one] { $n } точка
    [few] { $n } точки
    [many] { $n } точек
   *[other] { $n } точки
} за «{ $problem }» (было { $was })
change-pair-won = { $who }: «{ $winner }» важнее, чем «{ $loser }»
change-pair-tie = { $who }: «{ $a }» и «{ $b }» наравне
change-pair-cleared = { $who }: пара «{ $a }» / «{ $b }» очищена
change-score = { $who }: «{ $problem }» — { $score } по критерию «{ $criterion }»
change-score-cleared = { $who }: оценка «{ $problem }» по критерию «{ $criterion }» очищена
change-tie-broken = равенство на месте { $rank } разрешено: { $how }
change-how-runoff = { $n ->
    [one] { -run-off } ({ $n } точка)
    [few] { -run-off } ({ $n } точки)
    [many] { -run-off } ({ $n } точек)
   *[other] { -run-off } ({ $n } точки)
}
change-how-head-to-head = результат попарного сравнения между ними
change-how-decision = решение фасилитатора: { $reason }
change-runoff-started-dot = { -run-off } начато: точка за «{ $problem }» от группы { $group }
change-runoff-started = { -run-off } начато на месте { $rank }
change-runoff-dot = точка повторного голосования за «{ $problem }» от группы { $group }
change-runoff-dot-back = точка повторного голосования снята: «{ $problem }» от группы { $group }
change-tie-break-edited = { -tie-break } на месте { $rank } изменено
change-runoff-dropped = { -run-off } на месте { $rank } отменено
change-tie-break-deleted-at = { -tie-break } на месте { $rank } удалено
change-tie-break-deleted = { -tie-break } удалено
change-tie-break-moved = { -tie-break } перемещено
change-shortlist-with-ties = { -shortlist }: первые { $n }, включая все проблемы с равным счётом
change-status = статус «{ $activity }»: { $from } → { $to }
change-progress-note = { -progress-note } по «{ $activity }»
change-title = название: «{ $from }» → «{ $to }»
change-location = место: «{ $from }» → «{ $to }»
change-date = дата: { $from } → { $to }
change-facilitators = фасилитаторы: { $names }
change-dots-per-participant = точек на участника: { $from } → { $to }
change-context = заметки о контексте изменены
change-consent = заметка о согласии изменена
change-consent-cleared = заметка о согласии очищена
change-room-language = язык собрания: { $code }
change-room-language-interface = язык собрания: язык интерфейса
change-session-details = данные сессии изменены: { $parts }
change-part-title = название
change-part-community = сообщество
change-part-date = дата
change-part-facilitators = фасилитаторы
change-part-dots-per-participant = точек на участника
change-part-room-language = язык собрания
change-reports-written = { $n ->
    [one] записан отчёт: { $reports }
   *[other] записаны отчёты: { $reports }
}
change-export-log = журнал выгрузок изменён
change-purged = стёрто: { $what }
change-retention-purged = срок хранения: стёрто { $what }
change-purge-records = записи о стирании изменены
change-categories = категории: { $names }
change-shortlist = { -shortlist }: { $titles }
change-shortlist-cleared = { -shortlist } очищен
change-shortlist-size = размер короткого списка: { $n }
change-lessons = изменено: { $parts }
change-lessons-unchanged = уроки сохранены без изменений
change-part-worked = что получилось
change-part-did-not-work = что не получилось
change-part-lessons = уроки
change-part-improvements = улучшения
change-stage = достигнут этап: { $stage }
change-method = отбор методом: { $method }
change-pair-scope-shortlist = { -pairwise } по короткому списку
change-pair-scope-all = { -pairwise } по всем проблемам
change-blind-open = открытое { -dot-voting }: итоги на экране собрания
change-blind-hidden = тайное { -dot-voting }: итоги скрыты с экрана собрания
change-blind-revealed = итоги голосования точками показаны собранию
change-worked = время работы: { $parts }
change-worked-part = { $stage } { $time }
change-provider = { -score-card }: «{ $name }»
change-card-scale = шкала оценочной карты: { $scale }
change-card-provider-scale = { -score-card }: «{ $name }», { $scale }
change-card-started = { -score-card } начата: { $n ->
    [one] { $n } индикатор
    [few] { $n } индикатора
    [many] { $n } индикаторов
   *[other] { $n } индикатора
} для полицейской службы
change-card-score = { -score-card }: { $who } — { $score } по «{ $indicator }»
change-card-score-cleared = { -score-card }: оценка { $who } по «{ $indicator }» очищена
change-mark = { -where-when }: { $who } отметили «{ $place }» { $when } { $level }
change-mark-cleared = { -where-when }: отметка { $who } для «{ $place }» { $when } очищена
change-escalation-raised = «{ $problem }» передана: { $to }, { $date }
change-escalation-reply = «{ $problem }», { $to }: { $kind }, { $date }
change-escalation-edited = { -escalation } изменено: «{ $problem }», { $to }
change-escalation-deleted = { -escalation } удалено: «{ $problem }», { $to }
change-escalation-deleted-unknown = { -escalation } удалено
change-escalation-moved = { -escalation } перемещено
# A change refused. $why: the rule it breaks (a rule- message).
change-not-done = не сделано: { $why }

## How long, as the status line and reports say it

duration-under-a-minute = меньше минуты
duration-minutes = { $m } мин
duration-hours = { $h } ч { $mm } мин
