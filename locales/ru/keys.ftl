### baraza — русский: клавиши.
### Этот перевод ждёт проверки фасилитатором, для которого русский — родной
### язык (awaits review by a native-speaking facilitator).
### Как исправить: отредактируйте этот файл, затем `baraza lang check ru --files locales`.
### Термины методики — в glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.
