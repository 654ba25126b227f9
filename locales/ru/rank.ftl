### baraza — ru: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ru --files locales`.

## The method strip (the top line of every Rank view)

# Before the three methods; the second when M can switch them.
rank-strip-lead = Отбор:
rank-strip-lead-key = Отбор (M):
# The three methods, as the strip, the results and the tie-break name them.
rank-method-dots = Точки
rank-method-pairwise = Пары
rank-method-criteria = Критерии
# One method on the strip. $method: its name (above); $recorded: what it
# has recorded (below, or a bare number where the line is short).
rank-strip-method = { $method }: { $recorded }
# What a method has recorded. $method: dots, pairwise or criteria; $n: how many.
rank-strip-recorded = { $method ->
    [dots] { $n ->
        [one] { $n } точка
        [few] { $n } точки
        [many] { $n } точек
       *[other] { $n } точки
    }
    [pairwise] { $n ->
        [one] { $n } пара
        [few] { $n } пары
        [many] { $n } пар
       *[other] { $n } пары
    }
   *[criteria] { $n ->
        [one] { $n } оценка
        [few] { $n } оценки
        [many] { $n } оценок
       *[other] { $n } оценки
    }
}
# Right end of the strip: the key to the results, or back from them.
rank-strip-results = r итоги
rank-strip-back = r назад
# After the line above where there is room.
rank-strip-score-card = S карта

## The shortlist and the tie at its boundary (the footer of every view)

# Who decides or whose ranking: the whole room, not one group.
rank-whole-room = весь зал
rank-shortlist-none = Короткого списка пока нет
# $count: problems on the shortlist.
rank-shortlist-count = ★ Короткий список: { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
}
# The same, when it is not the top N of this ranking (hand-picked, or
# taken from another method). $n: the N of the top N.
rank-shortlist-count-not-top = ★ Короткий список: { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
}, не первые { $n }
# After the line above, the keys that change it. $n: the N of the top N.
rank-shortlist-keys = s берёт первые { $n }, [ ] меняет { $n }
rank-shortlist-keys-by-hand = s берёт первые { $n }, Space выбирает вручную, [ ] меняет { $n }
# The places a tie spans, inside the tie lines below. $first, $last: ranks.
rank-positions-two = места { $first } и { $last }
rank-positions-range = места с { $first } по { $last }
# Before $positions while one group's ranking is shown: the tie is the room's.
rank-whose-room = весь зал:{ " " }
# The top N cuts a tie. $n: the N; $whose: the line above or nothing;
# $positions: "positions 3 and 4".
rank-tie-cut = ! Первые { $n }: { $whose }{ $positions } равны — b разрешает равенство
rank-tie-cut-read-only = ! Первые { $n }: { $whose }{ $positions } равны
# A run-off is being voted. $dots: its dots so far; others as above.
rank-tie-runoff = ! Первые { $n }: { $whose }{ $positions } равны — идёт повторное голосование (точек: { $dots }): b продолжает
rank-tie-runoff-read-only = ! Первые { $n }: { $whose }{ $positions } равны — идёт повторное голосование (точек: { $dots })
# The tie was broken. $n: the N; $rank: the tied rank; $how: "run-off vote
# (12 dots)", "head-to-head pairwise result", "facilitator decision: …".
rank-tie-broken = ✓ Первые { $n }: равенство на { $rank }-м месте разрешено: { $how }
# An order of problems: "«A», then «B»". $first: the ones before; $next: the next.
rank-then = { $first }, затем { $next }
# The legend of groups' dots, when some groups do not fit. $n: how many.
rank-more = ещё +{ $n }

## Status line: the shortlist

# s before the method has its inputs. $method: dots, pairwise or criteria.
rank-not-ready = { $method ->
    [dots] точек пока нет: сначала запишите голоса или выберите проблемы вручную клавишей Space
    [pairwise] круг пар не закончен: сначала решите каждую пару
   *[criteria] таблица оценок не заполнена: сначала оцените каждую проблему по каждому критерию
}
# $n: the N of the top N.
rank-shortlist-already = короткий список уже состоит из первых { $n }
rank-shortlist-set-pairwise = короткий список задан: попарное сравнение теперь сравнивает эти { $n }; остальные решённые пары остаются записанными
# ] at the longest. $most: how many problems there are.
rank-shortlist-longest = короткий список не может быть длиннее всех проблем ({ $most })
rank-shortlist-shortest = в коротком списке хотя бы одна проблема

## Scores as the results and the tie-break show them

# A score with its unit. $method: dots, pairwise or criteria; $n: the
# score when whole (for the plural), else text; $score: it as shown (3, 3½, 13.5).
rank-score = { $method ->
    [dots] { $n ->
        [one] { $score } точка
        [few] { $score } точки
        [many] { $score } точек
       *[other] { $score } точки
    }
    [pairwise] { $n ->
        [one] { $score } победа
        [few] { $score } победы
        [many] { $score } побед
       *[other] { $score } победы
    }
   *[criteria] { $n ->
        [one] { $score } балл
        [few] { $score } балла
        [many] { $score } баллов
       *[other] { $score } балла
    }
}

## Status line: who votes, decides, or is looked at

# g with no groups in the session.
rank-no-groups-f1 = Групп пока нет — сначала добавьте группы в «Подготовке» (F1)
# Esc on the question about a tie at the shortlist boundary.
rank-shortlist-left = короткий список оставлен как был
# A group picked that an undo took away meanwhile.
rank-group-gone = этой группы больше нет в сессии: g выбирает снова
# The group whose dots are counted (also the dot view's heading). $group:
# its name; $used: dots it placed; $budget: its dots in all.
rank-voting = Голосует: { $group } — { $used } из { $budget ->
    [one] { $budget } точки
    [few] { $budget } точек
    [many] { $budget } точек
   *[other] { $budget } точки
}
# $group: the group whose run-off dots are counted.
rank-runoff-voter = Повторное голосование: точки ставит { $group }
# Who decides pairs / gives scores now. $who: a group's name or "whole room".
rank-deciding-who = Решает: { $who }
rank-scoring-who = Оценивает: { $who }
# The results show one group's ranking. $group: its name.
rank-looking-at = Просмотр: ранжирование группы «{ $group }» (кто решает, не меняется)
rank-looking-at-room = Просмотр: ранжирование всего зала (кто решает, не меняется)

## The group picker (g): its question, choices and keys

rank-pick-voter = Чьи точки считаем?
rank-pick-runoff-voter = Чьи точки повторного голосования считаем?
rank-pick-decider = Кто сейчас решает?
rank-pick-viewed = Чьё ранжирование смотреть? (ничего не меняет)
# Choice 0, where the whole room can decide.
rank-pick-room = весь зал (все группы вместе)
# A group when dots are counted. $group: its name; $used, $budget: its dots.
rank-pick-voter-group = { $group } — { $used } из { $budget ->
    [one] { $budget } точки
    [few] { $budget } точек
    [many] { $budget } точек
   *[other] { $budget } точки
}
# The picker's bottom line. $first: the first number (0 with the whole room, else 1).
rank-pick-keys = { $first }-9 выбор · ↑↓ Enter · Esc

## The question when the top N would cut a tie (s)

# Its title.
rank-boundary-title = Короткий список
# $n: the N; $titles: the tied problems («…», «…»); $rank: their shared
# rank; $tied: how many are tied; $size: the shortlist with them all.
rank-boundary-question = Первые { $n } разрезают равенство: { $titles } делят { $rank }-е место. Какая из них войдёт в короткий список, baraza не угадывает. b разрешает равенство сейчас · a включает все равные ({ $tied }; список из { $size }) · Esc оставляет короткий список как есть.

## What is missing before ranking (in every view)

rank-no-groups = Групп пока нет — сначала добавьте группы в «Подготовке» (Shift+Tab)
rank-no-problems = Проблем пока нет — сначала назовите проблемы в «Выявлении» (Shift+Tab)

## Dot voting: the board

# The chart's title. $order: one of the two below; $group: the group shown alone.
rank-dots-chart-room = Ранжирование: весь зал, все группы · { $order }
rank-dots-chart-group = Ранжирование: только { $group } · { $order }
rank-dots-sorted = по числу точек
rank-dots-named = в порядке называния
# After the chart's title while the rows keep their place.
rank-dots-rows-named = строки в порядке называния, пока идёт подсчёт
rank-dots-rows-held = строки на месте, пока голосует эта группа
# The heading while c walks a group's tally. $group: its name; $at: the
# problem reached; $count: problems in all; $used, $budget: its dots.
rank-dots-tally-heading = Подсчёт: { $group }: проблема { $at } из { $count } · { $used } из { $budget ->
    [one] { $budget } точки
    [few] { $budget } точек
    [many] { $budget } точек
   *[other] { $budget } точки
}
# After the heading, the number being typed. $typed: its digits.
rank-dots-typing = ввод { $typed }▏ Enter ставит
# After the heading once a group is over its dots. $over: by how many.
rank-dots-over-budget = ! сверх лимита: { $over }
# The room's typing strip while a tally is typed: its label.
rank-typing-dots = Точки

## Dot voting: status line and the over-budget question

# A sixth digit. $n: the most digits.
rank-dots-max-digits = не больше { $n } цифр
# Esc on digits typed.
rank-dots-cleared = цифры стёрты
# The cursor left a row with digits typed. $typed: the digits.
rank-dots-moved = { $typed } не записано: курсор ушёл до Enter
# Enter with nothing typed.
rank-dots-type-first = сначала наберите число точек: 1 4 Enter ставит 14
# $group: the group; $count: the number typed; $problem: the problem's title.
rank-dots-already = у группы { $group } уже { $count } на «{ $problem }»
# The y/n question when a typed tally goes over the group's dots. $count:
# the number typed; $problem: the title; $group: the group; $used: its dots
# with this; $budget: its dots in all; $over: by how many.
rank-dots-over-set = { $count } на «{ $problem }» доводит { $group } до { $used } из { $budget } — сверх лимита: { $over }. Записать всё равно?
# The same for one dot (+).
rank-dots-over-add = Точка на «{ $problem }» доводит { $group } до { $used } из { $budget } — сверх лимита: { $over }. Записать всё равно?
# n to the question above.
rank-dots-not-recorded = не записано: подсчёт остался прежним
# c starts a group's tally. $group: its name.
rank-dots-tally-start = Подсчёт: { $group }: наберите точки каждой проблемы, Enter — дальше (один Enter оставляет число как есть); Esc — конец
# The tally's end. $group: its name; $used, $budget: its dots.
rank-dots-tally-done = подсчёт закончен: у группы { $group } { $used } из { $budget } — g выбирает следующую группу
# - with no dot to take back. $group, $problem: names.
rank-dots-nothing-to-take-back = у группы { $group } нет точки на «{ $problem }», которую можно снять

## Pairwise: status line

# Space with every pair decided. $n: pairs; $who: who decided (a group or "whole room").
rank-pairs-all-decided = все пары решены ({ $n }; { $who }) — r показывает итоги
# x on a pair not decided.
rank-pair-nothing-to-clear = по этой паре пока ничего не решено
# The same pick again.
rank-pair-already = уже записано так — Space переходит к следующей паре
# A reason saved before the pick.
rank-pair-reason-noted = записано — ← → или = сохранит это вместе с выбором
# A round of many pairs. $n: problems; $pairs: pairs.
rank-pairs-long-round = проблем: { $n } = пар: { $pairs } — долгий круг для зала
# Why there is no pair to show.
rank-pairs-one-problem = Только одна проблема: для попарного сравнения нужны две или больше
rank-pairs-one-shortlisted = В коротком списке одна проблема: добавьте ещё, или a сравнивает все проблемы
rank-pairs-too-few = Для попарного сравнения нужны две проблемы или больше
# The room's typing strip while a reason is typed: its label.
rank-typing-why = Почему

## Pairwise: the matrix (m)

# Its title. $who: who decides (a group or "whole room").
rank-matrix-title = Матрица пар · { $who }
# Top right of the matrix and the results. $decided: pairs decided; $total: pairs.
rank-pairs-decided = решено пар: { $decided } из { $total }
# Under the title: how to read a cell, or why the room's wins are the groups'.
rank-matrix-note = Клетка: номер более важной проблемы · = равно · пусто: не решено
rank-matrix-note-groups = Зал не решил вместе ни одной пары: его победы — сумма решений групп
# Column headings right of the grid (short: the numbers under them are).
rank-matrix-wins = побед
rank-matrix-rank = место

## Pairwise: the pair on screen

# Its title. $who: who decides (a group or "whole room").
rank-pair-title = Пары · решает: { $who }
# Top right. $pair: the pair on screen; $total: pairs; $decided: pairs decided.
rank-pair-progress = пара { $pair } из { $total } · решено { $decided }
# Under the title: what the round compares. $n: problems; $pairs: pairs.
rank-comparing-all-no-shortlist = Все проблемы (короткого списка нет): проблем { $n } = пар { $pairs }
rank-comparing-shortlist = Короткий список: проблем { $n } = пар { $pairs }
rank-comparing-all = Все проблемы: проблем { $n } = пар { $pairs }
# After the line above: what a compares instead.
rank-scope-key-all = a: все
rank-scope-key-shortlist = a: короткий список
# Decisions kept from another round. $pairs: pairs decided; $problems: among how many problems.
rank-pairs-outside = ! Записано и вне этого круга: решённых пар { $pairs } среди проблем: { $problems } — сохранены и учтены в отчёте
# Above the two problems.
rank-pair-question = Что важнее?
# Between the two boxes (7 columns at most).
rank-pair-or = или
# Under the boxes side by side: the keys, and the pick.
rank-pair-this-left = ← эта
rank-pair-this-right = эта →
rank-pair-more = ✓ важнее
# Between the boxes when they tie (7 columns at most).
rank-pair-equal-short = равно
# Between the boxes stacked one over the other, when they tie.
rank-pair-equal = = равно
# Under the boxes stacked.
rank-pair-keys-stacked = ← первая · = равно · вторая →
# Why the room decided so. $reason: as typed.
rank-pair-why-label = Почему:
rank-pair-why = Почему: { $reason }
rank-pair-why-pending = Почему: { $reason }  (запишется с выбором)
rank-pair-no-reason = Причина не записана
rank-pair-no-reason-key = Причина не записана — Enter, чтобы написать
# How the other rounds decided this pair. $others: "Room 1 · Women = · Men –".
rank-pair-others = Другие по этой паре: { $others }
# The whole room, in the line above.
rank-pair-room = Зал

## Criteria scoring: the grid

# Its title. $who: who gives the scores (a group or "whole room").
rank-criteria-title = Критерии · оценивает: { $who }
# Top right. $scored: cells scored; $cells: cells in all.
rank-criteria-scored = оценено клеток: { $scored } из { $cells }
# With no criterion yet (read-only, then with the key).
rank-criteria-none = Критериев пока нет
rank-criteria-none-examples = Критериев пока нет — a добавляет (напр. Частота, Тяжесть, Число пострадавших)
# The cell under the cursor, above the grid. $criterion: its name;
# $weight: its weight; $problem: the problem's title.
rank-criteria-cell = { $criterion } (вес ×{ $weight }) — 1 низко … 5 высоко · «{ $problem }»
# Above the footer, when groups scored and the room is shown.
rank-criteria-mean-note = Весь зал: клетка, которую зал сам не оценил, показывает среднее по группам
# Column headings (Total and Rank are short: numbers stand under them).
rank-criteria-col-problem = Проблема
rank-criteria-col-total = Итого
rank-criteria-col-rank = Место

## Criteria scoring: status line, the question and the form

# A score key with no criterion.
rank-criteria-none-key = Критериев пока нет — a добавляет (напр. Тяжесть)
# x on a cell not scored. $who: a group or "whole room".
rank-criteria-nothing-to-clear = { $who }: здесь нет оценки, чтобы её стереть
# The y/n question on d. $name: the criterion; $scores: its scores.
rank-criteria-ask-delete = { $scores ->
    [0] Удалить критерий «{ $name }»? (u вернёт его)
    [one] Удалить критерий «{ $name }»? Вместе с ним уйдёт { $scores } оценка. (u вернёт его)
    [few] Удалить критерий «{ $name }»? Вместе с ним уйдут { $scores } оценки. (u вернёт его)
    [many] Удалить критерий «{ $name }»? Вместе с ним уйдут { $scores } оценок. (u вернёт его)
   *[other] Удалить критерий «{ $name }»? Вместе с ним уйдут { $scores } оценки. (u вернёт его)
}
# The form's title. $name: the criterion.
rank-criteria-form-edit = Критерий «{ $name }»
rank-criteria-form-add = Новый критерий
rank-criteria-field-name = Название
rank-criteria-field-name-help = как говорит зал, напр. «Затрагивает детей»
rank-criteria-field-weight = Вес
rank-criteria-field-weight-help = насколько он важен: 2 считается вдвое больше, чем 1 (от 1 до 10)
# Why the form cannot be saved. $name: the name typed.
rank-criteria-name-empty = Название: у критерия должно быть название
rank-criteria-name-taken = Название: «{ $name }» уже есть среди критериев
# After adding one criterion too many. $n: criteria now.
rank-criteria-many = критериев: { $n } — оценка займёт больше времени (обычно 3–5)

## Results (r)

# Its title. $method: the method's name; $who: "whole room"; $group: the
# group whose ranking is looked at.
rank-results-title = Итоги · { $method } · { $who }
rank-results-title-group = Итоги · { $method } · просмотр: { $group }
# Nothing recorded by the method. $method: dots, pairwise or criteria.
rank-results-none = { $method ->
    [dots] Точек пока не записано — r возвращает к записи
    [pairwise] Решений по парам пока не записано — r возвращает к записи
   *[criteria] Оценок пока не записано — r возвращает к записи
}
# The group looked at recorded nothing. $group: its name; $method: as above.
rank-results-group-none = { $method ->
    [dots] { $group }: точек не записано — g показывает другую группу
    [pairwise] { $group }: решений по парам не записано — g показывает другую группу
   *[criteria] { $group }: оценок не записано — g показывает другую группу
}
# Over the chart. $group: the group looked at.
rank-results-overall = Общее ранжирование
rank-results-group-ranking = Ранжирование: { $group }
# Over the chart while the method's inputs are not complete. $decided: "3 of 6 pairs decided".
rank-results-so-far-groups = Пока: круги групп вместе, ни один не закончен
rank-results-so-far-pairs = Пока: { $decided }
rank-results-so-far-scores = Пока: не каждая проблема оценена по каждому критерию
# The table's heading.
rank-results-groups-ranks = Места по группам
# Under the table: what its marks mean.
rank-results-legend = – ничего не записано
rank-results-legend-disagree = ◆ группы расходятся больше всего · – ничего не записано
# Under the chart, for each tie broken. $rank: the tied rank; $how: how
# ("run-off vote (12 dots)"…); $order: «A», then «B».
rank-results-tie-note = † равенство на { $rank }-м месте разрешено: { $how }: { $order }

## Tie-break (b): status line

# b with the tie already broken. $broken: "Top 3: tie at rank 3 broken by …".
rank-tie-nothing-to-break = нечего разрешать: { $broken }
# b before the method has its inputs. $method: dots, pairwise or criteria.
rank-tie-nothing-recorded = { $method ->
    [dots] равенства нет: для голосования точками пока ничего не записано
    [pairwise] равенства нет: для попарного сравнения пока ничего не записано
   *[criteria] равенства нет: для оценки по критериям пока ничего не записано
}
# b with no tie at the boundary. $n: the N of the top N.
rank-tie-none-top = на границе первых { $n } равенства нет
# A key in the tie-break after the tie went (an undo).
rank-tie-gone = на границе короткого списка сейчас равенства нет
rank-runoff-needs-groups = для повторного голосования нужны голосующие группы: добавьте их в «Подготовке»
# 2 when the pairs cannot decide. $why: one of the two below.
rank-head-to-head-none = прямого итога нет: { $why } в попарном сравнении
# $n: pairs among the tied problems not decided.
rank-head-to-head-open = { $n ->
    [one] { $n } пара между ними не решена
    [few] { $n } пары между ними не решены
    [many] { $n } пар между ними не решены
   *[other] { $n } пары между ними не решены
}
rank-head-to-head-circle = их попарные итоги идут по кругу или равны
# More run-off dots than the group has people. $group: its name; $used:
# its run-off dots; $people: how many people it has.
rank-runoff-many-dots = { $group }: точек повторного голосования { $used } на { $people } чел. — обычно по одной (записано)
# - with no run-off dot to take back. $group, $problem: names.
rank-runoff-nothing-to-take-back = у группы { $group } нет точки повторного голосования на «{ $problem }», которую можно снять
rank-runoff-none-yet = точек повторного голосования пока нет: + ставит одну
rank-runoff-none-to-drop = нет точек повторного голосования, чтобы отменить
# The y/n question on d. $dots: the run-off's dots.
rank-runoff-ask-drop = Отменить это повторное голосование и его точки ({ $dots })? (u вернёт их)

## Tie-break: choosing the way

# The heading when there is no tie (after an undo).
rank-tie-title = Разрешение равенства
rank-tie-gone-esc = На границе короткого списка сейчас равенства нет — Esc возвращает
# The heading. $rank: the tied rank; $method: the method's name.
rank-tie-heading = Равенство на { $rank }-м месте · { $method }
# Top right of the tie-break's first step.
rank-tie-esc-back = Esc назад
# Under the heading. $n: the N; $tied: problems tied; $rank: their rank;
# $score: their score with its unit ("12 dots"); $places: places they share.
rank-tie-intro = Первые { $n } разрезают равенство: { $tied ->
    [one] { $tied } проблема делит
    [few] { $tied } проблемы делят
    [many] { $tied } проблем делят
   *[other] { $tied } проблемы делят
} { $rank }-е место, у каждой { $score }; мест для них: { $places }.
rank-tie-how = Как зал разрешит равенство?
# The three ways, each with a detail after it.
rank-way-runoff = Повторное голосование точками между ними
rank-way-head-to-head = Прямой итог попарного сравнения
rank-way-decision = Решение фасилитатора
rank-way-runoff-detail = каждому участнику одна точка, только на эти
# $how: "run-off vote (4 dots)".
rank-way-runoff-under-way = идёт: { $how } на сейчас
# $order: «A», then «B».
rank-way-head-to-head-gives = даёт { $order }
# $why: "1 pair among them undecided" or the circle line above.
rank-way-head-to-head-none = итога нет: { $why }
rank-way-decision-detail = порядок, с причиной, объявленной залу
# Two problems still level: "«A» and «B»". $first: the ones before; $next: the next.
rank-and = { $first } и { $next }
# The problems a run-off leaves level. $problems: the line above; $dots: each one's dots.
rank-still-level = { $problems } (у каждой точек: { $dots })

## Tie-break: the run-off

# The heading. $rank: the tied rank; $group: the group placing dots.
rank-runoff-heading = Повторное голосование, { $rank }-е место: { $group }
rank-runoff-heading-no-group = Повторное голосование, { $rank }-е место: группы нет
# Top right.
rank-runoff-one-each = по одной точке
rank-runoff-empty = Точек повторного голосования пока нет: + ставит одну на выбранную проблему
# $order: «A», then «B».
rank-runoff-confirm = Enter подтверждает порядок: { $order }
# Enter on a run-off still tied. $level: "«A» and «B» (4 dots each)".
rank-runoff-still-tied = Всё ещё равны: { $level } — ещё точки (+), или Esc и 3: фасилитатор решает по порядку повторного голосования (d отменяет его)

## Tie-break: the facilitator's decision (the form)

# Its title. $rank: the tied rank.
rank-decision-title = Решить равенство на { $rank }-м месте
# A place's field. $rank: the place.
rank-decision-place = Место { $rank }
rank-decision-place-help = ←/→ выбирает проблему для этого места; каждую один раз
rank-decision-place-help-runoff = ←/→ выбирает проблему для этого места; порядок повторного голосования уже подставлен
rank-decision-reason = Причина
rank-decision-reason-help = что услышит зал, напр. «старейшина может заняться этим сейчас»
# The reason's start after a run-off left a tie (the facilitator goes on
# from it). $dots: the run-off's dots; $level: "«A» and «B» (4 dots each)".
rank-decision-reason-start = повторное голосование (точек: { $dots }) оставило равными { $level }
# Why the form cannot be saved. $problem: a title.
rank-decision-placed-twice = «{ $problem }» стоит дважды: каждая проблема один раз
rank-decision-reason-empty = Причина: зал услышит, почему — напишите в нескольких словах

## Scrolling

# Top right of a chart or list that does not fit. $from, $to: the rows in
# view; $total: rows in all.
rank-range = { $from }–{ $to } из { $total }
