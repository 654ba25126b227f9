### baraza — Soomaali: shaashadaha fududeeyaha.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = luqadda: { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = luqadda: { $name } (lama xusuusan: { $error })
# The whole screen, when the window is smaller than the facilitator's
# screens need. $width, $height: its size in cells; $min_width,
# $min_height: the least it needs.
# Shaashadda oo dhan, marka daaqaddu aad u yar tahay.
too-small = daaqaddu aad bay u yar tahay: { $width }×{ $height }, waxaa loo baahan yahay { $min_width }×{ $min_height }

## Save state (right end of the status line) and save failures

# Nothing changed since the session was opened.
save-unchanged = weli isbeddel ma jiro
save-saving = waa la kaydinayaa…
# $time: when (HH:MM:SS).
save-saved = la kaydiyay { $time }
save-read-only = akhris keliya
# Short, loud: the last change is not on disk.
save-not-saved = LAMA KAYDIN
# Inside the two messages below. $time: when (HH:MM:SS).
save-last-saved = markii ugu dambaysay la kaydiyay { $time }
save-nothing-saved = waxba lama kaydin tan iyo markii la furay
# A save failed and is retried. $last: one of the two lines above;
# $error: why (the system's words).
save-failed = LAMA KAYDIN ({ $last }): { $error } — xusuusta ayaa lagu hayaa, mar kale ayaa la isku dayayaa 2-dii ilbiriqsi iyo fure kasta
# Saving stopped (the lock was taken by someone else…). $last, $error: as above.
save-stopped = LAMA KAYDIN ({ $last }): { $error } — waxa halkan lagu beddelay xusuusta oo keliya ayay ku jiraan
# Why a save failed or stopped (the $error above). $folder: the folder of
# sessions; $file: the session's file name; $holder: the program and
# laptop that holds it now; $error: the system's reason, worded; $version:
# a file version; $settings: the settings file's name.
save-why-folder-gone = galka { $folder } halkan ma joogo (USB-ga ma ku jiraa?)
save-why-folder-unreachable = lama gaari karo galka { $folder }: { $error }
save-why-taken-over = galka waa la beddelay oo { $file } hadda waxaa lagu furay { $holder }; barnaamijkaas keliya ayaa hadda qora, kan mar dambe ma qoro
save-why-lock-lost = qufulka { $file } mar kale lama qaadan karo: { $error }
save-why-cannot-look = lama eegi karo { $file }: { $error }
save-why-not-a-file = { $file } waxaa lagu beddelay wax aan fayl caadi ah ahayn; barnaamijkan mar dambe ma qoro
save-why-replaced = { $file } barnaamij kale ayaa beddelay intuu halkan ku furnaa; barnaamijkan mar dambe ma qoro
save-why-no-backup = lama hayn karo nuqul asalka ah (nooca faylka { $version }) ka hor intaan dusha laga qorin: { $error }
save-why-settings-unreadable = lama akhrin karo dejinta sirta galka: { $error }
save-why-settings-gone = { $file } waa la qarsoodiyey, dejinta sirta galkiisa ({ $settings }) way maqan yihiin; qoraal furan looma kaydiyo
save-why-cannot-encrypt = kulanka lama qarsoodin karo: { $error }

## Title bar flags (top right, capitals where the language has them)

flag-wall-blank = DERBIGA WAA MADOW
flag-blind-vote = CODBIXIN QARSOON
flag-example = TUSAALE · AKHRIS KELIYA
flag-read-only = AKHRIS KELIYA
# The room's screen speaks another language. $name: that language, as its
# speakers name it.
flag-room-language = qolka: { $name }
# The timer in the title bar. $time: minutes and seconds ("4:12").
flag-timer-paused = ⏸ { $time } la hakiyay
flag-timer-up = ⏰ WAQTIGII WAA DHAMMAADAY +{ $time }

## The session list

# Title bar of the session list.
list-title = baraza · kulamada amniga bulshada
# Top right of the session list. $sessions: how many (a count).
list-count = { $sessions ->
    [one] { $sessions } kulan
   *[other] { $sessions } kulan
}

## Status line messages in a session (left of the status line)

# After "n" to a question asking whether to leave.
said-staying = waad joogtaa
# After "n" to a question guarding a change (delete, merge…).
said-left-as-it-was = sidii ayaa loo daayay
# Tab on the last panel / Shift+Tab on the first.
said-last-step = { -step-learn } waa tallaabada ugu dambaysa; Shift+Tab dib ayuu u celiyaa
said-first-step = { -step-prepare } waa tallaabada koowaad; Tab hore ayuu u socdaa
said-nothing-to-undo = wax la celiyo ma jiraan
said-nothing-to-redo = wax dib loo sameeyo ma jiraan
# $what: the change, as the audit log words it (in English for now).
said-undone = waa la celiyay: { $what }
said-redone = dib ayaa loo sameeyay: { $what }
# p switched this window to the room's screen, and back.
said-room-view-on = shaashadda qolka: p mar kale waa tan fududeeyaha
said-room-view-off = shaashadda fududeeyaha: p wuxuu muujiyaa tan qolka
# . blanked the room's screen, and back.
said-blank-on = shaashadda qolka waa madow (cinwaanka oo keliya): . ayaa dib u muujisa
said-blank-off = shaashadda qolka waxay mar kale muujinaysaa guddiga
# A key that would change the session, in a session opened read-only.
said-read-only = akhris keliya: halkan waxba lagama beddeli karo; q, kadib Enter kulanka, si wax looga beddelo
# A letter typed outside any field where it is no key (someone meant to
# write). $add: the key that starts adding here.
said-not-a-key-add = furahan halkan waxba ma qabto: si aad wax cusub u qorto, marka hore riix { $add }; ? wuxuu muujiyaa furayaasha
# The same where nothing can be added.
said-not-a-key = furahan halkan waxba ma qabto; ? wuxuu muujiyaa furayaasha
# The timer. $time: minutes and seconds ("5:00").
said-timer-stopped = saacadda waa la joojiyay
said-timer-started = saacadda: { $time } laga bilaabo hadda
said-timer-paused = saacadda waa la hakiyay
said-timer-goes-on = saacaddu way sii socotaa
said-timer-extended = hal daqiiqo oo kale: { $time } ayaa haray
said-timer = saacadda

## Questions (a box with y/n)

# Leaving while a save has failed. $error: why (the system's words).
ask-leave-not-saved = LAMA KAYDIN: isbeddelladii ugu dambeeyay lama qori karin ({ $error }). Ma ka baxaysaa oo waad lumin?
ask-leave-form-open = Ma ka baxaysaa? Waxa lagu qoray foomka furan lama kaydin.
# The last line of every y/n question box.
ask-keys = y haa · n maya

## Status line messages of the list and of opening sessions

# r on the list. $sessions: how many sessions the folder holds (a count).
said-folder-read = galka mar kale ayaa la akhriyay: { $sessions ->
    [one] { $sessions } kulan
   *[other] { $sessions } kulan
}
# n (next cycle) in an example session.
said-example-next-cycle = kani waa tusaale ku dhex jira baraza: q, kadib n, wuxuu bilaabaa kulan adiga kuu gaar ah
# T switched the theme. $name: the theme (dark, light, monochrome).
said-theme = muuqaalka: { $name }
# …and the config could not be written. $error: why.
said-theme-not-kept = muuqaalka: { $name } (lama xusuusan: { $error })
# A file from an older baraza. $version: its format version (a number).
said-migrated = faylkan waxaa sameeyay baraza hore (nooca { $version }); nuqul ayaa la hayaa marka ugu horraysa ee la kaydiyo
said-opened-read-only = waxaa loo furay akhris keliya: halkan waxba lagama beddeli karo
# $error in the messages below: why (the store's words, in English for now).
said-cannot-open = lama furi karo: { $error }
said-example-opened = tusaale, akhris keliya: eeg guddi kasta (F1 ilaa F6); q dib ayuu u celiyaa
said-cannot-open-example = tusaalaha lama furi karo: { $error }
said-created = kulan cusub ayaa la kaydiyay: ku dar kooxaha qolka jooga
said-cannot-create = kulanka lama abuuri karo: { $error }
said-cannot-read = lama akhriyi karo: { $error }
# A new cycle started from an old session. $problems, $actions: how many
# problems and open actions were carried over; $title: the old session's.
said-next-cycle = wareeg cusub: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
} iyo { $actions ->
    [one] { $actions } tallaabo furan
   *[other] { $actions } tallaabo oo furan
} ayaa laga soo qaaday “{ $title }”
said-no-previous = kulankani ma sii wado kulan hore
# $id: the previous session's id.
said-previous-missing = wareeggii hore (id { $id }) kuma jiro galkan
said-cannot-read-previous = wareeggii hore lama akhriyi karo: { $error }
said-cannot-show = lama muujin karo: { $error }

## The end of the help overlay (?): languages and right-to-left text

# Heading of the block.
help-settings = Luqadda iyo qoraalka midig ilaa bidix
# $name: the language, as its speakers name it.
help-interface-language = Luqadda shaashadda: { $name } (L ayaa beddela)
# The open session's room language. $name: as above.
help-room-language = Shaashadda qolka iyo warbixinnada: { $name } (waxaa lagu dejiyaa { -step-prepare }, s)
# $setting: auto, on or off (kept as the codes: they are what the config
# file says); $doing: one of the two lines below.
help-rtl = Midig ilaa bidix: { $setting }, { $doing } (R ayaa beddela: auto, on, off)
help-rtl-baraza = baraza ayaa dib u habeeya oo isku xira xarfaha Carabiga
help-rtl-terminal = terminaalka ayaa dib u habeeya
# $line: an Arabic test sentence (not to be translated: it is the test).
help-rtl-test = Sadarka tijaabada: { $line }
# $first: the sentence's first word.
help-rtl-how = Si sax ah ayuu u akhrismaa marka { $first } uu ku jiro dhinaca midig oo xarfihiisu isku xiran yihiin; haddii uu gadaal u akhrismo ama laba jeer la rogay, riix R.
# The right-to-left setting could not be remembered. $error: why.
said-rtl-not-kept = midig ilaa bidix: lama xusuusan ({ $error })

## The help overlay (?)

# Its title. $keys: its own keys with their words ("↑↓ scroll · Esc close").
help-title = Furayaasha — { $keys }
# After a key that changes the session, in a session opened read-only.
help-not-read-only = (maaha akhris keliya)
# The last section's heading: the keys of forms and y/n questions.
help-forms = Foomamka iyo su'aalaha

## Prepare, the facilitator's panel

# Pane titles.
prepare-groups = Kooxaha qolka jooga
prepare-session = Kulanka
prepare-consent = Ogolaansho
prepare-context = Xaaladda iyo khilaafka
# A pane's key hint, top right ("s edit"). $key: the key, as it is.
prepare-edit-hint = { $key } beddel
# The groups table's columns and its total row.
prepare-col-group = Kooxda
prepare-col-people = Dadka
prepare-col-dots = Dhibco
prepare-in-the-room = Qolka
# Under the total. $dots: dots per participant.
prepare-dots-rule = dhibco = dad × { $dots }
prepare-no-groups = Weli kooxo ma jiraan — riix a si aad u darto tan koowaad: magaceeda, Tab, inta qof, Enter.
prepare-no-groups-read-only = Kulankan kooxo kuma jiraan.
# On the status line, when a key needs a group and there is none.
prepare-empty-short = weli kooxo ma jiraan: riix a si aad u darto tan koowaad
# The Session pane. $dots: dots per participant.
prepare-dots-each = { $dots } ka qaybgale kasta
# $dots: the line above; $room: the room's dots in all.
prepare-dots-and-room = { $dots } · { $room } qolka oo dhan
prepare-no-consent = Weli lama qorin — riix c: waxa qolku ogol yahay in la diiwaangeliyo oo la wadaago.
prepare-no-consent-read-only = Lama qorin: waxa qolku ogolaaday in la diiwaangeliyo oo la wadaago.
prepare-no-notes = Weli qoraallo ma jiraan — riix n si aad u qorto xaaladda: cidda ay saamaysay, xiisadaha kooxaha, dhacdooyinka dhowaan.
prepare-no-notes-read-only = Qoraallo xaaladda ku saabsan ma jiraan.
# Moving a group. $name: the group's name.
prepare-already-first = “{ $name }” horeba waa tan koowaad
prepare-already-last = “{ $name }” horeba waa tan ugu dambaysa
# Deleting a group. $name: its name; $people: its head count.
prepare-ask-delete = Ma tirtiraysaa kooxda “{ $name }” ({ $people ->
    [one] { $people } qof
   *[other] { $people } qof
})?
# Added after it. $what: what goes with it (the messages below).
prepare-ask-delete-with = { $what } ayaa sidoo kale la tirtiri doonaa.
# $n: how many.
prepare-lost-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dhibic
}
prepare-lost-pairs = { $n ->
    [one] { $n } go'aan labo-labo
   *[other] { $n } go'aan labo-labo
}
prepare-lost-scores = { $n ->
    [one] { $n } qiimayn
   *[other] { $n } qiimayn
}
# The last of a list. $first: the others, joined; $last: the last one.
prepare-and = { $first } iyo { $last }

## Prepare's forms (title, then each field's label and its help line)

# $name: the group's name.
prepare-edit-group = Wax ka beddel kooxda “{ $name }”
prepare-add-group = Ku dar koox
prepare-field-name = Magaca
prepare-field-name-help = cidda ay yihiin: Haweenka, Dhallinyarada, Odayaasha, Booliiska, Maamulka degaanka…
prepare-field-people = Dadka
prepare-field-people-help = inta ka mid ah ee qolka jooga (0 ilaa 999); mid kastaa wuxuu leeyahay dhibcaha kulanka
prepare-details = Faahfaahinta kulanka
prepare-field-title = Cinwaanka
prepare-field-title-help = sida qolku u yaqaan shirkan
prepare-field-community = Bulshada
prepare-field-community-help = bulshada ama meesha kulanku ka dhacayo
prepare-field-date = Taariikhda
prepare-field-facilitators = Fududeeyayaal
prepare-field-facilitators-help = magacyo, lagu kala saaray hakad (,)
prepare-field-dots = Dhibcaha qof kasta
prepare-field-dots-help = dhibcaha ka qaybgale kastaa dhigo marka la kala horreynayo: 1 ilaa 20, badanaa 3 ilaa 5
prepare-field-language = Luqadda qolka
prepare-field-language-help = luqadda shaashadda qolka iyo warbixinnada (←→ dooro)
# The first choice of the room language: follow the facilitator's.
prepare-language-interface = sida shaashadda
prepare-field-notes = Qoraallo
prepare-field-notes-help = cidda ay saamaysay, xiisadaha kooxaha, dhacdooyinka dhowaan, cidda awoodda haysa
prepare-field-consent-help = waxa qolku ogol yahay in la diiwaangeliyo oo la wadaago, iyo cidda; kor u akhri
# Why a form cannot be saved yet (shown on the form).
prepare-name-empty = Magaca: qor magaca kooxda, tusaale Haweenka
# $name: the name typed.
prepare-name-taken = Magaca: horeba waxaa jirta koox la yiraahdo “{ $name }”; tan magac kale sii
prepare-title-empty = Cinwaanka: u qor kulanka cinwaan, tusaale Shirka amniga Kibera
# $iso, $dmy: today's date in the two ways the form takes.
prepare-date-empty = Taariikhda: u qor YYYY-MM-DD ama DD/MM/YYYY, tusaale { $iso } ama { $dmy }
# $why: the rule broken (in English for now).
prepare-consent-too-long = Ogolaansho: { $why }; soo gaabi
# On the status line: a form saved with nothing changed.
said-nothing-changed = waxba isma beddelin

## The timer's box (t), over the facilitator's screen or the room's

timer-title = Saacadda
# A preset, in the list. $minutes: how many.
timer-preset = { $minutes } daq
timer-type = ama qor muddo: 7, 7:30, 90s, 1h
timer-start-keys = Enter bilow · Esc jooji
# A timer running. $length: its whole length ("5:00"); $state: one of the
# three lines below.
timer-of = Saacadda { $length }: { $state }
# $time: minutes and seconds.
timer-left = { $time } ayaa haray
timer-left-paused = { $time } ayaa haray, la hakiyay
timer-up-ago = waqtigii waa dhammaaday ({ $time } ka hor)
timer-running-keys = Space hakin ama sii wad · + hal daqiiqo oo kale
timer-running-keys-2 = s jooji · Esc xir (way sii socotaa)
# On the status line: what was typed is not a duration.
timer-not-a-duration = muddo ma aha: qor daqiiqado (7), daqiiqado:ilbiriqsiyo (7:30), 90s ama 1h, ilaa 12 saacadood

## Learn, the facilitator's panel

# The four boxes: title, the form's short label, and the question shown
# while the box is empty.
learn-worked = Waxa shaqeeyay
learn-worked-label = Shaqeeyay
learn-worked-prompt = Tallaabooyinkee, iskaashiyadee iyo habab kulan oo kee ayaa si fiican u socday?
learn-did-not-work = Waxa aan shaqayn
learn-did-not-work-label = Ma shaqayn
learn-did-not-work-prompt = Maxaa istaagay ama fashilmay, maxaase yeelay?
learn-lessons = Casharrada
learn-lessons-label = Casharrada
learn-lessons-prompt = Maxay bulshadu ka baratay amnigeeda iyo wada shaqaynta?
learn-improvements = Hagaajinta wareegga xiga
learn-improvements-label = Hagaajin
learn-improvements-prompt = Maxaa isbeddelaya marka xigta: dhibaatooyin la sii qaado, la-hawlgalayaal cusub, habab kale oo kulan?
# Under the question in the selected empty box.
learn-press-enter = Riix Enter si aad wax u qorto.
# The selected box's key hint, top right.
learn-edit-hint = Enter beddel
# The line above the boxes.
learn-no-actions = Weli tallaabooyin ma jiraan: waxaa lagu qorsheeyaa { -step-plan } waxaana lagula socdaa { -step-monitor }.
# $n: how many actions.
learn-actions = Tallaabooyinka wareeggan: { $n }
# $n: how many are overdue.
learn-overdue = ! dib u dhacay { $n }

## Every form's own words (the line under a form; its fields are the panel's)

# Esc in a form with something typed: asks first.
form-discard = Ma tuuraysaa waxa la qoray? y tuur · n sii wad
# A number field not taken. $label: the field's name; $min, $max: the range.
form-not-a-number = { $label }: qor tiro dhan oo u dhaxaysa { $min } ilaa { $max }
# A date field not taken. $label: the field; $typed: what was typed; $iso,
# $dmy: an example date in the two ways the form takes.
form-not-a-date = { $label }: “{ $typed }” taariikh ma aha; qor YYYY-MM-DD ama DD/MM/YYYY, tusaale { $iso } ama { $dmy }, ama +7 toddobaad laga bilaabo maanta
form-not-a-date-any-day = { $label }: “{ $typed }” taariikh ma aha; qor YYYY-MM-DD ama DD/MM/YYYY, today, ama +7 toddobaad laga bilaabo maanta
# A tick box.
form-yes = haa
form-no = maya
# A field with suggestions: what → would complete. $option: it.
form-completes = → wuxuu dhammaystirayaa “{ $option }”
# …or the suggestions. $options: them, joined by ·.
form-suggestions = tusaale { $options } — ama qor wax kasta; xarfaha hore + → dhammaystir

## Identify, the facilitator's panel

# The list's title. $n: how many problems.
identify-problems = Dhibaatooyinka ({ $n })
identify-empty = Weli dhibaato ma jirto — riix a si aad u darto tan koowaad
identify-empty-read-only = Kulankan dhibaato kuma jirto
# The list's columns.
identify-col-problem = Dhibaatada
identify-col-category = Nooca
identify-col-dots = Cod
# Typing problems one after the other (a).
identify-capture = qor dhibaato, Enter ayaa ku daraysa oo fura sadarka xiga; Esc marka aad dhammayso
# The room's typing strip while a problem is typed in the capture line: its label.
identify-typing-new-problem = Dhibaato cusub
# $draft: what was typed.
identify-draft-back = “{ $draft }” lama dhammaystirin: sadarka ayay ku soo noqotay — Enter ayaa ku daraysa
identify-line-cleared = sadarka waa la tirtiray — Ctrl+z ayaa soo celinaysa “{ $draft }”; Esc mar kale marka aad dhammayso
identify-line-back = sadarkii waa soo noqday: Enter ayaa ku daraysa
identify-paste-empty = wax lagu daro ma jiraan: waxa la dhejiyay sadarro madhan oo keliya ayuu ahaa
identify-at-top = horeba xagga sare ayay joogtaa
identify-at-bottom = horeba xagga hoose ayay joogtaa
# Merging duplicates (m). $mark: the mark of the problem being merged (◆);
# $title: its title.
identify-merge-needs-two = isku darku wuxuu u baahan yahay laba dhibaato: tani waa tan keliya
identify-merge-marked = { $mark } “{ $title }” waa la calaamadeeyay: u gudub dhibaatada la hayo, kadib m; Esc waa joojin
identify-merge-cancelled = isku darka waa la joojiyay
identify-merge-same = tani waa dhibaatada la isku darayo ({ $mark }): u gudub tan lagu darayo
# The bar over the list while merging. $mark: ◆; $gone: the problem merged
# away; $kept: the one it goes into.
identify-merge-banner = ISKU DAR  { $mark } “{ $gone }”  →  gudaha  ▶ “{ $kept }”
identify-merge-keys = m isku dar · Esc jooji
identify-merge-move = u gudub dhibaatada la hayo · Esc jooji
# What goes with a problem deleted or merged away. $n: how many.
identify-lost-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dhibic
}
identify-lost-actions = { $n ->
    [one] { $n } { -action }
   *[other] { $n } tallaabo
}
# Deleting a problem (d). $number: its place in the list; $title: its title.
identify-ask-delete = Ma tirtiraysaa dhibaatada { $number }, “{ $title }”?
identify-ask-delete-nothing = Weli ma laha dhibco iyo tallaabooyin.
# $what: what goes with it (one thing, or several).
identify-ask-delete-with-one = Waxaa la tirtirayaa sidoo kale: { $what }.
identify-ask-delete-with-many = Waxaa la tirtirayaa sidoo kale: { $what }.
identify-ask-delete-shortlist = Waxay ka baxaysaa liiska kooban.
identify-undoes = (u ayaa celisa)
# Merging. $gone: the problem merged away; $kept: the one kept; $what: what
# moves with it.
identify-ask-merge = Ma ku daraysaa “{ $gone }” “{ $kept }”? “{ $gone }” way baaba'aysaa: sababaheeda, saamaynteeda iyo faahfaahinteeda waxaa lagu darayaa “{ $kept }”.
identify-ask-merge-moving-one = Ma ku daraysaa “{ $gone }” “{ $kept }”? “{ $gone }” way baaba'aysaa: waxaa u guuraya “{ $kept }”: { $what }; sababaheeda, saamaynteeda iyo faahfaahinteedana waa lagu darayaa.
identify-ask-merge-moving-many = Ma ku daraysaa “{ $gone }” “{ $kept }”? “{ $gone }” way baaba'aysaa: waxaa u guuraya “{ $kept }”: { $what }; sababaheeda, saamaynteeda iyo faahfaahinteedana waa lagu darayaa.
# The problem's form (e, Enter). $number: its place; $title: its title.
identify-form-title = Dhibaatada { $number }: { $title }
identify-field-title = Cinwaanka
identify-field-title-help = dhibaatada iyadoo ku qoran ereyada qolka
identify-field-causes = Sababaha
identify-field-causes-help = sababaha hoose, mid sadar kasta (Alt+Enter: sadarka xiga): maxay u dhacdaa?
identify-field-effects = Saamaynta
identify-field-effects-help = saamaynta, mid sadar kasta (Alt+Enter: sadarka xiga): maxay keentaa?
identify-field-description = Sharraxaad
identify-field-description-help = waxa dhaca, cidda, goorta
identify-field-category = Nooca
identify-field-category-help = ←→ dooro; ama qor nooc cusub goobta xigta
identify-field-new-category = Nooc cusub
identify-field-new-category-help = nooc aan liiska ku jirin: liiska ayaa lagu darayaa oo halkan lagu isticmaalayaa
identify-field-where = Halkee
identify-field-where-help = meesha ay ka dhacdo
identify-field-raised-by = Waxaa soo qaaday
identify-groups-help = kooxaha soo qaaday: ←→ dhaqaaji, Space calaamadee
identify-groups-none = weli kooxo ma jiraan: ku dar { -step-prepare }
identify-field-escalation = Degmo/qaran
identify-field-escalation-help = waxay u baahan tahay tallaabo degmo ama qaran (⚑): Space ayaa beddela
identify-field-resolved = La xalliyay
identify-field-resolved-help = dhibaatada waa la xalliyay (✓): Space ayaa beddela
identify-gone = dhibaatadaas liiska kuma jirto mar dambe
identify-title-empty = dhibaatadu waxay u baahan tahay cinwaan
# The problem's form saved with nothing changed.
identify-no-changes = isbeddel ma jiro

## The problem tree (beside Identify's list)

# The pane's title. $index: the problem's place; $count: how many.
tree-title-of = Geedka dhibaatada · { $index } ee { $count }
tree-title = Geedka dhibaatada
# While merging: the pane shows where the problem goes.
tree-merge-into = Ku dar dhibaatadan
# With no problem yet.
tree-empty-heading = sababo → dhibaato → saamayn
tree-empty = Dhibaato kasta halkan waxaa loogu muujiyaa geed ahaan: sababaheeda hoose, dhibaatada, iyo waxa ay keento.
tree-empty-how = Ku dar dhibaatooyin a; buuxi sababaha iyo saamaynta Enter.
# The two sides. $n: how many causes / effects.
tree-causes = SABABAHA ({ $n }) · maxay u dhacdaa
tree-effects = SAAMAYNTA ({ $n }) · maxay keentaa
# The box in the middle.
tree-problem = DHIBAATADA
tree-none-named = weli lama sheegin
tree-no-dots = weli ma jiraan
# The label of the description's lines.
tree-about = Ku saabsan
# When not all fit. $n: how many more.
tree-plus-more = (+{ $n } kale)
tree-more = … { $n } kale
# On the bottom border of a box that holds more than it shows. $arrows:
# ▲, ▼ or ▲▼; $keys: the keys that scroll it ("PgUp/PgDn").
more-marker = { $arrows } wax kale
more-marker-keys = { $arrows } wax kale: { $keys }
# Under the problem, when flagged (after ⚑ and ✓).
tree-flag-escalation = waxay u baahan tahay tallaabo degmo/qaran
tree-flag-resolved = la xalliyay

## Plan, the facilitator's panel (the action plan)

# The line above the plan. $problems: how many shortlisted problems it
# shows; $actions: how many actions.
plan-summary = Qorshe hawleed · liiska kooban: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
} · { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } tallaabo
}
# Added to the summary line (after " · ") with v, or with no shortlist.
plan-summary-all = dhibaatooyinka oo dhan ayaa muuqda
plan-summary-none = weli waxba liiska kooban kuma jiraan
# Above the plan while the shortlist cuts a tie. $rank: the place where the
# tie is; $on: the tied problems on the shortlist («…», «…»); $off: those not.
plan-tie-warning = ! Liiska kooban wuxuu kala goynayaa { -tie } kaalinta { $rank }: { $on } way ku jiraan, { $off } kuma jiraan, isku cod ah — { -step-rank } (F3), b ayaa jebisa barbarada, ama s kadib a ayaa qaadata dhammaan dhibaatooyinka barbaraha ah
# With nothing to plan for (the second of each pair: a session only looked at).
plan-empty-no-problems = Weli dhibaato ma jirto — ku magacaw { -step-identify }, ku kala horraysii { -step-rank }, kadib halkan ku qorshee tallaabooyin
plan-empty-no-problems-read-only = Kulankan dhibaato kuma jirto
plan-empty-no-shortlist = Marka hore dhibaatooyin geli liiska kooban { -step-rank } (s ayaa calaamadisa 3da sare), ama riix v si aad dhibaato kasta ugu qorshayso
plan-empty-no-shortlist-read-only = Liiska kooban waxba kuma jiraan — v ayaa muujisa dhibaatooyinka oo dhan
# The table's column headings (short: the columns are 10 to 16 cells wide).
plan-col-activity = Hawsha
plan-col-responsible = Mas'uulka
plan-col-with-whom = La jira
plan-col-start = Bilowga
plan-col-due = Ilaa
plan-col-indicator = Tilmaamaha
plan-col-resources = Agabka
plan-col-status = Xaaladda
# A problem's row. $rank: its place on the shortlist; $title: its title.
plan-heading-ranked = #{ $rank } { $title }
plan-heading-not-shortlisted = { $title } (liiska kooban kuma jirto)
# After the problem's row's title (after " — "). $n: how many actions.
plan-heading-no-actions = weli tallaabo ma jirto
plan-heading-no-actions-add = weli tallaabo ma jirto: a ayaa ku darta mid
plan-heading-actions = { $n ->
    [one] { $n } { -action }
   *[other] { $n } tallaabo
}
# Deleting an action (d). $activity: what it does; the second with $n, how
# many progress notes go with it.
plan-ask-delete = Ma tirtiraysaa tallaabada “{ $activity }”?
plan-ask-delete-notes = Ma tirtiraysaa tallaabada “{ $activity }” iyo { $n ->
    [one] { $n } { -progress-note } ee ay leedahay
   *[other] { $n } qoraal horumar ee ay leedahay
}?
# d on a problem's row.
plan-delete-on-problem = d ayaa tirtirta tallaabo: marka hore u gudub mid (dhibaatooyinka waxaa lagu tirtiraa { -step-identify })
# v switches what is listed.
plan-showing-all = dhibaatooyinka oo dhan ayaa muuqda
plan-showing-shortlist = liiska kooban ayaa muuqda (iyo dhibaatooyinka tallaabooyin leh)
# The action form saved with nothing changed.
plan-no-changes = waxba isma beddelin
# The detail area's title for an action. $status: its status (mark and word).
plan-detail-action = Tallaabo · { $status }
# Added to it (after " · "). $n: how many progress notes; $mark: ↻.
plan-detail-notes = { $n ->
    [one] { $n } { -progress-note }
   *[other] { $n } qoraal horumar
}
plan-detail-inherited = { $mark } wareeggii hore
# The detail area's labels for an action.
plan-label-activity = Hawsha
plan-label-responsible = Mas'uulka
plan-label-with-whom = La jira
plan-label-when = Goorma
plan-label-resources = Agabka
plan-label-indicator = Tilmaamaha
plan-label-risks = Khataraha
plan-label-problem = Dhibaatada
plan-label-score-card = Kaarka qiimaynta
# The detail area's title for a problem. $place: where it is on the
# shortlist (one of the two below); $dots: " · 3 dots" or nothing.
plan-detail-problem = Dhibaatada · { $place }{ $dots }
plan-detail-problem-add = Dhibaatada · { $place }{ $dots } · a ayaa ku darta tallaabo
# $rank: its place.
plan-detail-place = #{ $rank } liiska kooban
plan-detail-not-shortlisted = liiska kooban kuma jirto
# $n: how many dots it has.
plan-detail-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dhibic
}
# The detail area's labels for a problem.
plan-label-about = Ku saabsan
plan-label-where = Halkee
plan-label-causes = Sababaha
plan-label-effects = Saamaynta

## The action form (Plan, Monitor, the score card) and how an action's dates
## and status read on the facilitator's screens

# The form's title: adding to a problem ($title: its title), or editing.
action-form-new = Tallaabo cusub oo loogu talagalay “{ $title }”
action-form-edit = Wax ka beddel tallaabada
# Its fields, each with its help line where it has one.
action-field-activity = Hawsha
action-field-activity-help = waxa la qaban doono
action-field-responsible = Mas'uulka
action-field-due = Waqtiga
action-field-indicator = Tilmaamaha
action-field-indicator-help = { -indicator }: sida qolku ku ogaan doono inay shaqaysay
action-field-with-whom = La jira
action-field-start = Bilowga
action-field-resources = Agabka
action-field-resources-help = lacag, dad, qalab, gaadiid…
action-field-risks = Khataraha
action-field-risks-help = khataraha iyo dareenka khilaafka: cidda waxyeello gaari karto, laga reebi karo ama ka cadhoon karta
action-field-problem = Dhibaatada
# Who usually leads or joins an action, offered as the form's suggestions
# for Responsible and With whom (what is chosen is typed into the session).
action-actor-community = bulshada
action-actor-police = booliiska
action-actor-local-authority = maamulka degaanka
action-actor-cso = ururrada bulshada rayidka
# Why the form cannot be saved. $due, $start: ISO dates.
action-activity-empty = Hawsha: sheeg waxa la qaban doono
action-due-before-start = Waqtiga: { $due } wuu ka horreeyaa bilowga ({ $start })
# The score-card gap an action answers. $name: the indicator; $gap: signed.
action-gap = “{ $name }”, farqi { $gap }
action-gap-none = “{ $name }”
# How an open action's due date stands. $days: how many days.
action-due-today = waqtigu waa maanta
action-due-tomorrow = waqtigu waa berri
action-overdue-by = daahay { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}
action-due-in = { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
} kadib
# An action's dates. $start, $due: ISO dates; $note: how the due date stands.
action-dates-both = { $start } → { $due }
action-dates-from = laga bilaabo { $start }, waqti dhammaad ma leh
action-dates-by = ilaa { $due }
action-dates-note = { $span } · { $note }

## Monitor, the facilitator's panel (every action and its progress)

# With no action to follow (the second: a session only looked at).
monitor-empty = Weli tallaabo ma jirto — ku qorshee { -step-plan } (Shift+Tab dib ayuu u celiyaa), kadib halkan kala soco
monitor-empty-read-only = Kulankan tallaabo kuma jirto
# Dropping an action (5, or s to dropped). $activity: what it does.
monitor-ask-drop = Ma ka tagaysaa tallaabada “{ $activity }”? Qorshaha way ku sii jiraysaa, iyadoo lagu calaamadeeyay laga tagay (u ayaa soo celisa).
# A status set to the one it has. $status: the status's word.
monitor-already = horeba waa { $status }
# The form's action is no longer there.
monitor-gone = tallaabadaas ma jirto mar dambe
# The action form saved with nothing changed.
monitor-no-changes = waxba isma beddelin
# The progress note form (n). $activity: the action's.
monitor-note-title = Qoraalka horumarka ee “{ $activity }”
monitor-field-date = Taariikhda
monitor-field-note = Qoraal
monitor-field-note-help = waxa dhacay: yaa sameeyay maxay, maxaa isbeddelay
# Why the note cannot be saved. $date, $today: ISO dates.
monitor-date-after-today = Taariikhda: { $date } waa maanta kadib ({ $today }); qoraalku wuxuu diiwaangeliyaa waxa dhacay
monitor-note-empty = Qoraal: qor waxa dhacay
# The line above the table. $overdue: how many are overdue; $total: how
# many actions there are.
monitor-overdue = ! { $overdue } ka mid ah { $total ->
    [one] { $total } { -action }
   *[other] { $total } tallaabo
} ayaa dib u dhacay
monitor-none-overdue = { $total ->
    [one] { $total } { -action }
   *[other] { $total } tallaabo
} · midna dib uma dhicin
# After the counts per status. $mark: ↻; $n: how many came from last cycle.
monitor-inherited = { $mark } { $n } wareeggii hore
# The table's column headings (short: most columns are 10 to 16 cells);
# the column after Due has no heading (how the due date stands).
monitor-col-status = Xaaladda
monitor-col-activity = Hawsha
monitor-col-responsible = Mas'uulka
monitor-col-start = Bilowga
monitor-col-due = Waqtiga
monitor-col-problem = Dhibaatada
monitor-col-last-note = Qoraalkii
# In the column after Due, for an open action without one.
monitor-no-due-date = waqti ma leh
# The detail area: who. $partners: whom it is done with; $responsible: who leads.
monitor-with = la jira { $partners }
monitor-who-with = { $responsible } · la jira { $partners }
# Where an action came from. $mark: ↻; $from: the earlier session's id.
monitor-from-last-cycle = { $mark } wareeggii hore (kulanka { $from })
# The detail area's labels.
monitor-label-for = Loogu talagalay
monitor-label-who = Yaa
monitor-label-when = Goorma
monitor-label-indicator = Tilmaamaha
monitor-label-score-card = Kaarka qiimaynta
monitor-label-from = Laga keenay
# The heading of the action's notes. $n: how many.
monitor-notes-none = Qoraallo horumar ma jiraan
monitor-notes-none-add = Weli qoraallo horumar ma jiraan — n ayaa ku darta mid
monitor-notes = Qoraallada horumarka, kuwa ugu dambeeyay marka hore ({ $n })
