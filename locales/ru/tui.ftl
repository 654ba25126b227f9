### baraza — русский: экраны фасилитатора.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = язык: { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = язык: { $name } (не запомнен: { $error })
# The whole screen, when the window is smaller than the facilitator's
# screens need. $width, $height: its size in cells; $min_width,
# $min_height: the least it needs.
# Весь экран, когда окно слишком мало.
too-small = окно слишком мало: { $width }×{ $height }, нужно { $min_width }×{ $min_height }

## Save state (right end of the status line) and save failures

# Nothing changed since the session was opened.
save-unchanged = изменений пока нет
save-saving = сохранение…
# $time: when (HH:MM:SS).
save-saved = сохранено { $time }
save-read-only = только чтение
# Short, loud: the last change is not on disk.
save-not-saved = НЕ СОХРАНЕНО
# Inside the two messages below. $time: when (HH:MM:SS).
save-last-saved = последнее сохранение { $time }
save-nothing-saved = ничего не сохранено с открытия
# A save failed and is retried. $last: one of the two lines above;
# $error: why (the system's words).
save-failed = НЕ СОХРАНЕНО ({ $last }): { $error } — хранится в памяти, повтор каждые 2 с и при каждой клавише
# Saving stopped (the lock was taken by someone else…). $last, $error: as above.
save-stopped = НЕ СОХРАНЕНО ({ $last }): { $error } — изменения здесь остаются только в памяти
# Why a save failed or stopped (the $error above). $folder: the folder of
# sessions; $file: the session's file name; $holder: the program and
# laptop that holds it now; $error: the system's reason, worded; $version:
# a file version; $settings: the settings file's name.
save-why-folder-gone = папки { $folder } нет (вставлена ли флешка?)
save-why-folder-unreachable = нет доступа к папке { $folder }: { $error }
save-why-taken-over = папку заменили, и { $file } теперь открыт в { $holder }; теперь его пишет только та программа, эта больше не пишет
save-why-lock-lost = не удаётся снова взять блокировку { $file }: { $error }
save-why-cannot-look = не удаётся посмотреть { $file }: { $error }
save-why-not-a-file = { $file } заменён чем-то, что не является обычным файлом; эта программа больше его не пишет
save-why-replaced = { $file } изменила другая программа, пока он был открыт здесь; эта программа больше его не пишет
save-why-no-backup = не удаётся сохранить копию оригинала (версия файла { $version }) перед перезаписью: { $error }
save-why-settings-unreadable = не удаётся прочитать настройки шифрования папки: { $error }
save-why-settings-gone = { $file } был зашифрован, а настройки шифрования его папки ({ $settings }) пропали; в открытом виде он не сохраняется
save-why-cannot-encrypt = не удаётся зашифровать сессию: { $error }

## Title bar flags (top right, capitals where the language has them)

flag-wall-blank = СТЕНА ПОГАШЕНА
flag-blind-vote = ТАЙНОЕ ГОЛОСОВАНИЕ
flag-example = ПРИМЕР · ТОЛЬКО ЧТЕНИЕ
flag-read-only = ТОЛЬКО ЧТЕНИЕ
# The room's screen speaks another language. $name: that language, as its
# speakers name it.
flag-room-language = зал: { $name }
# The timer in the title bar. $time: minutes and seconds ("4:12").
flag-timer-paused = ⏸ { $time } пауза
flag-timer-up = ⏰ ВРЕМЯ ВЫШЛО +{ $time }

## The session list

# Title bar of the session list.
list-title = baraza · сессии по безопасности общин
# Top right of the session list. $sessions: how many (a count).
list-count = { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
}

## Status line messages in a session (left of the status line)

# After "n" to a question asking whether to leave.
said-staying = остаёмся
# After "n" to a question guarding a change (delete, merge…).
said-left-as-it-was = оставлено как было
# Tab on the last panel / Shift+Tab on the first.
said-last-step = { -step-learn } — последний шаг; Shift+Tab — назад
said-first-step = { -step-prepare } — первый шаг; Tab — дальше
said-nothing-to-undo = нечего отменять
said-nothing-to-redo = нечего повторять
# $what: the change, as the audit log words it (in English for now).
said-undone = отменено: { $what }
said-redone = повторено: { $what }
# p switched this window to the room's screen, and back.
said-room-view-on = экран зала: p ещё раз — экран фасилитатора
said-room-view-off = экран фасилитатора: p показывает экран зала
# . blanked the room's screen, and back.
said-blank-on = экран зала погашен (только заголовок): . снова покажет
said-blank-off = экран зала снова показывает панель
# A key that would change the session, in a session opened read-only.
said-read-only = только чтение: здесь ничего нельзя изменить; q, затем Enter на сессии, чтобы править
# A letter typed outside any field where it is no key (someone meant to
# write). $add: the key that starts adding here.
said-not-a-key-add = эта клавиша здесь ничего не делает: чтобы написать новое, сначала нажмите { $add }; ? — список клавиш
# The same where nothing can be added.
said-not-a-key = эта клавиша здесь ничего не делает; ? — список клавиш
# The timer. $time: minutes and seconds ("5:00").
said-timer-stopped = таймер остановлен
said-timer-started = таймер: { $time } с этого момента
said-timer-paused = таймер на паузе
said-timer-goes-on = таймер идёт дальше
said-timer-extended = ещё минута: осталось { $time }
said-timer = таймер

## Questions (a box with y/n)

# Leaving while a save has failed. $error: why (the system's words).
ask-leave-not-saved = НЕ СОХРАНЕНО: последние изменения не удалось записать ({ $error }). Всё равно выйти и потерять их?
ask-leave-form-open = Выйти? Набранное в открытой форме не сохранено.
# The last line of every y/n question box.
ask-keys = y да · n нет

## Status line messages of the list and of opening sessions

# r on the list. $sessions: how many sessions the folder holds (a count).
said-folder-read = папка перечитана: { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
}
# n (next cycle) in an example session.
said-example-next-cycle = это встроенный в baraza пример: q, затем n — своя новая сессия
# T switched the theme. $name: the theme (dark, light, monochrome).
said-theme = тема: { $name }
# …and the config could not be written. $error: why.
said-theme-not-kept = тема: { $name } (не запомнена: { $error })
# A file from an older baraza. $version: its format version (a number).
said-migrated = файл создан более старым baraza (версия { $version }); при первом сохранении остаётся копия
said-opened-read-only = открыто только для чтения: здесь ничего нельзя изменить
# $error in the messages below: why (the store's words, in English for now).
said-cannot-open = не удаётся открыть: { $error }
said-example-opened = пример, только чтение: посмотрите все панели (F1–F6); q — назад
said-cannot-open-example = не удаётся открыть пример: { $error }
said-created = новая сессия сохранена: добавьте группы в зале
said-cannot-create = не удаётся создать сессию: { $error }
said-cannot-read = не удаётся прочитать: { $error }
# A new cycle started from an old session. $problems, $actions: how many
# problems and open actions were carried over; $title: the old session's.
said-next-cycle = новый цикл, из «{ $title }» перенесены: { $problems ->
    [one] { $problems } { -problem }
    [few] { $problems } { -problems }
    [many] { $problems } { -problems(case: "gen") }
   *[other] { $problems } { -problem(case: "gen") }
} и { $actions ->
    [one] { $actions } открытое мероприятие
    [few] { $actions } открытых мероприятия
    [many] { $actions } открытых мероприятий
   *[other] { $actions } открытого мероприятия
}
said-no-previous = эта сессия не продолжает предыдущую
# $id: the previous session's id.
said-previous-missing = предыдущего цикла (id { $id }) нет в этой папке
said-cannot-read-previous = не удаётся прочитать предыдущий цикл: { $error }
said-cannot-show = не удаётся показать: { $error }

## The end of the help overlay (?): languages and right-to-left text

# Heading of the block.
help-settings = Язык и текст справа налево
# $name: the language, as its speakers name it.
help-interface-language = Язык интерфейса: { $name } (L меняет)
# The open session's room language. $name: as above.
help-room-language = Экран зала и отчёты: { $name } (задаётся в шаге «{ -step-prepare }», s)
# $setting: auto, on or off (kept as the codes: they are what the config
# file says); $doing: one of the two lines below.
help-rtl = Справа налево: { $setting }, { $doing } (R меняет: auto, on, off)
help-rtl-baraza = baraza переставляет и соединяет арабские буквы
help-rtl-terminal = терминал переставляет сам
# $line: an Arabic test sentence (not to be translated: it is the test).
help-rtl-test = Проверочная строка: { $line }
# $first: the sentence's first word.
help-rtl-how = Всё верно, если { $first } стоит у правого края, буквы соединены; если строка читается задом наперёд или перевёрнута дважды, нажмите R.
# The right-to-left setting could not be remembered. $error: why.
said-rtl-not-kept = справа налево: не запомнено ({ $error })

## The help overlay (?)

# Its title. $keys: its own keys with their words ("↑↓ scroll · Esc close").
help-title = Клавиши — { $keys }
# After a key that changes the session, in a session opened read-only.
help-not-read-only = (не в режиме чтения)
# The last section's heading: the keys of forms and y/n questions.
help-forms = Формы и вопросы

## Prepare, the facilitator's panel

# Pane titles.
prepare-groups = Группы в зале
prepare-session = Сессия
prepare-consent = Согласие
prepare-context = Контекст и конфликт
# A pane's key hint, top right ("s edit"). $key: the key, as it is.
prepare-edit-hint = { $key } изменить
# The groups table's columns and its total row.
prepare-col-group = Группа
prepare-col-people = Людей
prepare-col-dots = Точек
prepare-in-the-room = В зале
# Under the total. $dots: dots per participant.
prepare-dots-rule = точки = люди × { $dots }
prepare-no-groups = Групп пока нет — нажмите a, чтобы добавить первую: название, Tab, сколько человек, Enter.
prepare-no-groups-read-only = В этой сессии нет групп.
# On the status line, when a key needs a group and there is none.
prepare-empty-short = групп пока нет: нажмите a, чтобы добавить первую
# The Session pane. $dots: dots per participant.
prepare-dots-each = { $dots } на участника
# $dots: the line above; $room: the room's dots in all.
prepare-dots-and-room = { $dots } · { $room } на зал
prepare-no-consent = Ещё не записано — нажмите c: на запись и распространение чего согласен зал.
prepare-no-consent-read-only = Не записано: на запись и распространение чего согласился зал.
prepare-no-notes = Заметок пока нет — нажмите n, чтобы описать контекст: кого это касается, напряжённость между группами, недавние случаи.
prepare-no-notes-read-only = Заметок о контексте нет.
# Moving a group. $name: the group's name.
prepare-already-first = «{ $name }» уже первая
prepare-already-last = «{ $name }» уже последняя
# Deleting a group. $name: its name; $people: its head count.
prepare-ask-delete = Удалить группу «{ $name }» ({ $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
})?
# Added after it. $what: what goes with it (the messages below).
prepare-ask-delete-with = Вместе с ней будут удалены: { $what }.
# $n: how many.
prepare-lost-dots = { $n ->
    [one] { $n } точка
    [few] { $n } точки
    [many] { $n } точек
   *[other] { $n } точки
}
prepare-lost-pairs = { $n ->
    [one] { $n } решение по парам
    [few] { $n } решения по парам
    [many] { $n } решений по парам
   *[other] { $n } решения по парам
}
prepare-lost-scores = { $n ->
    [one] { $n } оценка
    [few] { $n } оценки
    [many] { $n } оценок
   *[other] { $n } оценки
}
# The last of a list. $first: the others, joined; $last: the last one.
prepare-and = { $first } и { $last }

## Prepare's forms (title, then each field's label and its help line)

# $name: the group's name.
prepare-edit-group = Изменить группу «{ $name }»
prepare-add-group = Добавить группу
prepare-field-name = Название
prepare-field-name-help = кто они: Женщины, Молодёжь, Старейшины, Полиция, Местная власть…
prepare-field-people = Людей
prepare-field-people-help = сколько их в зале (от 0 до 999); у каждого точки сессии
prepare-details = Сведения о сессии
prepare-field-title = Заголовок
prepare-field-title-help = как зал называет эту встречу
prepare-field-community = Община
prepare-field-community-help = община или место, где проходит сессия
prepare-field-date = Дата
prepare-field-facilitators = Фасилитаторы
prepare-field-facilitators-help = имена через запятую
prepare-field-dots = Точек на человека
prepare-field-dots-help = сколько точек ставит каждый участник при ранжировании: от 1 до 20, обычно 3–5
prepare-field-language = Язык зала
prepare-field-language-help = на каком языке говорят экран зала и отчёты (←→ выбор)
# The first choice of the room language: follow the facilitator's.
prepare-language-interface = как интерфейс
prepare-field-notes = Заметки
prepare-field-notes-help = кого это касается, напряжённость между группами, недавние случаи, у кого власть
prepare-field-consent-help = на запись и распространение чего согласен зал и с кем; зачитайте вслух
# Why a form cannot be saved yet (shown on the form).
prepare-name-empty = Название: введите название группы, например Женщины
# $name: the name typed.
prepare-name-taken = Название: группа «{ $name }» уже есть; назовите эту иначе
prepare-title-empty = Заголовок: введите заголовок сессии, например Собрание по безопасности в Кибере
# $iso, $dmy: today's date in the two ways the form takes.
prepare-date-empty = Дата: введите дату как ГГГГ-ММ-ДД или ДД/ММ/ГГГГ, например { $iso } или { $dmy }
# $why: the rule broken (in English for now).
prepare-consent-too-long = Согласие: { $why }; короче
# On the status line: a form saved with nothing changed.
said-nothing-changed = ничего не изменилось

## The timer's box (t), over the facilitator's screen or the room's

timer-title = Таймер
# A preset, in the list. $minutes: how many.
timer-preset = { $minutes } мин
timer-type = или наберите срок: 7, 7:30, 90s, 1h
timer-start-keys = Enter старт · Esc отмена
# A timer running. $length: its whole length ("5:00"); $state: one of the
# three lines below.
timer-of = Таймер на { $length }: { $state }
# $time: minutes and seconds.
timer-left = осталось { $time }
timer-left-paused = осталось { $time }, пауза
timer-up-ago = время вышло ({ $time } назад)
timer-running-keys = Space пауза или дальше · + ещё минута
timer-running-keys-2 = s стоп · Esc закрыть (таймер идёт)
# On the status line: what was typed is not a duration.
timer-not-a-duration = это не срок: наберите минуты (7), минуты:секунды (7:30), 90s или 1h, до 12 часов

## Learn, the facilitator's panel

# The four boxes: title, the form's short label, and the question shown
# while the box is empty.
learn-worked = Что получилось
learn-worked-label = Получилось
learn-worked-prompt = Какие мероприятия, партнёрства и способы встреч прошли хорошо?
learn-did-not-work = Что не получилось
learn-did-not-work-label = Не получилось
learn-did-not-work-prompt = Что застопорилось или не удалось, и почему?
learn-lessons = Уроки
learn-lessons-label = Уроки
learn-lessons-prompt = Что община узнала о своей безопасности и о совместной работе?
learn-improvements = Улучшения для следующего цикла
learn-improvements-label = Улучшения
learn-improvements-prompt = Что изменить в следующий раз: какие проблемы перенести, новые партнёры, другие способы встреч?
# Under the question in the selected empty box.
learn-press-enter = Нажмите Enter, чтобы писать.
# The selected box's key hint, top right.
learn-edit-hint = Enter изменить
# The line above the boxes.
learn-no-actions = Мероприятий пока нет: их планируют в шаге «{ -step-plan }» и отслеживают в шаге «{ -step-monitor }».
# $n: how many actions.
learn-actions = Мероприятия цикла: { $n }
# $n: how many are overdue.
learn-overdue = ! просрочено: { $n }

## Every form's own words (the line under a form; its fields are the panel's)

# Esc in a form with something typed: asks first.
form-discard = Отбросить набранное? y отбросить · n продолжить
# A number field not taken. $label: the field's name; $min, $max: the range.
form-not-a-number = { $label }: введите целое число от { $min } до { $max }
# A date field not taken. $label: the field; $typed: what was typed; $iso,
# $dmy: an example date in the two ways the form takes.
form-not-a-date = { $label }: «{ $typed }» — не дата; пишите ГГГГ-ММ-ДД или ДД/ММ/ГГГГ, например { $iso } или { $dmy }, или +7 — через неделю
form-not-a-date-any-day = { $label }: «{ $typed }» — не дата; пишите ГГГГ-ММ-ДД или ДД/ММ/ГГГГ, today или +7 — через неделю
# A tick box.
form-yes = да
form-no = нет
# A field with suggestions: what → would complete. $option: it.
form-completes = → дополняет «{ $option }»
# …or the suggestions. $options: them, joined by ·.
form-suggestions = например { $options } — или что угодно; первые буквы + → дополнить

## Identify, the facilitator's panel

# The list's title. $n: how many problems.
identify-problems = Проблемы ({ $n })
identify-empty = Проблем пока нет — нажмите a, чтобы добавить первую
identify-empty-read-only = В этой сессии нет проблем
# The list's columns.
identify-col-problem = Проблема
identify-col-category = Категория
identify-col-dots = Очки
# Typing problems one after the other (a).
identify-capture = наберите проблему, Enter добавляет её и открывает следующую строку; Esc — конец
# The room's typing strip while a problem is typed in the capture line: its label.
identify-typing-new-problem = Новая проблема
# $draft: what was typed.
identify-draft-back = «{ $draft }» осталось недописанным: оно снова в строке — Enter добавит
identify-line-cleared = строка стёрта — Ctrl+z вернёт «{ $draft }»; ещё раз Esc — конец
identify-line-back = строка вернулась: Enter добавит
identify-paste-empty = нечего добавлять: во вставке были только пустые строки
identify-at-top = уже наверху
identify-at-bottom = уже внизу
# Merging duplicates (m). $mark: the mark of the problem being merged (◆);
# $title: its title.
identify-merge-needs-two = для объединения нужны две проблемы: эта единственная
identify-merge-marked = { $mark } «{ $title }» отмечена: перейдите к проблеме, которая остаётся, затем m; Esc — отмена
identify-merge-cancelled = объединение отменено
identify-merge-same = это объединяемая проблема ({ $mark }): перейдите к той, в которую её влить
# The bar over the list while merging. $mark: ◆; $gone: the problem merged
# away; $kept: the one it goes into.
identify-merge-banner = ОБЪЕДИНИТЬ  { $mark } «{ $gone }»  →  в  ▶ «{ $kept }»
identify-merge-keys = m объединить · Esc отмена
identify-merge-move = перейдите к проблеме, которая остаётся · Esc отмена
# What goes with a problem deleted or merged away. $n: how many.
identify-lost-dots = { $n ->
    [one] { $n } точка
    [few] { $n } точки
    [many] { $n } точек
   *[other] { $n } точки
}
identify-lost-actions = { $n ->
    [one] { $n } мероприятие
    [few] { $n } мероприятия
    [many] { $n } мероприятий
   *[other] { $n } мероприятия
}
# Deleting a problem (d). $number: its place in the list; $title: its title.
identify-ask-delete = Удалить проблему { $number }, «{ $title }»?
identify-ask-delete-nothing = У неё пока нет точек и мероприятий.
# $what: what goes with it (one thing, or several).
identify-ask-delete-with-one = Вместе с ней удаляется: { $what }.
identify-ask-delete-with-many = Вместе с ней удаляются: { $what }.
identify-ask-delete-shortlist = Она уходит из короткого списка.
identify-undoes = (u отменит)
# Merging. $gone: the problem merged away; $kept: the one kept; $what: what
# moves with it.
identify-ask-merge = Объединить «{ $gone }» с «{ $kept }»? «{ $gone }» исчезнет: её причины, последствия и сведения добавятся к «{ $kept }».
identify-ask-merge-moving-one = Объединить «{ $gone }» с «{ $kept }»? «{ $gone }» исчезнет: к «{ $kept }» переходит { $what }, а её причины, последствия и сведения добавляются туда же.
identify-ask-merge-moving-many = Объединить «{ $gone }» с «{ $kept }»? «{ $gone }» исчезнет: к «{ $kept }» переходят { $what }, а её причины, последствия и сведения добавляются туда же.
# The problem's form (e, Enter). $number: its place; $title: its title.
identify-form-title = Проблема { $number }: { $title }
identify-field-title = Название
identify-field-title-help = проблема словами самого зала
identify-field-causes = Причины
identify-field-causes-help = глубинные причины, по одной в строке (Alt+Enter — следующая строка): почему это происходит?
identify-field-effects = Последствия
identify-field-effects-help = последствия, по одному в строке (Alt+Enter — следующая строка): к чему это ведёт?
identify-field-description = Описание
identify-field-description-help = что происходит, с кем, когда
identify-field-category = Категория
identify-field-category-help = ←→ выбор; или наберите новую категорию в следующем поле
identify-field-new-category = Новая категория
identify-field-new-category-help = категория, которой нет в списке: она добавляется в список и ставится здесь
identify-field-where = Где
identify-field-where-help = где это происходит
identify-field-raised-by = Кто назвал
identify-groups-help = группы, которые её назвали: ←→ двигать, Space отмечает
identify-groups-none = групп пока нет: добавьте их в шаге «{ -step-prepare }»
identify-field-escalation = Район/страна
identify-field-escalation-help = нужны меры на уровне района или страны (⚑): Space переключает
identify-field-resolved = Решена
identify-field-resolved-help = проблема решена (✓): Space переключает
identify-gone = этой проблемы больше нет в списке
identify-title-empty = у проблемы должно быть название
# The problem's form saved with nothing changed.
identify-no-changes = изменений нет

## The problem tree (beside Identify's list)

# The pane's title. $index: the problem's place; $count: how many.
tree-title-of = Дерево проблемы · { $index } из { $count }
tree-title = Дерево проблемы
# While merging: the pane shows where the problem goes.
tree-merge-into = Объединить с этой проблемой
# With no problem yet.
tree-empty-heading = причины → проблема → последствия
tree-empty = Каждая проблема показана здесь деревом: её глубинные причины, сама проблема и то, к чему она ведёт.
tree-empty-how = Добавляйте проблемы клавишей a; причины и последствия — через Enter.
# The two sides. $n: how many causes / effects.
tree-causes = ПРИЧИНЫ ({ $n }) · почему это происходит
tree-effects = ПОСЛЕДСТВИЯ ({ $n }) · к чему это ведёт
# The box in the middle.
tree-problem = ПРОБЛЕМА
tree-none-named = пока не названы
tree-no-dots = пока нет
# The label of the description's lines.
tree-about = О проблеме
# When not all fit. $n: how many more.
tree-plus-more = (ещё { $n })
tree-more = … ещё { $n }
# On the bottom border of a box that holds more than it shows. $arrows:
# ▲, ▼ or ▲▼; $keys: the keys that scroll it ("PgUp/PgDn").
more-marker = { $arrows } ещё
more-marker-keys = { $arrows } ещё: { $keys }
# Under the problem, when flagged (after ⚑ and ✓).
tree-flag-escalation = нужны меры района/страны
tree-flag-resolved = решена

## Plan, the facilitator's panel (the action plan)

# The line above the plan. $problems: how many shortlisted problems it
# shows; $actions: how many actions.
plan-summary = План действий · в коротком списке { $problems ->
    [one] { $problems } { -problem }
    [few] { $problems } { -problems }
    [many] { $problems } { -problems(case: "gen") }
   *[other] { $problems } { -problem(case: "gen") }
} · { $actions ->
    [one] { $actions } мероприятие
    [few] { $actions } мероприятия
    [many] { $actions } мероприятий
   *[other] { $actions } мероприятия
}
# Added to the summary line (after " · ") with v, or with no shortlist.
plan-summary-all = показаны все проблемы
plan-summary-none = короткого списка пока нет
# Above the plan while the shortlist cuts a tie. $rank: the place where the
# tie is; $on: the tied problems on the shortlist («…», «…»); $off: those not.
plan-tie-warning = ! Граница короткого списка проходит через { -tie } на месте { $rank }: { $on } в нём, { $off } нет, при равном числе голосов — в шаге «{ -step-rank }» (F3) b разрешает равенство, или s, затем a берёт все равные проблемы
# With nothing to plan for (the second of each pair: a session only looked at).
plan-empty-no-problems = Проблем пока нет — назовите их в шаге «{ -step-identify }» и расставьте по приоритетам в шаге «{ -step-rank }», затем планируйте мероприятия здесь
plan-empty-no-problems-read-only = В этой сессии нет проблем
plan-empty-no-shortlist = Сначала составьте короткий список в шаге «{ -step-rank }» (s отмечает первые 3) или нажмите v, чтобы планировать для любой проблемы
plan-empty-no-shortlist-read-only = Короткого списка нет — v показывает все проблемы
# The table's column headings (short: the columns are 10 to 16 cells wide).
plan-col-activity = Мероприятие
plan-col-responsible = Ответственный
plan-col-with-whom = С кем
plan-col-start = Начало
plan-col-due = Срок
plan-col-indicator = Индикатор
plan-col-resources = Ресурсы
plan-col-status = Статус
# A problem's row. $rank: its place on the shortlist; $title: its title.
plan-heading-ranked = №{ $rank } { $title }
plan-heading-not-shortlisted = { $title } (не в коротком списке)
# After the problem's row's title (after " — "). $n: how many actions.
plan-heading-no-actions = мероприятий пока нет
plan-heading-no-actions-add = мероприятий пока нет: a добавляет
plan-heading-actions = { $n ->
    [one] { $n } мероприятие
    [few] { $n } мероприятия
    [many] { $n } мероприятий
   *[other] { $n } мероприятия
}
# Deleting an action (d). $activity: what it does; the second with $n, how
# many progress notes go with it.
plan-ask-delete = Удалить мероприятие «{ $activity }»?
plan-ask-delete-notes = Удалить мероприятие «{ $activity }» и { $n ->
    [one] { $n } его отметку о ходе работ
    [few] { $n } его отметки о ходе работ
    [many] { $n } его отметок о ходе работ
   *[other] { $n } его отметки о ходе работ
}?
# d on a problem's row.
plan-delete-on-problem = d удаляет мероприятие: сначала перейдите к нему (проблемы удаляются в шаге «{ -step-identify }»)
# v switches what is listed.
plan-showing-all = показаны все проблемы
plan-showing-shortlist = показан короткий список (и проблемы с мероприятиями)
# The action form saved with nothing changed.
plan-no-changes = ничего не изменилось
# The detail area's title for an action. $status: its status (mark and word).
plan-detail-action = Мероприятие · { $status }
# Added to it (after " · "). $n: how many progress notes; $mark: ↻.
plan-detail-notes = { $n ->
    [one] { $n } отметка о ходе работ
    [few] { $n } отметки о ходе работ
    [many] { $n } отметок о ходе работ
   *[other] { $n } отметки о ходе работ
}
plan-detail-inherited = { $mark } из прошлого цикла
# The detail area's labels for an action.
plan-label-activity = Мероприятие
plan-label-responsible = Ответственный
plan-label-with-whom = С кем
plan-label-when = Когда
plan-label-resources = Ресурсы
plan-label-indicator = Индикатор
plan-label-risks = Риски
plan-label-problem = Проблема
plan-label-score-card = Оценочная карта
# The detail area's title for a problem. $place: where it is on the
# shortlist (one of the two below); $dots: " · 3 dots" or nothing.
plan-detail-problem = Проблема · { $place }{ $dots }
plan-detail-problem-add = Проблема · { $place }{ $dots } · a добавляет мероприятие
# $rank: its place.
plan-detail-place = №{ $rank } в коротком списке
plan-detail-not-shortlisted = не в коротком списке
# $n: how many dots it has.
plan-detail-dots = { $n ->
    [one] { $n } точка
    [few] { $n } точки
    [many] { $n } точек
   *[other] { $n } точки
}
# The detail area's labels for a problem.
plan-label-about = Описание
plan-label-where = Где
plan-label-causes = Причины
plan-label-effects = Последствия

## The action form (Plan, Monitor, the score card) and how an action's dates
## and status read on the facilitator's screens

# The form's title: adding to a problem ($title: its title), or editing.
action-form-new = Новое мероприятие по проблеме «{ $title }»
action-form-edit = Изменить мероприятие
# Its fields, each with its help line where it has one.
action-field-activity = Мероприятие
action-field-activity-help = что будет сделано
action-field-responsible = Ответственный
action-field-due = Срок
action-field-indicator = Индикатор
action-field-indicator-help = { -indicator }: как собрание узнает, что мероприятие удалось
action-field-with-whom = С кем
action-field-start = Начало
action-field-resources = Ресурсы
action-field-resources-help = деньги, люди, материалы, транспорт…
action-field-risks = Риски
action-field-risks-help = риски и учёт конфликта: кому это может навредить, кого обойти или задеть
action-field-problem = Проблема
# Who usually leads or joins an action, offered as the form's suggestions
# for Responsible and With whom (what is chosen is typed into the session).
action-actor-community = община
action-actor-police = полиция
action-actor-local-authority = местная власть
action-actor-cso = НКО
# Why the form cannot be saved. $due, $start: ISO dates.
action-activity-empty = Мероприятие: скажите, что будет сделано
action-due-before-start = Срок: { $due } раньше начала ({ $start })
# The score-card gap an action answers. $name: the indicator; $gap: signed.
action-gap = «{ $name }», разрыв { $gap }
action-gap-none = «{ $name }»
# How an open action's due date stands. $days: how many days.
action-due-today = срок сегодня
action-due-tomorrow = срок завтра
action-overdue-by = просрочка { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
action-due-in = срок через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
# An action's dates. $start, $due: ISO dates; $note: how the due date stands.
action-dates-both = { $start } → { $due }
action-dates-from = с { $start }, без срока
action-dates-by = до { $due }
action-dates-note = { $span } · { $note }

## Monitor, the facilitator's panel (every action and its progress)

# With no action to follow (the second: a session only looked at).
monitor-empty = Мероприятий пока нет — запланируйте их в шаге «{ -step-plan }» (Shift+Tab — назад), затем отслеживайте здесь
monitor-empty-read-only = В этой сессии нет мероприятий
# Dropping an action (5, or s to dropped). $activity: what it does.
monitor-ask-drop = Отменить мероприятие «{ $activity }»? Оно останется в плане с пометкой «отменено» (u вернёт его).
# A status set to the one it has. $status: the status's word.
monitor-already = уже { $status }
# The form's action is no longer there.
monitor-gone = этого мероприятия больше нет
# The action form saved with nothing changed.
monitor-no-changes = ничего не изменилось
# The progress note form (n). $activity: the action's.
monitor-note-title = Отметка о ходе работ: «{ $activity }»
monitor-field-date = Дата
monitor-field-note = Отметка
monitor-field-note-help = что произошло: кто что сделал, что изменилось
# Why the note cannot be saved. $date, $today: ISO dates.
monitor-date-after-today = Дата: { $date } позже сегодняшнего дня ({ $today }); отметка записывает то, что уже произошло
monitor-note-empty = Отметка: напишите, что произошло
# The line above the table. $overdue: how many are overdue; $total: how
# many actions there are.
monitor-overdue = ! просрочено { $overdue } из { $total ->
    [one] { $total } мероприятия
   *[other] { $total } мероприятий
}
monitor-none-overdue = { $total ->
    [one] { $total } мероприятие
    [few] { $total } мероприятия
    [many] { $total } мероприятий
   *[other] { $total } мероприятия
} · просроченных нет
# After the counts per status. $mark: ↻; $n: how many came from last cycle.
monitor-inherited = { $mark } { $n } из прошлого цикла
# The table's column headings (short: most columns are 10 to 16 cells);
# the column after Due has no heading (how the due date stands).
monitor-col-status = Статус
monitor-col-activity = Мероприятие
monitor-col-responsible = Ответственный
monitor-col-start = Начало
monitor-col-due = Срок
monitor-col-problem = Проблема
monitor-col-last-note = Отметка
# In the column after Due, for an open action without one.
monitor-no-due-date = без срока
# The detail area: who. $partners: whom it is done with; $responsible: who leads.
monitor-with = с: { $partners }
monitor-who-with = { $responsible } · с: { $partners }
# Where an action came from. $mark: ↻; $from: the earlier session's id.
monitor-from-last-cycle = { $mark } из прошлого цикла (сессия { $from })
# The detail area's labels.
monitor-label-for = По проблеме
monitor-label-who = Кто
monitor-label-when = Когда
monitor-label-indicator = Индикатор
monitor-label-score-card = Оценочная карта
monitor-label-from = Откуда
# The heading of the action's notes. $n: how many.
monitor-notes-none = Отметок о ходе работ нет
monitor-notes-none-add = Отметок о ходе работ пока нет — n добавляет
monitor-notes = Отметки о ходе работ, сначала новые ({ $n })
