### baraza — русский: отчёты.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## The page

# The last line of the HTML page.
report-footer = Составлено в baraza.
# Markdown's label before a note the reader must notice.
report-note = Примечание:

## Notes at the top

report-anonymised = Обезличенная копия: имена фасилитаторов и ответственных, заметки о контексте, описания проблем, партнёры, риски, тексты отметок о ходе работ, причины решений и уроки опущены.
report-not-encrypted = Этот отчёт не зашифрован, в отличие от сессии, из которой он составлен: его может прочитать любой, кто откроет файл. Храните его только там, где к нему имеют доступ те, для кого он предназначен.
# An anonymised copy of a room too small to show groups apart.
# $min: the smallest group shown apart (people); $other: the merged
# group's name.
report-merged-whole-room = Во всём зале было меньше { $min } человек: результаты показаны для зала в целом, как «{ $other }», без отдельных групп.
# Small groups merged. $min: as above; $groups: how many groups were
# merged; $people: how many people they hold.
report-merged = Группы меньше { $min } человек объединены в «{ $other }» ({ $groups ->
    [one] { $groups } группа
    [few] { $groups } группы
    [many] { $groups } групп
   *[other] { $groups } группы
}, { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}), чтобы ничей голос нельзя было вычислить по счёту маленькой группы.
# A panel the session did not get to. $stage: the step not reached;
# $reached: the step it stopped at.
report-not-reached = Сессия ещё не дошла до шага «{ $stage }» (остановилась на шаге «{ $reached }»).

## Overview (facts at the top)

report-community = Община
report-date = Дата
report-facilitators = Фасилитаторы
report-stage-reached = Пройдено до шага
report-participants = Участники
# $people: participants; $groups: groups; $dots: dots each.
report-participants-value = { $people } в { $groups ->
    [one] { $groups } группе
    [few] { $groups } группах
    [many] { $groups } группах
   *[other] { $groups } группах
}, по { $dots ->
    [one] { $dots } точке
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
} на участника
report-previous-cycle = Предыдущий цикл
# $id: the previous session's id.
report-previous-value = сессия { $id }
report-time-worked = Время работы на каждой панели
# One step's time. $stage: the step; $time: "34 min".
report-worked-value = { $stage }: { $time }
report-last-updated = Последнее изменение
report-as-of = Отчёт на
report-language = Язык

## Consent

report-consent = Согласие
report-no-consent = Отметка о согласии не записана: прежде чем делиться отчётом, спросите фасилитатора, на запись и распространение чего согласился зал.
report-consent-intro = На запись и распространение чего согласился зал:
# $date: when, in words; $what: what was purged (in English for now).
report-purged = Удалено по правилу хранения данных программы { $date }: { $what }.

## Context

report-context = Контекст и анализ конфликта
report-context-anonymised = Заметки о контексте в обезличенных копиях опущены.
report-no-context = Заметок о контексте нет.

## Groups

report-groups = Группы в зале
report-no-groups = Группы не записаны.
# Columns of the groups table.
report-col-group = Группа
report-col-people = Человек
report-col-dot-budget = Точек выдано
report-col-dots-placed = Точек поставлено
# The last row: every group together.
report-all = Все

## Problems

report-problems = Проблемы
report-no-problems = Проблемы не записаны.
report-category = Категория
report-where = Где
report-raised-by = Кто назвал
report-flags = Отметки
report-flag-escalation = нужны меры на уровне района или страны
report-flag-resolved = решена
report-flag-carried = перенесена из предыдущего цикла
# The problem tree: the trunk, its roots and its branches.
report-tree-problem = Проблема:{ " " }
report-tree-causes = Причины (корни)
report-tree-effects = Последствия (ветви)
report-none-recorded = ничего не записано

## Ranking

report-ranking = Ранжирование
report-nothing-ranked = Пока ничего не ранжировано.
# Before the method's name.
report-method-used = Метод:{ " " }
# After it: what went in. $dots: dots placed; $voted: groups that voted;
# $groups: groups in all.
report-inputs-dots = { $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
} от групп: { $voted } из { $groups }.
# $done: pairs decided; $pairs: pairs in all.
report-inputs-pairwise = Решено пар: { $done } из { $pairs }; победа — 1, ничья — по ½.
# $criteria: each criterion with its weight ("Frequency (×2), Severity (×1)").
report-inputs-criteria = Критерии: { $criteria }; каждый оценивается от 1 до 5, итог = Σ вес × оценка.
# One criterion with its weight. $name: as typed; $weight: a number.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Голосование точками было тайным:{ " " }
report-blind-hidden = экран зала показывал, сколько точек поставила каждая группа, но не итоги, и итоги не были открыты, когда составлялся отчёт.
report-blind-revealed = экран зала показывал, сколько точек поставила каждая группа, но не итоги, пока фасилитатор их не открыл.
# The chart's caption. $score: the score's column name (Dots, Wins…);
# $method: the method.
report-chart-caption = { $score } по проблемам ({ $method })
# A score in words. $n: the score (a number, possibly "2.5").
report-score-dots = { $n ->
    [one] { $n } точка
    [few] { $n } точки
    [many] { $n } точек
   *[other] { $n } точки
}
report-score-wins = { $n ->
    [one] { $n } победа
    [few] { $n } победы
    [many] { $n } побед
   *[other] { $n } победы
}
report-score-points = { $n ->
    [one] { $n } балл
    [few] { $n } балла
    [many] { $n } баллов
   *[other] { $n } балла
}
# Column names of the score, by method.
report-col-dots = Точки
report-col-wins = Победы
report-col-weighted = Взвешенный балл
# Columns of the ranking table.
report-col-rank = Место
report-col-problem = Проблема
report-col-category = Категория
report-col-shortlist = Короткий список
report-col-tie-broken-by = Равенство разрешено
# Another method the room also used. $method: its name.
report-also-recorded = Также записано: { $method }
# $problems: how many problems the decisions were among.
report-among = Среди { $problems ->
    [one] { $problems } проблемы
    [few] { $problems } проблем
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}.
# How a tie was broken (tables and the list of ties). $dots: run-off dots;
# $reason: the facilitator's reason.
report-by-runoff = повторное голосование ({ $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
})
report-by-head-to-head = итог попарного сравнения
report-by-decision = решение фасилитатора: { $reason }
report-by-decision-plain = решение фасилитатора

## Ranking by group

report-by-group = По группам
report-no-group-ranks = Этим методом группы не ранжировали отдельно.
# $score: the score's name, in lower case where the language has cases
# ("dots", "wins", "weighted score").
report-by-group-intro = Место каждой группы, в скобках — { $score }; «–», где группа ничего не записала. Разброс — худшее место группы минус лучшее.
report-col-overall = В целом
report-col-spread = Разброс
report-col-note = Примечание
report-biggest-disagreement = наибольшее расхождение

## Pairwise decisions

report-pairwise = Решения попарного сравнения
# $problems: how many; $titles: their titles, each in «».
report-decided-among = Решалось среди { $problems ->
    [one] { $problems } проблемы
    [few] { $problems } проблем
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}: { $titles }.
report-col-pair = Пара
report-col-decided-by = Кто решил
report-col-more-important = Важнее
report-col-reason = Причина
report-col-when = Когда
# Who decided, when no group did.
report-whole-room = весь зал
# The winner column when the pair was a tie.
report-tie = ничья
# A pair. $a, $b: the two titles.
report-pair = «{ $a }» или «{ $b }»

## Criteria scores

report-criteria = Оценки по критериям (весь зал)
report-criteria-intro = Оценка самого зала, если он её дал, иначе среднее оценок групп.
report-col-total = Итого

## Ties

report-ties = Равенства
# One tie broken. $rank: the rank; $method: the method; $titles: the tied
# problems; then the way it was broken follows in bold, then the next
# message.
report-tie-broken = Место { $rank } ({ $method }) делят { $titles } — разрешено так:{ " " }
# $time: when (2026-06-06 10:04).
report-tie-giving = { " " }({ $time }), итог:
# One line of the order it gave. $rank: the rank; $title: the problem.
report-tie-order = место { $rank }: { $title }
# $rank: the rank; $titles: the problems.
report-tie-open = Место { $rank } по-прежнему делят { $titles } (не разрешено).
report-no-ties = Равенств, которые нужно разрешать, не было.

## Shortlist

report-shortlist = Короткий список для планирования
report-no-shortlist = Короткий список ещё не составлен.

## Action plan

report-plan = План действий
report-no-actions = Мероприятия ещё не запланированы.
# Columns of the action plan.
report-col-no = №
report-col-activity = Мероприятие
report-col-responsible = Ответственный
report-col-with = С кем
report-col-start = Начало
report-col-due = Срок
report-col-resources = Ресурсы
report-col-indicator = Индикатор успеха
report-col-risks = Риски
report-col-status = Статус
# Heading over one problem's actions. $title: the problem.
report-plan-for = По проблеме «{ $title }»
report-no-action-for = По этой проблеме мероприятий не запланировано.

## Monitoring

report-monitoring = Мониторинг
report-nothing-to-follow = Нет мероприятий для мониторинга.
# One status with its count ("3 done"). $n: how many; $status: the status.
report-status-count = { $status } ({ $n })
# $actions: how many actions; $counts: the statuses counted (above).
report-monitor-summary = { $actions ->
    [one] { $actions } мероприятие
    [few] { $actions } мероприятия
    [many] { $actions } мероприятий
   *[other] { $actions } мероприятия
}: { $counts }.{ " " }
# In bold. $n: how many actions are overdue.
report-overdue-count = просрочено: { $n }
# $date: the report's date, in words.
report-as-of-date = { " " }на { $date }.
report-col-overdue = Просрочено
report-col-notes = Отметки
report-col-last-note = Последняя отметка
# $days: how many days late.
report-overdue-by = просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
# After an action carried from the previous cycle.
report-from-previous = { " " }(из предыдущего цикла)
# $id: the action's number; $title: what it is.
report-progress-of = Ход мероприятия { $id }: { $title }
# A note with no text (anonymised, or only dated).
report-progress-noted = { " " }— отмечен ход работ

## Lessons

report-lessons = Уроки
report-lessons-anonymised = Уроки в обезличенных копиях опущены.
report-worked = Что получилось
report-did-not-work = Что не получилось
report-lessons-learned = Извлечённые уроки
report-improvements = Улучшения для следующего цикла
report-no-lessons = Уроки пока не записаны.

## Added with the score card (issue 15)

# After an action planned on a score card's gap, in the action plan's
# table. $indicator: the indicator's name, as typed.
report-on-card-gap = (по разрыву оценочной карты «{ $indicator }»)

## The programme roll-up (`baraza rollup`, Markdown and HTML)

rollup-title = Сводка по программе
rollup-anonymised = Обезличено: имена ответственных сведены к типу участника.
# The facts at the top. $since, $until, $first, $last: dates, written
# the language's way (date-long).
rollup-period = Период
rollup-period-between = сессии с { $since } по { $until }
rollup-period-since = сессии с { $since }
rollup-period-until = сессии по { $until }
rollup-period-all = все сессии
rollup-sessions = Сессии
rollup-session-dates = Даты сессий
rollup-dates-span = с { $first } по { $last }
rollup-communities = Общины
rollup-problems-raised = Названо проблем
rollup-overdue-as-of = Просрочка считается на
# $n: sessions edited on two laptops; $heading: rollup-conflicts.
rollup-conflicts-note = { $n ->
    [one] { $n } сессия изменена
    [few] { $n } сессии изменены
   *[other] { $n } сессий изменены
} более чем на одном ноутбуке и ещё не согласованы: учитывается самая новая версия каждой, один раз (см. «{ $heading }» ниже).
# $problems, $actions: how many were carried over.
rollup-carried = Проблемы и открытые действия, перенесённые в следующий цикл, учитываются один раз, в более поздней сессии периода, в том виде, в каком они там (место, отметка, статус): { $problems ->
    [one] { $problems } проблема
    [few] { $problems } проблемы
   *[other] { $problems } проблем
} и { $actions ->
    [one] { $actions } действие
    [few] { $actions } действия
   *[other] { $actions } действий
} прежних циклов не учитываются повторно.
rollup-recurring = Проблемы, повторяющиеся в разных общинах
rollup-no-recurring = Ни одна проблема не названа более чем в одной общине.
rollup-recurring-intro = Похожие заголовки одной категории считаются вместе. Среднее место — по сессиям, которые ранжировали проблему (1 = главный приоритет зала).
rollup-chart-communities = Общины, назвавшие каждую проблему
# Beside a bar of the chart. $n: how many communities.
rollup-bar-communities = { $n ->
    [one] { $n } община
    [few] { $n } общины
   *[other] { $n } общин
}
rollup-col-times-raised = Сколько раз названа
rollup-col-average-rank = Среднее место
rollup-col-shortlisted = В коротком списке
rollup-col-flagged = Отмечена для района/страны
rollup-col-also-worded = Другие формулировки
# $n: problems raised in one community only.
rollup-single = { $n ->
    [one] { $n } проблема, названная только в одной общине, есть
    [few] { $n } проблемы, названные только в одной общине, есть
   *[other] { $n } проблем, названных только в одной общине, есть
} в таблице CSV «recurring».
rollup-by-category = По категориям
rollup-completion = Выполнение действий
# Action completion, one sentence in three parts, the middle in bold:
# "12 actions; " "50% done" " (6 of 12); 2 overdue as of 2026-06-30."
rollup-completion-lead = Действий: { $actions };{ " " }
# $percent: a percentage, written.
rollup-completion-done = выполнено { $percent }
rollup-completion-rest = { " " }({ $done } из { $actions }); просрочено на { $date }: { $overdue }.
rollup-col-actions = Действия
rollup-col-done = Выполнено
rollup-col-completion = Выполнение
rollup-col-in-progress = В работе
rollup-col-planned = Запланировано
rollup-col-stalled = Застопорилось
rollup-col-dropped = Отменено
# The kinds of actor an action's "responsible" names.
rollup-actor-community = Община
rollup-actor-police = Полиция
rollup-actor-local-authority = Местная власть
rollup-actor-cso = НКО
rollup-actor-other = Другие
rollup-overdue = Просроченные действия
rollup-no-overdue = На { $date } просроченных действий нет.
rollup-col-overdue-by = Просрочено на
rollup-col-session = Сессия
# $n: a number of days (a cell, a heading).
rollup-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[other] { $n } дней
}
rollup-escalated = Проблемы, отмеченные для действий на уровне района или страны
rollup-no-escalated = Ни одна проблема не отмечена.
rollup-col-resolved = Решена
rollup-yes = да
rollup-no = нет
rollup-conflicts = Изменено более чем на одном ноутбуке
rollup-conflicts-intro = Каждая из этих сессий была скопирована, а затем изменена на двух ноутбуках или более. Ничего не объединялось: каждая версия хранится в обзоре программы, здесь учитывается самая новая, а фасилитаторы выбирают верную указанной командой.
rollup-col-laptops = Ноутбуки
rollup-col-to-resolve = Как согласовать
rollup-consent = Согласие в каждой сессии
rollup-consent-intro = На запись и распространение чего согласился каждый зал: проверьте это, прежде чем делиться этой сводкой или чем-либо из неё.
rollup-no-sessions = В периоде нет сессий.
rollup-no-consent = (отметка о согласии не записана)
rollup-cards = Оценочные карты
rollup-cards-intro = Каждая оценка читается по шкале 0–100 (оценка 1–5: 1 = 0, 3 = 50, 5 = 100). Оценка общины — среднее её групп; разрыв — это она минус самооценка поставщика услуги (отрицательный: поставщик думает о себе лучше). Показатели с похожими названиями считаются одним.
rollup-col-indicator = Показатель
rollup-col-community-latest = Община (последний цикл)
rollup-col-provider = Поставщик
rollup-col-gap = Разрыв
rollup-trend = Динамика по общинам, цикл за циклом
rollup-col-community-by-cycle = Оценка общины по циклам
rollup-col-provider-by-cycle = Поставщика по циклам
rollup-col-change = Изменение
rollup-col-latest-gap = Последний разрыв
rollup-places = Места и время, повторяющиеся в разных общинах
# $unsafe_from: the mark from which a place or time counts as unsafe.
rollup-places-intro = Каждая община — по её последней сетке за период; отметки — всего зала (от 0 безопасно до 3 очень опасно), место или время опасно от { $unsafe_from } и выше.
rollup-no-places = Ни одно место не отмечено более чем в одной общине.
rollup-col-place = Место
rollup-col-highest = Наивысшая отметка
rollup-col-when = Когда
rollup-col-also-named = Другие названия
rollup-col-time = Время
rollup-col-marking = Общин отметили
rollup-col-unsafe-in = Опасно в
rollup-col-mean = Средняя отметка
# $days: the days a reply is awaited before it counts.
rollup-awaiting = Обращения, ждущие ответа дольше { $days ->
    [one] { $days } дня
   *[other] { $days } дней
}
# One sentence in three parts, the middle in bold: "4 escalations in the
# follow-up ledgers; as of 2026-06-30, " "2 waited longer" " for any reply."
rollup-awaiting-lead = Обращений в журналах отслеживания: { $n }; на { $date }{ " " }
rollup-awaiting-longer = { $n } ждали дольше
rollup-awaiting-rest = { " " }какого-либо ответа.
rollup-col-raised-with = Кому передано
rollup-col-raised-on = Когда передано
rollup-col-waiting = Ожидание
rollup-col-followed-up = Напоминания
# The communities a problem or a place was named in.
rollup-col-where = Где
