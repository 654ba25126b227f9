### baraza — ru: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ru --files locales`.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Where and when: the words of the model (panel, room's screen, reports)

# A view of time: the title of the grid, the wall's heading, `m`'s message.
ww-clock-day = время суток
ww-clock-season = месяцы
# A time band's name, over a column of the grid and the reports' tables.
# $band: morning, afternoon, evening, night or month; $month: the month's
# number (1–12) when $band is month.
ww-band = { $band ->
    [morning] утро
    [afternoon] день
    [evening] вечер
    [night] ночь
   *[month] { $month ->
        [1] янв
        [2] фев
        [3] мар
        [4] апр
        [5] май
        [6] июн
        [7] июл
        [8] авг
        [9] сен
        [10] окт
        [11] ноя
       *[12] дек
    }
}
# The same in at most five cells for a time of day, three for a month (the
# seasonal grid's narrow columns). $band, $month: as above.
ww-band-short = { $band ->
    [morning] утро
    [afternoon] день
    [evening] вечер
    [night] ночь
   *[month] { $month ->
        [1] янв
        [2] фев
        [3] мар
        [4] апр
        [5] май
        [6] июн
        [7] июл
        [8] авг
        [9] сен
        [10] окт
        [11] ноя
       *[12] дек
    }
}
# When, as a sentence says it ("«the borehole» at night"). $band, $month: as
# above.
ww-when = { $band ->
    [morning] утром
    [afternoon] днём
    [evening] вечером
    [night] ночью
   *[month] в { $month ->
        [1] январе
        [2] феврале
        [3] марте
        [4] апреле
        [5] мае
        [6] июне
        [7] июле
        [8] августе
        [9] сентябре
        [10] октябре
        [11] ноябре
       *[12] декабре
    }
}
# What a mark means, as the room hears it. $level: 0 to 3.
ww-level = { $level ->
    [0] безопасно
    [1] немного опасно
    [2] опасно
   *[3] очень опасно
}
# The heading of the column of places (grid, wall, reports).
ww-map-place = Место
# The heading of the whole room's grid. $groups: how many groups marked.
ww-map-whole-room = Весь зал ({ $groups ->
    [one] { $groups } группа
    [few] { $groups } группы
    [many] { $groups } групп
   *[other] { $groups } группы
})
# After the cell in words: the whole room's mean. $level: it ("2.3").
ww-whole-room = весь зал { $level }

## Where and when, the facilitator's view of Identify (w)

# Title. $clock: the view shown (ww-clock-…); $other: the view m shows.
ww-title = Где и когда · { $clock } (m: { $other })
# …with the group marking. $group: its name.
ww-title-marking = Где и когда · { $clock } (m: { $other }) · отмечает: { $group } (g)
# m pressed. $clock: the view now shown.
ww-showing = показано: { $clock }
# g, or a digit, with no groups.
ww-no-groups = Групп пока нет — сначала добавьте группы в разделе «{ -step-prepare }» (F1)
# g pressed. $group: the group now marking.
ww-marking = Отмечает: { $group }
# A key that needs a place, with none.
ww-no-places = Мест пока нет — a добавляет место, названное так, как его называет зал (дорога к рынку, скважина)
# The view with no places (the room has not named any).
ww-empty = Мест пока нет — a добавляет место, названное так, как его называет зал (дорога к рынку, скважина, остановка маршруток); затем каждая группа отмечает, насколько там опасно в каждое время
# …opened read-only.
ww-empty-read-only = Места пока не названы
# The cell under the cursor in words. $name: the place; $when: ww-when;
# $group: the group; $level: its mark (0–3); $word: what it means (ww-level).
ww-detail-mark = ▶ «{ $name }» { $when } — { $group }: { $level } ({ $word })
# …the group has not marked it.
ww-detail-not-marked = ▶ «{ $name }» { $when } — { $group }: ещё не отмечено
# …no group in the room.
ww-detail-no-group = ▶ «{ $name }» { $when } — нет группы
# Under the grid: what the shades mean.
ww-legend = ▓ 3 очень опасно · ▒ 2 опасно · ░ 1 немного · · 0 безопасно · пусто: не отмечено
# The window too narrow for any grid.
ww-widen = расширьте окно, чтобы увидеть таблицу
# Delete on a mark the group has not made. $group, $name (the place), $when.
ww-not-marked = { $group } не отметила «{ $name }» { $when }
# d: the question. $name: the place; $marks: how many marks go with it.
ww-ask-delete = { $marks ->
    [0] Удалить место «{ $name }»? (u вернёт)
    [one] Удалить место «{ $name }»? Вместе с ним удалится его отметка. (u вернёт)
    [few] Удалить место «{ $name }»? Вместе с ним удалятся { $marks } отметки. (u вернёт)
    [many] Удалить место «{ $name }»? Вместе с ним удалятся { $marks } отметок. (u вернёт)
   *[other] Удалить место «{ $name }»? Вместе с ним удалятся { $marks } отметки. (u вернёт)
}
# The place form's title, adding.
ww-form-add-place = Добавить место
# …renaming. $name: the place.
ww-form-place = Место «{ $name }»
# Its field and the field's help.
ww-field-place = Место
ww-field-place-help = как его называет зал: «тропа вдоль железной дороги», «водный киоск Кианда»
# Why the name is not taken: none typed; another place has it ($name).
ww-place-empty = Место: у места должно быть название
ww-place-taken = Место: место «{ $name }» уже есть
# The mark form's title. $group, $name (the place), $when: as above.
ww-form-mark = { $group }: «{ $name }» { $when }
# Its fields and the help of the problems'.
ww-field-unsafe = Опасность
ww-field-problems = Проблемы
ww-field-problems-help = проблемы, которые случаются здесь в это время (Пробел отмечает)

## Where and when on the room's screen

# Heading. $clock: the view shown (ww-clock-…).
ww-room-heading = Где и когда небезопасно · { $clock }
# No places.
ww-room-empty = Места пока не названы.
# The cell the facilitator is on. $name: the place; $when: ww-when; $group:
# the group marking; $mark: ww-room-level or ww-room-not-marked.
ww-room-cell = ▶ { $name } { $when } — { $group }: { $mark }
# $level: the mark (0–3); $word: what it means (ww-level).
ww-room-level = { $level } ({ $word })
ww-room-not-marked = ещё не отмечено
# Under the map: what the shades mean.
ww-room-legend = ▓ 3 очень опасно · ▒ 2 опасно · ░ 1 немного · · 0 безопасно
# The wall too narrow for the map.
ww-room-widen = Расширьте окно, чтобы увидеть карту.

## Where and when in the reports (Markdown, HTML)

report-ww-heading = Где и когда
report-ww-intro = Каждая группа отметила, насколько опасно каждое место в каждое время: 0 безопасно, 1 немного, 2 опасно, 3 очень опасно (▓ 3, ▒ 2, ░ 1, · 0; пусто: не отмечено). Отметка всего зала — среднее групп, отметивших клетку, каждая группа считается один раз.
# A sub-heading. $clock: day or season.
report-ww-by = { $clock ->
    [day] По времени суток
   *[season] По месяцам года
}
# A grid's caption: the whole room's, a group's ($group). $clock: as above.
report-ww-room-grid = { $clock ->
    [day] Весь зал, время суток
   *[season] Весь зал, месяцы года
}
report-ww-group-grid = { $clock ->
    [day] { $group }, время суток
   *[season] { $group }, месяцы года
}
# Before the list of the cells marked highest.
report-ww-hottest = Самые высокие отметки всего зала:
# One of them. $place: its name; $band: the time (ww-band).
report-ww-hot-spot = { $place }, { $band }
# No marks at all. $places: the places named, as a list.
report-ww-not-marked = Названные места, ещё не отмеченные: { $places }.

## The follow-up ledger: the words of the model (panel, room's screen, reports)

# What came back, as the reply form offers it and the lists show it.
ledger-kind-no-reply = нет ответа
ledger-kind-reply = ответ
ledger-kind-action = приняты меры
ledger-kind-done = решено
# Where an escalation stands (the wall's counts, the reports' Stands column).
ledger-standing-awaiting-reply = ждёт ответа
ledger-standing-awaiting-action = ответ есть, ждёт мер
ledger-standing-in-action = меры принимаются
ledger-standing-done = решено
# Where it stands, short enough for the 26-cell Stands column. $days: how
# many days it has waited for a reply / for an action since the reply, or
# took to done; $day: the day of the first action.
ledger-stands-awaiting-reply = нет ответа · { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
ledger-stands-awaiting-action = ответ · без мер { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
ledger-stands-in-action = ▶ первые меры на { $day }-й день
ledger-stands-done = ✓ решено за { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
# How long it has waited, or took (under its replies; the reports' Waiting
# column). $days: the days.
ledger-waited-done = решено через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
ledger-waited-in-action = первые меры через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
ledger-waited-awaiting-action = ответ есть, без мер { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
ledger-waited-awaiting-reply = ждёт ответа { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
# A date of the wall's lines without its year ("5 Nov"): strftime, as
# date-short in core.ftl.
date-day-month = %-d %b

## The follow-up ledger, the facilitator's view of Monitor (f)

# Title. $awaited: how many are still awaited; $done: how many are done.
ledger-title = Отслеживание обращений · ждут: { $awaited } · решено: { $done }
# Nothing escalated (the view, and a key that needs an escalation).
ledger-empty = Обращений пока нет — a записывает проблему, переданную за пределы сообщества: кому и когда; затем n записывает каждый ответ или то, что ответа не было
ledger-empty-read-only = В этой сессии обращений нет
ledger-nothing-yet = Обращений пока нет — a записывает проблему, переданную за пределы сообщества
# The table's headings (and the reports').
ledger-col-problem = Проблема
ledger-col-to = Кому передано
ledger-col-raised = Когда
ledger-col-stands = Состояние
# Over the selected one's replies. $problem: its title; $to: to whom it
# went; $raised: the day (ISO).
ledger-detail-rule = ── «{ $problem }» · { $to } · передано { $raised }{ " " }
# No reply recorded yet.
ledger-no-replies = с момента передачи ничего не записано — n записывает ответ или то, что его не было
# Under its replies. $first: days to the first action; $done: days to done.
ledger-days-done = первые меры через { $first ->
    [one] { $first } день
    [few] { $first } дня
    [many] { $first } дней
   *[other] { $first } дня
} · решено через { $done ->
    [one] { $done } день
    [few] { $done } дня
    [many] { $done } дней
   *[other] { $done } дня
}
ledger-days-acting = первые меры через { $first ->
    [one] { $first } день
    [few] { $first } дня
    [many] { $first } дней
   *[other] { $first } дня
} · ещё не решено
# d: the question. $problem, $to: as above; $replies: how many go with it.
ledger-ask-delete = { $replies ->
    [0] Удалить обращение «{ $problem }» к { $to }? (u вернёт)
    [one] Удалить обращение «{ $problem }» к { $to }? Вместе с ним удалится его ответ. (u вернёт)
    [few] Удалить обращение «{ $problem }» к { $to }? Вместе с ним удалятся { $replies } ответа. (u вернёт)
    [many] Удалить обращение «{ $problem }» к { $to }? Вместе с ним удалятся { $replies } ответов. (u вернёт)
   *[other] Удалить обращение «{ $problem }» к { $to }? Вместе с ним удалятся { $replies } ответа. (u вернёт)
}
# a with no problems named.
ledger-no-problems = Проблем пока нет — назовите их в разделе «{ -step-identify }» (F2), затем передайте одну здесь
# The escalation form's title: new, or editing one ($problem: its title).
ledger-form-raise = Передано за пределы сообщества
ledger-form-escalation = Обращение «{ $problem }»
# Its fields and their help.
ledger-field-problem = Проблема
ledger-field-to = Кому
ledger-field-to-help = учреждение или комитет, не имя человека
ledger-field-raised = Передано
# Offered in To whom (typed as they read when picked).
ledger-body-district-committee = Районный комитет безопасности
ledger-body-sub-county-committee = Подрайонный комитет безопасности
ledger-body-county-commander = Начальник полиции округа
ledger-body-county-commissioner = Комиссар округа
ledger-body-gender-office = Гендерный отдел округа
ledger-body-interior = Министерство внутренних дел
# Why the form is not taken: nobody named; a date after today ($day, $today,
# ISO); the raised date after a reply ($day); a reply before the problem was
# raised ($day, $raised).
ledger-to-empty = Кому: укажите, кому передана проблема
ledger-date-future = Дата: { $day } — позже сегодняшнего дня ({ $today }); журнал записывает то, что было
ledger-raised-after-reply = Передано: { $day } — позже уже записанного ответа
ledger-date-before-raised = Дата: { $day } — раньше, чем проблема была передана ({ $raised })
# The reply form's title. $to: to whom; $problem: the problem's title.
ledger-form-reply = Что пришло от { $to } по «{ $problem }»
# Its fields and their help.
ledger-field-date = Дата
ledger-field-what = Что
ledger-field-what-help = нет ответа: напомнили, ничего не пришло; решено: больше ничего не ждём
ledger-field-note = Заметка
ledger-field-note-help = что сказано или сделано, кем (необязательно)
# The escalation was deleted while its form was open.
ledger-gone = этого обращения больше нет
# The status line when a session opens with escalations from the last cycle
# still awaited. $problem: the first's title; $to: to whom; $stands: where
# it stands (ledger-stands-…); $more: how many others.
ledger-still-awaited = { $more ->
    [0] Всё ещё ждём с прошлого цикла: «{ $problem }» ({ $to }, { $stands }) — f в разделе «{ -step-monitor }» (F5) для отслеживания
   *[other] Всё ещё ждём с прошлого цикла: «{ $problem }» ({ $to }, { $stands }) и ещё { $more } — f в разделе «{ -step-monitor }» (F5) для отслеживания
}

## The follow-up ledger on the room's screen

# Heading. $awaited: how many are still awaited.
ledger-room-heading = Отслеживаем переданное: ждут { $awaited }
ledger-room-empty = За пределы сообщества пока ничего не передано.
# Under the big counts (four columns share 76 cells at 80×24: short).
ledger-room-await-reply = ждут ответа
ledger-room-await-action = ждут мер
ledger-room-under-way = в работе
ledger-room-done = решено
# Under each escalation's title. $to: to whom; $since: the day raised, in
# words; $stands: where it stands (ledger-stands-…).
ledger-room-detail = кому: { $to } с { $since } · { $stands }

## The follow-up ledger in the reports (Markdown, HTML)

report-ledger-heading = Отслеживание обращений
# The summary, in three parts: this, then (in bold) report-ledger-awaited,
# then report-as-of-date. $n: how many problems were raised.
report-ledger-raised = { $n ->
    [one] { $n } проблема передана
    [few] { $n } проблемы переданы
    [many] { $n } проблем передано
   *[other] { $n } проблемы переданы
} за пределы сообщества;{ " " }
# $n: how many are still awaited (in bold).
report-ledger-awaited = ждут: { $n }
# The table's headings beyond the panel's (ledger-col-…).
report-ledger-col-no = №
report-ledger-col-first-reply = Первый ответ
report-ledger-col-days-to-action = Дней до первых мер
report-ledger-col-days-to-done = Дней до решения
report-ledger-col-waiting = Ожидание
# A problem carried from an earlier cycle. $problem: its title.
report-ledger-inherited = { $problem } (из прошлого цикла)
# Over an escalation's replies. $problem: its title; $to: to whom.
report-ledger-replies-heading = «{ $problem }», передано: { $to }

## The score card: the words of the model (panel, room's screen, reports)

# The scales the room scores on (the settings form; the reports' note).
card-scale-hundred = 0–100, как школьная оценка
card-scale-five = 1–5, от очень плохо до очень хорошо
# The provider while the room has not named it.
card-provider = Поставщик
# The table's headings (panel, wall; Indicator, Gap and Mean in the
# reports): at most 5 cells for the short community's and the gap's.
card-col-indicator = Показатель
card-col-community-short = Сообщ
card-col-gap = Разр.
card-mean = Среднее
# The provider's column headed by a letter (its name in the legend).
card-col-provider-short = П
# Under the table. $big: the biggest gaps' mark (◆); $planned: the mark of
# an action planned on a gap (→).
card-legend = { $big } наибольшие разрывы · { $planned } запланировано действие · разрыв = сообщество − поставщик
# …where that does not fit (the wall).
card-legend-short = { $big } наибольшие разрывы · { $planned } запланировано действие

## The score card, the facilitator's view of Rank (S)

# Title. $provider: who is scored; $scale: 0–100 or 1–5.
card-title = Оценочная карта · { $provider } · { $scale }
# Beside it. $scored: the scores given; $cells: the cells of the card.
card-scored = оценено { $scored } из { $cells }
# No indicators yet (the view, and a key that needs one).
card-empty = Показателей пока нет — I добавляет начальный набор для полиции (отклик, уважение, справедливость к женщинам и молодёжи, честность, заметность…), a — показатель словами зала, o — кого оценивают
card-empty-read-only = Показателей пока нет
card-no-indicators = Показателей пока нет — I добавляет начальный набор для полиции, a — свой показатель зала
# The cell under the cursor in words. $name: the indicator; $who: the group
# or the provider; $score: the score; $reason: the reason given.
card-detail-reason = ▶ «{ $name }» — { $who }: { $score } · «{ $reason }»
card-detail-score = ▶ «{ $name }» — { $who }: { $score } (e — причина)
card-detail-unscored = ▶ «{ $name }» — { $who }: ещё не оценено
# Digits typed, then the cursor moved. $typed: the digits.
card-moved = { $typed } не записано: курсор сдвинулся до Enter
# I with every starter indicator on the card.
card-starter-complete = в карте уже есть все показатели начального набора
# A digit too many. $n: the most a score has.
card-max-digits = в оценке не больше { $n ->
    [one] { $n } цифры
    [few] { $n } цифр
    [many] { $n } цифр
   *[other] { $n } цифр
}
# Esc with digits typed.
card-digits-cleared = цифры стёрты
# Enter on digits outside the scale. $typed: them; $min, $max: the scale.
card-out-of-scale = { $typed } не записано: оценка в этой карте от { $min } до { $max }
# Delete on a cell with no score. $who: the group or provider; $name: the
# indicator.
card-nothing-to-clear = { $who }: нет оценки «{ $name }», нечего стирать
# d: the question. $name: the indicator; $scores: how many go with it.
card-ask-delete = { $scores ->
    [0] Удалить показатель «{ $name }»? (u вернёт)
    [one] Удалить показатель «{ $name }»? Вместе с ним удалится его оценка. (u вернёт)
    [few] Удалить показатель «{ $name }»? Вместе с ним удалятся { $scores } оценки. (u вернёт)
    [many] Удалить показатель «{ $name }»? Вместе с ним удалятся { $scores } оценок. (u вернёт)
   *[other] Удалить показатель «{ $name }»? Вместе с ним удалятся { $scores } оценки. (u вернёт)
}
# The score form's title. $who, $name: as above.
card-form-score = { $who } о «{ $name }»
# Its fields and their help (one per scale).
card-field-score = Оценка
card-field-score-help-hundred = от 0 до 100, как школьная оценка
card-field-score-help-five = 1 очень плохо … 5 очень хорошо
card-field-reason = Причина
card-field-reason-help = почему группа ставит эту оценку, её словами
# The indicator form's title: adding, or rewording ($name).
card-form-add-indicator = Добавить показатель
card-form-indicator = Показатель «{ $name }»
card-field-indicator = Показатель
card-field-indicator-help = по чему зал судит о службе, например «Приезжает по вызову ночью»
# Why the name is not taken: none typed; another indicator has it ($name).
card-indicator-empty = Показатель: у показателя должно быть название
card-indicator-taken = Показатель: показатель «{ $name }» уже есть
# The settings form (o).
card-form-settings = Оценочная карта
card-field-provider = Поставщик
card-field-provider-help = оцениваемая служба, которая оценивает и себя: «полицейский пост Кибера»
card-field-scale = Шкала
card-field-scale-help = выбирается до первой оценки
card-scale-locked = Шкала: она выбирается до первой оценки (сотрите оценки, чтобы её сменить)
# P with no problem to plan for.
card-action-no-problem = Действие относится к проблеме: сначала назовите её в разделе «{ -step-identify }» (F2)
# The action form's title (P). $name: the indicator.
card-form-action = Действие по разрыву «{ $name }»
# The indicator of success the action form starts with: the baseline it is
# measured from. $name: the indicator; $score: the community's mean; $gap:
# the gap, signed.
card-measure-gap = оценка сообщества по «{ $name }» выше { $score } (разрыв { $gap })
card-measure = оценка сообщества по «{ $name }» выше { $score }
card-measure-next = оценка сообщества по «{ $name }» выше в следующем цикле
# The action saved. $name: the indicator.
card-action-planned = действие по разрыву «{ $name }» запланировано: оно в разделе «{ -step-plan }» (F4)

## The score card on the room's screen

# Heading. $provider: who is scored.
card-room-heading = Оценочная карта: сообщество и { $provider } рядом
# No indicators (the wall; the reports too).
card-room-empty = Показатели пока не согласованы.
# An indicator's scores in a line. $community: the community's mean;
# $provider: who is scored; $score: its own score; $gap: the gap, signed.
card-room-scores = сообщество { $community } · { $provider } { $score } · разрыв { $gap }
# Under the big digits: the community's ($groups: how many groups), the gap's
# (with $big, the mark, when among the biggest).
card-room-community = сообщество ({ $groups ->
    [one] { $groups } группа
    [few] { $groups } группы
    [many] { $groups } групп
   *[other] { $groups } группы
})
card-room-gap = разрыв
card-room-gap-biggest = { $big } разрыв, среди наибольших

## The score card in the reports (Markdown, HTML)

# Heading. $provider: who is scored.
report-card-heading = Оценочная карта: { $provider }
# Under it. $scale: the scale (card-scale-…); $provider: as above; $mark:
# the biggest gaps' mark (◆); $n: how many biggest gaps are marked.
report-card-intro = Шкала: { $scale }. Среднее сообщества — среднее групп, оценивших показатель, каждая группа считается один раз; разрыв — это среднее минус собственная оценка { $provider } (отрицательный разрыв: поставщик думает о себе лучше, чем сообщество). { $mark } отмечает { $n } наибольших разрыва (больше, если третий делят несколько).
# The table's columns of the community's mean and of the gap (the panel's
# heading is short; a report has the room for the whole word).
report-card-col-community = Сообщество
report-card-col-gap = Разрыв
# Anonymised copies.
report-card-reasons-left-out = Причины оценок не включены в обезличенные копии.
report-card-reasons = Названные причины
report-card-gap-actions = Действия, запланированные по разрывам
