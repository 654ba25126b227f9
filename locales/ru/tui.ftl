### baraza — русский: экраны фасилитатора.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.

## Строка состояния

said-language = язык: { $name }
said-language-not-kept = язык: { $name } (не запомнен: { $error })

# Весь экран, когда окно слишком мало.
too-small = окно слишком мало: { $width }×{ $height }, нужно { $min_width }×{ $min_height }

## Состояние сохранения (правый край строки состояния)

save-unchanged = изменений пока нет
save-saving = сохранение…
save-saved = сохранено { $time }
save-read-only = только чтение
save-not-saved = НЕ СОХРАНЕНО
save-last-saved = последнее сохранение { $time }
save-nothing-saved = ничего не сохранено с открытия
save-failed = НЕ СОХРАНЕНО ({ $last }): { $error } — хранится в памяти, повтор каждые 2 с и при каждой клавише
save-stopped = НЕ СОХРАНЕНО ({ $last }): { $error } — изменения здесь остаются только в памяти

## Флаги строки заголовка

flag-wall-blank = СТЕНА ПОГАШЕНА
flag-blind-vote = ТАЙНОЕ ГОЛОСОВАНИЕ
flag-example = ПРИМЕР · ТОЛЬКО ЧТЕНИЕ
flag-read-only = ТОЛЬКО ЧТЕНИЕ
flag-room-language = зал: { $name }
flag-timer-paused = ⏸ { $time } пауза
flag-timer-up = ⏰ ВРЕМЯ ВЫШЛО +{ $time }

## Список сессий

list-title = baraza · сессии по безопасности общин
list-count = { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
}

## Сообщения строки состояния в сессии

said-staying = остаёмся
said-left-as-it-was = оставлено как было
said-last-step = { -step-learn } — последний шаг; Shift+Tab — назад
said-first-step = { -step-prepare } — первый шаг; Tab — дальше
said-nothing-to-undo = нечего отменять
said-nothing-to-redo = нечего повторять
said-undone = отменено: { $what }
said-redone = повторено: { $what }
said-room-view-on = экран зала: p ещё раз — экран фасилитатора
said-room-view-off = экран фасилитатора: p показывает экран зала
said-blank-on = экран зала погашен (только заголовок): . снова покажет
said-blank-off = экран зала снова показывает панель
said-read-only = только чтение: здесь ничего нельзя изменить; q, затем Enter на сессии, чтобы править
said-timer-stopped = таймер остановлен
said-timer-started = таймер: { $time } с этого момента
said-timer-paused = таймер на паузе
said-timer-goes-on = таймер идёт дальше
said-timer-extended = ещё минута: осталось { $time }
said-timer = таймер

## Вопросы (окно y/n: да/нет)

ask-leave-not-saved = НЕ СОХРАНЕНО: последние изменения не удалось записать ({ $error }). Всё равно выйти и потерять их?
ask-leave-form-open = Выйти? Набранное в открытой форме не сохранено.

## Сообщения списка и открытия сессий

said-folder-read = папка перечитана: { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
}
said-example-next-cycle = это встроенный в baraza пример: q, затем n — своя новая сессия
said-theme = тема: { $name }
said-theme-not-kept = тема: { $name } (не запомнена: { $error })
said-migrated = файл создан более старым baraza (версия { $version }); при первом сохранении остаётся копия
said-opened-read-only = открыто только для чтения: здесь ничего нельзя изменить
said-cannot-open = не удаётся открыть: { $error }
said-example-opened = пример, только чтение: посмотрите все панели (F1–F6); q — назад
said-cannot-open-example = не удаётся открыть пример: { $error }
said-created = новая сессия сохранена: добавьте группы в зале
said-cannot-create = не удаётся создать сессию: { $error }
said-cannot-read = не удаётся прочитать: { $error }
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
said-previous-missing = предыдущего цикла (id { $id }) нет в этой папке
said-cannot-read-previous = не удаётся прочитать предыдущий цикл: { $error }
said-cannot-show = не удаётся показать: { $error }
