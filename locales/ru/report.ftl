### baraza — русский: отчёты.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.

## Страница

report-footer = Составлено в baraza.
report-note = Примечание:

## Примечания вверху

report-anonymised = Обезличенная копия: имена фасилитаторов и ответственных, заметки о контексте, описания проблем, партнёры, риски, тексты отметок о ходе работ, причины решений и уроки опущены.
report-not-encrypted = Этот отчёт не зашифрован, в отличие от сессии, из которой он составлен: его может прочитать любой, кто откроет файл. Храните его только там, где к нему имеют доступ те, для кого он предназначен.
report-merged-whole-room = Во всём зале было меньше { $min } человек: результаты показаны для зала в целом, как «{ $other }», без отдельных групп.
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
report-not-reached = Сессия ещё не дошла до шага «{ $stage }» (остановилась на шаге «{ $reached }»).

## Обзор

report-community = Община
report-date = Дата
report-facilitators = Фасилитаторы
report-stage-reached = Пройдено до шага
report-participants = Участники
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
report-previous-value = сессия { $id }
report-time-worked = Время работы на каждой панели
report-worked-value = { $stage }: { $time }
report-last-updated = Последнее изменение
report-as-of = Отчёт на
report-language = Язык

## Согласие

report-consent = Согласие
report-no-consent = Отметка о согласии не записана: прежде чем делиться отчётом, спросите фасилитатора, на запись и распространение чего согласился зал.
report-consent-intro = На запись и распространение чего согласился зал:
report-purged = Удалено по правилу хранения данных программы { $date }: { $what }.

## Контекст

report-context = Контекст и анализ конфликта
report-context-anonymised = Заметки о контексте в обезличенных копиях опущены.
report-no-context = Заметок о контексте нет.

## Группы

report-groups = Группы в зале
report-no-groups = Группы не записаны.
report-col-group = Группа
report-col-people = Человек
report-col-dot-budget = Точек выдано
report-col-dots-placed = Точек поставлено
report-all = Все

## Проблемы

report-problems = Проблемы
report-no-problems = Проблемы не записаны.
report-category = Категория
report-where = Где
report-raised-by = Кто назвал
report-flags = Отметки
report-flag-escalation = нужны меры на уровне района или страны
report-flag-resolved = решена
report-flag-carried = перенесена из предыдущего цикла
report-tree-problem = Проблема:{ " " }
report-tree-causes = Причины (корни)
report-tree-effects = Последствия (ветви)
report-none-recorded = ничего не записано

## Ранжирование

report-ranking = Ранжирование
report-nothing-ranked = Пока ничего не ранжировано.
report-method-used = Метод:{ " " }
report-inputs-dots = { $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
} от групп: { $voted } из { $groups }.
report-inputs-pairwise = Решено пар: { $done } из { $pairs }; победа — 1, ничья — по ½.
report-inputs-criteria = Критерии: { $criteria }; каждый оценивается от 1 до 5, итог = Σ вес × оценка.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Голосование точками было тайным:{ " " }
report-blind-hidden = экран зала показывал, сколько точек поставила каждая группа, но не итоги, и итоги не были открыты, когда составлялся отчёт.
report-blind-revealed = экран зала показывал, сколько точек поставила каждая группа, но не итоги, пока фасилитатор их не открыл.
report-chart-caption = { $score } по проблемам ({ $method })
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
report-col-dots = Точки
report-col-wins = Победы
report-col-weighted = Взвешенный балл
report-col-rank = Место
report-col-problem = Проблема
report-col-category = Категория
report-col-shortlist = Короткий список
report-col-tie-broken-by = Равенство разрешено
report-also-recorded = Также записано: { $method }
report-among = Среди { $problems ->
    [one] { $problems } проблемы
    [few] { $problems } проблем
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}.
report-by-runoff = повторное голосование ({ $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
})
report-by-head-to-head = итог попарного сравнения
report-by-decision = решение фасилитатора: { $reason }
report-by-decision-plain = решение фасилитатора

## Ранжирование по группам

report-by-group = По группам
report-no-group-ranks = Этим методом группы не ранжировали отдельно.
report-by-group-intro = Место каждой группы, в скобках — { $score }; «–», где группа ничего не записала. Разброс — худшее место группы минус лучшее.
report-col-overall = В целом
report-col-spread = Разброс
report-col-note = Примечание
report-biggest-disagreement = наибольшее расхождение

## Решения попарного сравнения

report-pairwise = Решения попарного сравнения
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
report-whole-room = весь зал
report-tie = ничья
report-pair = «{ $a }» или «{ $b }»

## Оценки по критериям

report-criteria = Оценки по критериям (весь зал)
report-criteria-intro = Оценка самого зала, если он её дал, иначе среднее оценок групп.
report-col-total = Итого

## Равенства

report-ties = Равенства
report-tie-broken = Место { $rank } ({ $method }) делят { $titles } — разрешено так:{ " " }
report-tie-giving = { " " }({ $time }), итог:
report-tie-order = место { $rank }: { $title }
report-tie-open = Место { $rank } по-прежнему делят { $titles } (не разрешено).
report-no-ties = Равенств, которые нужно разрешать, не было.

## Короткий список

report-shortlist = Короткий список для планирования
report-no-shortlist = Короткий список ещё не составлен.

## План действий

report-plan = План действий
report-no-actions = Мероприятия ещё не запланированы.
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
report-plan-for = По проблеме «{ $title }»
report-no-action-for = По этой проблеме мероприятий не запланировано.

## Мониторинг

report-monitoring = Мониторинг
report-nothing-to-follow = Нет мероприятий для мониторинга.
report-status-count = { $status }: { $n }
report-monitor-summary = { $actions ->
    [one] { $actions } мероприятие
    [few] { $actions } мероприятия
    [many] { $actions } мероприятий
   *[other] { $actions } мероприятия
}: { $counts }.{ " " }
report-overdue-count = просрочено: { $n }
report-as-of-date = { " " }на { $date }.
report-col-overdue = Просрочено
report-col-notes = Отметки
report-col-last-note = Последняя отметка
report-overdue-by = просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
report-from-previous = { " " }(из предыдущего цикла)
report-progress-of = Ход мероприятия { $id }: { $title }
report-progress-noted = { " " }— отмечен ход работ

## Уроки

report-lessons = Уроки
report-lessons-anonymised = Уроки в обезличенных копиях опущены.
report-worked = Что получилось
report-did-not-work = Что не получилось
report-lessons-learned = Извлечённые уроки
report-improvements = Улучшения для следующего цикла
report-no-lessons = Уроки пока не записаны.
