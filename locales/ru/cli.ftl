### baraza — русский: командная строка.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## baraza export

# --table given without --format csv (keep the option names as they are).
cli-export-table-not-csv = --table только для CSV: добавьте --format csv или уберите --table
# -o - with CSV and no --table.
cli-export-csv-stdout = CSV — это файл на каждую таблицу: выберите одну через --table (например, --table problems), чтобы вывести её в стандартный вывод
# $path: the session file, in the programme view.
cli-export-in-view = { $path }: копия в сводке программы, только для чтения; запишите отчёт в другое место через -o ФАЙЛ или -o ПАПКА
# A note after writing a report of a file from outside the folder.
cli-export-not-own = примечание: сессия не из папки сессий этого ноутбука; она оставлена как есть, и этот экспорт не попал в её журнал экспортов
# $error: why the export log could not be written (the store's words).
cli-export-not-logged = отчёт записан, но не отмечен в журнале экспортов сессии: { $error }

## baraza new

# No terminal to open the new session in.
cli-new-not-opened = сессия сохранена; она не открыта, так как здесь нет терминала (откройте её позже через `baraza open`)

## file name in every language: scripts look for it)

# $file: the file; $sealed: the mark below, or nothing.
cli-check-ok = { $file }: ok{ $sealed }
# An old file. $version: its format version.
cli-check-ok-old = { $file }: ok{ $sealed } (версия файла { $version }, обновится при следующем сохранении)
# After "ok" for an encrypted file.
cli-check-encrypted-mark = , зашифрован
cli-check-not-checked = { $file }: зашифрован, не проверен
cli-check-cue = { $file }: ok (где окно фасилитатора, для экрана зала; не сессия)
cli-check-no-file = { $file }: файла нет

## such as "Usage" and "Options", stay English)

# The program, in one sentence, at the top of `baraza --help`.
cli-help-about = baraza ведёт семинар по безопасности на уровне общины, панель за панелью — подготовка, выявление проблем, их ранжирование, планирование мероприятий, мониторинг, выводы — и хранит каждую сессию в файле RON.
cli-help-no-command = Без команды открывает список сессий.
# The options every command takes.
cli-help-dir = Папка файлов сессий [по умолчанию: папка данных системы, в Linux ~/.local/share/baraza/sessions]
cli-help-lang = Язык экранов и сообщений: en, sw, fr, ar, so, ru [по умолчанию: из настроек, иначе LC_ALL/LC_MESSAGES/LANG, иначе en]. Для `export` — язык отчёта [по умолчанию: язык зала сессии]
# Each command, in one line (the list under "Commands").
cli-help-new = Создать сессию, вывести её путь и открыть
cli-help-open = Открыть сессию по пути, имени файла, slug или id
cli-help-present = Показать экран зала сессии для проектора: следует за окном фасилитатора вживую, только чтение (без блокировки)
cli-help-list = Список сессий в папке, новые сверху
cli-help-check = Проверить файлы сессий; выводит `ok` или ошибку со строкой и столбцом
cli-help-export = Записать сессию как отчёт: Markdown, таблицы CSV или одна страница HTML
cli-help-rollup = Свести все сессии папки: повторяющиеся проблемы, выполнение мероприятий, просроченные мероприятия, проблемы для района/страны
cli-help-retention = Удалить свободный текст старше заданного срока (заметки о контексте, тексты отметок о ходе работ…), сохранив счёт, места, статусы и даты
cli-help-sync = Свести вместе сессии многих ноутбуков: отправить сессии этого ноутбука в репозиторий программы (USB-флешка, общая папка), получить чужие в сводку программы
cli-help-encryption = Шифровать сессии папки на диске (age), посмотреть, как она зашифрована, сменить парольную фразу или восстановить утерянную ключом восстановления
cli-help-lang-command = Языки baraza: проверить перевод (чего не хватает, что написано с ошибкой или сломано) — для того, кто его правит

## baraza list (the table; TSV keeps English headings for scripts)

cli-list-col-date = дата
cli-list-col-title = название
cli-list-col-location = место
cli-list-col-stage = этап
cli-list-col-problems = проблемы
cli-list-col-votes = точки
cli-list-col-actions = мероприятия
cli-list-col-file = файл
cli-list-unreadable = не читается: { $error }
cli-list-skipped-unreadable = пропущен нечитаемый файл { $file }: { $error }
cli-list-empty = в { $folder } нет сессий; начните новую: `baraza new --title "..."`
cli-list-no-programme-view = вида программы пока нет: его создаёт `baraza sync` (в первый раз: baraza sync /media/usb/programme.git)
cli-list-cannot-write = не удаётся записать список: { $error }
