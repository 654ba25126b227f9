### baraza — русский: экран зала (на стене).
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Every panel

# The small mark in the bottom right corner (the facilitator reads it
# from the laptop): the session is safely on disk.
room-mark-saved = ✓ сохранено
# …is being written to disk.
room-mark-saving = сохранение…
# …could not be written (loud: the facilitator must act).
room-mark-not-saved = НЕ СОХРАНЕНО
# …was opened read-only.
room-mark-read-only = только чтение
# An audience window (`baraza present`) following the file.
room-mark-live = ● в эфире
# An audience window whose file could not be read just now.
room-mark-unreadable = ⚠ файл не читается: последний верный вид, повтор
# An audience window refused a key.
room-mark-shows-only = это окно только показывает: работайте в окне фасилитатора
# The window is too small to draw the room's screen. $width, $height:
# its size in cells.
room-too-small = увеличьте окно ({ $width }×{ $height })
# Bottom left, when a list does not fit: which entries show. $from, $to:
# the first and last shown; $total: how many there are.
room-page = { $from }–{ $to } из { $total }
# Who decides or scores, when no group is chosen.
room-whole-room = весь зал

## A form open over the room's screen (two lines at the bottom)

# $label: the name of the field being typed in; $text: what is typed.
room-typing = ✎ { $label }: { $text }▏
# The field is private (notes, risks…). $label: its name.
room-typing-private = ✎ { $label }: не показывается на экране зала (p после формы покажет)
# A form with no field to show.
room-typing-form-open = ✎ открыта форма: p после её закрытия покажет экран фасилитатора

## The timer (top right)

# Beside the running timer's digits.
room-timer-left = осталось
# Beside a paused timer's digits.
room-timer-paused = пауза
# When the time is up (flashes; capitals where the language has them).
room-timer-up = ВРЕМЯ ВЫШЛО

## Prepare

# Heading. $people: how many people are in the room (a count).
room-prepare-heading = Кто в зале: { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}
# When no participant group has been added yet.
room-prepare-empty = Групп пока нет.
# Under the big total of people.
room-prepare-in-the-room = в зале
# $dots: how many dots each participant places (a count).
room-prepare-dots-each = { $dots ->
    [one] по { $dots } точке
    [few] по { $dots } точки
    [many] по { $dots } точек
   *[other] по { $dots } точки
} на человека
# One line at the bottom on a small screen. $total: people in the room;
# $dots: the line above ("3 dots each").
room-prepare-total-line = В зале: { $total } · { $dots }

## Identify

# Heading. $problems: how many problems have been named (a count).
room-identify-heading = Проблемы безопасности: { $problems ->
    [one] { $problems } { -problem }
    [few] { $problems } { -problems }
    [many] { $problems } { -problems(case: "gen") }
   *[other] { $problems } { -problem(case: "gen") }
}
room-identify-empty = Проблем пока не названо.

## Rank: dot voting

# Heading in a blind vote (the totals are not shown until revealed).
room-dots-heading-blind = Тайное голосование точками: итоги скрыты до открытия
# Heading. $placed: dots placed so far; $budget: dots there are in all.
room-dots-heading = Голосование точками: { $placed } из { $budget ->
    [one] { $budget } точки
    [few] { $budget } точек
    [many] { $budget } точек
   *[other] { $budget } точки
}
room-dots-empty = Пока нет проблем для голосования.
# The group voting now. $group: its name; $used: dots it has placed;
# $budget: dots it has.
room-dots-voting-now = Голосует: { $group } — { $used } из { $budget }
# Only one group's dots are shown. $group: its name.
room-dots-alone = Только точки группы «{ $group }»
# A blind vote: how many dots a group has placed. $group: its name.
room-dots-placed = { $group }: поставлено
# The legend of the marks beside the ranks.
room-legend-marks = ★ лидер · 2= общее место

## Rank: pairwise

# Heading. $pair: which pair this is; $pairs: how many pairs there are.
room-pairwise-heading = Что важнее? Пара { $pair } из { $pairs }
# Heading when no pair is being decided.
room-pairwise-title = Попарное сравнение
room-pairwise-empty = Для попарного сравнения нужны хотя бы две проблемы.
# $who: the group deciding (or "the whole room"); $decided: pairs decided
# so far; $total: pairs there are.
room-pairwise-deciding = Решает: { $who } · решено пар: { $decided } из { $total }
# Under the problem the room said matters more.
room-pairwise-more = ✓ важнее
# Under both problems when the room said they matter as much.
room-pairwise-same = = одинаково
# Between the two problems of the pair.
room-pairwise-or = или

## Rank: criteria scoring

room-criteria-title = Оценка по критериям
room-criteria-empty = Для оценки нужны проблемы и хотя бы один критерий.
# After the criterion's name when it counts more. $weight: its weight.
room-criteria-weight = { " " }(вес ×{ $weight })
# Heading. $criterion: the criterion's name; $weight: the line above or
# nothing; $index: which criterion; $count: how many there are.
room-criteria-heading = Критерий: { $criterion }{ $weight } · { $index } из { $count }
# $index: which problem; $count: how many; $who: the group scoring.
room-criteria-problem = Проблема { $index } из { $count } · оценивает: { $who }
# The ends of the 1–5 scale.
room-criteria-low = низко
room-criteria-high = высоко
# Under the scale when the groups' scores differ. $mean: their mean ("2.5").
room-criteria-mean = среднее по группам: { $mean }
room-criteria-not-scored = ещё не оценено

## Rank: results

# Heading. $method: how the room ranked (dot voting, pairwise ranking…).
room-results-heading = Итоги ({ $method }): в целом и по группам
room-results-empty = Пока ничего не ранжировано.
# Above the overall ranks' column.
room-results-overall = в целом
# The legend of the marks.
room-results-marks = ◆ больше всего расхождений · ★ лидер · 2= общее место

## Rank: breaking a tie at the shortlist's boundary

room-tie-title = Разрешение равенства
# $rank: the shared rank.
room-tie-heading = Равенство на { $rank }-м месте
# $rank: the rank; $how: how it was broken (a run-off vote (5 dots)…).
room-tie-broken = Равенство на { $rank }-м месте разрешено: { $how }.
room-tie-none = На границе короткого списка равенства нет.
# $problems: how many problems share the rank; $rank: the rank; $places:
# how many of them the shortlist has room for.
room-tie-share = { $problems ->
    [one] { $problems } проблема делит
    [few] { $problems } проблемы делят
    [many] { $problems } проблем делят
   *[other] { $problems } проблемы делят
} { $rank }-е место; в коротком списке есть место для { $places }.
# Above the three ways to break a tie.
room-tie-how = Как зал разрешает равенство:
# The three ways, long (wide screens) and short (narrow ones).
room-tie-way-runoff = повторное голосование точками только между этими проблемами
room-tie-way-head-to-head = итог их попарного сравнения
room-tie-way-decision = решение фасилитатора, причина объявляется залу
room-tie-way-runoff-short = повторное голосование
room-tie-way-head-to-head-short = итог их пары
room-tie-way-decision-short = решение фасилитатора
# $dots: dots placed in the run-off so far.
room-tie-runoff = Повторное голосование: пока { $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
}
# How a tie was broken, in "was broken by …". $dots: the run-off's dots.
room-tie-by-runoff = повторное голосование ({ $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
    [many] { $dots } точек
   *[other] { $dots } точки
})
room-tie-by-head-to-head = итог попарного сравнения
# $reason: the facilitator's reason, as typed.
room-tie-by-decision = решение фасилитатора: { $reason }

## Plan

room-plan-title = План действий
room-plan-empty = Пока нет проблем для планирования.
# Heading. $place: the problem's place on the shortlist; $count: its size.
room-plan-heading = План действий: приоритет { $place } из { $count }
room-plan-no-actions = По этой проблеме мероприятий пока не согласовано.
# Who leads an action. $who: as typed.
room-plan-who = кто: { $who }
room-plan-who-open = кто: согласовать
# By when. $date: the date in words ("5 Nov 2026").
room-plan-by = до { $date }
room-plan-by-open = срок: согласовать

## Monitor

# Heading. $actions: how many actions (a count).
room-monitor-heading = Мониторинг: { $actions ->
    [one] { $actions } мероприятие
    [few] { $actions } мероприятия
    [many] { $actions } мероприятий
   *[other] { $actions } мероприятия
}
room-monitor-empty = Мероприятий пока не согласовано.
# An action's due date. $date: in words ("5 Nov 2026").
room-monitor-due = срок { $date }

## Learn

room-learn-heading = Чему мы научились
room-learn-worked = Что получилось
room-learn-did-not-work = Что не получилось
room-learn-lessons = Уроки
room-learn-improvements = Улучшения для следующего цикла
# When a box's text does not fit. $lines: how many lines are left out.
room-learn-more = ({ $lines ->
    [one] ещё { $lines } строка
    [few] ещё { $lines } строки
    [many] ещё { $lines } строк
   *[other] ещё { $lines } строки
} на экране фасилитатора)
