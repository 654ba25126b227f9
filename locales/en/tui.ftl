# The facilitator's screens: status line, title bar, hints, help, panels
# and forms. Each message says where it shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = language: { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = language: { $name } (not remembered: { $error })
