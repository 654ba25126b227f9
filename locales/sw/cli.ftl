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
# clap's own words: the headings (": " follows each), the placeholder for a
# command in the usage line (capitals, like the other placeholders), and
# the help and version flags and the help command.
cli-help-usage = Matumizi
cli-help-commands = Amri
cli-help-arguments = Hoja
cli-help-options = Chaguo
cli-help-command-value = AMRI
cli-help-help = Onyesha msaada
cli-help-version = Onyesha toleo
cli-help-help-command = Onyesha ujumbe huu au msaada wa amri ndogo zilizotolewa
# The commands under a command, and their options (keep the option names,
# the placeholders in capitals and the commands as they are).
cli-help-encryption-on = Washa usimbaji: ufunguo wa kompyuta hii, unaolindwa na nenosiri linaloandikwa mara moja kila inapoanza, na ufunguo wa kurejesha wa kuandika
cli-help-encryption-on-coordinator = Simba pia kila kikao kwa ufunguo wa umma wa mratibu wa programu (age1…, kutoka `baraza encryption status` kwenye kompyuta ya mratibu)
cli-help-encryption-status = Kama folda imesimbwa, na kwa funguo zipi
cli-help-encryption-passphrase = Badilisha nenosiri (la sasa, kisha jipya mara mbili)
cli-help-encryption-recover = Nenosiri lililopotea: ufunguo wa kurejesha ulioandikwa wakati wa kuweka, kisha nenosiri jipya
cli-help-lang-check = Kwa kila lugha (au ile iliyotolewa): ujumbe uliotafsiriwa, usiokuwepo (unaonyeshwa kwa Kiingereza kwa sasa), usiojulikana, wenye kigezo kibaya, au usiochanganuka; hutoka na 1 kitu kinapohitaji kurekebishwa
cli-help-lang-check-checked = Lugha ya kukagua (en, sw, fr, ar, so, ru) [chaguo-msingi: zote]
cli-help-lang-check-files = Kagua faili za .ftl katika folda hii (LOCALES/<lang>/*.ftl, kama locales/ ya msimbo) badala ya zile zilizojengwa ndani: tafsiri inayohaririwa, kabla haijajengwa
cli-help-lang-check-verbose = Orodhesha kila ujumbe usiokuwepo, si idadi tu
cli-help-sync-repository = Hazina ya programu, k.m. /media/usb/programme.git; inakumbukwa kwa wakati ujao [chaguo-msingi: iliyokumbukwa]
cli-help-sync-laptop = Jina la kompyuta hii kwenye programu, katika usawazishaji wake wa kwanza (a-z, 0-9, -) [chaguo-msingi: jina la mwenyeji wake na tarakimu nne za nasibu]
cli-help-sync-init = Unda hazina ya programu (folda mpya kwenye USB au folda ya pamoja) na uikumbuke kwa kompyuta hii
cli-help-sync-init-path = Wapi: folda ambayo bado haipo, au tupu
cli-help-sync-init-laptop = Jina la kompyuta hii kwenye programu (a-z, 0-9, -)
cli-help-sync-resolve = Vikao vilivyohaririwa kwenye kompyuta mbili: viorodheshe, onyesha matoleo ya kimoja, au hifadhi kimoja (mengine yanabaki kwenye historia ya programu)
cli-help-sync-resolve-session = Kikao: kitambulisho chake kifupi, kitambulisho, kichwa au jina la faili [chaguo-msingi: orodhesha kila kikao cha kutatua]
cli-help-sync-resolve-keep = Hifadhi toleo lililo kwenye kompyuta hii (jina lake kwenye programu)
cli-help-sync-resolve-keep_newest = Hifadhi toleo jipya zaidi (lililotumika hadi sasa)

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

## Why a session file or folder cannot be read or written (the store's
## words): after the file's path on the command line ("FILE: …"), and on
## the facilitator's status line and questions. File names, holders and the
## file parser's own words come in variables, as they are.

# A place in a file. $line, $column: numbers.
store-at = { $line }:{ $column }
# $at: the place (above); $message: the parser's words (English).
store-syntax = { $at }: { $message }
# $version: the file's format version; $supported: the newest this baraza reads.
store-newer = { $at }: imeandikwa na baraza jipya zaidi (toleo la faili { $version }, baraza hili linasoma hadi { $supported }); sasisha baraza ili kulifungua
store-unknown-version = { $at }: toleo la faili lisilojulikana { $version }
# $problems: the rules' words, separated by "; ".
store-inconsistent = { $at }: haliendani: { $problems }
# $holder: who has it open ("baraza (pid 4242) of amina on field-laptop, since 10:42").
store-locked = limefunguliwa katika { $holder }; lifungue kwa kusoma tu au lifunge huko kwanza
store-encrypted = limesimbwa, na hakuna ufunguo uliofunguliwa unaoweza kulifungua; endesha baraza kwenye terminali ili kuandika nenosiri la folda
# $message: why (age's words, English).
store-damaged = limesimbwa, lakini limeharibika: { $message }
# $query: what was typed (keep the command as it is).
store-no-match = hakuna kikao kinacholingana na «{ $query }»; `baraza list` inavionyesha
# $matches: the files, separated by commas.
store-ambiguous = «{ $query }» inalingana na vikao kadhaa: { $matches }; toa jina la faili
store-not-a-folder = si folda
store-not-a-plain-file = si faili la kawaida
store-not-a-file-name = si jina la faili
store-refused-folder = ni folda, si faili la kikao
store-refused-link = ni kiungo cha faili jingine; baraza hufungua faili za kawaida tu (nakili kikao ndani ya folda)
store-refused-other = si faili la kawaida (bomba au kifaa)
# A session's lock file that baraza will not use. $what: one of the two below,
# or store-not-a-plain-file.
store-not-a-lock = { $what }, si faili la kufuli: baraza haliandiki kamwe kupitia hilo; liondoe ili kuhariri kikao hiki
store-lock-link-or-folder = ni kiungo au folda
store-lock-hard-link = ni kiungo kigumu cha faili jingine
store-encrypted-already = tayari imesimbwa
store-not-encrypted = haijasimbwa
# $folder: the folder of sessions.
store-wrong-passphrase = nenosiri si sahihi kwa ufunguo wa { $folder }
store-wrong-recovery-key = huo si ufunguo wa kurejesha wa { $folder }
# The system's reasons, by kind.
store-io-not-found = hakuna faili wala folda kama hiyo
store-io-permission = ruhusa imekataliwa (mtumiaji huyu hawezi kulisoma wala kuliandika)
store-io-exists = lipo tayari
store-io-full = diski imejaa
store-io-read-only = diski ni ya kusoma tu (USB iliyofungwa?)
store-io-is-folder = ni folda
store-io-not-folder = sehemu ya njia si folda
# Any other reason: $error, the system's words as they are.
store-io-system = { $error }

## Every command (keep the option names and commands as they are)

# $folder: the folder given; $why: one of the three below.
cli-view-read-only = { $folder }: ni mwonekano wa programu, wa kusoma tu; { $why }
cli-view-why-new = vikao vipya hutengenezwa katika folda ya kompyuta yenyewe
cli-view-why-encryption = usimbaji huwekwa kwenye folda ya kila kompyuta yenyewe
cli-view-why-retention = endesha kanuni ya kuhifadhi kwenye folda ya kila kompyuta yenyewe
cli-no-home = haiwezi kupata folda ya nyumbani ya vikao; toa moja kwa --dir DIR
cli-no-such-folder = { $folder }: hakuna folda ya vikao kama hiyo; angalia --dir au BARAZA_DIR (`baraza new` hutengeneza kikao cha kwanza)
# $error: the system's words (a closed pipe, a full disk).
cli-cannot-write = haiwezi kuandika: { $error }
cli-no-terminal = baraza linahitaji terminali ili kuonyesha vikao; kwa maandishi matupu tumia `baraza list`
# $error: the system's words.
cli-terminal-setup = haiwezi kuandaa terminali: { $error }
cli-terminal-error = hitilafu ya terminali: { $error }
# What was typed for an option, refused (clap puts "invalid value … for
# '--date <DATE>':" before it, in English). $typed: what was typed;
# $iso, $dmy: today, written both ways; $codes: the languages' codes.
cli-bad-date = «{ $typed }» si tarehe; iandike kama YYYY-MM-DD (k.m. { $iso }) au DD/MM/YYYY (k.m. { $dmy }), today, +7 au +2w
cli-bad-lang = «{ $typed }» si lugha ambayo baraza linayo; chagua moja kati ya { $codes }
# --group (keep NAME:COUNT as it is). $hint: the line below; $max: a number.
cli-group-form = andika { -group } kama NAME:COUNT, k.m. Wanawake:14
cli-bad-group = «{ $typed }»: { $hint }
cli-bad-group-name = «{ $typed }» haina jina la { -group }; { $hint }
cli-bad-head-count = «{ $typed }» si idadi ya watu kati ya 0 na { $max }; { $hint }

## baraza rollup (warnings on stderr; the roll-up itself is the report's)

cli-since-after-until = --since { $since } ni baada ya --until { $until }; toa siku ya mapema kwanza
cli-rollup-csv-stdout = CSV ni faili moja kwa kila jedwali: chagua moja kwa --table (k.m. --table recurring), au toa -o FAILI ili kuyaandika yote
cli-rollup-no-folder = { $folder }: hakuna folda ya vikao kama hiyo
# $title: the session; $id: its id.
cli-rollup-double = «{ $title }» (kitambulisho { $id }) kimo kwenye folda zaidi ya mara moja, chenye maudhui tofauti; kimehesabiwa mara moja, kama kilivyobadilishwa mwisho
# $laptops: their names, separated by commas; $resolve: the command that settles it.
cli-rollup-conflict = «{ $title }» kilihaririwa kwenye { $laptops }; kimehesabiwa mara moja, kama kilivyobadilishwa mwisho ({ $resolve })

## baraza retention ($what: what was purged, in English for now)

cli-retention-too-many-days = --older-than { $days }: siku nyingi mno
cli-retention-no-age = toa --older-than SIKU au --before TAREHE
cli-retention-future = --before { $date } ni baada ya leo; kanuni ya kuhifadhi hufuta tu kilicho cha zamani zaidi
cli-retention-would-purge = { $file }: ingefuta { $what }
cli-retention-purged = { $file }: imefuta { $what }
# $why: the store's words, or the line below.
cli-retention-left = { $file } kimeachwa kama kilivyokuwa: { $why }
cli-retention-open-in = kimefunguliwa katika { $holder }
# The last line. $n: sessions; $date: the day (ISO).
cli-retention-done = { $n ->
    [one] kikao { $n } kimefutwa maandishi ya kabla ya { $date }
   *[other] vikao { $n } vimefutwa maandishi ya kabla ya { $date }
}
cli-retention-done-dry = { $n ->
    [one] kikao { $n } kingefutwa maandishi ya kabla ya { $date }
   *[other] vikao { $n } vingefutwa maandishi ya kabla ya { $date }
}
cli-retention-backups = { $n ->
    [one] kumbuka: faili { $n } la akiba kwenye folda (*.ron.bak) bado lina maandishi ya zamani; lifute usipohitaji tena kurudi kwenye baraza la zamani
   *[other] kumbuka: faili { $n } za akiba kwenye folda (*.ron.bak) bado zina maandishi ya zamani; zifute usipohitaji tena kurudi kwenye baraza la zamani
}
cli-retention-left-over = { $n ->
    [one] kikao { $n } kimeachwa kama kilivyokuwa (tazama juu); endesha ufutaji tena kitakapoweza kufunguliwa
   *[other] vikao { $n } vimeachwa kama vilivyokuwa (tazama juu); endesha ufutaji tena vitakapoweza kufunguliwa
}

## baraza sync (keep the commands as they are; $laptop, $laptops: names of laptops)

cli-sync-no-repository = bado hakuna hazina ya programu: toa njia yake mara moja, k.m. `baraza sync /media/usb/programme.git` (mratibu huiunda kwa `baraza sync init PATH`)
cli-sync-unreachable = { $path }: haipo; je, USB imechomekwa (au folda ya pamoja imeunganishwa)?
# $why: the line above.
cli-sync-nothing-sent = { $why } Hakuna kilichotumwa wala kupokelewa; vikao vya kompyuta hii vitaenda kwenye usawazishaji ujao
cli-sync-busy = baraza sync nyingine ya folda hii inaendelea; subiri imalize
cli-sync-init-made = hazina ya programu { $repository } imeundwa ; kompyuta hii ni «{ $laptop }» ndani yake
cli-sync-init-next = kinachofuata: `baraza sync` hutuma vikao vya kompyuta hii; kwenye kila kompyuta nyingine, chomeka USB na uendeshe `baraza sync { $repository }`
# $title: the session; $id: its short id.
cli-sync-kept = «{ $title }» ({ $id }): toleo la { $laptops } limehifadhiwa; mengine yanabaki kwenye historia ya programu
cli-sync-replaced = { $file }: limebadilishwa na toleo hilo
cli-sync-choice-later = chaguo litaenda kwa programu kwenye baraza sync ijayo
cli-sync-renamed = kompyuta nyingine pia inatuma vikao kama «{ $old }» (nakala ya folda ya kompyuta hii?): kompyuta hii sasa inasawazisha kama «{ $laptop }»
# $sent: sessions sent.
cli-sync-synced = { $sent ->
    [one] imesawazishwa na { $repository } kama «{ $laptop }»: kikao { $sent } kimetumwa
   *[other] imesawazishwa na { $repository } kama «{ $laptop }»: vikao { $sent } vimetumwa
}
cli-sync-nothing-new = (hakuna jipya tangu usawazishaji uliopita)
cli-sync-recorded = { $sent ->
    [one] kikao { $sent } kimerekodiwa kwenye kompyuta hii kama «{ $laptop }»
   *[other] vikao { $sent } vimerekodiwa kwenye kompyuta hii kama «{ $laptop }»
}
# $why: why (the store's words).
cli-sync-not-sent = hakijatumwa: { $file }: { $why }
# $sessions, $count: numbers; $folder: where the view is.
cli-sync-view = mwonekano wa programu: { $sessions ->
    [one] kikao { $sessions }
   *[other] vikao { $sessions }
} kutoka { $count ->
    [one] kompyuta { $count }
   *[other] kompyuta { $count }
}, kwa kusoma tu, katika { $folder }
cli-sync-conflicts = { $n ->
    [one] kikao { $n } kilihaririwa kwenye kompyuta zaidi ya moja (hakuna kilichounganishwa; kipya zaidi kinatumika hadi uchague):
   *[other] vikao { $n } vilihaririwa kwenye kompyuta zaidi ya moja (hakuna kilichounganishwa; kipya zaidi kinatumika hadi uchague):
}
cli-sync-conflict = «{ $title }» kwenye { $laptops }: baraza sync resolve { $id }
cli-sync-no-conflict = hakuna kikao chenye mgongano: kila kompyuta ina toleo lilelile la kila kimoja
# A version of a session. $updated: date and time (ISO); the rest: numbers.
cli-sync-version = kilibadilishwa mwisho { $updated }, { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}, { $dots ->
    [one] { -dot } { $dots }
   *[other] { -dot } { $dots }
}, { $actions ->
    [one] hatua { $actions }
   *[other] hatua { $actions }
}
cli-sync-version-unreadable = haliwezi kusomwa na baraza hili
cli-sync-version-used = ← linatumika sasa (jipya zaidi)
cli-sync-not-in-conflict = «{ $title }» ({ $id }) hakina mgongano: kila kompyuta iliyo nacho ({ $laptops }) ina toleo lilelile
cli-sync-versions = «{ $title }» ({ $id }) kina matoleo { $n }:
cli-sync-every-version = kila toleo, kufungua kwa kusoma tu: { $folder }
cli-sync-keep-one = hifadhi moja: baraza sync resolve { $id } --keep { $laptop }   (au --keep-newest)

## baraza encryption, and the passphrase asked at the start ($folder: the
## folder of sessions; $n: a number; $key: an age key, as it is)

cli-enc-already = { $n ->
    [one] { $folder } tayari imesimbwa; faili { $n } lililokuwa bado maandishi matupu limesimbwa sasa
   *[other] { $folder } tayari imesimbwa; faili { $n } zilizokuwa bado maandishi matupu zimesimbwa sasa
}
cli-enc-encrypting = Inasimba { $folder }.
cli-enc-choose = Chagua nenosiri: linaulizwa mara moja kila baraza linapoanza. Nenosiri lililopotea ni data iliyopotea — hakuna mtu, hata programu, anayeweza kusoma vikao hivi bila nenosiri hilo au ufunguo wa kurejesha unaoonyeshwa baadaye.
cli-enc-done = { $n ->
    [one] imesimbwa: faili { $n } limesimbwa; kuanzia sasa kila uhifadhi unasimbwa pia
   *[other] imesimbwa: faili { $n } zimesimbwa; kuanzia sasa kila uhifadhi unasimbwa pia
}
cli-enc-recovery-key = UFUNGUO WA KUREJESHA — uandike sasa na uuweke mbali na kompyuta hii; unaonyeshwa mara hii moja tu, na kwa huo peke yake nenosiri lililopotea linaweza kubadilishwa:
cli-enc-public-key = ufunguo wa umma wa kompyuta hii (kwa --coordinator ya mratibu): { $key }
cli-enc-coordinator-sealed = vikao vinasimbwa pia kwa ufunguo wa mratibu { $key }
cli-enc-reports-plain = { $n ->
    [one] kumbuka: ripoti { $n } kwenye folda (.md, .html, .csv) haijasimbwa: ihamishie mahali salama au uifute
   *[other] kumbuka: ripoti { $n } kwenye folda (.md, .html, .csv) hazijasimbwa: zihamishie mahali salama au uzifute
}
cli-enc-sync-history = kumbuka: nakala zilizotumwa na baraza sync kabla ya sasa zinabaki kusomeka kwenye historia ya hazina ya programu
cli-enc-status-off = { $folder }: haijasimbwa (`baraza encryption on` huiwasha)
cli-enc-status-on = { $folder }: imesimbwa
cli-enc-laptop-key = ufunguo wa kompyuta hii: { $key }
cli-enc-coordinator-key = ufunguo wa mratibu: { $key }
cli-enc-no-coordinator = hakuna ufunguo wa mratibu
cli-enc-plain-left = { $n ->
    [one] kikao { $n } bado ni maandishi matupu: `baraza encryption on` hukisimba
   *[other] vikao { $n } bado ni maandishi matupu: `baraza encryption on` huvisimba
}
cli-enc-changed = nenosiri limebadilishwa
cli-enc-recovered = imerejeshwa: nenosiri jipya linafungua folda
cli-enc-not-encrypted = { $folder }: haijasimbwa; `baraza encryption on` huiwasha
# Prompts (": " follows each; nothing typed is shown).
cli-pass-for = nenosiri la { $folder }
cli-pass-choose = nenosiri (angalau herufi 8)
cli-pass-choose-new = nenosiri jipya (angalau herufi 8)
cli-pass-choose-another = nenosiri jipya (angalau herufi 8)
cli-pass-again = nenosiri lilelile tena
cli-pass-now = nenosiri la sasa
cli-pass-recovery = ufunguo wa kurejesha ulioandikwa wakati wa kuweka (AGE-SECRET-KEY-1…)
cli-pass-no-terminal = nenosiri linahitajika, na ingizo la kawaida si terminali; endesha baraza kwenye terminali
# $error: the system's words.
cli-pass-cannot-read = haiwezi kusoma nenosiri: { $error }
cli-pass-none-typed = hakuna nenosiri lililoandikwa; hakuna kilichofanyika
cli-pass-short = nenosiri ni fupi kuliko herufi 8; hakuna kilichofanyika
cli-pass-differ = manenosiri mawili yanatofautiana; hakuna kilichofanyika

## baraza lang check (for translators; $code: the language's code, $name: its own name)

cli-lang-summary = { $code } ({ $name }): ujumbe { $translated } kati ya { $total } umetafsiriwa, { $missing } haupo (unaonyeshwa kwa Kiingereza)
# $id: a message's id.
cli-lang-missing = haupo: { $id }
cli-lang-unknown = haujulikani (haupo kwa Kiingereza; umekosewa tahajia au umebaki): { $id }
# $variable: the message and variable.
cli-lang-bad-variable = unatumia kigezo ambacho Kiingereza hakitoi: { $variable }
# $error: the file, line and parser's words.
cli-lang-error = hitilafu: { $error }
