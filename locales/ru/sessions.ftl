### baraza — ru: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ru --files locales`.

## The session list: column headings (one line, over the table)

list-col-date = дата
list-col-title = название
list-col-community = сообщество
list-col-stage = этап
list-col-problems = проблемы
list-col-votes = точки
list-col-actions = мероп.
list-col-example = пример

## The session list: the examples, the filter, a file that cannot be read

list-examples-intro-empty = В этой папке пока нет сессий. n начинает новую — или посмотрите один из примеров, встроенных в baraza: Enter открывает его только для чтения (ничего не сохраняется).
list-examples-intro = Примеры, встроенные в baraza: Enter открывает пример только для чтения (ничего не сохраняется); e возвращает к вашим сессиям.
list-filter = Фильтр:
list-filter-count = { $shown } из { $all }
list-no-match = Ни одна сессия не подходит под фильтр.
list-no-match-clear = Esc его сбрасывает.
list-unreadable = не читается

## The session list: status line messages

list-sorted-date = по дате, сначала новые
list-sorted-title = по названию
list-sorted-community = по сообществу
list-sorted-stage = по достигнутому этапу
list-no-own-session = своих сессий пока нет: n начинает новую
list-nothing-selected = здесь пока нет сессий: нажмите n, чтобы начать
list-cannot-open = не удаётся открыть { $file }: { $error }
list-no-previous = эта сессия не продолжает предыдущую (N начинает следующий { -cycle })
list-report-not-written = отчёт не записан: { $error }
list-reports-not-logged = отчёты записаны рядом с сессией, но не в её журнал выгрузок: { $error }

## The session list: the question when a session is open elsewhere (y/n)

list-ask-read-only = «{ $title }» открыта в { $holder }. Открыть её здесь только для чтения?
list-ask-read-only-file = { $file } открыт в { $holder }. Открыть его здесь только для чтения?

## The session list: the new-session and next-cycle forms

list-form-new = Новая сессия
list-form-next-cycle = Следующий { -cycle } для «{ $title }»
list-cycle-suffix = — { -cycle } { $n }
list-field-title = Название
list-help-title = как собрание назовёт эту встречу
list-field-community = Сообщество
list-help-community = сообщество или место
list-field-date = Дата
list-field-facilitators = Фасилитаторы
list-help-facilitators = имена через запятую
list-help-next-title = переносит группы, нерешённые проблемы и открытые мероприятия
list-help-next-community = сообщество остаётся тем же
list-give-title = дайте сессии название

## The comparison of two cycles (c on the session list)

compare-title-ranks = Как сместились приоритеты · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-title-card = Как изменилась { -score-card } · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-ranks-of = Места у:
compare-whole-room = всё собрание
compare-col-now = сейчас
compare-col-before = раньше
compare-col-movement = изменение
compare-col-problem = проблема
compare-nothing-ranked = Ни в одном цикле проблемы пока не ранжированы.
compare-move-new = новая
compare-move-up = ▲ выше на { $n }
compare-move-down = ▼ ниже на { $n }
compare-move-same = = без перемен
compare-move-dropped = выбыла
compare-move-resolved = ✓ решена
compare-move-not-ranked = ещё без места
compare-move-lost = ▼ теперь нет
compare-move-gained = ▲ первые голоса
compare-move-neither = · нет в обоих
compare-col-indicator = индикатор
compare-col-community = Сообщество
compare-col-gap = разрыв
compare-no-card = В этом цикле нет оценочной карты.

## While the folder is read at start (the list is drawn at once and filled in)

# The session list's status line while the folder is read in the background.
# $read, $total: counts already grouped ("1,234"); $n: the total as a number,
# for the plural (genitive after «из»).
list-reading = чтение папки: { $read } из { $total } { $n ->
    [one] сессии
   *[other] сессий
}…
# In the list's place while the folder is read and nothing is known yet.
list-reading-folder = Чтение папки…
