### baraza — русский: клавиши.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Везде
# The hint line's word for Tab (in Everywhere).
key-next = дальше
# The ? help's description of Tab (in Everywhere).
keyhelp-nextpanel-02c23a96 = следующая панель
# The hint line's word for Shift+Tab (in Everywhere).
key-back = назад
# The ? help's description of Shift+Tab (in Everywhere).
keyhelp-prevpanel-605c5256 = предыдущая панель
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = панель
# The ? help's description of F1-F6, Alt+1-6 (in Everywhere).
keyhelp-gotopanel-0-ac1f437c = сразу к шагу: F1 { -step-prepare } … F6 { -step-learn }, или Alt с номером шага (Alt+1 … Alt+6); строка шагов их показывает
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The ? help's description of F2/Alt+2 (in Everywhere).
keyhelp-gotopanel-1-ccb14878 = сразу к шагу «{ -step-identify }»
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The ? help's description of F3/Alt+3 (in Everywhere).
keyhelp-gotopanel-2-c5df4ac2 = сразу к шагу «{ -step-rank }»
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The ? help's description of F4/Alt+4 (in Everywhere).
keyhelp-gotopanel-3-b0a288bf = сразу к шагу «{ -step-plan }»
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The ? help's description of F5/Alt+5 (in Everywhere).
keyhelp-gotopanel-4-8d0b0282 = сразу к шагу «{ -step-monitor }»
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The ? help's description of F6/Alt+6 (in Everywhere).
keyhelp-gotopanel-5-bcd1eca2 = сразу к шагу «{ -step-learn }»
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = отменить
# The ? help's description of Ctrl+z/u (in Everywhere).
keyhelp-undo-0bae4e5a = отменить последнее изменение (и голоса тоже)
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = повторить
# The ? help's description of Ctrl+y/U (in Everywhere).
keyhelp-redo-510bd903 = повторить отменённое
# The hint line's word for T (in Everywhere).
key-theme = тема
# The ? help's description of T (in Everywhere).
keyhelp-cycletheme-bbb04c88 = сменить тему: тёмная, светлая (для проектора), монохромная
# The hint line's word for L (in Everywhere).
key-language = язык
# The ? help's description of L (in Everywhere).
keyhelp-cyclelanguage-6b5bf4b4 = сменить язык интерфейса: English, Kiswahili, Français, العربية, Soomaali, Русский
# The hint line's word for p (in Everywhere).
key-room-view = экран зала
# The ? help's description of p (in Everywhere).
keyhelp-roomview-69602ba9 = показать здесь экран зала: крупно, заголовки целиком, ничего личного (p ещё раз: назад; те же клавиши работают)
# The hint line's word for . (in Everywhere).
key-blank = погасить
# The ? help's description of . (in Everywhere).
keyhelp-blank-988af4a8 = погасить экран зала: виден только заголовок сессии, пока снова не нажата .
# The hint line's word for t (in Everywhere).
key-timer = таймер
# The ? help's description of t (in Everywhere).
keyhelp-timer-58683f60 = обратный отсчёт на экране зала: готовый или набранный срок; затем пауза, +1 мин, стоп
# The hint line's word for x (in Everywhere).
key-export = экспорт
# The ? help's description of x (in Everywhere).
keyhelp-export-1660b17e = записать сессию как отчёт (Markdown и HTML) рядом с её файлом
# The hint line's word for ? (in Everywhere).
key-help = справка
# The ? help's description of ? (in Everywhere).
keyhelp-help-7fe5d78c = показать все клавиши
# The hint line's word for q (in Everywhere).
key-quit = выход
# The ? help's description of q (in Everywhere).
keyhelp-quit-41076025 = назад к списку сессий; из списка — выход
# The ? help's description of Ctrl+c (in Everywhere).
keyhelp-forcequit-cacdab5b = выйти откуда угодно (всё сохранено; сначала спросит, если сохранение не удалось или открыта форма)

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = двигать
# The ? help's description of ↑/k (in Prepare).
keyhelp-up-3357b8a1 = вверх
# The hint line's word for ↓/j (in Prepare).
key-down = вниз
# The ? help's description of ↓/j (in Prepare).
keyhelp-down-4fa38b08 = вниз
# The hint line's word for a (in Prepare).
key-add = добавить
# The ? help's description of a (in Prepare).
keyhelp-add-7307a375 = добавить группу: название, Tab, число людей, Enter
# The hint line's word for Enter/e (in Prepare).
key-edit = изменить
# The ? help's description of Enter/e (in Prepare).
keyhelp-edit-cbbf89e9 = изменить выбранную группу: название и число людей
# The hint line's word for d (in Prepare).
key-delete = удалить
# The ? help's description of d (in Prepare).
keyhelp-delete-2dc20451 = удалить выбранную группу и её точки (спросит y/n)
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = порядок
# The ? help's description of K/Shift+↑ (in Prepare).
keyhelp-moveup-ae49fca0 = поднять выбранную группу
# The ? help's description of J/Shift+↓ (in Prepare).
keyhelp-movedown-55a9c695 = опустить выбранную группу
# The hint line's word for s (in Prepare).
key-details = сведения
# The ? help's description of s (in Prepare).
keyhelp-editdetails-d56b0e30 = изменить заголовок, общину, дату, фасилитаторов, точки на человека
# The hint line's word for n (in Prepare).
key-notes = заметки
# The ? help's description of n (in Prepare).
keyhelp-editnotes-7f673673 = записать заметки о контексте и анализе конфликта
# The hint line's word for c (in Prepare).
key-consent = согласие
# The ? help's description of c (in Prepare).
keyhelp-editconsent-0d4c232f = записать, на запись и распространение чего согласен зал
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = листать заметки
# The ? help's description of PgUp (in Prepare).
keyhelp-pageup-fa6730e3 = листать заметки вверх
# The ? help's description of PgDn (in Prepare).
keyhelp-pagedown-e5be7876 = листать заметки вниз
# The hint line's word for Home (in Prepare).
key-first = в начало
# The ? help's description of Home (in Prepare).
keyhelp-first-23dff211 = к первой строке
# The hint line's word for End (in Prepare).
key-last = в конец
# The ? help's description of End (in Prepare).
keyhelp-last-1e774909 = к последней строке

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The ? help's description of a (in Identify).
keyhelp-add-5515f493 = добавить проблемы: наберите название, Enter, следующее; Esc — конец
# The ? help's description of Enter/e (in Identify).
keyhelp-edit-e0ca61c7 = изменить проблему: описание, категория, где, кто назвал, причины, последствия
# The ? help's description of d (in Identify).
keyhelp-delete-637567d5 = удалить проблему с её точками и мероприятиями (сначала спросит)
# The hint line's word for m (in Identify).
key-merge = объединить
# The ? help's description of m (in Identify).
keyhelp-merge-7402ebdb = объединить повтор: m на нём, перейти к проблеме, которая остаётся, снова m
# The hint line's word for ! (in Identify).
key-district = район
# The ? help's description of ! (in Identify).
keyhelp-toggleescalation-92ce9efb = поставить или снять отметку: нужны меры района/страны (⚑)
# The ? help's description of K/Shift+↑ (in Identify).
keyhelp-moveup-55a74b1e = поднять проблему в списке
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = ниже
# The ? help's description of J/Shift+↓ (in Identify).
keyhelp-movedown-994084b5 = опустить проблему в списке
# The hint line's word for r (in Identify).
key-resolved = решена
# The ? help's description of r (in Identify).
keyhelp-toggleresolved-d81b7ffd = отметить проблему решённой (✓) или снова открыть
# The hint line's word for PgUp (in Identify).
key-page-up = стр. вверх
# The ? help's description of PgUp (in Identify).
keyhelp-pageup-fcb3002e = на экран вверх
# The hint line's word for PgDn (in Identify).
key-page-down = стр. вниз
# The ? help's description of PgDn (in Identify).
keyhelp-pagedown-d189d717 = на экран вниз
# The hint line's word for w (in Identify).
key-where-when = где и когда
# The ? help's description of w (in Identify).
keyhelp-showwherewhen-d0962928 = где и когда возникает небезопасность: места по времени суток или месяцам, каждая группа ставит 0–3

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Добавление проблем
# The hint line's word for Enter (in Adding problems).
key-add-next = добавить, далее
# The ? help's description of Enter (in Adding problems).
keyhelp-submit-2b279111 = добавить проблему и начать следующую (Enter на пустой строке — конец)
# The ? help's description of Ctrl+z (in Adding problems).
keyhelp-undo-a662696a = вернуть строку, стёртую Esc; иначе отменить последнее изменение (только что добавленную проблему)
# The ? help's description of Ctrl+y (in Adding problems).
keyhelp-redo-eede761d = повторить то, что отменил Ctrl+z
# The hint line's word for Esc (in Adding problems).
key-done = готово
# The ? help's description of Esc (in Adding problems).
keyhelp-cancel-e66f86c8 = закончить добавление (недописанная строка сначала стирается, Ctrl+z её вернёт)

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Объединение повторов
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = объединить сюда
# The ? help's description of m/Enter (in Merging duplicates).
keyhelp-merge-e913ae72 = объединить отмеченную проблему (◆) с выбранной (сначала спросит)
# The hint line's word for Esc (in Merging duplicates).
key-cancel = отмена
# The ? help's description of Esc (in Merging duplicates).
keyhelp-cancel-d339344e = прекратить объединение

## Identify: where and when

# A heading in the ? help.
keymap-identify-where-and-when = { -step-identify }: где и когда
# The hint line's word for ←/h (in Identify: where and when).
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = левая
# The ? help's description of ←/h (in Identify: where and when).
keyhelp-cellleft-a7c95378 = время раньше
# The hint line's word for →/l (in Identify: where and when).
# The hint line's word for → (in Rank: pairwise).
key-right = правая
# The ? help's description of →/l (in Identify: where and when).
keyhelp-cellright-bd79f5a7 = время позже
# The hint line's word for 0 (in Identify: where and when).
key-mark = отметка
# The ? help's description of 0-3 (in Identify: where and when).
keyhelp-score-0-6587f92e = отметка ячейки для группы: 0 безопасно, 1 немного, 2 опасно, 3 очень опасно; затем следующее время
# The hint line's word for 1 (in Identify: where and when).
key-1 = 1
# The ? help's description of 1 (in Identify: where and when).
keyhelp-score-1-5c4d05a3 = отметка 1
# The hint line's word for 2 (in Identify: where and when).
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The ? help's description of 2 (in Identify: where and when).
keyhelp-score-2-5d4d0736 = отметка 2
# The hint line's word for 3 (in Identify: where and when).
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The ? help's description of 3 (in Identify: where and when).
keyhelp-score-3-5e4d08c9 = отметка 3
# The hint line's word for g (in Identify: where and when).
# The hint line's word for g (in Rank: dot voting).
key-group = группа
# The ? help's description of g (in Identify: where and when).
keyhelp-nextgroup-177ee743 = следующая группа, которая отмечает (её сетка слева, сетка всего зала рядом)
# The hint line's word for G (in Identify: where and when).
# The hint line's word for G (in Rank: dot voting).
key-previous-group = пред. группа
# The ? help's description of G (in Identify: where and when).
keyhelp-prevgroup-d7adf3c5 = предыдущая группа, которая отмечает
# The hint line's word for a (in Identify: where and when).
key-place = место
# The ? help's description of a (in Identify: where and when).
keyhelp-add-81b719f2 = добавить место, названное так, как его называет зал (без адресов и координат)
# The hint line's word for m (in Identify: where and when).
key-months = месяцы
# The ? help's description of m (in Identify: where and when).
keyhelp-toggleclock-76ba482b = время суток или месяцы сезонного календаря
# The hint line's word for Enter/e (in Identify: where and when).
key-problems = проблемы
# The ? help's description of Enter/e (in Identify: where and when).
keyhelp-edit-273660ea = отметка ячейки и проблемы, которые там в это время случаются
# The ? help's description of w (in Identify: where and when).
keyhelp-showwherewhen-8809a12c = назад к проблемам
# The hint line's word for Del/Backspace (in Identify: where and when).
# The hint line's word for Esc (in Rank: dot voting).
key-clear = очистить
# The ? help's description of Del/Backspace (in Identify: where and when).
keyhelp-clearscore-55096a37 = стереть отметку группы в ячейке
# The hint line's word for i (in Identify: where and when).
key-rename = переименовать
# The ? help's description of i (in Identify: where and when).
keyhelp-rename-0e3f516c = переименовать место в этой строке
# The ? help's description of d (in Identify: where and when).
keyhelp-delete-84448d62 = удалить место в этой строке вместе с отметками (сначала спросит)

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = точки
# The ? help's description of 0-9 (in Rank: dot voting).
keyhelp-digit-1-09d9c7eb = набрать точки активной группы на выбранной проблеме, затем Enter: 1 4 Enter даёт 14
# The hint line's word for +/= (in Rank: dot voting).
key-dot = точка
# The ? help's description of +/= (in Rank: dot voting).
keyhelp-voteplus-6712c756 = одна точка от активной группы выбранной проблеме
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = убрать точку
# The ? help's description of - (in Rank: dot voting).
keyhelp-voteminus-23401a07 = забрать последнюю точку активной группы с выбранной проблемы
# The ? help's description of g (in Rank: dot voting).
keyhelp-nextgroup-61db8275 = выбрать группу, чьи точки считаются (g, затем её номер; g Enter — следующая)
# The ? help's description of G (in Rank: dot voting).
keyhelp-prevgroup-7c2a45e2 = выбрать группу, начиная с предыдущей
# The hint line's word for c (in Rank: dot voting).
key-tally = подсчёт
# The ? help's description of c (in Rank: dot voting).
keyhelp-tally-f63db14a = подсчитать точки активной группы по проблемам: наберите каждое число, Enter — дальше
# The hint line's word for v (in Rank: dot voting).
key-view = вид
# The ? help's description of v (in Rank: dot voting).
keyhelp-togglegroupview-085ed6b3 = показать ранжирование только активной группы или всего зала
# The hint line's word for s (in Rank: dot voting).
key-shortlist = короткий список
# The ? help's description of s (in Rank: dot voting).
keyhelp-shortlisttop-364a5c13 = отметить первые N ранжирования зала как короткий список для планирования (спросит, если N разрезает равенство)
# The hint line's word for Space (in Rank: dot voting).
key-pick = выбрать
# The ? help's description of Space (in Rank: dot voting).
keyhelp-toggleshortlist-d1b79639 = вручную внести выбранную проблему в короткий список или убрать из него
# The hint line's word for ]/> (in Rank: dot voting).
key-size = размер
# The ? help's description of ]/> (in Rank: dot voting).
keyhelp-shortlistmore-9da186ac = увеличить первые N короткого списка на одну
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = меньше
# The ? help's description of [/< (in Rank: dot voting).
keyhelp-shortlistfewer-b06336ea = уменьшить первые N короткого списка на одну
# The hint line's word for h (in Rank: dot voting).
key-blind = тайно
# The ? help's description of h (in Rank: dot voting).
keyhelp-toggleblind-b27d64c0 = тайное голосование: экран зала скрывает итоги (показывает, сколько точек поставила каждая группа), пока h их не откроет
# The hint line's word for o (in Rank: dot voting).
key-order = порядок
# The ? help's description of o (in Rank: dot voting).
keyhelp-toggleorder-cc871e6c = сортировать по точкам или показать проблемы в порядке, в каком их назвали
# The hint line's word for b (in Rank: dot voting).
key-break-tie = снять равенство
# The ? help's description of b (in Rank: dot voting).
keyhelp-breaktie-7add5b5a = разрешить равенство на границе короткого списка: повторное голосование, очная пара или решение
# The hint line's word for r (in Rank: dot voting).
key-results = итоги
# The ? help's description of r (in Rank: dot voting).
keyhelp-showresults-4ae20450 = итоги: общее ранжирование, диаграмма и места каждой группы рядом (r ещё раз: назад)
# The hint line's word for M (in Rank: dot voting).
key-method = метод
# The ? help's description of M (in Rank: dot voting).
keyhelp-nextmethod-bcd7a814 = сменить метод ранжирования: голосование точками → пары → критерии (ничего записанного не теряется)
# The hint line's word for Enter (in Rank: dot voting).
key-set = задать
# The ? help's description of Enter (in Rank: dot voting).
keyhelp-submit-9f8f02de = задать точкам активной группы на выбранной проблеме набранное число
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = стереть
# The ? help's description of Backspace (in Rank: dot voting).
keyhelp-erasedigit-799f8663 = стереть последнюю набранную цифру
# The ? help's description of Esc (in Rank: dot voting).
keyhelp-cancel-d1535165 = очистить набранные цифры
# The hint line's word for 0 (in Rank: dot voting).
key-digit = цифра
# The ? help's description of 0 (in Rank: dot voting).
keyhelp-digit-0-8b0d9a0f = цифра числа точек
# The ? help's description of 2 (in Rank: dot voting).
keyhelp-digit-2-8b0d9a0f = цифра числа точек
# The ? help's description of 3 (in Rank: dot voting).
keyhelp-digit-3-8b0d9a0f = цифра числа точек
# The ? help's description of 4 (in Rank: dot voting).
keyhelp-digit-4-8b0d9a0f = цифра числа точек
# The ? help's description of 5 (in Rank: dot voting).
keyhelp-digit-5-8b0d9a0f = цифра числа точек
# The ? help's description of 6 (in Rank: dot voting).
keyhelp-digit-6-8b0d9a0f = цифра числа точек
# The ? help's description of 7 (in Rank: dot voting).
keyhelp-digit-7-8b0d9a0f = цифра числа точек
# The ? help's description of 8 (in Rank: dot voting).
keyhelp-digit-8-8b0d9a0f = цифра числа точек
# The ? help's description of 9 (in Rank: dot voting).
keyhelp-digit-9-8b0d9a0f = цифра числа точек
# The hint line's word for S (in Rank: dot voting).
key-score-card = оценочная карта
# The ? help's description of S (in Rank: dot voting).
keyhelp-showscorecard-781baf9e = оценочная карта: каждая группа и поставщик услуги оценивают услугу, рядом — разрывы

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: подсчёт группы
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = записать, далее
# The ? help's description of Enter (in Rank: a group's tally).
keyhelp-submit-efa7e75f = записать набранное число (ничего не набрано — не менять) и перейти к следующей проблеме
# The ? help's description of Esc (in Rank: a group's tally).
keyhelp-cancel-08085b04 = очистить набранные цифры; если их нет, закончить подсчёт

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: больше выданных точек?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = всё равно записать
# The ? help's description of y (in Rank: over the dot budget?).
keyhelp-yes-a23fb20c = записать подсчёт, хотя группа превышает выданные ей точки
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = нет
# The ? help's description of n/Esc (in Rank: over the dot budget?).
keyhelp-no-f6d391e8 = оставить счёт как был

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The ? help's description of ← (in Rank: pairwise).
keyhelp-pickleft-08361269 = левая проблема важнее
# The ? help's description of → (in Rank: pairwise).
keyhelp-pickright-f8a16b2c = правая проблема важнее
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = равны
# The ? help's description of =/↓ (in Rank: pairwise).
keyhelp-picktie-40580bc1 = обе одинаково важны (ничья: по половине победы)
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = почему
# The ? help's description of Enter/e (in Rank: pairwise).
keyhelp-edit-a6a8f94f = записать, почему зал так решил (до или после выбора)
# The ? help's description of Space (in Rank: pairwise).
keyhelp-nextundecided-b0f39b86 = следующая нерешённая пара
# The hint line's word for g (in Rank: pairwise).
key-who-decides = кто решает
# The ? help's description of g (in Rank: pairwise).
keyhelp-nextgroup-5741edd1 = выбрать, кто решает: весь зал (0) или одна группа (её номер)
# The ? help's description of G (in Rank: pairwise).
keyhelp-prevgroup-517f40f9 = выбрать, кто решает, начиная с предыдущего
# The hint line's word for m (in Rank: pairwise).
key-matrix = матрица
# The ? help's description of m (in Rank: pairwise).
keyhelp-showmatrix-213823ec = матрица всех пар, как на листе флипчарта
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = пары
# The ? help's description of ]/PgDn (in Rank: pairwise).
keyhelp-nextpair-058a968c = следующая пара
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = пред. пара
# The ? help's description of [/PgUp (in Rank: pairwise).
keyhelp-prevpair-d924654c = предыдущая пара
# The ? help's description of Backspace/Del (in Rank: pairwise).
keyhelp-clearpick-c86e38dc = забыть решение по этой паре
# The hint line's word for a (in Rank: pairwise).
key-scope = охват
# The ? help's description of a (in Rank: pairwise).
keyhelp-togglepairscope-fd0b496c = сравнивать короткий список или все проблемы

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: запись причины
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = сохранить
# The ? help's description of Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
keyhelp-submit-3860aca3 = сохранить причину (вместе с выбором, если его ещё нет)
# The ? help's description of Esc (in Rank: writing why).
keyhelp-cancel-3744c351 = оставить причину как была

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: матрица пар
# The ? help's description of ←/h (in Rank: pairwise matrix).
keyhelp-cellleft-0e9899c8 = на столбец влево
# The ? help's description of →/l (in Rank: pairwise matrix).
keyhelp-cellright-70bb505d = на столбец вправо
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = открыть пару
# The ? help's description of Enter (in Rank: pairwise matrix).
keyhelp-edit-0de71db6 = показать эту пару крупно, чтобы решить или изменить
# The ? help's description of m/Esc (in Rank: pairwise matrix).
keyhelp-showmatrix-973f2964 = назад к паре

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The ? help's description of ←/h (in Rank: criteria scoring).
keyhelp-cellleft-356fa3df = предыдущий критерий
# The ? help's description of →/l (in Rank: criteria scoring).
keyhelp-cellright-2f517b1f = следующий критерий
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = оценка
# The ? help's description of 1 (in Rank: criteria scoring).
keyhelp-score-1-936ceecd = оценка 1 (низко) … 5 (высоко), затем следующий критерий
# The ? help's description of 2 (in Rank: criteria scoring).
keyhelp-score-2-cde27fe7 = оценка 2
# The ? help's description of 3 (in Rank: criteria scoring).
keyhelp-score-3-cce27e54 = оценка 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The ? help's description of 4 (in Rank: criteria scoring).
keyhelp-score-4-cbe27cc1 = оценка 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The ? help's description of 5 (in Rank: criteria scoring).
keyhelp-score-5-cae27b2e = оценка 5
# The ? help's description of 0/Backspace/Del (in Rank: criteria scoring).
keyhelp-clearscore-7ad545ad = стереть оценку в ячейке
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }
# The ? help's description of a (in Rank: criteria scoring).
keyhelp-add-29033117 = добавить критерий (название и вес)
# The ? help's description of Enter/e (in Rank: criteria scoring).
keyhelp-edit-3f476b1d = переименовать критерий этого столбца или изменить его вес
# The ? help's description of d (in Rank: criteria scoring).
keyhelp-delete-23ea14b9 = удалить критерий этого столбца вместе с оценками (сначала спросит)

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: итоги
# The hint line's word for g (in Rank: results).
key-look-at = смотреть
# The ? help's description of g (in Rank: results).
keyhelp-nextgroup-6418d2d2 = смотреть ранжирование одной группы или всего зала (кто решает, не меняется)
# The ? help's description of G (in Rank: results).
keyhelp-prevgroup-4311673d = смотреть ранжирование группы, начиная с предыдущей
# The ? help's description of s (in Rank: results).
keyhelp-shortlisttop-702b9521 = отметить первые N ранжирования зала как короткий список (разрешённое равенство учитывается)
# The ? help's description of r/Esc (in Rank: results).
keyhelp-showresults-fad256c8 = назад к записи

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: разрешение равенства
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = выбрать
# The ? help's description of 1 (in Rank: breaking a tie).
keyhelp-choose-0-c24641cf = повторное голосование точками только между равными проблемами
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = очная пара
# The ? help's description of 2 (in Rank: breaking a tie).
keyhelp-choose-1-f99215a6 = итог их попарного сравнения между собой
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = решение
# The ? help's description of 3 (in Rank: breaking a tie).
keyhelp-choose-2-2f3d8f4d = фасилитатор решает порядок и называет причину
# The ? help's description of Enter (in Rank: breaking a tie).
keyhelp-submit-85a1758a = разрешить равенство способом под курсором
# The ? help's description of Esc (in Rank: breaking a tie).
keyhelp-cancel-7cc204ae = назад, равенство остаётся

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The ? help's description of + (in Rank: run-off vote).
keyhelp-voteplus-14aa0bdd = одна точка повторного голосования от активной группы выбранной проблеме
# The ? help's description of - (in Rank: run-off vote).
keyhelp-voteminus-f705cb76 = забрать последнюю точку повторного голосования активной группы с выбранной проблемы
# The ? help's description of g (in Rank: run-off vote).
keyhelp-nextgroup-1648aacc = выбрать группу, чьи точки повторного голосования считаются (g, затем её номер)
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = подтвердить
# The ? help's description of Enter (in Rank: run-off vote).
keyhelp-submit-3d8bd061 = подтвердить порядок по итогам повторного голосования и записать разрешение равенства
# The hint line's word for d (in Rank: run-off vote).
key-drop = отбросить
# The ? help's description of d (in Rank: run-off vote).
keyhelp-delete-5f731119 = отбросить это повторное голосование и его точки (сначала спросит)
# The ? help's description of Esc (in Rank: run-off vote).
keyhelp-cancel-ea866136 = назад к трём способам (точки повторного голосования остаются записанными)

## Rank: score card

# A heading in the ? help.
keymap-rank-score-card = { -step-rank }: оценочная карта
# The ? help's description of ←/h (in Rank: score card).
keyhelp-cellleft-34f1cbfa = группа (или поставщик услуги) слева
# The ? help's description of →/l (in Rank: score card).
keyhelp-cellright-eaa97cc7 = группа (или поставщик услуги) справа
# The ? help's description of 0-9 (in Rank: score card).
keyhelp-digit-1-ddc7f364 = наберите оценку ячейки, затем Enter: 6 5 Enter записывает 65 и идёт вниз
# The ? help's description of 0 (in Rank: score card).
keyhelp-digit-0-9224c087 = цифра оценки
# The ? help's description of 2 (in Rank: score card).
keyhelp-digit-2-9224c087 = цифра оценки
# The ? help's description of 3 (in Rank: score card).
keyhelp-digit-3-9224c087 = цифра оценки
# The ? help's description of 4 (in Rank: score card).
keyhelp-digit-4-9224c087 = цифра оценки
# The ? help's description of 5 (in Rank: score card).
keyhelp-digit-5-9224c087 = цифра оценки
# The ? help's description of 6 (in Rank: score card).
keyhelp-digit-6-9224c087 = цифра оценки
# The ? help's description of 7 (in Rank: score card).
keyhelp-digit-7-9224c087 = цифра оценки
# The ? help's description of 8 (in Rank: score card).
keyhelp-digit-8-9224c087 = цифра оценки
# The ? help's description of 9 (in Rank: score card).
keyhelp-digit-9-9224c087 = цифра оценки
# The hint line's word for Enter (in Rank: score card).
key-record = записать
# The ? help's description of Enter (in Rank: score card).
keyhelp-submit-21151204 = записать набранную оценку и перейти вниз; ничего не набрано — оценка и её причина в форме
# The hint line's word for P (in Rank: score card).
key-plan-action = мероприятие
# The ? help's description of P (in Rank: score card).
keyhelp-plangap-9bfdd875 = запланировать в шаге «{ -step-plan }» мероприятие по разрыву этого индикатора (связано с ним)
# The hint line's word for e (in Rank: score card).
key-reason = причина
# The ? help's description of e (in Rank: score card).
keyhelp-edit-1c8eeb80 = оценка ячейки и причина, которую называет группа
# The ? help's description of Del (in Rank: score card).
keyhelp-clearscore-00fe3624 = стереть оценку ячейки (u вернёт)
# The hint line's word for a (in Rank: score card).
key-indicator = индикатор
# The ? help's description of a (in Rank: score card).
keyhelp-add-fbb53d1e = добавить индикатор словами зала
# The hint line's word for o (in Rank: score card).
key-provider = поставщик
# The ? help's description of o (in Rank: score card).
keyhelp-editdetails-b5622a00 = кого оценивают и кто оценивает себя сам (пост полиции, офис главы), и шкала
# The hint line's word for I (in Rank: score card).
key-starter-set = базовый набор
# The ? help's description of I (in Rank: score card).
keyhelp-starterset-81589d68 = добавить индикаторы, предложенные для услуг полиции (отзывчивость, уважение, справедливость…)
# The ? help's description of i (in Rank: score card).
keyhelp-rename-4828f3e9 = переформулировать индикатор этой строки
# The ? help's description of d (in Rank: score card).
keyhelp-delete-c6889e87 = удалить индикатор этой строки вместе с оценками (сначала спросит)
# The hint line's word for Esc (in Rank: score card).
key-clear-digits = стереть цифры

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: выбор группы
# The ? help's description of 0-9 (in Rank: choosing a group).
keyhelp-choose-1-da217707 = выбрать группу с этим номером (0 — весь зал, где он может решать)
# The ? help's description of 2 (in Rank: choosing a group).
keyhelp-choose-2-72e3db42 = группа 2
# The ? help's description of 3 (in Rank: choosing a group).
keyhelp-choose-3-73e3dcd5 = группа 3
# The ? help's description of 4 (in Rank: choosing a group).
keyhelp-choose-4-6ce3d1d0 = группа 4
# The ? help's description of 5 (in Rank: choosing a group).
keyhelp-choose-5-6de3d363 = группа 5
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The ? help's description of 6 (in Rank: choosing a group).
keyhelp-choose-6-6ee3d4f6 = группа 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The ? help's description of 7 (in Rank: choosing a group).
keyhelp-choose-7-6fe3d689 = группа 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The ? help's description of 8 (in Rank: choosing a group).
keyhelp-choose-8-78e3e4b4 = группа 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The ? help's description of 9 (in Rank: choosing a group).
keyhelp-choose-9-79e3e647 = группа 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = зал
# The ? help's description of 0 (in Rank: choosing a group).
keyhelp-choose-0-e5f5f8fa = весь зал
# The ? help's description of g (in Rank: choosing a group).
keyhelp-down-c1be59d5 = следующая
# The hint line's word for G (in Rank: choosing a group).
key-previous = предыдущая
# The ? help's description of G (in Rank: choosing a group).
keyhelp-up-9b332a83 = предыдущая
# The ? help's description of Enter (in Rank: choosing a group).
keyhelp-submit-326d97d8 = выбрать ту, что под курсором
# The ? help's description of Esc (in Rank: choosing a group).
keyhelp-cancel-4b0e2d40 = оставить группу как была

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: равенство на границе короткого списка
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = разрешить сейчас
# The ? help's description of b (in Rank: a tie at the shortlist boundary).
keyhelp-breaktie-556ba8f9 = разрешить равенство сейчас: повторное голосование, очная пара или решение
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = включить все равные
# The ? help's description of a (in Rank: a tie at the shortlist boundary).
keyhelp-includetied-1c5011a9 = внести все равные проблемы в короткий список (он удлиняется на них)
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = оставить
# The ? help's description of Esc/n (in Rank: a tie at the shortlist boundary).
keyhelp-cancel-9d275104 = оставить короткий список как есть

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The ? help's description of a (in Plan).
keyhelp-add-0c28c149 = добавить мероприятие к проблеме под курсором
# The ? help's description of Enter/e (in Plan).
keyhelp-edit-99cae40c = изменить выбранное мероприятие (на проблеме — добавить к ней)
# The hint line's word for v (in Plan).
key-show-all = показать все
# The ? help's description of v (in Plan).
keyhelp-toggleallproblems-f87bdc45 = показать все проблемы или только короткий список (и проблемы с мероприятиями)
# The ? help's description of d (in Plan).
keyhelp-delete-1d8dec53 = удалить выбранное мероприятие (сначала спросит)

## In a form

# A heading in the ? help.
keymap-in-a-form = В форме
# The hint line's word for Tab (in In a form).
key-next-field = след. поле
# The ? help's description of Tab (in In a form).
keyhelp-focusnext-4657e254 = следующее поле
# The ? help's description of Shift+Tab (in In a form).
keyhelp-focusprev-8e853514 = предыдущее поле
# The ? help's description of Enter/Ctrl+s (in In a form).
keyhelp-submit-efc314e7 = сохранить форму из любого поля (и Ctrl+s)
# The ? help's description of Esc (in In a form).
keyhelp-cancel-de80c72c = отмена (сначала спросит, если что-то набрано)
# The ? help's description of ↑ (in In a form).
keyhelp-focusprev-d92fbdad = предыдущее поле (в многострочном поле — с его первой строки)
# The ? help's description of ↓ (in In a form).
keyhelp-focusnext-b94b90bf = следующее поле (в многострочном поле — с его последней строки)

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = статус
# The ? help's description of s (in Monitor).
keyhelp-nextstatus-7afba1cb = следующий статус: намечено → в работе → выполнено → застряло → отменено (отмена спросит)
# The ? help's description of 1 (in Monitor).
keyhelp-setstatus-0-b27875e7 = отметить «намечено» (1–5 задают статус сразу)
# The hint line's word for 2 (in Monitor).
key-in-progress = в работе
# The ? help's description of 2 (in Monitor).
keyhelp-setstatus-1-529599fe = отметить «в работе»
# The ? help's description of 3 (in Monitor).
keyhelp-setstatus-2-ab6e5fb0 = отметить «выполнено»
# The hint line's word for 4 (in Monitor).
key-stalled = застряло
# The ? help's description of 4 (in Monitor).
keyhelp-setstatus-3-150fd113 = отметить «застряло»
# The hint line's word for 5 (in Monitor).
key-dropped = отменено
# The ? help's description of 5 (in Monitor).
keyhelp-setstatus-4-eab43245 = отметить «отменено» (сначала спросит)
# The hint line's word for n (in Monitor).
key-note = отметка
# The ? help's description of n (in Monitor).
keyhelp-addnote-fddcf145 = добавить датированную отметку о ходе работ к выбранному мероприятию
# The ? help's description of Enter/e (in Monitor).
keyhelp-edit-18dd167b = изменить выбранное мероприятие (даты, кто, …)
# The hint line's word for f (in Monitor).
key-follow-up = обращения
# The ? help's description of f (in Monitor).
keyhelp-showledger-ded7e564 = журнал обращений: проблемы, переданные выше, кому, когда, и каждый ответ с тех пор

## Monitor: follow-up of escalations

# A heading in the ? help.
keymap-monitor-follow-up-of-escalations = { -step-monitor }: обращения выше
# The hint line's word for n (in Monitor: follow-up of escalations).
key-reply = ответ
# The ? help's description of n (in Monitor: follow-up of escalations).
keyhelp-addnote-5f122a10 = записать, что пришло в ответ, с датой: нет ответа, ответ, приняты меры или решено
# The hint line's word for a (in Monitor: follow-up of escalations).
key-escalate = передать выше
# The ? help's description of a (in Monitor: follow-up of escalations).
keyhelp-add-4591f4a2 = записать, что проблема передана кому-то за пределами общины, и когда
# The ? help's description of Enter/e (in Monitor: follow-up of escalations).
keyhelp-edit-0b3d334e = изменить, кому и когда передана выбранная проблема
# The hint line's word for f (in Monitor: follow-up of escalations).
key-actions = мероприятия
# The ? help's description of f (in Monitor: follow-up of escalations).
keyhelp-showledger-eedec6eb = назад к мероприятиям
# The ? help's description of d (in Monitor: follow-up of escalations).
keyhelp-delete-19a90cea = удалить выбранное обращение вместе с ответами (сначала спросит)

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The ? help's description of ←/h (in Learn).
keyhelp-focusprev-7cf09bb2 = поле слева (предыдущее, когда они друг под другом)
# The ? help's description of →/l (in Learn).
keyhelp-focusnext-b0e98307 = поле справа (следующее, когда они друг под другом)
# The ? help's description of Enter/e (in Learn).
keyhelp-edit-13c1660c = писать в выбранном поле (Enter сохраняет; Alt+Enter — новая строка)
# The hint line's word for N (in Learn).
key-next-cycle = след. цикл
# The ? help's description of N (in Learn).
keyhelp-nextcycle-48a50a20 = начать следующий цикл: новая сессия с этими группами, нерешёнными проблемами и открытыми мероприятиями
# The hint line's word for PgUp (in Learn).
key-scroll = листать
# The ? help's description of PgUp (in Learn).
keyhelp-pageup-6690990a = листать выбранное поле вверх
# The hint line's word for PgDn (in Learn).
key-scroll-down = листать вниз
# The ? help's description of PgDn (in Learn).
keyhelp-pagedown-88523f6b = листать выбранное поле вниз
# The ? help's description of Home (in Learn).
keyhelp-first-3c423d12 = первое поле (что получилось)
# The ? help's description of End (in Learn).
keyhelp-last-5dc800c7 = последнее поле (улучшения)

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = В многострочном поле
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = новая строка
# The ? help's description of Alt+Enter/Ctrl+j (in In a multi-line field).
keyhelp-fieldkey-cc6c9f38 = новая строка (Alt+Enter или Ctrl+j)

## On a choice

# A heading in the ? help.
keymap-on-a-choice = На выборе
# The ? help's description of ←→ (in On a choice).
keyhelp-fieldkey-27d114c6 = выбрать другой вариант (и Space; на да/нет Space переключает)

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = На списке с галочками
# The ? help's description of ←→ (in On a list of ticks).
keyhelp-fieldkey-51d91892 = переход между вариантами
# The hint line's word for Space (in On a list of ticks).
key-tick = отметить
# The ? help's description of Space (in On a list of ticks).
keyhelp-fieldkey-d20f2699 = отметить или снять отметку

## Discard?

# A heading in the ? help.
keymap-discard = Отбросить?
# The hint line's word for y (in Discard?).
key-discard = отбросить
# The ? help's description of y (in Discard?).
keyhelp-yes-76cc5fd2 = выбросить набранное
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = продолжить
# The ? help's description of n/Esc (in Discard?).
keyhelp-no-971c0e2a = вернуться к форме

## Confirm

# A heading in the ? help.
keymap-confirm = Подтверждение
# The hint line's word for y (in Confirm).
key-yes = да
# The ? help's description of y (in Confirm).
keyhelp-yes-c5923342 = да, сделать
# The ? help's description of n/Esc (in Confirm).
keyhelp-no-d259d5e2 = нет, оставить

## Timer

# A heading in the ? help.
keymap-timer = Таймер
# The hint line's word for Enter (in Timer).
key-start = старт
# The ? help's description of Enter (in Timer).
keyhelp-submit-da7e11a2 = запустить срок под курсором или набранный
# The ? help's description of Esc (in Timer).
keyhelp-cancel-2e77beb5 = закрыть без таймера

## Timer running

# A heading in the ? help.
keymap-timer-running = Таймер идёт
# The hint line's word for Space (in Timer running).
key-pause = пауза
# The ? help's description of Space (in Timer running).
keyhelp-pausetimer-f0b9f89e = поставить таймер на паузу или продолжить
# The hint line's word for +/= (in Timer running).
key-1-min = +1 мин
# The ? help's description of +/= (in Timer running).
keyhelp-extendtimer-19603a90 = ещё одна минута
# The hint line's word for s (in Timer running).
key-stop = стоп
# The ? help's description of s (in Timer running).
keyhelp-stoptimer-a861eccf = остановить таймер и убрать его с экрана зала
# The hint line's word for Esc/t (in Timer running).
key-close = закрыть
# The ? help's description of Esc/t (in Timer running).
keyhelp-cancel-8f788ee8 = закрыть это окно; таймер идёт дальше

## Session list

# A heading in the ? help.
keymap-session-list = Список сессий
# The hint line's word for Enter (in Session list).
key-open = открыть
# The ? help's description of Enter (in Session list).
keyhelp-open-a6cd6cfe = открыть сессию для работы
# The hint line's word for n (in Session list).
key-new = новая
# The ? help's description of n (in Session list).
keyhelp-new-6394b752 = начать новую сессию
# The hint line's word for r (in Session list).
key-read-only = только чтение
# The ? help's description of r (in Session list).
keyhelp-readonly-ebd0fdff = открыть сессию только для чтения (для просмотра; ничего не изменится)
# The hint line's word for / (in Session list).
key-filter = фильтр
# The ? help's description of / (in Session list).
keyhelp-filter-3fde4cc9 = фильтр по любому тексту: заголовок, община, фасилитатор, проблема
# The hint line's word for o (in Session list).
key-sort = сортировка
# The ? help's description of o (in Session list).
keyhelp-sort-883ef414 = сортировать по дате, заголовку, общине или шагу
# The ? help's description of N (in Session list).
keyhelp-nextcycle-65de5c6c = начать следующий цикл выбранной сессии
# The hint line's word for c (in Session list).
key-compare = сравнить
# The ? help's description of c (in Session list).
keyhelp-compare-d64e19fd = сравнить с предыдущим циклом: как сдвинулись приоритеты
# The hint line's word for p (in Session list).
key-room-s-screen = экран зала
# The ? help's description of p (in Session list).
keyhelp-present-a97c349b = сделать это окно экраном зала для сессии (для проектора): следует за окном фасилитатора, только чтение
# The hint line's word for x (in Session list).
key-report = отчёт
# The ? help's description of x (in Session list).
keyhelp-export-7b5f4973 = записать отчёт выбранной сессии (Markdown и HTML) рядом с ней
# The hint line's word for e (in Session list).
key-examples = примеры
# The ? help's description of e (in Session list).
keyhelp-examples-a0d320f0 = встроенные в baraza примеры сессий: целый семинар, только чтение
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = обновить
# The ? help's description of F5/Ctrl+r (in Session list).
keyhelp-refresh-460fd697 = перечитать папку: сессии, добавленные другой программой или скопированные
# The ? help's description of q (in Session list).
keyhelp-quit-b46de75f = выйти из baraza
# The ? help's description of Ctrl+c (in Session list).
keyhelp-forcequit-27314313 = выйти из baraza, даже из формы или фильтра

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Фильтр списка
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = оставить фильтр
# The ? help's description of Enter/↓ (in Filtering the list).
keyhelp-submit-f1f0bf6f = оставить фильтр и перемещаться по списку
# The ? help's description of Esc (in Filtering the list).
keyhelp-cancel-207838d1 = сбросить фильтр

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Примеры сессий
# The hint line's word for Enter/r (in Example sessions).
key-look = смотреть
# The ? help's description of Enter/r (in Example sessions).
keyhelp-readonly-3a56aab4 = открыть пример только для чтения: все панели, ничего нельзя изменить или сохранить
# The ? help's description of n (in Example sessions).
keyhelp-new-60e4a596 = начать свою сессию
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = ваши сессии
# The ? help's description of e/Esc (in Example sessions).
keyhelp-examples-5cf2029d = назад к сессиям в папке

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Сравнение циклов
# The ? help's description of g (in Comparing cycles).
keyhelp-nextgroup-6eec0074 = показать места одной группы (по кругу по группам, затем весь зал)
# The ? help's description of G (in Comparing cycles).
keyhelp-prevgroup-5125d67b = предыдущая группа
# The ? help's description of S (in Comparing cycles).
keyhelp-showscorecard-ceca693e = как изменилась оценочная карта: оценка общины, самооценка и разрыв по каждому индикатору (S ещё раз — места)
# The ? help's description of Esc/q (in Comparing cycles).
keyhelp-quit-0aa177cc = назад к списку сессий
# The ? help's description of Ctrl+c (in Comparing cycles).
keyhelp-forcequit-b46de75f = выйти из baraza

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Экран зала
# The ? help's description of q (in Room's screen).
keyhelp-quit-d0f78148 = закрыть экран зала (сессия не затрагивается)

## Help

# A heading in the ? help.
keymap-help = Справка
# The ? help's description of ↑/k (in Help).
keyhelp-up-c3bb7449 = листать вверх
# The ? help's description of ↓/j (in Help).
keyhelp-down-bd81c830 = листать вниз
# The hint line's word for Home (in Help).
key-top = вверх
# The ? help's description of Home (in Help).
keyhelp-first-c03b1b55 = в начало: клавиши, работающие везде
# The hint line's word for End (in Help).
key-bottom = вниз
# The ? help's description of End (in Help).
keyhelp-last-9a8b7f02 = в конец
# The hint line's word for R (in Help).
key-right-to-left = справа налево
# The ? help's description of R (in Help).
keyhelp-cyclertl-ac2b4b46 = текст справа налево: auto, on (переставляет baraza), off (переставляет терминал); проверочная строка внизу показывает, что верно
# The ? help's description of Esc (in Help).
keyhelp-cancel-a72b1b14 = закрыть (любая другая клавиша тоже)
# The ? help's description of Ctrl+c (in Help).
keyhelp-forcequit-47878736 = выход
