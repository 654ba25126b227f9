### baraza — русский: экраны фасилитатора.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru`.
### Термины методики — в glossary.ftl.

## Строка состояния

said-language = язык: { $name }
said-language-not-kept = язык: { $name } (не запомнен: { $error })
