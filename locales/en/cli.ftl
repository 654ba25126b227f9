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
