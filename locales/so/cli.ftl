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
