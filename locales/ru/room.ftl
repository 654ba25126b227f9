### baraza — русский: экран зала (на стене).
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.

## На каждой панели

room-mark-saved = ✓ сохранено
room-mark-saving = сохранение…
room-mark-not-saved = НЕ СОХРАНЕНО
room-mark-read-only = только чтение
room-mark-live = ● в эфире
room-mark-unreadable = ⚠ файл не читается: последний верный вид, повтор
room-mark-shows-only = это окно только показывает: работайте в окне фасилитатора
room-too-small = увеличьте окно ({ $width }×{ $height })
room-page = { $from }–{ $to } из { $total }
room-whole-room = весь зал

## Форма, открытая поверх экрана зала

room-typing = ✎ { $label }: { $text }▏
room-typing-private = ✎ { $label }: не показывается на экране зала (p после формы покажет)
room-typing-form-open = ✎ открыта форма: p после её закрытия покажет экран фасилитатора

## Таймер

room-timer-left = осталось
room-timer-paused = пауза
room-timer-up = ВРЕМЯ ВЫШЛО

## Подготовка

room-prepare-heading = Кто в зале: { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}
room-prepare-empty = Групп пока нет.
room-prepare-in-the-room = в зале
room-prepare-dots-each = { $dots ->
    [one] по { $dots } точке
    [few] по { $dots } точки
    [many] по { $dots } точек
   *[other] по { $dots } точки
} на человека
room-prepare-total-line = В зале: { $total } · { $dots }

## Выявление

room-identify-heading = Проблемы безопасности: { $problems ->
    [one] { $problems } { -problem }
    [few] { $problems } { -problems }
    [many] { $problems } { -problems(case: "gen") }
   *[other] { $problems } { -problem(case: "gen") }
}
room-identify-empty = Проблем пока не названо.

## Приоритеты: голосование точками

room-dots-heading-blind = Тайное голосование точками: итоги скрыты до открытия
room-dots-heading = Голосование точками: { $placed } из { $budget ->
    [one] { $budget } точки
    [few] { $budget } точек
    [many] { $budget } точек
   *[other] { $budget } точки
}
room-dots-empty = Пока нет проблем для голосования.
room-dots-voting-now = Голосует: { $group } — { $used } из { $budget }
room-dots-alone = Только точки группы «{ $group }»
room-dots-placed = { $group }: поставлено
room-legend-marks = ★ лидер · 2= общее место

## Приоритеты: попарное сравнение

room-pairwise-heading = Что важнее? Пара { $pair } из { $pairs }
room-pairwise-title = Попарное сравнение
room-pairwise-empty = Для попарного сравнения нужны хотя бы две проблемы.
room-pairwise-deciding = Решает: { $who } · решено пар: { $decided } из { $total }
room-pairwise-more = ✓ важнее
room-pairwise-same = = одинаково
room-pairwise-or = или

## Приоритеты: оценка по критериям

room-criteria-title = Оценка по критериям
room-criteria-empty = Для оценки нужны проблемы и хотя бы один критерий.
room-criteria-weight = { " " }(вес ×{ $weight })
room-criteria-heading = Критерий: { $criterion }{ $weight } · { $index } из { $count }
room-criteria-problem = Проблема { $index } из { $count } · оценивает: { $who }
room-criteria-low = низко
room-criteria-high = высоко
room-criteria-mean = среднее по группам: { $mean }
room-criteria-not-scored = ещё не оценено

## Приоритеты: итоги

room-results-heading = Итоги ({ $method }): в целом и по группам
room-results-empty = Пока ничего не ранжировано.
room-results-overall = в целом
room-results-marks = ◆ больше всего расхождений · ★ лидер · 2= общее место

## Приоритеты: равенство на границе короткого списка

room-tie-title = Разрешение равенства
room-tie-heading = Равенство на { $rank }-м месте
room-tie-broken = Равенство на { $rank }-м месте разрешено: { $how }.
room-tie-none = На границе короткого списка равенства нет.
room-tie-share = { $problems ->
    [one] { $problems } проблема делит
    [few] { $problems } проблемы делят
    [many] { $problems } проблем делят
   *[other] { $problems } проблемы делят
} { $rank }-е место; в коротком списке есть место для { $places }.
room-tie-how = Как зал разрешает равенство:
room-tie-way-runoff = повторное голосование точками только между этими проблемами
room-tie-way-head-to-head = итог их попарного сравнения
room-tie-way-decision = решение фасилитатора, причина объявляется залу
room-tie-way-runoff-short = повторное голосование
room-tie-way-head-to-head-short = итог их пары
room-tie-way-decision-short = решение фасилитатора
room-tie-runoff = Повторное голосование: пока { $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
}
room-tie-by-runoff = повторное голосование ({ $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
})
room-tie-by-head-to-head = итог попарного сравнения
room-tie-by-decision = решение фасилитатора: { $reason }

## План

room-plan-title = План действий
room-plan-empty = Пока нет проблем для планирования.
room-plan-heading = План действий: приоритет { $place } из { $count }
room-plan-no-actions = По этой проблеме мероприятий пока не согласовано.
room-plan-who = кто: { $who }
room-plan-who-open = кто: согласовать
room-plan-by = до { $date }
room-plan-by-open = срок: согласовать

## Мониторинг

room-monitor-heading = Мониторинг: { $actions ->
    [one] { $actions } мероприятие
    [few] { $actions } мероприятия
    [many] { $actions } мероприятий
   *[other] { $actions } мероприятия
}
room-monitor-empty = Мероприятий пока не согласовано.
room-monitor-due = срок { $date }

## Выводы

room-learn-heading = Чему мы научились
room-learn-worked = Что получилось
room-learn-did-not-work = Что не получилось
room-learn-lessons = Уроки
room-learn-improvements = Улучшения для следующего цикла
room-learn-more = ({ $lines ->
    [one] ещё { $lines } строка
    [few] ещё { $lines } строки
    [many] ещё { $lines } строк
   *[other] ещё { $lines } строки
} на экране фасилитатора)
