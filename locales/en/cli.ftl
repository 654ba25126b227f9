# The command line: what `baraza <command>` prints (after "baraza: " on
# errors). One line each; file names and typed text come in variables, as
# they are. Commands not listed here still speak English.

## baraza export

# --table given without --format csv (keep the option names as they are).
cli-export-table-not-csv = --table is for CSV only; add --format csv or leave --table out
# -o - with CSV and no --table.
cli-export-csv-stdout = CSV is one file per table: choose one with --table (e.g. --table problems) to write it to standard output
# $path: the session file, in the programme view.
cli-export-in-view = { $path }: is a copy in the programme view, which is read-only; write the report elsewhere with -o FILE or -o FOLDER
# A note after writing a report of a file from outside the folder.
cli-export-not-own = note: the session is not in this laptop's folder of sessions; it is left as it is, and this export is not in its export log
# $error: why the export log could not be written (the store's words).
cli-export-not-logged = the report is written, but not recorded in the session's export log: { $error }

## baraza new

# No terminal to open the new session in.
cli-new-not-opened = the session is saved; it was not opened, as there is no terminal here (`baraza open` it later)

## baraza check (one line per file; "ok" stays the first word after the
## file name in every language: scripts look for it)

# $file: the file; $sealed: the mark below, or nothing.
cli-check-ok = { $file }: ok{ $sealed }
# An old file. $version: its format version.
cli-check-ok-old = { $file }: ok{ $sealed } (file version { $version }, upgraded when next saved)
# After "ok" for an encrypted file.
cli-check-encrypted-mark = , encrypted
cli-check-not-checked = { $file }: encrypted, not checked
cli-check-cue = { $file }: ok (where the facilitator's window is, for the room's screen; not a session)
cli-check-no-file = { $file }: no such file

## baraza --help (where clap allows: the rest of it, and clap's own words
## such as "Usage" and "Options", stay English)

# The program, in one sentence, at the top of `baraza --help`.
cli-help-about = baraza guides a community security workshop, panel by panel — prepare, identify problems, rank them, plan actions, monitor, learn — and keeps every session as a RON file.
cli-help-no-command = Run without a command to open the session list.
# The options every command takes.
cli-help-dir = Folder of session files [default: the platform data folder, on Linux ~/.local/share/baraza/sessions]
cli-help-lang = Language of the screens and messages: en, sw, fr, ar, so, ru [default: the config's, else LC_ALL/LC_MESSAGES/LANG, else en]. For `export`, the report's language [default: the session's room language]
# Each command, in one line (the list under "Commands").
cli-help-new = Create a session, print its path and open it
cli-help-open = Open a session by path, file name, slug or id
cli-help-present = Show the room's screen of a session, for the projector: it follows the facilitator's window live and is read-only (no lock is taken)
cli-help-list = List the sessions in the folder, newest first
cli-help-check = Check session files; prints `ok` or the error with line and column
cli-help-export = Write a session as a report: Markdown, CSV tables or one HTML page
cli-help-rollup = Sum up every session in the folder: recurring problems, action completion, overdue actions, problems for district/national action
cli-help-retention = Purge free text older than a set age (context notes, progress-note texts…), keeping counts, ranks, statuses and dates
cli-help-sync = Bring the sessions of many laptops together: send this laptop's to the programme repository (a USB stick, a shared folder), receive everyone else's into the programme view
cli-help-encryption = Encrypt the folder's sessions at rest (age), see how it is encrypted, change its passphrase, or recover a lost one with the recovery key
cli-help-lang-command = The languages baraza speaks: check a translation (what is missing, misspelt or broken), for whoever corrects one
# clap's own words: the headings (": " follows each), the placeholder for a
# command in the usage line (capitals, like the other placeholders), and
# the help and version flags and the help command.
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-command-value = COMMAND
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given subcommand(s)
# The commands under a command, and their options (keep the option names,
# the placeholders in capitals and the commands as they are).
cli-help-encryption-on = Turn encryption on: a key for this laptop, protected by a passphrase typed once at each start, and a recovery key to write down
cli-help-encryption-on-coordinator = Also seal every session to the programme coordinator's public key (age1…, from `baraza encryption status` on the coordinator's laptop)
cli-help-encryption-status = Whether the folder is encrypted, and to which keys
cli-help-encryption-passphrase = Change the passphrase (the one now, then the new one twice)
cli-help-encryption-recover = A lost passphrase: the recovery key written down at set-up, then a new passphrase
cli-help-lang-check = For each language (or the one given): messages translated, missing (shown in English meanwhile), unknown, with a wrong variable, or not parsing; exits 1 when something must be put right
cli-help-lang-check-checked = The language to check (en, sw, fr, ar, so, ru) [default: all]
cli-help-lang-check-files = Check the .ftl files in this folder (LOCALES/<lang>/*.ftl, as in the source tree's locales/) instead of those built in: a translation being edited, before it is built
cli-help-lang-check-verbose = List every missing message, not only how many
cli-help-sync-repository = The programme repository, e.g. /media/usb/programme.git; remembered for the next time [default: the remembered one]
cli-help-sync-laptop = This laptop's name in the programme, at its first sync (a-z, 0-9, -) [default: its host name and four random digits]
cli-help-sync-init = Make a programme repository (a new folder on a USB stick or a shared folder) and remember it for this laptop
cli-help-sync-init-path = Where: a folder that is not there yet, or empty
cli-help-sync-init-laptop = This laptop's name in the programme (a-z, 0-9, -)
cli-help-sync-resolve = Sessions edited on two laptops: list them, show one's versions, or keep one (the others stay in the programme's history)
cli-help-sync-resolve-session = The session: its short id, id, title or file name [default: list every session to resolve]
cli-help-sync-resolve-keep = Keep the version on this laptop (its name in the programme)
cli-help-sync-resolve-keep_newest = Keep the newest version (the one used until now)

## baraza list (the table; TSV keeps English headings for scripts)

# The table's headings, in the columns' order.
cli-list-col-date = date
cli-list-col-title = title
cli-list-col-location = location
cli-list-col-stage = stage
cli-list-col-problems = problems
cli-list-col-votes = votes
cli-list-col-actions = actions
cli-list-col-file = file
# A row whose file cannot be read (in the title column). $error: why (the
# store's words).
cli-list-unreadable = unreadable: { $error }
# On stderr with --format tsv. $file: its path.
cli-list-skipped-unreadable = skipped unreadable { $file }: { $error }
# An empty folder. $folder: its path (keep the command as it is).
cli-list-empty = no sessions in { $folder }; start one with `baraza new --title "..."`
# --programme before the first sync (keep the commands as they are).
cli-list-no-programme-view = no programme view yet: `baraza sync` makes it (the first time: baraza sync /media/usb/programme.git)
# $error: why (the system's words).
cli-list-cannot-write = cannot write the list: { $error }

## Why a session file or folder cannot be read or written (the store's
## words): after the file's path on the command line ("FILE: …"), and on
## the facilitator's status line and questions. File names, holders and the
## file parser's own words come in variables, as they are.

# A place in a file. $line, $column: numbers.
store-at = { $line }:{ $column }
# $at: the place (above); $message: the parser's words (English).
store-syntax = { $at }: { $message }
# $version: the file's format version; $supported: the newest this baraza reads.
store-newer = { $at }: written by a newer baraza (file version { $version }, this baraza reads up to { $supported }); update baraza to open it
store-unknown-version = { $at }: unknown file version { $version }
# $problems: the rules' words, separated by "; ".
store-inconsistent = { $at }: does not fit together: { $problems }
# $holder: who has it open ("baraza (pid 4242) of amina on field-laptop, since 10:42").
store-locked = open in { $holder }; open it read-only or close it there first
store-encrypted = encrypted, and no key that opens it is unlocked; run baraza in a terminal to type the folder's passphrase
# $message: why (age's words, English).
store-damaged = encrypted, but damaged: { $message }
# $query: what was typed (keep the command as it is).
store-no-match = no session matches «{ $query }»; `baraza list` shows them
# $matches: the files, separated by commas.
store-ambiguous = «{ $query }» matches several sessions: { $matches }; give the file name
store-not-a-folder = is not a folder
store-not-a-plain-file = is not a plain file
store-not-a-file-name = is not the name of a file
store-refused-folder = is a folder, not a session file
store-refused-link = is a link to another file; baraza opens only plain files (copy the session into the folder)
store-refused-other = is not a plain file (a pipe or a device)
# A session's lock file that baraza will not use. $what: one of the two below,
# or store-not-a-plain-file.
store-not-a-lock = { $what }, not a lock file: baraza never writes through one; remove it to edit this session
store-lock-link-or-folder = is a link or a folder
store-lock-hard-link = is a hard link to another file
store-encrypted-already = is encrypted already
store-not-encrypted = is not encrypted
# $folder: the folder of sessions.
store-wrong-passphrase = wrong passphrase for the key of { $folder }
store-wrong-recovery-key = that is not the recovery key of { $folder }
# The system's reasons, by kind.
store-io-not-found = no such file or folder
store-io-permission = permission denied (this user may not read or write it)
store-io-exists = is there already
store-io-full = the disk is full
store-io-read-only = the disk is read-only (a locked USB stick?)
store-io-is-folder = is a folder
store-io-not-folder = a part of the path is not a folder
# Any other reason: $error, the system's words as they are.
store-io-system = { $error }

## Every command (keep the option names and commands as they are)

# $folder: the folder given; $why: one of the three below.
cli-view-read-only = { $folder }: is a programme view, read-only; { $why }
cli-view-why-new = new sessions are made in a laptop's own folder
cli-view-why-encryption = encryption is set on each laptop's own folder
cli-view-why-retention = run the retention rule on each laptop's own folder
cli-no-home = cannot find a home folder for sessions; give one with --dir DIR
cli-no-such-folder = { $folder }: no such folder of sessions; check --dir or BARAZA_DIR (`baraza new` makes the first session)
# $error: the system's words (a closed pipe, a full disk).
cli-cannot-write = cannot write: { $error }
cli-no-terminal = baraza needs a terminal to show sessions; for plain text use `baraza list`
# $error: the system's words.
cli-terminal-setup = cannot set up the terminal: { $error }
cli-terminal-error = terminal error: { $error }
# What was typed for an option, refused (clap puts "invalid value … for
# '--date <DATE>':" before it, in English). $typed: what was typed;
# $iso, $dmy: today, written both ways; $codes: the languages' codes.
cli-bad-date = «{ $typed }» is not a date; write it as YYYY-MM-DD (e.g. { $iso }) or DD/MM/YYYY (e.g. { $dmy }), today, +7 or +2w
cli-bad-lang = «{ $typed }» is not a language baraza has; choose one of { $codes }
# --group (keep NAME:COUNT as it is). $hint: the line below; $max: a number.
cli-group-form = write a group as NAME:COUNT, e.g. Women:14
cli-bad-group = «{ $typed }»: { $hint }
cli-bad-group-name = «{ $typed }» has no group name; { $hint }
cli-bad-head-count = «{ $typed }» is not a head count from 0 to { $max }; { $hint }

## baraza rollup (warnings on stderr; the roll-up itself is the report's)

cli-since-after-until = --since { $since } is after --until { $until }; give the earlier day first
cli-rollup-csv-stdout = CSV is one file per table: choose one with --table (e.g. --table recurring), or give -o FILE to write them all
cli-rollup-no-folder = { $folder }: no such folder of sessions
# $title: the session; $id: its id.
cli-rollup-double = «{ $title }» (id { $id }) is in the folder more than once, with different contents; counted once, as changed last
# $laptops: their names, separated by commas; $resolve: the command that settles it.
cli-rollup-conflict = «{ $title }» was edited on { $laptops }; counted once, as changed last ({ $resolve })

## baraza retention ($what: what was purged, in English for now)

cli-retention-too-many-days = --older-than { $days }: too many days
cli-retention-no-age = give --older-than DAYS or --before DATE
cli-retention-future = --before { $date } is after today; the retention rule purges only what is older
cli-retention-would-purge = { $file }: would purge { $what }
cli-retention-purged = { $file }: purged { $what }
# $why: the store's words, or the line below.
cli-retention-left = left { $file } as it was: { $why }
cli-retention-open-in = open in { $holder }
# The last line. $n: sessions; $date: the day (ISO).
cli-retention-done = { $n ->
    [one] { $n } session purged of text from before { $date }
   *[other] { $n } sessions purged of text from before { $date }
}
cli-retention-done-dry = { $n ->
    [one] { $n } session would be purged of text from before { $date }
   *[other] { $n } sessions would be purged of text from before { $date }
}
cli-retention-backups = { $n ->
    [one] note: { $n } backup file in the folder (*.ron.bak) still holds older text; delete it once you no longer need to go back to an older baraza
   *[other] note: { $n } backup files in the folder (*.ron.bak) still hold older text; delete them once you no longer need to go back to an older baraza
}
cli-retention-left-over = { $n ->
    [one] { $n } session left as it was (see above); run the purge again when it can be opened
   *[other] { $n } sessions left as they were (see above); run the purge again when they can be opened
}

## baraza sync (keep the commands as they are; $laptop, $laptops: names of laptops)

cli-sync-no-repository = no programme repository yet: give its path once, e.g. `baraza sync /media/usb/programme.git` (the coordinator makes it with `baraza sync init PATH`)
cli-sync-unreachable = { $path }: not there; is the USB stick plugged in (or the shared folder mounted)?
# $why: the line above.
cli-sync-nothing-sent = { $why } Nothing was sent or received; this laptop's sessions go at the next sync
cli-sync-busy = another baraza sync of this folder is running; wait for it to finish
cli-sync-init-made = made the programme repository { $repository } ; this laptop is «{ $laptop }» in it
cli-sync-init-next = next: `baraza sync` sends this laptop's sessions; on each other laptop, plug the stick in and run `baraza sync { $repository }`
# $title: the session; $id: its short id.
cli-sync-kept = «{ $title }» ({ $id }): the version of { $laptops } is kept; the others stay in the programme's history
cli-sync-replaced = { $file }: replaced by that version
cli-sync-choice-later = the choice goes to the programme at the next baraza sync
cli-sync-renamed = another laptop sends sessions as «{ $old }» too (a copy of this laptop's folder?): this laptop now syncs as «{ $laptop }»
# $sent: sessions sent.
cli-sync-synced = { $sent ->
    [one] synced with { $repository } as «{ $laptop }»: { $sent } session sent
   *[other] synced with { $repository } as «{ $laptop }»: { $sent } sessions sent
}
cli-sync-nothing-new = (nothing new since the last sync)
cli-sync-recorded = { $sent ->
    [one] { $sent } session recorded on this laptop as «{ $laptop }»
   *[other] { $sent } sessions recorded on this laptop as «{ $laptop }»
}
# $why: why (the store's words).
cli-sync-not-sent = not sent: { $file }: { $why }
# $sessions, $count: numbers; $folder: where the view is.
cli-sync-view = programme view: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} from { $count ->
    [one] { $count } laptop
   *[other] { $count } laptops
}, read-only, in { $folder }
cli-sync-conflicts = { $n ->
    [one] { $n } session was edited on more than one laptop (nothing merged; the newest is used until you choose):
   *[other] { $n } sessions were edited on more than one laptop (nothing merged; the newest is used until you choose):
}
cli-sync-conflict = «{ $title }» on { $laptops }: baraza sync resolve { $id }
cli-sync-no-conflict = no session is in conflict: every laptop holds the same version of each
# A version of a session. $updated: date and time (ISO); the rest: numbers.
cli-sync-version = last changed { $updated }, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}, { $dots ->
    [one] { $dots } dot
   *[other] { $dots } dots
}, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}
cli-sync-version-unreadable = cannot be read by this baraza
cli-sync-version-used = ← used now (the newest)
cli-sync-not-in-conflict = «{ $title }» ({ $id }) is not in conflict: every laptop holding it ({ $laptops }) has the same version
cli-sync-versions = «{ $title }» ({ $id }) has { $n } versions:
cli-sync-every-version = every version, to open read-only: { $folder }
cli-sync-keep-one = keep one: baraza sync resolve { $id } --keep { $laptop }   (or --keep-newest)

## baraza encryption, and the passphrase asked at the start ($folder: the
## folder of sessions; $n: a number; $key: an age key, as it is)

cli-enc-already = { $n ->
    [one] { $folder } is encrypted already; { $n } file still in plain text now sealed
   *[other] { $folder } is encrypted already; { $n } files still in plain text now sealed
}
cli-enc-encrypting = Encrypting { $folder }.
cli-enc-choose = Choose a passphrase: it is asked once each time baraza starts. A lost passphrase means lost data — nobody, not even the programme, can read these sessions without it or the recovery key shown next.
cli-enc-done = { $n ->
    [one] encrypted: { $n } file sealed; from now on every save is sealed too
   *[other] encrypted: { $n } files sealed; from now on every save is sealed too
}
cli-enc-recovery-key = RECOVERY KEY — write it down now and keep it away from this laptop; it is shown only this once, and with it alone a lost passphrase can be replaced:
cli-enc-public-key = this laptop's public key (for a coordinator's --coordinator): { $key }
cli-enc-coordinator-sealed = sessions are also sealed to the coordinator's key { $key }
cli-enc-reports-plain = { $n ->
    [one] note: { $n } report in the folder (.md, .html, .csv) is not encrypted: move it somewhere safe or delete it
   *[other] note: { $n } reports in the folder (.md, .html, .csv) are not encrypted: move them somewhere safe or delete them
}
cli-enc-sync-history = note: copies sent by baraza sync before now stay readable in the programme repository's history
cli-enc-status-off = { $folder }: not encrypted (`baraza encryption on` turns it on)
cli-enc-status-on = { $folder }: encrypted
cli-enc-laptop-key = this laptop's key: { $key }
cli-enc-coordinator-key = coordinator's key: { $key }
cli-enc-no-coordinator = no coordinator's key
cli-enc-plain-left = { $n ->
    [one] { $n } session is still in plain text: `baraza encryption on` seals it
   *[other] { $n } sessions are still in plain text: `baraza encryption on` seals them
}
cli-enc-changed = passphrase changed
cli-enc-recovered = recovered: the new passphrase opens the folder
cli-enc-not-encrypted = { $folder }: is not encrypted; `baraza encryption on` turns it on
# Prompts (": " follows each; nothing typed is shown).
cli-pass-for = passphrase for { $folder }
cli-pass-choose = passphrase (at least 8 characters)
cli-pass-choose-new = the new passphrase (at least 8 characters)
cli-pass-choose-another = a new passphrase (at least 8 characters)
cli-pass-again = the same passphrase again
cli-pass-now = the passphrase now
cli-pass-recovery = the recovery key written down at set-up (AGE-SECRET-KEY-1…)
cli-pass-no-terminal = a passphrase is needed, and standard input is not a terminal; run baraza in a terminal
# $error: the system's words.
cli-pass-cannot-read = cannot read a passphrase: { $error }
cli-pass-none-typed = no passphrase typed; nothing done
cli-pass-short = the passphrase is shorter than 8 characters; nothing done
cli-pass-differ = the two passphrases differ; nothing done

## baraza lang check (for translators; $code: the language's code, $name: its own name)

cli-lang-summary = { $code } ({ $name }): { $translated } of { $total } messages translated, { $missing } missing (shown in English)
# $id: a message's id.
cli-lang-missing = missing: { $id }
cli-lang-unknown = unknown (not in English; misspelt or left over): { $id }
# $variable: the message and variable.
cli-lang-bad-variable = uses a variable English does not give: { $variable }
# $error: the file, line and parser's words.
cli-lang-error = error: { $error }
