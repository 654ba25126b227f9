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

## such as "Usage" and "Options", stay English)

# The program, in one sentence, at the top of `baraza --help`.
cli-help-about = baraza inaongoza warsha ya usalama wa jamii, paneli kwa paneli — maandalizi, kubaini matatizo, kuyapanga kwa vipaumbele, kupanga hatua, kufuatilia, kujifunza — na kuhifadhi kila kikao kama faili la RON.
cli-help-no-command = Ikiendeshwa bila amri, inafungua orodha ya vikao.
# The options every command takes.
cli-help-dir = Folda ya faili za vikao [chaguo-msingi: folda ya data ya mfumo, kwenye Linux ~/.local/share/baraza/sessions]
cli-help-lang = Lugha ya skrini na ujumbe: en, sw, fr, ar, so, ru [chaguo-msingi: ya usanidi, vinginevyo LC_ALL/LC_MESSAGES/LANG, vinginevyo en]. Kwa `export`, lugha ya ripoti [chaguo-msingi: lugha ya ukumbi ya kikao]
# Each command, in one line (the list under "Commands").
cli-help-new = Unda kikao, onyesha njia yake na ukifungue
cli-help-open = Fungua kikao kwa njia, jina la faili, slug au id
cli-help-present = Onyesha skrini ya ukumbi ya kikao, kwa projekta: inafuata dirisha la mwezeshaji moja kwa moja na ni ya kusoma tu (haifungi kikao)
cli-help-list = Orodhesha vikao vilivyo kwenye folda, vipya kwanza
cli-help-check = Kagua faili za vikao; inaonyesha `ok` au kosa pamoja na mstari na safu
cli-help-export = Andika kikao kama ripoti: Markdown, majedwali ya CSV au ukurasa mmoja wa HTML
cli-help-rollup = Jumuisha vikao vyote vya folda: matatizo yanayojirudia, ukamilishaji wa hatua, hatua zilizochelewa, matatizo ya kushughulikiwa na wilaya/taifa
cli-help-retention = Futa maandishi huru yaliyozidi umri fulani (maelezo ya muktadha, taarifa za maendeleo…), ukibakiza idadi, nafasi, hali na tarehe
cli-help-sync = Leta pamoja vikao vya kompyuta nyingi: tuma vya kompyuta hii kwenye hazina ya programu (USB, folda ya pamoja), pokea vya wengine kwenye mwonekano wa programu
cli-help-encryption = Simba vikao vya folda vikiwa vimehifadhiwa (age), ona jinsi vilivyosimbwa, badilisha nenosiri, au rejesha lililopotea kwa ufunguo wa urejeshaji
cli-help-lang-command = Lugha za baraza: kagua tafsiri (kinachokosekana, kilichokosewa au kilichovunjika), kwa anayeisahihisha

## baraza list (the table; TSV keeps English headings for scripts)

cli-list-col-date = tarehe
cli-list-col-title = jina
cli-list-col-location = mahali
cli-list-col-stage = awamu
cli-list-col-problems = matatizo
cli-list-col-votes = kura
cli-list-col-actions = hatua
cli-list-col-file = faili
cli-list-unreadable = halisomeki: { $error }
cli-list-skipped-unreadable = limerukwa, halisomeki { $file }: { $error }
cli-list-empty = hakuna vikao katika { $folder }; anzisha kimoja kwa `baraza new --title "..."`
cli-list-no-programme-view = bado hakuna mwonekano wa programu: `baraza sync` unauunda (mara ya kwanza: baraza sync /media/usb/programme.git)
cli-list-cannot-write = haiwezi kuandika orodha: { $error }
