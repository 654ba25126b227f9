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
# The hint line's word for Shift+Tab (in Everywhere).
key-back = назад
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = панель
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = отменить
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = повторить
# The hint line's word for T (in Everywhere).
key-theme = тема
# The hint line's word for L (in Everywhere).
key-language = язык
# The hint line's word for p (in Everywhere).
key-room-view = экран зала
# The hint line's word for . (in Everywhere).
key-blank = погасить
# The hint line's word for t (in Everywhere).
key-timer = таймер
# The hint line's word for x (in Everywhere).
key-export = экспорт
# The hint line's word for ? (in Everywhere).
key-help = справка
# The hint line's word for q (in Everywhere).
key-quit = выход

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = двигать
# The hint line's word for ↓/j (in Prepare).
key-down = вниз
# The hint line's word for a (in Prepare).
key-add = добавить
# The hint line's word for Enter/e (in Prepare).
key-edit = изменить
# The hint line's word for d (in Prepare).
key-delete = удалить
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = порядок
# The hint line's word for s (in Prepare).
key-details = сведения
# The hint line's word for n (in Prepare).
key-notes = заметки
# The hint line's word for c (in Prepare).
key-consent = согласие
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = листать заметки
# The hint line's word for Home (in Prepare).
key-first = в начало
# The hint line's word for End (in Prepare).
key-last = в конец

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The hint line's word for m (in Identify).
key-merge = объединить
# The hint line's word for ! (in Identify).
key-district = район
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = ниже
# The hint line's word for r (in Identify).
key-resolved = решена
# The hint line's word for PgUp (in Identify).
key-page-up = стр. вверх
# The hint line's word for PgDn (in Identify).
key-page-down = стр. вниз

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Добавление проблем
# The hint line's word for Enter (in Adding problems).
key-add-next = добавить, далее
# The hint line's word for Esc (in Adding problems).
key-done = готово

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Объединение повторов
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = объединить сюда
# The hint line's word for Esc (in Merging duplicates).
key-cancel = отмена

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = точки
# The hint line's word for +/= (in Rank: dot voting).
key-dot = точка
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = убрать точку
# The hint line's word for g (in Rank: dot voting).
key-group = группа
# The hint line's word for G (in Rank: dot voting).
key-previous-group = пред. группа
# The hint line's word for c (in Rank: dot voting).
key-tally = подсчёт
# The hint line's word for v (in Rank: dot voting).
key-view = вид
# The hint line's word for s (in Rank: dot voting).
key-shortlist = короткий список
# The hint line's word for Space (in Rank: dot voting).
key-pick = выбрать
# The hint line's word for ]/> (in Rank: dot voting).
key-size = размер
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = меньше
# The hint line's word for h (in Rank: dot voting).
key-blind = тайно
# The hint line's word for o (in Rank: dot voting).
key-order = порядок
# The hint line's word for b (in Rank: dot voting).
key-break-tie = разрешить равенство
# The hint line's word for r (in Rank: dot voting).
key-results = итоги
# The hint line's word for M (in Rank: dot voting).
key-method = метод
# The hint line's word for Enter (in Rank: dot voting).
key-set = задать
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = стереть
# The hint line's word for Esc (in Rank: dot voting).
key-clear = очистить
# The hint line's word for 0 (in Rank: dot voting).
key-digit = цифра

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: подсчёт группы
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = записать, далее

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: больше выданных точек?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = всё равно записать
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = нет

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The hint line's word for → (in Rank: pairwise).
key-right = правая
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = равны
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = почему
# The hint line's word for g (in Rank: pairwise).
key-who-decides = кто решает
# The hint line's word for m (in Rank: pairwise).
key-matrix = матрица
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = пары
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = пред. пара
# The hint line's word for a (in Rank: pairwise).
key-scope = охват

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: запись причины
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = сохранить

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: матрица пар
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = левая
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = открыть пару

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = оценка
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: итоги
# The hint line's word for g (in Rank: results).
key-look-at = смотреть

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: разрешение равенства
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = выбрать
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = очная пара
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = решение

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = подтвердить
# The hint line's word for d (in Rank: run-off vote).
key-drop = отбросить

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: выбор группы
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = зал
# The hint line's word for G (in Rank: choosing a group).
key-previous = предыдущая

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: равенство на границе короткого списка
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = разрешить сейчас
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = включить все равные
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = оставить

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The hint line's word for v (in Plan).
key-show-all = показать все

## In a form

# A heading in the ? help.
keymap-in-a-form = В форме
# The hint line's word for Tab (in In a form).
key-next-field = след. поле

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = статус
# The hint line's word for 2 (in Monitor).
key-in-progress = в работе
# The hint line's word for 4 (in Monitor).
key-stalled = застопорилось
# The hint line's word for 5 (in Monitor).
key-dropped = отменено
# The hint line's word for n (in Monitor).
key-note = отметка

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The hint line's word for N (in Learn).
key-next-cycle = след. цикл
# The hint line's word for PgUp (in Learn).
key-scroll = листать
# The hint line's word for PgDn (in Learn).
key-scroll-down = листать вниз

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = В многострочном поле
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = новая строка

## On a choice

# A heading in the ? help.
keymap-on-a-choice = На выборе

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = На списке с галочками
# The hint line's word for Space (in On a list of ticks).
key-tick = отметить

## Discard?

# A heading in the ? help.
keymap-discard = Отбросить?
# The hint line's word for y (in Discard?).
key-discard = отбросить
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = продолжить

## Confirm

# A heading in the ? help.
keymap-confirm = Подтверждение
# The hint line's word for y (in Confirm).
key-yes = да

## Timer

# A heading in the ? help.
keymap-timer = Таймер
# The hint line's word for Enter (in Timer).
key-start = старт

## Timer running

# A heading in the ? help.
keymap-timer-running = Таймер идёт
# The hint line's word for Space (in Timer running).
key-pause = пауза
# The hint line's word for +/= (in Timer running).
key-1-min = +1 мин
# The hint line's word for s (in Timer running).
key-stop = стоп
# The hint line's word for Esc/t (in Timer running).
key-close = закрыть

## Session list

# A heading in the ? help.
keymap-session-list = Список сессий
# The hint line's word for Enter (in Session list).
key-open = открыть
# The hint line's word for n (in Session list).
key-new = новая
# The hint line's word for r (in Session list).
key-read-only = только чтение
# The hint line's word for / (in Session list).
key-filter = фильтр
# The hint line's word for o (in Session list).
key-sort = сортировка
# The hint line's word for c (in Session list).
key-compare = сравнить
# The hint line's word for p (in Session list).
key-room-s-screen = экран зала
# The hint line's word for x (in Session list).
key-report = отчёт
# The hint line's word for e (in Session list).
key-examples = примеры
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = обновить

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Фильтр списка
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = оставить фильтр

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Примеры сессий
# The hint line's word for Enter/r (in Example sessions).
key-look = смотреть
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = ваши сессии

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Сравнение циклов

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Экран зала

## Help

# A heading in the ? help.
keymap-help = Справка
# The hint line's word for Home (in Help).
key-top = вверх
# The hint line's word for End (in Help).
key-bottom = вниз
# The hint line's word for R (in Help).
key-right-to-left = справа налево
