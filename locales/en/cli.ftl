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
