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
# clap's own words: the headings (": " follows each), the placeholder for a
# command in the usage line (capitals, like the other placeholders), and
# the help and version flags and the help command.
cli-help-usage = Использование
cli-help-commands = Команды
cli-help-arguments = Аргументы
cli-help-options = Параметры
cli-help-command-value = КОМАНДА
cli-help-help = Показать справку
cli-help-version = Показать версию
cli-help-help-command = Показать это сообщение или справку по указанным подкомандам
# The commands under a command, and their options (keep the option names,
# the placeholders in capitals and the commands as they are).
cli-help-encryption-on = Включить шифрование: ключ этого ноутбука, защищённый парольной фразой, которую вводят один раз при каждом запуске, и ключ восстановления, который нужно записать
cli-help-encryption-on-coordinator = Также запечатывать каждую сессию для открытого ключа координатора программы (age1…, из `baraza encryption status` на ноутбуке координатора)
cli-help-encryption-status = Зашифрована ли папка и для каких ключей
cli-help-encryption-passphrase = Сменить парольную фразу (текущую, затем новую дважды)
cli-help-encryption-recover = Потерянная парольная фраза: ключ восстановления, записанный при настройке, затем новая фраза
cli-help-lang-check = Для каждого языка (или указанного): сколько сообщений переведено, не хватает (пока показываются по-английски), неизвестно, с неверной переменной или не разбирается; выходит с кодом 1, когда что-то нужно исправить
cli-help-lang-check-checked = Язык для проверки (en, sw, fr, ar, so, ru) [по умолчанию: все]
cli-help-lang-check-files = Проверить файлы .ftl в этой папке (LOCALES/<lang>/*.ftl, как locales/ в исходниках) вместо встроенных: перевод в процессе правки, до сборки
cli-help-lang-check-verbose = Перечислить каждое недостающее сообщение, а не только их число
cli-help-sync-repository = Репозиторий программы, например /media/usb/programme.git; запоминается на следующий раз [по умолчанию: запомненный]
cli-help-sync-laptop = Имя этого ноутбука в программе при первой синхронизации (a-z, 0-9, -) [по умолчанию: имя хоста и четыре случайные цифры]
cli-help-sync-init = Создать репозиторий программы (новую папку на флешке или в общей папке) и запомнить его для этого ноутбука
cli-help-sync-init-path = Где: папка, которой ещё нет, или пустая
cli-help-sync-init-laptop = Имя этого ноутбука в программе (a-z, 0-9, -)
cli-help-sync-resolve = Сессии, изменённые на двух ноутбуках: перечислить их, показать версии одной или оставить одну (остальные остаются в истории программы)
cli-help-sync-resolve-session = Сессия: её короткий id, id, название или имя файла [по умолчанию: перечислить все сессии, требующие решения]
cli-help-sync-resolve-keep = Оставить версию с этого ноутбука (его имя в программе)
cli-help-sync-resolve-keep_newest = Оставить самую новую версию (ту, что использовалась до сих пор)

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

## Why a session file or folder cannot be read or written (the store's
## words): after the file's path on the command line ("FILE: …"), and on
## the facilitator's status line and questions. File names, holders and the
## file parser's own words come in variables, as they are.

# A place in a file. $line, $column: numbers.
store-at = { $line }:{ $column }
# $at: the place (above); $message: the parser's words (English).
store-syntax = { $at }: { $message }
# $version: the file's format version; $supported: the newest this baraza reads.
store-newer = { $at }: записан более новой версией baraza (версия файла { $version }, эта baraza читает до { $supported }); обновите baraza, чтобы открыть его
store-unknown-version = { $at }: неизвестная версия файла { $version }
# $problems: the rules' words, separated by "; ".
store-inconsistent = { $at }: данные не согласуются: { $problems }
# $holder: who has it open ("baraza (pid 4242) of amina on field-laptop, since 10:42").
store-locked = открыт в { $holder }; откройте его только для чтения или сначала закройте там
store-encrypted = зашифрован, и ни один разблокированный ключ его не открывает; запустите baraza в терминале, чтобы ввести парольную фразу папки
# $message: why (age's words, English).
store-damaged = зашифрован, но повреждён: { $message }
# $query: what was typed (keep the command as it is).
store-no-match = нет сессии, подходящей под «{ $query }»; `baraza list` покажет их
# $matches: the files, separated by commas.
store-ambiguous = под «{ $query }» подходят несколько сессий: { $matches }; укажите имя файла
store-not-a-folder = не папка
store-not-a-plain-file = не обычный файл
store-not-a-file-name = не имя файла
store-refused-folder = это папка, а не файл сессии
store-refused-link = это ссылка на другой файл; baraza открывает только обычные файлы (скопируйте сессию в папку)
store-refused-other = не обычный файл (канал или устройство)
# A session's lock file that baraza will not use. $what: one of the two below,
# or store-not-a-plain-file.
store-not-a-lock = { $what }, а не файл блокировки: baraza никогда не пишет через него; удалите его, чтобы редактировать эту сессию
store-lock-link-or-folder = ссылка или папка
store-lock-hard-link = жёсткая ссылка на другой файл
store-encrypted-already = уже зашифрована
store-not-encrypted = не зашифрована
# $folder: the folder of sessions.
store-wrong-passphrase = неверная парольная фраза для ключа { $folder }
store-wrong-recovery-key = это не ключ восстановления для { $folder }
# The system's reasons, by kind.
store-io-not-found = нет такого файла или папки
store-io-permission = доступ запрещён (этот пользователь не может его читать или записывать)
store-io-exists = уже существует
store-io-full = диск заполнен
store-io-read-only = диск только для чтения (флешка с защитой от записи?)
store-io-is-folder = это папка
store-io-not-folder = часть пути — не папка
# Any other reason: $error, the system's words as they are.
store-io-system = { $error }

## Every command (keep the option names and commands as they are)

# $folder: the folder given; $why: one of the three below.
cli-view-read-only = { $folder }: это вид программы, только для чтения; { $why }
cli-view-why-new = новые сессии создаются в собственной папке ноутбука
cli-view-why-encryption = шифрование включается в собственной папке каждого ноутбука
cli-view-why-retention = применяйте правило хранения к собственной папке каждого ноутбука
cli-no-home = не найдена домашняя папка для сессий; укажите её через --dir DIR
cli-no-such-folder = { $folder }: такой папки сессий нет; проверьте --dir или BARAZA_DIR (`baraza new` создаёт первую сессию)
# $error: the system's words (a closed pipe, a full disk).
cli-cannot-write = не удаётся записать: { $error }
cli-no-terminal = baraza нужен терминал, чтобы показывать сессии; для простого текста используйте `baraza list`
# $error: the system's words.
cli-terminal-setup = не удаётся подготовить терминал: { $error }
cli-terminal-error = ошибка терминала: { $error }
# What was typed for an option, refused (clap puts "invalid value … for
# '--date <DATE>':" before it, in English). $typed: what was typed;
# $iso, $dmy: today, written both ways; $codes: the languages' codes.
cli-bad-date = «{ $typed }» — не дата; пишите ГГГГ-ММ-ДД (например, { $iso }) или ДД/ММ/ГГГГ (например, { $dmy }), today, +7 или +2w
cli-bad-lang = «{ $typed }» — такого языка в baraza нет; выберите один из: { $codes }
# --group (keep NAME:COUNT as it is). $hint: the line below; $max: a number.
cli-group-form = запишите группу как NAME:COUNT, например Женщины:14
cli-bad-group = «{ $typed }»: { $hint }
cli-bad-group-name = в «{ $typed }» нет названия группы; { $hint }
cli-bad-head-count = «{ $typed }» — не число участников от 0 до { $max }; { $hint }

## baraza rollup (warnings on stderr; the roll-up itself is the report's)

cli-since-after-until = --since { $since } позже --until { $until }; сначала укажите более ранний день
cli-rollup-csv-stdout = CSV — это файл на каждую таблицу: выберите одну через --table (например, --table recurring) или укажите -o ФАЙЛ, чтобы записать все
cli-rollup-no-folder = { $folder }: такой папки сессий нет
# $title: the session; $id: its id.
cli-rollup-double = «{ $title }» (id { $id }) лежит в папке больше одного раза, с разным содержимым; учтена один раз, в последней изменённой версии
# $laptops: their names, separated by commas; $resolve: the command that settles it.
cli-rollup-conflict = «{ $title }» изменяли на { $laptops }; учтена один раз, в последней изменённой версии ({ $resolve })

## baraza retention ($what: what was purged, in English for now)

cli-retention-too-many-days = --older-than { $days }: слишком много дней
cli-retention-no-age = укажите --older-than ДНИ или --before ДАТА
cli-retention-future = --before { $date } позже сегодняшнего дня; правило хранения удаляет только более старое
cli-retention-would-purge = { $file }: будет удалено: { $what }
cli-retention-purged = { $file }: удалено: { $what }
# $why: the store's words, or the line below.
cli-retention-left = { $file } оставлен как был: { $why }
cli-retention-open-in = открыт в { $holder }
# The last line. $n: sessions; $date: the day (ISO).
cli-retention-done = { $n ->
    [one] { $n } сессия очищена от текста до { $date }
    [few] { $n } сессии очищены от текста до { $date }
    [many] { $n } сессий очищено от текста до { $date }
   *[other] { $n } сессии очищено от текста до { $date }
}
cli-retention-done-dry = { $n ->
    [one] { $n } сессия была бы очищена от текста до { $date }
    [few] { $n } сессии были бы очищены от текста до { $date }
    [many] { $n } сессий было бы очищено от текста до { $date }
   *[other] { $n } сессии было бы очищено от текста до { $date }
}
cli-retention-backups = { $n ->
    [one] примечание: { $n } резервный файл в папке (*.ron.bak) ещё хранит старый текст; удалите его, когда возвращаться к старой baraza больше не понадобится
    [few] примечание: { $n } резервных файла в папке (*.ron.bak) ещё хранят старый текст; удалите их, когда возвращаться к старой baraza больше не понадобится
    [many] примечание: { $n } резервных файлов в папке (*.ron.bak) ещё хранят старый текст; удалите их, когда возвращаться к старой baraza больше не понадобится
   *[other] примечание: { $n } резервного файла в папке (*.ron.bak) ещё хранят старый текст; удалите их, когда возвращаться к старой baraza больше не понадобится
}
cli-retention-left-over = { $n ->
    [one] { $n } сессия оставлена как была (см. выше); запустите очистку снова, когда её можно будет открыть
    [few] { $n } сессии оставлены как были (см. выше); запустите очистку снова, когда их можно будет открыть
    [many] { $n } сессий оставлено как было (см. выше); запустите очистку снова, когда их можно будет открыть
   *[other] { $n } сессии оставлено как было (см. выше); запустите очистку снова, когда их можно будет открыть
}

## baraza sync (keep the commands as they are; $laptop, $laptops: names of laptops)

cli-sync-no-repository = репозитория программы пока нет: укажите его путь один раз, например `baraza sync /media/usb/programme.git` (координатор создаёт его через `baraza sync init PATH`)
cli-sync-unreachable = { $path }: не найден; вставлена ли флешка (или подключена общая папка)?
# $why: the line above.
cli-sync-nothing-sent = { $why } Ничего не отправлено и не получено; сессии этого ноутбука уйдут при следующей синхронизации
cli-sync-busy = идёт другая синхронизация baraza sync этой папки; дождитесь её окончания
cli-sync-init-made = создан репозиторий программы { $repository } ; этот ноутбук в нём называется «{ $laptop }»
cli-sync-init-next = дальше: `baraza sync` отправляет сессии этого ноутбука; на каждом другом ноутбуке вставьте флешку и запустите `baraza sync { $repository }`
# $title: the session; $id: its short id.
cli-sync-kept = «{ $title }» ({ $id }): оставлена версия с { $laptops }; остальные остаются в истории программы
cli-sync-replaced = { $file }: заменён этой версией
cli-sync-choice-later = выбор попадёт в программу при следующем baraza sync
cli-sync-renamed = другой ноутбук тоже отправляет сессии как «{ $old }» (копия папки этого ноутбука?): теперь этот ноутбук синхронизируется как «{ $laptop }»
# $sent: sessions sent.
cli-sync-synced = { $sent ->
    [one] синхронизировано с { $repository } как «{ $laptop }»: отправлена { $sent } сессия
    [few] синхронизировано с { $repository } как «{ $laptop }»: отправлено { $sent } сессии
    [many] синхронизировано с { $repository } как «{ $laptop }»: отправлено { $sent } сессий
   *[other] синхронизировано с { $repository } как «{ $laptop }»: отправлено { $sent } сессии
}
cli-sync-nothing-new = (ничего нового с последней синхронизации)
cli-sync-recorded = { $sent ->
    [one] { $sent } сессия записана на этом ноутбуке как «{ $laptop }»
    [few] { $sent } сессии записаны на этом ноутбуке как «{ $laptop }»
    [many] { $sent } сессий записано на этом ноутбуке как «{ $laptop }»
   *[other] { $sent } сессии записано на этом ноутбуке как «{ $laptop }»
}
# $why: why (the store's words).
cli-sync-not-sent = не отправлено: { $file }: { $why }
# $sessions, $count: numbers; $folder: where the view is.
cli-sync-view = вид программы: { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
} с { $count ->
    [one] { $count } ноутбука
   *[other] { $count } ноутбуков
}, только для чтения, в { $folder }
cli-sync-conflicts = { $n ->
    [one] { $n } сессию изменяли на нескольких ноутбуках (ничего не объединено; до вашего выбора используется самая новая версия):
    [few] { $n } сессии изменяли на нескольких ноутбуках (ничего не объединено; до вашего выбора используется самая новая версия):
    [many] { $n } сессий изменяли на нескольких ноутбуках (ничего не объединено; до вашего выбора используется самая новая версия):
   *[other] { $n } сессии изменяли на нескольких ноутбуках (ничего не объединено; до вашего выбора используется самая новая версия):
}
cli-sync-conflict = «{ $title }» на { $laptops }: baraza sync resolve { $id }
cli-sync-no-conflict = ни одна сессия не в конфликте: на каждом ноутбуке одна и та же версия каждой
# A version of a session. $updated: date and time (ISO); the rest: numbers.
cli-sync-version = последнее изменение { $updated }, { -problems(case: "nom") }: { $problems }, точек: { $dots }, мероприятий: { $actions }
cli-sync-version-unreadable = эта baraza не может её прочитать
cli-sync-version-used = ← используется сейчас (самая новая)
cli-sync-not-in-conflict = «{ $title }» ({ $id }) не в конфликте: на каждом ноутбуке, где она есть ({ $laptops }), одна и та же версия
cli-sync-versions = у «{ $title }» ({ $id }) версий: { $n }
cli-sync-every-version = все версии, чтобы открыть только для чтения: { $folder }
cli-sync-keep-one = оставить одну: baraza sync resolve { $id } --keep { $laptop }   (или --keep-newest)

## baraza encryption, and the passphrase asked at the start ($folder: the
## folder of sessions; $n: a number; $key: an age key, as it is)

cli-enc-already = { $folder } уже зашифрована; файлов, ещё бывших открытым текстом, теперь запечатано: { $n }
cli-enc-encrypting = Шифрование { $folder }.
cli-enc-choose = Выберите парольную фразу: её спрашивают один раз при каждом запуске baraza. Потерянная фраза — потерянные данные: никто, даже программа, не сможет прочитать эти сессии без неё или без ключа восстановления, показанного далее.
cli-enc-done = зашифровано: запечатано файлов: { $n }; отныне каждое сохранение тоже запечатывается
cli-enc-recovery-key = КЛЮЧ ВОССТАНОВЛЕНИЯ — запишите его сейчас и храните вдали от этого ноутбука; он показывается только один раз, и только с ним можно заменить потерянную парольную фразу:
cli-enc-public-key = открытый ключ этого ноутбука (для --coordinator координатора): { $key }
cli-enc-coordinator-sealed = сессии также запечатываются для ключа координатора { $key }
cli-enc-reports-plain = примечание: отчёты в папке (.md, .html, .csv) не зашифрованы (их { $n }): перенесите их в надёжное место или удалите
cli-enc-sync-history = примечание: копии, отправленные baraza sync до этого, остаются читаемыми в истории репозитория программы
cli-enc-status-off = { $folder }: не зашифрована (`baraza encryption on` включает шифрование)
cli-enc-status-on = { $folder }: зашифрована
cli-enc-laptop-key = ключ этого ноутбука: { $key }
cli-enc-coordinator-key = ключ координатора: { $key }
cli-enc-no-coordinator = ключа координатора нет
cli-enc-plain-left = сессий ещё открытым текстом: { $n }; `baraza encryption on` запечатает их
cli-enc-changed = парольная фраза изменена
cli-enc-recovered = восстановлено: новая парольная фраза открывает папку
cli-enc-not-encrypted = { $folder }: не зашифрована; `baraza encryption on` включает шифрование
# Prompts (": " follows each; nothing typed is shown).
cli-pass-for = парольная фраза для { $folder }
cli-pass-choose = парольная фраза (не меньше 8 символов)
cli-pass-choose-new = новая парольная фраза (не меньше 8 символов)
cli-pass-choose-another = новая парольная фраза (не меньше 8 символов)
cli-pass-again = та же парольная фраза ещё раз
cli-pass-now = текущая парольная фраза
cli-pass-recovery = ключ восстановления, записанный при настройке (AGE-SECRET-KEY-1…)
cli-pass-no-terminal = нужна парольная фраза, а стандартный ввод — не терминал; запустите baraza в терминале
# $error: the system's words.
cli-pass-cannot-read = не удаётся прочитать парольную фразу: { $error }
cli-pass-none-typed = парольная фраза не введена; ничего не сделано
cli-pass-short = парольная фраза короче 8 символов; ничего не сделано
cli-pass-differ = две парольные фразы различаются; ничего не сделано

## baraza lang check (for translators; $code: the language's code, $name: its own name)

cli-lang-summary = { $code } ({ $name }): переведено сообщений: { $translated } из { $total }, не хватает: { $missing } (показываются по-английски)
# $id: a message's id.
cli-lang-missing = не хватает: { $id }
cli-lang-unknown = неизвестно (нет в английском; опечатка или осталось от старого): { $id }
# $variable: the message and variable.
cli-lang-bad-variable = использует переменную, которой нет в английском: { $variable }
# $error: the file, line and parser's words.
cli-lang-error = ошибка: { $error }
