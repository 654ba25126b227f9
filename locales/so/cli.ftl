### baraza — Soomaali: khadka amarrada.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## baraza export

# --table given without --format csv (keep the option names as they are).
cli-export-table-not-csv = --table waxaa loogu talagalay CSV oo keliya; ku dar --format csv ama ka saar --table
# -o - with CSV and no --table.
cli-export-csv-stdout = CSV waa fayl miis kasta: mid ku dooro --table (tusaale --table problems) si loogu qoro wax-soo-saarka caadiga ah
# $path: the session file, in the programme view.
cli-export-in-view = { $path }: waa nuqul ku jira aragtida barnaamijka, oo akhris keliya ah; warbixinta meel kale ku qor -o FAYL ama -o GAL
# A note after writing a report of a file from outside the folder.
cli-export-not-own = ogow: kulanku kuma jiro galka kulamada ee kombiyuutarkan; sidii ayaa loo daayay, dhoofintanna kuma jirto diiwaanka dhoofinta
# $error: why the export log could not be written (the store's words).
cli-export-not-logged = warbixinta waa la qoray, laakiin laguma diiwaangelin diiwaanka dhoofinta ee kulanka: { $error }

## baraza new

# No terminal to open the new session in.
cli-new-not-opened = kulanka waa la kaydiyay; lama furin, maadaama halkan terminaal uusan jirin (hadhow ku fur `baraza open`)

## file name in every language: scripts look for it)

# $file: the file; $sealed: the mark below, or nothing.
cli-check-ok = { $file }: ok{ $sealed }
# An old file. $version: its format version.
cli-check-ok-old = { $file }: ok{ $sealed } (faylka nooca { $version }, waa la cusboonaysiin doonaa marka xiga ee la kaydiyo)
# After "ok" for an encrypted file.
cli-check-encrypted-mark = , waa sir
cli-check-not-checked = { $file }: waa sir, lama hubin
cli-check-cue = { $file }: ok (halka daaqadda fududeeyuhu joogto, shaashadda qolka; ma aha kulan)
cli-check-no-file = { $file }: faylkan ma jiro

## such as "Usage" and "Options", stay English)

# The program, in one sentence, at the top of `baraza --help`.
cli-help-about = baraza wuxuu hagaa aqoon-isweydaarsi amniga bulshada, guddi-guddi — diyaarin, aqoonsiga dhibaatooyinka, kala horreyntooda, qorshaynta tallaabooyinka, la socodka, barashada — wuxuuna kulan kasta u kaydiyaa fayl RON ah.
cli-help-no-command = Haddii amar la'aan la kiciyo, wuxuu furaa liiska kulamada.
# The options every command takes.
cli-help-dir = Galka faylasha kulamada [caadi ahaan: galka xogta ee nidaamka, Linux-ka ~/.local/share/baraza/sessions]
cli-help-lang = Luqadda shaashadaha iyo fariimaha: en, sw, fr, ar, so, ru [caadi ahaan: tan habaynta, haddii kale LC_ALL/LC_MESSAGES/LANG, haddii kale en]. `export`, luqadda warbixinta [caadi ahaan: luqadda qolka ee kulanka]
# Each command, in one line (the list under "Commands").
cli-help-new = Abuur kulan, daabac jidkiisa oo fur
cli-help-open = Fur kulan adigoo isticmaalaya jid, magac fayl, slug ama id
cli-help-present = Muuji shaashadda qolka ee kulan, borojegtarka: waxay si toos ah u raacdaa daaqadda fududeeyaha waana akhris keliya (qufulna ma qaadato)
cli-help-list = Liis garee kulamada galka, kuwa ugu cusub marka hore
cli-help-check = Hubi faylasha kulamada; wuxuu daabacaa `ok` ama khaladka iyo sadarka iyo tiirka
cli-help-export = Kulan u qor warbixin: Markdown, miisaska CSV ama hal bog HTML
cli-help-rollup = Soo koob kulamada galka oo dhan: dhibaatooyinka soo noqnoqda, dhammaystirka tallaabooyinka, tallaabooyinka dib u dhacay, dhibaatooyinka u baahan degmo/qaran
cli-help-retention = Tirtir qoraalka xorta ah ee ka da' weyn muddo la dejiyay (qoraallada xaaladda, qoraallada horumarka…), adigoo haynaya tirooyinka, kaalimaha, xaaladaha iyo taariikhaha
cli-help-sync = Isu keen kulamada kombiyuutaro badan: u dir kuwa kombiyuutarkan kaydka barnaamijka (USB, gal la wadaago), hel kuwa dadka kale aragtida barnaamijka
cli-help-encryption = Sir ku xir kulamada galka ee kaydsan (age), eeg sida loo sireeyay, beddel erayga sirta, ama soo celi mid lumay adigoo isticmaalaya furaha soo celinta
cli-help-lang-command = Luqadaha baraza: hubi turjumaad (waxa maqan, si khaldan loo qoray ama jaban), qofka sixaya
# clap's own words: the headings (": " follows each), the placeholder for a
# command in the usage line (capitals, like the other placeholders), and
# the help and version flags and the help command.
cli-help-usage = Isticmaalka
cli-help-commands = Amarrada
cli-help-arguments = Doodaha
cli-help-options = Doorashooyinka
cli-help-command-value = AMAR
cli-help-help = Muuji caawimaad
cli-help-version = Muuji nooca
cli-help-help-command = Muuji fariintan ama caawimaadda amarrada hoose ee la bixiyay
# The commands under a command, and their options (keep the option names,
# the placeholders in capitals and the commands as they are).
cli-help-encryption-on = Shid sirta: fure kombiyuutarkan ah, oo uu ilaaliyo eray sir ah oo hal mar la qoro bilow kasta, iyo fure soo celin ah oo la qoro
cli-help-encryption-on-coordinator = Sidoo kale kulan kasta u xir furaha guud ee isku-duwaha barnaamijka (age1…, laga helo `baraza encryption status` ee kombiyuutarka isku-duwaha)
cli-help-encryption-status = In galka la sireeyay, iyo furayaasha loo sireeyay
cli-help-encryption-passphrase = Beddel erayga sirta (kan hadda, kadibna kan cusub laba jeer)
cli-help-encryption-recover = Eray sir ah oo lumay: furaha soo celinta ee la qoray markii la dejinayay, kadibna eray sir ah oo cusub
cli-help-lang-check = Luqad kasta (ama tan la bixiyay): fariimaha la turjumay, kuwa maqan (hadda Ingiriisi lagu muujiyo), kuwa aan la aqoon, kuwa doorsoome khaldan leh, ama aan la falanqayn karin; wuxuu ku baxaa 1 marka wax la saxo loo baahan yahay
cli-help-lang-check-checked = Luqadda la hubinayo (en, sw, fr, ar, so, ru) [caadi ahaan: dhammaan]
cli-help-lang-check-files = Hubi faylasha .ftl ee galkan (LOCALES/<lang>/*.ftl, sida locales/ ee koodka) halkii kuwa ku dhex dhisan: turjumaad la beddelayo, ka hor inta aan la dhisin
cli-help-lang-check-verbose = Liis garee fariin kasta oo maqan, ma aha tirada oo keliya
cli-help-sync-repository = Kaydka barnaamijka, tusaale /media/usb/programme.git; waa la xasuustaa marka xigta [caadi ahaan: kii la xasuustay]
cli-help-sync-laptop = Magaca kombiyuutarkan ee barnaamijka, isku-xirkiisa ugu horreeya (a-z, 0-9, -) [caadi ahaan: magaca martigeliyaha iyo afar god oo aan kala horrayn]
cli-help-sync-init = Samee kaydka barnaamijka (gal cusub oo USB ah ama gal la wadaago) oo u xasuuso kombiyuutarkan
cli-help-sync-init-path = Halkee: gal aan weli jirin, ama madhan
cli-help-sync-init-laptop = Magaca kombiyuutarkan ee barnaamijka (a-z, 0-9, -)
cli-help-sync-resolve = Kulamo lagu beddelay laba kombiyuutar: liis garee, muuji nuqullada mid, ama mid hay (kuwa kale waxay ku hadhayaan taariikhda barnaamijka)
cli-help-sync-resolve-session = Kulanka: aqoonsigiisa gaaban, aqoonsiga, cinwaanka ama magaca faylka [caadi ahaan: liis garee kulan kasta oo la xalliyo]
cli-help-sync-resolve-keep = Hay nuqulka kombiyuutarkan (magaciisa barnaamijka)
cli-help-sync-resolve-keep_newest = Hay nuqulka ugu cusub (kii ilaa hadda la isticmaalayay)

## baraza list (the table; TSV keeps English headings for scripts)

cli-list-col-date = taariikh
cli-list-col-title = cinwaan
cli-list-col-location = goob
cli-list-col-stage = heer
cli-list-col-problems = dhibaatooyin
cli-list-col-votes = codad
cli-list-col-actions = tallaabooyin
cli-list-col-file = fayl
cli-list-unreadable = lama akhriyi karo: { $error }
cli-list-skipped-unreadable = waa laga booday, lama akhriyi karo { $file }: { $error }
cli-list-empty = kulan kuma jiro { $folder }; mid ku bilow `baraza new --title "..."`
cli-list-no-programme-view = weli muuqaalka barnaamijka ma jiro: `baraza sync` ayaa samaysa (markii ugu horreysay: baraza sync /media/usb/programme.git)
cli-list-cannot-write = liiska lama qori karo: { $error }

## Why a session file or folder cannot be read or written (the store's
## words): after the file's path on the command line ("FILE: …"), and on
## the facilitator's status line and questions. File names, holders and the
## file parser's own words come in variables, as they are.

# A place in a file. $line, $column: numbers.
store-at = { $line }:{ $column }
# $at: the place (above); $message: the parser's words (English).
store-syntax = { $at }: { $message }
# $version: the file's format version; $supported: the newest this baraza reads.
store-newer = { $at }: waxaa qoray baraza ka cusub (nooca faylka { $version }, baraza-kan wuxuu akhriyaa ilaa { $supported }); cusbooneysii baraza si aad u furto
store-unknown-version = { $at }: nooca faylka lama yaqaan { $version }
# $problems: the rules' words, separated by "; ".
store-inconsistent = { $at }: isma waafaqsana: { $problems }
# $holder: who has it open ("baraza (pid 4242) of amina on field-laptop, since 10:42").
store-locked = waxaa ku furan { $holder }; u fur akhris keliya ama marka hore halkaas ku xir
store-encrypted = waa sir, mana jiro fure furan oo fura; baraza ku socodsii terminaal si aad u qorto erayga sirta ee galka
# $message: why (age's words, English).
store-damaged = waa sir, laakiin waa dhaawacan yahay: { $message }
# $query: what was typed (keep the command as it is).
store-no-match = ma jiro kulan la mid ah «{ $query }»; `baraza list` ayaa muujisa
# $matches: the files, separated by commas.
store-ambiguous = «{ $query }» wuxuu la mid yahay dhowr kulan: { $matches }; sheeg magaca faylka
store-not-a-folder = ma aha gal
store-not-a-plain-file = ma aha fayl caadi ah
store-not-a-file-name = ma aha magac fayl
store-refused-folder = waa gal, ma aha fayl kulan
store-refused-link = waa xiriir fayl kale; baraza wuxuu furaa faylal caadi ah oo keliya (kulanka ku koobiyee galka)
store-refused-other = ma aha fayl caadi ah (tuubo ama qalab)
# A session's lock file that baraza will not use. $what: one of the two below,
# or store-not-a-plain-file.
store-not-a-lock = { $what }, ma aha fayl quful: baraza weligii kuma qoro; tirtir si aad u beddesho kulankan
store-lock-link-or-folder = waa xiriir ama gal
store-lock-hard-link = waa xiriir adag oo fayl kale
store-encrypted-already = horeba waa loo sireeyay
store-not-encrypted = lama sirayn
# $folder: the folder of sessions.
store-wrong-passphrase = erayga sirta waa khalad furaha { $folder }
store-wrong-recovery-key = kaasi ma aha furaha soo celinta ee { $folder }
# The system's reasons, by kind.
store-io-not-found = ma jiro fayl ama gal noocaas ah
store-io-permission = ogolaansho waa la diiday (isticmaalahan ma akhrin karo mana qori karo)
store-io-exists = horeba wuu jiraa
store-io-full = diskigu waa buuxaa
store-io-read-only = diskigu waa akhris keliya (USB quful?)
store-io-is-folder = waa gal
store-io-not-folder = qayb ka mid ah waddada ma aha gal
# Any other reason: $error, the system's words as they are.
store-io-system = { $error }

## Every command (keep the option names and commands as they are)

# $folder: the folder given; $why: one of the three below.
cli-view-read-only = { $folder }: waa aragtida barnaamijka, akhris keliya; { $why }
cli-view-why-new = kulamada cusub waxaa lagu sameeyaa galka kombiyuutarka laftiisa
cli-view-why-encryption = sirta waxaa lagu dejiyaa galka kombiyuutar kasta laftiisa
cli-view-why-retention = xeerka haynta ku socodsii galka kombiyuutar kasta laftiisa
cli-no-home = lama helin gal guri oo kulamada; mid ku sheeg --dir DIR
cli-no-such-folder = { $folder }: ma jiro gal kulamo noocaas ah; hubi --dir ama BARAZA_DIR (`baraza new` ayaa sameeya kulanka ugu horreeya)
# $error: the system's words (a closed pipe, a full disk).
cli-cannot-write = lama qori karo: { $error }
cli-no-terminal = baraza wuxuu u baahan yahay terminaal si uu u muujiyo kulamada; qoraal caadi ah u isticmaal `baraza list`
# $error: the system's words.
cli-terminal-setup = terminaalka lama diyaarin karo: { $error }
cli-terminal-error = khalad terminaal: { $error }
# What was typed for an option, refused (clap puts "invalid value … for
# '--date <DATE>':" before it, in English). $typed: what was typed;
# $iso, $dmy: today, written both ways; $codes: the languages' codes.
cli-bad-date = «{ $typed }» ma aha taariikh; u qor YYYY-MM-DD (tusaale { $iso }) ama DD/MM/YYYY (tusaale { $dmy }), today, +7 ama +2w
cli-bad-lang = «{ $typed }» ma aha luqad uu baraza leeyahay; dooro mid ka mid ah { $codes }
# --group (keep NAME:COUNT as it is). $hint: the line below; $max: a number.
cli-group-form = u qor koox sida NAME:COUNT, tusaale Haweenka:14
cli-bad-group = «{ $typed }»: { $hint }
cli-bad-group-name = «{ $typed }» ma laha magac koox; { $hint }
cli-bad-head-count = «{ $typed }» ma aha tirada dadka 0 ilaa { $max }; { $hint }

## baraza rollup (warnings on stderr; the roll-up itself is the report's)

cli-since-after-until = --since { $since } waa ka dib --until { $until }; marka hore sheeg maalinta hore
cli-rollup-csv-stdout = CSV waa fayl jadwal kasta: mid ku dooro --table (tusaale --table recurring), ama bixi -o FAYL si aad dhammaan u qorto
cli-rollup-no-folder = { $folder }: ma jiro gal kulamo noocaas ah
# $title: the session; $id: its id.
cli-rollup-double = «{ $title }» (aqoonsiga { $id }) galka ayuu ku jiraa in ka badan hal mar, nuxur kala duwan; hal mar ayaa la tiriyay, sidii ugu dambeysay ee la beddelay
# $laptops: their names, separated by commas; $resolve: the command that settles it.
cli-rollup-conflict = «{ $title }» waxaa lagu beddelay { $laptops }; hal mar ayaa la tiriyay, sidii ugu dambeysay ee la beddelay ({ $resolve })

## baraza retention ($what: what was purged, in English for now)

cli-retention-too-many-days = --older-than { $days }: maalmo aad u badan
cli-retention-no-age = bixi --older-than MAALMO ama --before TAARIIKH
cli-retention-future = --before { $date } waa ka dib maanta; xeerka haynta wuxuu tirtiraa oo keliya waxa ka duqsan
cli-retention-would-purge = { $file }: wuxuu tirtiri lahaa { $what }
cli-retention-purged = { $file }: waa la tirtiray { $what }
# $why: the store's words, or the line below.
cli-retention-left = { $file } sidiisii ayaa loo daayay: { $why }
cli-retention-open-in = waxaa ku furan { $holder }
# The last line. $n: sessions; $date: the day (ISO).
cli-retention-done = { $n ->
    [one] { $n } kulan ayaa laga tirtiray qoraalka ka horreeyay { $date }
   *[other] { $n } kulan ayaa laga tirtiray qoraalka ka horreeyay { $date }
}
cli-retention-done-dry = { $n ->
    [one] { $n } kulan ayaa laga tirtiri lahaa qoraalka ka horreeyay { $date }
   *[other] { $n } kulan ayaa laga tirtiri lahaa qoraalka ka horreeyay { $date }
}
cli-retention-backups = { $n ->
    [one] ogow: { $n } fayl kayd ah oo galka ku jira (*.ron.bak) weli wuxuu hayaa qoraal hore; tirtir marka aadan u baahnayn inaad ku noqoto baraza hore
   *[other] ogow: { $n } fayl kayd ah oo galka ku jira (*.ron.bak) weli waxay hayaan qoraal hore; tirtir marka aadan u baahnayn inaad ku noqoto baraza hore
}
cli-retention-left-over = { $n ->
    [one] { $n } kulan sidiisii ayaa loo daayay (eeg kor); mar kale socodsii tirtirka marka la furi karo
   *[other] { $n } kulan sidoodii ayaa loo daayay (eeg kor); mar kale socodsii tirtirka marka la furi karo
}

## baraza sync (keep the commands as they are; $laptop, $laptops: names of laptops)

cli-sync-no-repository = weli ma jiro kaydka barnaamijka: hal mar sheeg waddadiisa, tusaale `baraza sync /media/usb/programme.git` (isku-duwaha ayaa ku sameeya `baraza sync init PATH`)
cli-sync-unreachable = { $path }: ma joogo; USB-ga ma ku xiran yahay (ama galka la wadaago ma rakiban yahay)?
# $why: the line above.
cli-sync-nothing-sent = { $why } Waxba lama dirin lamana helin; kulamada kombiyuutarkan waxay tagi doonaan isku-xirka xiga
cli-sync-busy = baraza sync kale oo galkan ah ayaa socda; sug inuu dhammeeyo
cli-sync-init-made = waa la sameeyay kaydka barnaamijka { $repository } ; kombiyuutarkan waa «{ $laptop }» gudihiisa
cli-sync-init-next = xiga: `baraza sync` wuxuu diraa kulamada kombiyuutarkan; kombiyuutar kasta oo kale, ku xir USB-ga oo socodsii `baraza sync { $repository }`
# $title: the session; $id: its short id.
cli-sync-kept = «{ $title }» ({ $id }): nuqulka { $laptops } ayaa la hayaa; kuwa kale waxay ku hadhayaan taariikhda barnaamijka
cli-sync-replaced = { $file }: waxaa lagu beddelay nuqulkaas
cli-sync-choice-later = doorashadu waxay barnaamijka u gaadhaysaa baraza sync xiga
cli-sync-renamed = kombiyuutar kale ayaa sidoo kale kulamo u diraya «{ $old }» (nuqul galka kombiyuutarkan?): kombiyuutarkan hadda wuxuu isku xiraa «{ $laptop }»
# $sent: sessions sent.
cli-sync-synced = { $sent ->
    [one] waa la isku xiray { $repository } sida «{ $laptop }»: { $sent } kulan ayaa la diray
   *[other] waa la isku xiray { $repository } sida «{ $laptop }»: { $sent } kulan ayaa la diray
}
cli-sync-nothing-new = (waxba cusub ma jiraan tan iyo isku-xirkii hore)
cli-sync-recorded = { $sent ->
    [one] { $sent } kulan ayaa kombiyuutarkan lagu diiwaangeliyay sida «{ $laptop }»
   *[other] { $sent } kulan ayaa kombiyuutarkan lagu diiwaangeliyay sida «{ $laptop }»
}
# $why: why (the store's words).
cli-sync-not-sent = lama dirin: { $file }: { $why }
# $sessions, $count: numbers; $folder: where the view is.
cli-sync-view = aragtida barnaamijka: { $sessions } kulan oo ka yimid { $count } kombiyuutar, akhris keliya, gudaha { $folder }
cli-sync-conflicts = { $n } kulan ayaa lagu beddelay in ka badan hal kombiyuutar (waxba lama isku darin; kan ugu cusub ayaa la isticmaalayaa ilaa aad doorato):
cli-sync-conflict = «{ $title }» oo ku jira { $laptops }: baraza sync resolve { $id }
cli-sync-no-conflict = ma jiro kulan isku dhac ah: kombiyuutar kastaa wuxuu hayaa isla nuqulka mid kasta
# A version of a session. $updated: date and time (ISO); the rest: numbers.
cli-sync-version = markii ugu dambeysay la beddelay { $updated }, { $problems } { -problem }, { $dots } { -dot }, { $actions } { -action }
cli-sync-version-unreadable = baraza-kan ma akhriyi karo
cli-sync-version-used = ← hadda la isticmaalayo (kan ugu cusub)
cli-sync-not-in-conflict = «{ $title }» ({ $id }) isku dhac kuma jiro: kombiyuutar kasta oo haya ({ $laptops }) wuxuu leeyahay isla nuqulka
cli-sync-versions = «{ $title }» ({ $id }) wuxuu leeyahay { $n } nuqul:
cli-sync-every-version = nuqul kasta, in akhris keliya loo furo: { $folder }
cli-sync-keep-one = mid hay: baraza sync resolve { $id } --keep { $laptop }   (ama --keep-newest)

## baraza encryption, and the passphrase asked at the start ($folder: the
## folder of sessions; $n: a number; $key: an age key, as it is)

cli-enc-already = { $folder } horeba waa loo sireeyay; { $n } fayl oo weli qoraal caadi ahaa hadda waa la xiray
cli-enc-encrypting = Waa la sireynayaa { $folder }.
cli-enc-choose = Dooro eray sir ah: hal mar ayaa la weydiiyaa mar kasta oo baraza bilaabmo. Eray sir ah oo lumay waa xog lumay — qofna, xitaa barnaamijka, ma akhriyi karo kulamadan la'aantiis ama la'aanta furaha soo celinta ee xiga.
cli-enc-done = waa la sireeyay: { $n } fayl ayaa la xiray; hadda kadib kaydin kasta waa la xirayaa
cli-enc-recovery-key = FURAHA SOO CELINTA — hadda qor oo ka fogee kombiyuutarkan; hal mar oo keliya ayaa la muujinayaa, isaga oo keliya ayaana lagu beddeli karaa eray sir ah oo lumay:
cli-enc-public-key = furaha guud ee kombiyuutarkan (--coordinator ee isku-duwaha): { $key }
cli-enc-coordinator-sealed = kulamada waxaa sidoo kale loo xiraa furaha isku-duwaha { $key }
cli-enc-reports-plain = ogow: { $n } warbixin oo galka ku jira (.md, .html, .csv) lama sirayn: u guur meel ammaan ah ama tirtir
cli-enc-sync-history = ogow: nuqullada baraza sync diray kahor hadda waxay ku akhrisan yihiin taariikhda kaydka barnaamijka
cli-enc-status-off = { $folder }: lama sirayn (`baraza encryption on` ayaa shida)
cli-enc-status-on = { $folder }: waa sir
cli-enc-laptop-key = furaha kombiyuutarkan: { $key }
cli-enc-coordinator-key = furaha isku-duwaha: { $key }
cli-enc-no-coordinator = ma jiro furaha isku-duwaha
cli-enc-plain-left = { $n } kulan weli waa qoraal caadi ah: `baraza encryption on` ayaa xira
cli-enc-changed = erayga sirta waa la beddelay
cli-enc-recovered = waa la soo celiyay: erayga sirta cusub ayaa fura galka
cli-enc-not-encrypted = { $folder }: lama sirayn; `baraza encryption on` ayaa shida
# Prompts (": " follows each; nothing typed is shown).
cli-pass-for = erayga sirta ee { $folder }
cli-pass-choose = erayga sirta (ugu yaraan 8 xaraf)
cli-pass-choose-new = erayga sirta cusub (ugu yaraan 8 xaraf)
cli-pass-choose-another = eray sir ah oo cusub (ugu yaraan 8 xaraf)
cli-pass-again = isla erayga sirta mar kale
cli-pass-now = erayga sirta hadda
cli-pass-recovery = furaha soo celinta ee la qoray markii la dejinayay (AGE-SECRET-KEY-1…)
cli-pass-no-terminal = eray sir ah ayaa loo baahan yahay, gelinta caadiga ahna ma aha terminaal; baraza ku socodsii terminaal
# $error: the system's words.
cli-pass-cannot-read = erayga sirta lama akhriyi karo: { $error }
cli-pass-none-typed = eray sir ah lama qorin; waxba lama samayn
cli-pass-short = erayga sirta wuu ka gaaban yahay 8 xaraf; waxba lama samayn
cli-pass-differ = labada eray sir ah way kala duwan yihiin; waxba lama samayn

## baraza lang check (for translators; $code: the language's code, $name: its own name)

cli-lang-summary = { $code } ({ $name }): { $translated } ka mid ah { $total } fariin ayaa la turjumay, { $missing } ayaa maqan (waxaa lagu muujiyaa Ingiriisi)
# $id: a message's id.
cli-lang-missing = maqan: { $id }
cli-lang-unknown = lama yaqaan (kuma jiro Ingiriisiga; higaad khaldan ama hadhaa): { $id }
# $variable: the message and variable.
cli-lang-bad-variable = wuxuu isticmaalaa doorsoome aan Ingiriisigu bixin: { $variable }
# $error: the file, line and parser's words.
cli-lang-error = khalad: { $error }
