### baraza — Kiswahili: skrini za mwezeshaji.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = lugha: { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = lugha: { $name } (haikukumbukwa: { $error })
# The whole screen, when the window is smaller than the facilitator's
# screens need. $width, $height: its size in cells; $min_width,
# $min_height: the least it needs.
# Skrini nzima, dirisha likiwa dogo mno.
too-small = dirisha ni dogo mno: { $width }×{ $height }, inahitajika { $min_width }×{ $min_height }

## Save state (right end of the status line) and save failures

# Nothing changed since the session was opened.
save-unchanged = bado hakuna mabadiliko
save-saving = inahifadhi…
# $time: when (HH:MM:SS).
save-saved = imehifadhiwa { $time }
save-read-only = kusoma tu
# Short, loud: the last change is not on disk.
save-not-saved = HAIJAHIFADHIWA
# Inside the two messages below. $time: when (HH:MM:SS).
save-last-saved = ilihifadhiwa mwisho { $time }
save-nothing-saved = hakuna kilichohifadhiwa tangu kufunguliwa
# A save failed and is retried. $last: one of the two lines above;
# $error: why (the system's words).
save-failed = HAIJAHIFADHIWA ({ $last }): { $error } — imewekwa kwenye kumbukumbu, inajaribiwa tena kila sekunde 2 na kwa kila kitufe
# Saving stopped (the lock was taken by someone else…). $last, $error: as above.
save-stopped = HAIJAHIFADHIWA ({ $last }): { $error } — kilichobadilishwa hapa kiko kwenye kumbukumbu tu
# Why a save failed or stopped (the $error above). $folder: the folder of
# sessions; $file: the session's file name; $holder: the program and
# laptop that holds it now; $error: the system's reason, worded; $version:
# a file version; $settings: the settings file's name.
save-why-folder-gone = folda { $folder } haipo (je, USB imechomekwa?)
save-why-folder-unreachable = haiwezekani kufikia folda { $folder }: { $error }
save-why-taken-over = folda ilibadilishwa na { $file } sasa imefunguliwa katika { $holder }; sasa ni programu hiyo tu inayoiandika, hii haiandiki tena
save-why-lock-lost = haiwezekani kuchukua tena kufuli ya { $file }: { $error }
save-why-cannot-look = haiwezekani kuangalia { $file }: { $error }
save-why-not-a-file = { $file } imebadilishwa na kitu kisicho faili la kawaida; programu hii haiiandiki tena
save-why-replaced = { $file } ilibadilishwa na programu nyingine ikiwa wazi hapa; programu hii haiiandiki tena
save-why-no-backup = haiwezekani kuhifadhi nakala ya asili (toleo la faili { $version }) kabla ya kuiandika upya: { $error }
save-why-settings-unreadable = haiwezekani kusoma mipangilio ya usimbaji fiche ya folda: { $error }
save-why-settings-gone = { $file } ilikuwa imesimbwa fiche, na mipangilio ya usimbaji ya folda yake ({ $settings }) imepotea; haihifadhiwi kama maandishi wazi
save-why-cannot-encrypt = haiwezekani kusimba fiche kikao: { $error }

## Title bar flags (top right, capitals where the language has them)

flag-wall-blank = UKUTA UMEZIMWA
flag-blind-vote = KURA YA SIRI
flag-example = MFANO · KUSOMA TU
flag-read-only = KUSOMA TU
# The room's screen speaks another language. $name: that language, as its
# speakers name it.
flag-room-language = ukumbi: { $name }
# The timer in the title bar. $time: minutes and seconds ("4:12").
flag-timer-paused = ⏸ { $time } imesitishwa
flag-timer-up = ⏰ MUDA UMEKWISHA +{ $time }

## The session list

# Title bar of the session list.
list-title = baraza · vikao vya usalama wa jamii
# Top right of the session list. $sessions: how many (a count).
list-count = { $sessions ->
    [one] kikao { $sessions }
   *[other] vikao { $sessions }
}

## Status line messages in a session (left of the status line)

# After "n" to a question asking whether to leave.
said-staying = unabaki
# After "n" to a question guarding a change (delete, merge…).
said-left-as-it-was = imeachwa kama ilivyokuwa
# Tab on the last panel / Shift+Tab on the first.
said-last-step = { -step-learn } ni hatua ya mwisho; Shift+Tab inarudi nyuma
said-first-step = { -step-prepare } ni hatua ya kwanza; Tab inaendelea
said-nothing-to-undo = hakuna cha kutendua
said-nothing-to-redo = hakuna cha kurudia
# $what: the change, as the audit log words it (in English for now).
said-undone = imetenduliwa: { $what }
said-redone = imerudiwa: { $what }
# p switched this window to the room's screen, and back.
said-room-view-on = skrini ya ukumbi: p tena kwa ya mwezeshaji
said-room-view-off = skrini ya mwezeshaji: p inaonyesha ya ukumbi
# . blanked the room's screen, and back.
said-blank-on = skrini ya ukumbi imezimwa (kichwa tu): . inaionyesha tena
said-blank-off = skrini ya ukumbi inaonyesha paneli tena
# A key that would change the session, in a session opened read-only.
said-read-only = kusoma tu: hakuna kinachoweza kubadilishwa hapa; q, kisha Enter kwenye kikao, ili kuhariri
# A letter typed outside any field where it is no key (someone meant to
# write). $add: the key that starts adding here.
said-not-a-key-add = kitufe hicho hakifanyi kitu hapa: ili kuandika kitu kipya, bonyeza { $add } kwanza; ? inaonyesha vitufe
# The same where nothing can be added.
said-not-a-key = kitufe hicho hakifanyi kitu hapa; ? inaonyesha vitufe
# The timer. $time: minutes and seconds ("5:00").
said-timer-stopped = kipima muda kimesimamishwa
said-timer-started = kipima muda: { $time } kuanzia sasa
said-timer-paused = kipima muda kimesitishwa
said-timer-goes-on = kipima muda kinaendelea
said-timer-extended = dakika moja zaidi: zimebaki { $time }
said-timer = kipima muda

## Questions (a box with y/n)

# Leaving while a save has failed. $error: why (the system's words).
ask-leave-not-saved = HAIJAHIFADHIWA: mabadiliko ya mwisho hayakuweza kuandikwa ({ $error }). Uondoke hata hivyo na uyapoteze?
ask-leave-form-open = Uondoke? Kilichoandikwa kwenye fomu iliyo wazi hakijahifadhiwa.
# The last line of every y/n question box.
ask-keys = y ndiyo · n hapana

## Status line messages of the list and of opening sessions

# r on the list. $sessions: how many sessions the folder holds (a count).
said-folder-read = folda imesomwa upya: { $sessions ->
    [one] kikao { $sessions }
   *[other] vikao { $sessions }
}
# n (next cycle) in an example session.
said-example-next-cycle = huu ni mfano uliojengwa ndani ya baraza: q, kisha n, huanzisha kikao chako mwenyewe
# T switched the theme. $name: the theme (dark, light, monochrome).
said-theme = mandhari: { $name }
# …and the config could not be written. $error: why.
said-theme-not-kept = mandhari: { $name } (haikukumbukwa: { $error })
# A file from an older baraza. $version: its format version (a number).
said-migrated = faili hili lilitengenezwa na baraza ya zamani (toleo { $version }); nakala inahifadhiwa linapohifadhiwa mara ya kwanza
said-opened-read-only = limefunguliwa kwa kusoma tu: hakuna kinachoweza kubadilishwa hapa
# $error in the messages below: why (the store's words, in English for now).
said-cannot-open = haiwezi kufungua: { $error }
said-example-opened = mfano, kusoma tu: pitia kila paneli (F1 hadi F6); q inarudi
said-cannot-open-example = haiwezi kufungua mfano: { $error }
said-created = kikao kipya kimehifadhiwa: ongeza makundi yaliyo ukumbini
said-cannot-create = haiwezi kuunda kikao: { $error }
said-cannot-read = haiwezi kukisoma: { $error }
# A new cycle started from an old session. $problems, $actions: how many
# problems and open actions were carried over; $title: the old session's.
said-next-cycle = mzunguko mpya: { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
} na { $actions ->
    [one] hatua { $actions } iliyo wazi
   *[other] hatua { $actions } zilizo wazi
} zimehamishwa kutoka “{ $title }”
said-no-previous = kikao hiki hakiendelezi kikao cha awali
# $id: the previous session's id.
said-previous-missing = mzunguko uliopita (id { $id }) haupo kwenye folda hii
said-cannot-read-previous = haiwezi kusoma mzunguko uliopita: { $error }
said-cannot-show = haiwezi kukionyesha: { $error }

## The end of the help overlay (?): languages and right-to-left text

# Heading of the block.
help-settings = Lugha na maandishi ya kulia kwenda kushoto
# $name: the language, as its speakers name it.
help-interface-language = Lugha ya kiolesura: { $name } (L inaibadilisha)
# The open session's room language. $name: as above.
help-room-language = Skrini ya ukumbi na ripoti: { $name } (huwekwa kwenye { -step-prepare }, s)
# $setting: auto, on or off (kept as the codes: they are what the config
# file says); $doing: one of the two lines below.
help-rtl = Kulia kwenda kushoto: { $setting }, { $doing } (R inabadilisha: auto, on, off)
help-rtl-baraza = baraza inapanga upya na kuunganisha herufi za Kiarabu
help-rtl-terminal = terminali inapanga upya
# $line: an Arabic test sentence (not to be translated: it is the test).
help-rtl-test = Mstari wa majaribio: { $line }
# $first: the sentence's first word.
help-rtl-how = Inasomeka sawa wakati { $first } iko mwisho wa kulia na herufi zake zimeunganishwa; ikisomeka kinyume au imegeuzwa mara mbili, bonyeza R.
# The right-to-left setting could not be remembered. $error: why.
said-rtl-not-kept = kulia kwenda kushoto: haikukumbukwa ({ $error })

## The help overlay (?)

# Its title. $keys: its own keys with their words ("↑↓ scroll · Esc close").
help-title = Vitufe — { $keys }
# After a key that changes the session, in a session opened read-only.
help-not-read-only = (si katika kusoma tu)
# The last section's heading: the keys of forms and y/n questions.
help-forms = Fomu na maswali

## Prepare, the facilitator's panel

# Pane titles.
prepare-groups = Makundi yaliyo ukumbini
prepare-session = Kikao
prepare-consent = Ridhaa
prepare-context = Muktadha na migogoro
# A pane's key hint, top right ("s edit"). $key: the key, as it is.
prepare-edit-hint = { $key } hariri
# The groups table's columns and its total row.
prepare-col-group = Kundi
prepare-col-people = Watu
prepare-col-dots = Nukta
prepare-in-the-room = Ukumbini
# Under the total. $dots: dots per participant.
prepare-dots-rule = nukta = watu × { $dots }
prepare-no-groups = Bado hakuna makundi — bonyeza a kuongeza la kwanza: jina lake, Tab, idadi ya watu, Enter.
prepare-no-groups-read-only = Hakuna makundi katika kikao hiki.
# On the status line, when a key needs a group and there is none.
prepare-empty-short = bado hakuna makundi: bonyeza a kuongeza la kwanza
# The Session pane. $dots: dots per participant.
prepare-dots-each = { $dots } kwa kila mshiriki
# $dots: the line above; $room: the room's dots in all.
prepare-dots-and-room = { $dots } · { $room } kwa ukumbi
prepare-no-consent = Bado haijaandikwa — bonyeza c: kile ambacho ukumbi unakubali kirekodiwe na kushirikiwa.
prepare-no-consent-read-only = Haijaandikwa: kile ambacho ukumbi ulikubali kirekodiwe na kushirikiwa.
prepare-no-notes = Bado hakuna madokezo — bonyeza n kuandika muktadha: nani ameathirika, mivutano kati ya makundi, matukio ya karibuni.
prepare-no-notes-read-only = Hakuna madokezo ya muktadha.
# Moving a group. $name: the group's name.
prepare-already-first = “{ $name }” tayari ni la kwanza
prepare-already-last = “{ $name }” tayari ni la mwisho
# Deleting a group. $name: its name; $people: its head count.
prepare-ask-delete = Ufute kundi “{ $name }” ({ $people ->
    [one] mtu { $people }
   *[other] watu { $people }
})?
# Added after it. $what: what goes with it (the messages below).
prepare-ask-delete-with = Pia vitaondolewa: { $what }.
# $n: how many.
prepare-lost-dots = { $n ->
    [one] { -dot } { $n }
   *[other] nukta { $n }
}
prepare-lost-pairs = { $n ->
    [one] uamuzi { $n } wa jozi
   *[other] maamuzi { $n } ya jozi
}
prepare-lost-scores = { $n ->
    [one] alama { $n }
   *[other] alama { $n }
}
# The last of a list. $first: the others, joined; $last: the last one.
prepare-and = { $first } na { $last }

## Prepare's forms (title, then each field's label and its help line)

# $name: the group's name.
prepare-edit-group = Hariri kundi “{ $name }”
prepare-add-group = Ongeza kundi
prepare-field-name = Jina
prepare-field-name-help = wao ni nani: Wanawake, Vijana, Wazee, Polisi, Serikali ya mtaa…
prepare-field-people = Watu
prepare-field-people-help = wangapi kati yao wako ukumbini (0 hadi 999); kila mmoja ana nukta za kikao
prepare-details = Maelezo ya kikao
prepare-field-title = Kichwa
prepare-field-title-help = ukumbi unauitaje mkutano huu
prepare-field-community = Jamii
prepare-field-community-help = jamii au mahali kikao kinapofanyika
prepare-field-date = Tarehe
prepare-field-facilitators = Wawezeshaji
prepare-field-facilitators-help = majina, yakitenganishwa kwa koma
prepare-field-dots = Nukta kwa kila mtu
prepare-field-dots-help = nukta ambazo kila mshiriki anaweka wakati wa kupanga: 1 hadi 20, kwa kawaida 3 hadi 5
prepare-field-language = Lugha ya ukumbi
prepare-field-language-help = lugha ya skrini ya ukumbi na ya ripoti (←→ chagua)
# The first choice of the room language: follow the facilitator's.
prepare-language-interface = kama kiolesura
prepare-field-notes = Madokezo
prepare-field-notes-help = nani ameathirika, mivutano kati ya makundi, matukio ya karibuni, nani ana mamlaka
prepare-field-consent-help = kile ambacho ukumbi unakubali kirekodiwe na kushirikiwa, na kwa nani; kisome kwa sauti
# Why a form cannot be saved yet (shown on the form).
prepare-name-empty = Jina: andika jina la kundi, k.m. Wanawake
# $name: the name typed.
prepare-name-taken = Jina: tayari kuna kundi linaloitwa “{ $name }”; lipe hili jina jingine
prepare-title-empty = Kichwa: andika kichwa cha kikao, k.m. Baraza la usalama Kibera
# $iso, $dmy: today's date in the two ways the form takes.
prepare-date-empty = Tarehe: andika tarehe kama YYYY-MM-DD au DD/MM/YYYY, k.m. { $iso } au { $dmy }
# $why: the rule broken (in English for now).
prepare-consent-too-long = Ridhaa: { $why }; fupisha
# On the status line: a form saved with nothing changed.
said-nothing-changed = hakuna kilichobadilika

## The timer's box (t), over the facilitator's screen or the room's

timer-title = Kipima muda
# A preset, in the list. $minutes: how many.
timer-preset = dak { $minutes }
timer-type = au andika muda: 7, 7:30, 90s, 1h
timer-start-keys = Enter anza · Esc ghairi
# A timer running. $length: its whole length ("5:00"); $state: one of the
# three lines below.
timer-of = Kipima muda cha { $length }: { $state }
# $time: minutes and seconds.
timer-left = zimebaki { $time }
timer-left-paused = zimebaki { $time }, kimesitishwa
timer-up-ago = muda umekwisha ({ $time } zilizopita)
timer-running-keys = Space sitisha au endelea · + dakika moja zaidi
timer-running-keys-2 = s simamisha · Esc funga (kinaendelea)
# On the status line: what was typed is not a duration.
timer-not-a-duration = huu si muda: andika dakika (7), dakika:sekunde (7:30), 90s au 1h, hadi saa 12

## Learn, the facilitator's panel

# The four boxes: title, the form's short label, and the question shown
# while the box is empty.
learn-worked = Kilichofanikiwa
learn-worked-label = Kilifanikiwa
learn-worked-prompt = Hatua, ushirikiano na njia gani za kukutana zilienda vizuri?
learn-did-not-work = Kisichofanikiwa
learn-did-not-work-label = Hakikufanikiwa
learn-did-not-work-prompt = Nini kilikwama au kilishindwa, na kwa nini?
learn-lessons = Mafunzo
learn-lessons-label = Mafunzo
learn-lessons-prompt = Jamii imejifunza nini kuhusu usalama wake na kuhusu kufanya kazi pamoja?
learn-improvements = Maboresho kwa mzunguko ujao
learn-improvements-label = Maboresho
learn-improvements-prompt = Nini kibadilike wakati ujao: matatizo ya kuhamisha, washirika wapya, njia nyingine za kukutana?
# Under the question in the selected empty box.
learn-press-enter = Bonyeza Enter kuandika.
# The selected box's key hint, top right.
learn-edit-hint = Enter hariri
# The line above the boxes.
learn-no-actions = Bado hakuna hatua: zinapangwa kwenye { -step-plan } na kufuatiliwa kwenye { -step-monitor }.
# $n: how many actions.
learn-actions = Hatua za mzunguko huu: { $n }
# $n: how many are overdue.
learn-overdue = ! zimechelewa { $n }

## Every form's own words (the line under a form; its fields are the panel's)

# Esc in a form with something typed: asks first.
form-discard = Utupe kilichoandikwa? y tupa · n endelea kuhariri
# A number field not taken. $label: the field's name; $min, $max: the range.
form-not-a-number = { $label }: andika namba kamili kuanzia { $min } hadi { $max }
# A date field not taken. $label: the field; $typed: what was typed; $iso,
# $dmy: an example date in the two ways the form takes.
form-not-a-date = { $label }: “{ $typed }” si tarehe; andika YYYY-MM-DD au DD/MM/YYYY, k.m. { $iso } au { $dmy }, au +7 kwa wiki moja kuanzia leo
form-not-a-date-any-day = { $label }: “{ $typed }” si tarehe; andika YYYY-MM-DD au DD/MM/YYYY, today, au +7 kwa wiki moja kuanzia leo
# A tick box.
form-yes = ndiyo
form-no = hapana
# A field with suggestions: what → would complete. $option: it.
form-completes = → inakamilisha “{ $option }”
# …or the suggestions. $options: them, joined by ·.
form-suggestions = k.m. { $options } — au andika chochote; herufi za kwanza + → kamilisha

## Identify, the facilitator's panel

# The list's title. $n: how many problems.
identify-problems = Matatizo ({ $n })
identify-empty = Bado hakuna matatizo — bonyeza a kuongeza la kwanza
identify-empty-read-only = Hakuna matatizo katika kikao hiki
# The list's columns.
identify-col-problem = Tatizo
identify-col-category = Aina
identify-col-dots = Kura
# Typing problems one after the other (a).
identify-capture = andika tatizo, Enter inaliongeza na kufungua mstari unaofuata; Esc ukimaliza
# The room's typing strip while a problem is typed in the capture line: its label.
identify-typing-new-problem = Tatizo jipya
# $draft: what was typed.
identify-draft-back = “{ $draft }” liliachwa bila kukamilika: limerudi kwenye mstari — Enter inaliongeza
identify-line-cleared = mstari umefutwa — Ctrl+z inarudisha “{ $draft }”; Esc tena ukimaliza
identify-line-back = mstari umerudi: Enter inauongeza
identify-paste-empty = hakuna cha kuongeza: kilichobandikwa kilikuwa mistari mitupu tu
identify-at-top = tayari iko juu kabisa
identify-at-bottom = tayari iko chini kabisa
# Merging duplicates (m). $mark: the mark of the problem being merged (◆);
# $title: its title.
identify-merge-needs-two = kuunganisha kunahitaji matatizo mawili: hili ndilo pekee
identify-merge-marked = { $mark } “{ $title }” limewekwa alama: nenda kwenye tatizo la kubaki, kisha m; Esc inaghairi
identify-merge-cancelled = kuunganisha kumeghairiwa
identify-merge-same = hili ndilo tatizo linalounganishwa ({ $mark }): nenda kwenye lile la kulibakiza ndani yake
# The bar over the list while merging. $mark: ◆; $gone: the problem merged
# away; $kept: the one it goes into.
identify-merge-banner = UNGANISHA  { $mark } “{ $gone }”  →  ndani ya  ▶ “{ $kept }”
identify-merge-keys = m inaunganisha · Esc inaghairi
identify-merge-move = nenda kwenye tatizo la kubaki · Esc inaghairi
# What goes with a problem deleted or merged away. $n: how many.
identify-lost-dots = { $n ->
    [one] { -dot } { $n }
   *[other] nukta { $n }
}
identify-lost-actions = { $n ->
    [one] { -action } { $n }
   *[other] hatua { $n }
}
# Deleting a problem (d). $number: its place in the list; $title: its title.
identify-ask-delete = Ufute tatizo { $number }, “{ $title }”?
identify-ask-delete-nothing = Bado halina nukta wala hatua.
# $what: what goes with it (one thing, or several).
identify-ask-delete-with-one = Inafutwa pamoja nalo: { $what }.
identify-ask-delete-with-many = Zinafutwa pamoja nalo: { $what }.
identify-ask-delete-shortlist = Linaondoka kwenye orodha fupi.
identify-undoes = (u inatendua)
# Merging. $gone: the problem merged away; $kept: the one kept; $what: what
# moves with it.
identify-ask-merge = Uunganishe “{ $gone }” ndani ya “{ $kept }”? “{ $gone }” linatoweka: vyanzo, athari na maelezo yake yanaongezwa kwa “{ $kept }”.
identify-ask-merge-moving-one = Uunganishe “{ $gone }” ndani ya “{ $kept }”? “{ $gone }” linatoweka: inahamia “{ $kept }”: { $what }; vyanzo, athari na maelezo yake yanaongezwa humo.
identify-ask-merge-moving-many = Uunganishe “{ $gone }” ndani ya “{ $kept }”? “{ $gone }” linatoweka: zinahamia “{ $kept }”: { $what }; vyanzo, athari na maelezo yake yanaongezwa humo.
# The problem's form (e, Enter). $number: its place; $title: its title.
identify-form-title = Tatizo { $number }: { $title }
identify-field-title = Kichwa
identify-field-title-help = tatizo kwa maneno ya ukumbi wenyewe
identify-field-causes = Vyanzo
identify-field-causes-help = vyanzo vya msingi, kimoja kwa mstari (Alt+Enter: mstari unaofuata): kwa nini linatokea?
identify-field-effects = Athari
identify-field-effects-help = athari, moja kwa mstari (Alt+Enter: mstari unaofuata): linaleta nini?
identify-field-description = Maelezo
identify-field-description-help = kinachotokea, kwa nani, lini
identify-field-category = Aina
identify-field-category-help = ←→ chagua; au andika aina mpya kwenye sehemu inayofuata
identify-field-new-category = Aina mpya
identify-field-new-category-help = aina isiyo kwenye orodha: inaongezwa kwenye orodha na kutumika hapa
identify-field-where = Wapi
identify-field-where-help = linapotokea
identify-field-raised-by = Limetajwa na
identify-groups-help = makundi yaliyolitaja: ←→ sogeza, Space weka alama
identify-groups-none = bado hakuna makundi: yaongeze kwenye { -step-prepare }
identify-field-escalation = Wilaya/taifa
identify-field-escalation-help = linahitaji hatua ya wilaya au ya kitaifa (⚑): Space inabadilisha
identify-field-resolved = Limetatuliwa
identify-field-resolved-help = tatizo limetatuliwa (✓): Space inabadilisha
identify-gone = tatizo hilo halipo tena kwenye orodha
identify-title-empty = tatizo linahitaji kichwa
# The problem's form saved with nothing changed.
identify-no-changes = hakuna mabadiliko

## The problem tree (beside Identify's list)

# The pane's title. $index: the problem's place; $count: how many.
tree-title-of = Mti wa tatizo · { $index } kati ya { $count }
tree-title = Mti wa tatizo
# While merging: the pane shows where the problem goes.
tree-merge-into = Unganisha ndani ya tatizo hili
# With no problem yet.
tree-empty-heading = vyanzo → tatizo → athari
tree-empty = Kila tatizo linaonyeshwa hapa kama mti: vyanzo vyake vya msingi, tatizo, na linachoelekea.
tree-empty-how = Ongeza matatizo kwa a; jaza vyanzo na athari kwa Enter.
# The two sides. $n: how many causes / effects.
tree-causes = VYANZO ({ $n }) · kwa nini linatokea
tree-effects = ATHARI ({ $n }) · linaleta nini
# The box in the middle.
tree-problem = TATIZO
tree-none-named = bado hakuna
tree-no-dots = bado hakuna
# The label of the description's lines.
tree-about = Kuhusu
# When not all fit. $n: how many more.
tree-plus-more = (+{ $n } zaidi)
tree-more = … { $n } zaidi
# On the bottom border of a box that holds more than it shows. $arrows:
# ▲, ▼ or ▲▼; $keys: the keys that scroll it ("PgUp/PgDn").
more-marker = { $arrows } zaidi
more-marker-keys = { $arrows } zaidi: { $keys }
# Under the problem, when flagged (after ⚑ and ✓).
tree-flag-escalation = linahitaji hatua ya wilaya/taifa
tree-flag-resolved = limetatuliwa

## Plan, the facilitator's panel (the action plan)

# The line above the plan. $problems: how many shortlisted problems it
# shows; $actions: how many actions.
plan-summary = Mpango kazi · { $problems ->
    [one] { -problem } { $problems } kwenye orodha fupi
   *[other] { -problems } { $problems } kwenye orodha fupi
} · { $actions ->
    [one] { -action } { $actions }
   *[other] hatua { $actions }
}
# Added to the summary line (after " · ") with v, or with no shortlist.
plan-summary-all = inaonyesha matatizo yote
plan-summary-none = bado hakuna kilicho kwenye orodha fupi
# Above the plan while the shortlist cuts a tie. $rank: the place where the
# tie is; $on: the tied problems on the shortlist («…», «…»); $off: those not.
plan-tie-warning = ! Orodha fupi inakata { -tie } kwenye nafasi { $rank }: { $on } yamo, { $off } hayamo, kwa kura sawa — kwenye { -step-rank } (F3), b inavunja sare, au s kisha a inachukua matatizo yote yenye sare
# With nothing to plan for (the second of each pair: a session only looked at).
plan-empty-no-problems = Bado hakuna matatizo — yataje kwenye { -step-identify } na uyape vipaumbele kwenye { -step-rank }, kisha panga hatua hapa
plan-empty-no-problems-read-only = Hakuna matatizo katika kikao hiki
plan-empty-no-shortlist = Weka matatizo kwenye orodha fupi kwanza kwenye { -step-rank } (s inaweka 3 ya juu), au bonyeza v kupanga kwa tatizo lolote
plan-empty-no-shortlist-read-only = Hakuna kilicho kwenye orodha fupi — v inaonyesha matatizo yote
# The table's column headings (short: the columns are 10 to 16 cells wide).
plan-col-activity = Shughuli
plan-col-responsible = Mhusika
plan-col-with-whom = Pamoja na
plan-col-start = Kuanza
plan-col-due = Ukomo
plan-col-indicator = Kiashiria
plan-col-resources = Rasilimali
plan-col-status = Hali
# A problem's row. $rank: its place on the shortlist; $title: its title.
plan-heading-ranked = #{ $rank } { $title }
plan-heading-not-shortlisted = { $title } (haliko kwenye orodha fupi)
# After the problem's row's title (after " — "). $n: how many actions.
plan-heading-no-actions = bado hakuna hatua
plan-heading-no-actions-add = bado hakuna hatua: a inaongeza moja
plan-heading-actions = { $n ->
    [one] { -action } { $n }
   *[other] hatua { $n }
}
# Deleting an action (d). $activity: what it does; the second with $n, how
# many progress notes go with it.
plan-ask-delete = Ufute hatua “{ $activity }”?
plan-ask-delete-notes = Ufute hatua “{ $activity }” na { $n ->
    [one] taarifa yake { $n } ya maendeleo
   *[other] taarifa zake { $n } za maendeleo
}?
# d on a problem's row.
plan-delete-on-problem = d inafuta hatua: nenda kwenye moja kwanza (matatizo yanafutwa kwenye { -step-identify })
# v switches what is listed.
plan-showing-all = inaonyesha matatizo yote
plan-showing-shortlist = inaonyesha orodha fupi (na matatizo yenye hatua)
# The action form saved with nothing changed.
plan-no-changes = hakuna kilichobadilika
# The detail area's title for an action. $status: its status (mark and word).
plan-detail-action = Hatua · { $status }
# Added to it (after " · "). $n: how many progress notes; $mark: ↻.
plan-detail-notes = { $n ->
    [one] { -progress-note } { $n }
   *[other] taarifa { $n } za maendeleo
}
plan-detail-inherited = { $mark } kutoka mzunguko uliopita
# The detail area's labels for an action.
plan-label-activity = Shughuli
plan-label-responsible = Mhusika
plan-label-with-whom = Pamoja na
plan-label-when = Lini
plan-label-resources = Rasilimali
plan-label-indicator = Kiashiria
plan-label-risks = Hatari
plan-label-problem = Tatizo
plan-label-score-card = Kadi ya alama
# The detail area's title for a problem. $place: where it is on the
# shortlist (one of the two below); $dots: " · 3 dots" or nothing.
plan-detail-problem = Tatizo · { $place }{ $dots }
plan-detail-problem-add = Tatizo · { $place }{ $dots } · a inaongeza hatua
# $rank: its place.
plan-detail-place = #{ $rank } kwenye orodha fupi
plan-detail-not-shortlisted = haliko kwenye orodha fupi
# $n: how many dots it has.
plan-detail-dots = { $n ->
    [one] { -dot } { $n }
   *[other] nukta { $n }
}
# The detail area's labels for a problem.
plan-label-about = Kuhusu
plan-label-where = Wapi
plan-label-causes = Vyanzo
plan-label-effects = Athari

## The action form (Plan, Monitor, the score card) and how an action's dates
## and status read on the facilitator's screens

# The form's title: adding to a problem ($title: its title), or editing.
action-form-new = Hatua mpya kwa “{ $title }”
action-form-edit = Hariri hatua
# Its fields, each with its help line where it has one.
action-field-activity = Shughuli
action-field-activity-help = kitakachofanyika
action-field-responsible = Mhusika
action-field-due = Mwisho
action-field-indicator = Kiashiria
action-field-indicator-help = { -indicator }: ukumbi utajuaje kwamba imefanikiwa
action-field-with-whom = Pamoja na
action-field-start = Kuanza
action-field-resources = Rasilimali
action-field-resources-help = pesa, watu, vifaa, usafiri…
action-field-risks = Hatari
action-field-risks-help = hatari na unyeti wa migogoro: nani anaweza kudhurika, kuachwa nje au kukasirika
action-field-problem = Tatizo
# Who usually leads or joins an action, offered as the form's suggestions
# for Responsible and With whom (what is chosen is typed into the session).
action-actor-community = jamii
action-actor-police = polisi
action-actor-local-authority = serikali ya mtaa
action-actor-cso = asasi za kiraia
# Why the form cannot be saved. $due, $start: ISO dates.
action-activity-empty = Shughuli: sema kitakachofanyika
action-due-before-start = Mwisho: { $due } ni kabla ya kuanza ({ $start })
# The score-card gap an action answers. $name: the indicator; $gap: signed.
action-gap = “{ $name }”, pengo { $gap }
action-gap-none = “{ $name }”
# How an open action's due date stands. $days: how many days.
action-due-today = mwisho leo
action-due-tomorrow = mwisho kesho
action-overdue-by = imechelewa { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
action-due-in = { $days ->
    [one] imebaki siku { $days }
   *[other] zimebaki siku { $days }
}
# An action's dates. $start, $due: ISO dates; $note: how the due date stands.
action-dates-both = { $start } → { $due }
action-dates-from = kuanzia { $start }, bila tarehe ya mwisho
action-dates-by = kufikia { $due }
action-dates-note = { $span } · { $note }

## Monitor, the facilitator's panel (every action and its progress)

# With no action to follow (the second: a session only looked at).
monitor-empty = Bado hakuna hatua — zipange kwenye { -step-plan } (Shift+Tab inarudi nyuma), kisha uzifuatilie hapa
monitor-empty-read-only = Hakuna hatua katika kikao hiki
# Dropping an action (5, or s to dropped). $activity: what it does.
monitor-ask-drop = Uache hatua “{ $activity }”? Inabaki kwenye mpango, ikiwa na alama imeachwa (u inairudisha).
# A status set to the one it has. $status: the status's word.
monitor-already = tayari { $status }
# The form's action is no longer there.
monitor-gone = hatua hiyo haipo tena
# The action form saved with nothing changed.
monitor-no-changes = hakuna kilichobadilika
# The progress note form (n). $activity: the action's.
monitor-note-title = Taarifa ya maendeleo kuhusu “{ $activity }”
monitor-field-date = Tarehe
monitor-field-note = Taarifa
monitor-field-note-help = kilichotokea: nani alifanya nini, nini kilibadilika
# Why the note cannot be saved. $date, $today: ISO dates.
monitor-date-after-today = Tarehe: { $date } ni baada ya leo ({ $today }); taarifa inaandika kilichokwisha kutokea
monitor-note-empty = Taarifa: andika kilichotokea
# The line above the table. $overdue: how many are overdue; $total: how
# many actions there are.
monitor-overdue = ! { $overdue } kati ya { $total ->
    [one] { -action } { $total }
   *[other] hatua { $total }
} zimechelewa
monitor-none-overdue = { $total ->
    [one] { -action } { $total }
   *[other] hatua { $total }
} · hakuna iliyochelewa
# After the counts per status. $mark: ↻; $n: how many came from last cycle.
monitor-inherited = { $mark } { $n } kutoka mzunguko uliopita
# The table's column headings (short: most columns are 10 to 16 cells);
# the column after Due has no heading (how the due date stands).
monitor-col-status = Hali
monitor-col-activity = Shughuli
monitor-col-responsible = Mhusika
monitor-col-start = Kuanza
monitor-col-due = Mwisho
monitor-col-problem = Tatizo
monitor-col-last-note = Taarifa
# In the column after Due, for an open action without one.
monitor-no-due-date = hakuna tarehe
# The detail area: who. $partners: whom it is done with; $responsible: who leads.
monitor-with = pamoja na { $partners }
monitor-who-with = { $responsible } · pamoja na { $partners }
# Where an action came from. $mark: ↻; $from: the earlier session's id.
monitor-from-last-cycle = { $mark } kutoka mzunguko uliopita (kikao { $from })
# The detail area's labels.
monitor-label-for = Kwa
monitor-label-who = Nani
monitor-label-when = Lini
monitor-label-indicator = Kiashiria
monitor-label-score-card = Kadi ya alama
monitor-label-from = Kutoka
# The heading of the action's notes. $n: how many.
monitor-notes-none = Hakuna taarifa za maendeleo
monitor-notes-none-add = Bado hakuna taarifa za maendeleo — n inaongeza moja
monitor-notes = Taarifa za maendeleo, mpya kwanza ({ $n })
