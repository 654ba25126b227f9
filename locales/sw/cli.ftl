### baraza — Kiswahili: mstari wa amri.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## baraza export

# --table given without --format csv (keep the option names as they are).
cli-export-table-not-csv = --table ni kwa CSV pekee; ongeza --format csv au ondoa --table
# -o - with CSV and no --table.
cli-export-csv-stdout = CSV ni faili moja kwa kila jedwali: chagua moja kwa --table (k.m. --table problems) ili kuliandika kwenye matokeo ya kawaida
# $path: the session file, in the programme view.
cli-export-in-view = { $path }: ni nakala kwenye mwonekano wa programu, ambao ni wa kusoma tu; andika ripoti mahali pengine kwa -o FAILI au -o FOLDA
# A note after writing a report of a file from outside the folder.
cli-export-not-own = kumbuka: kikao hakipo kwenye folda ya vikao ya kompyuta hii; kimeachwa kama kilivyo, na uhamishaji huu haupo kwenye kumbukumbu yake ya uhamishaji
# $error: why the export log could not be written (the store's words).
cli-export-not-logged = ripoti imeandikwa, lakini haijarekodiwa kwenye kumbukumbu ya uhamishaji ya kikao: { $error }

## baraza new

# No terminal to open the new session in.
cli-new-not-opened = kikao kimehifadhiwa; hakikufunguliwa, kwa kuwa hakuna terminali hapa (kifungue baadaye kwa `baraza open`)

## file name in every language: scripts look for it)

# $file: the file; $sealed: the mark below, or nothing.
cli-check-ok = { $file }: ok{ $sealed }
# An old file. $version: its format version.
cli-check-ok-old = { $file }: ok{ $sealed } (toleo la faili { $version }, litasasishwa litakapohifadhiwa tena)
# After "ok" for an encrypted file.
cli-check-encrypted-mark = , limesimbwa
cli-check-not-checked = { $file }: limesimbwa, halijakaguliwa
cli-check-cue = { $file }: ok (mahali dirisha la mwezeshaji lilipo, kwa skrini ya ukumbi; si kikao)
cli-check-no-file = { $file }: faili halipo
