### baraza — so: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check so --files locales`.

## The session list: column headings (one line, over the table)

list-col-date = taariikh
list-col-title = cinwaan
list-col-community = bulsho
list-col-stage = heer
list-col-problems = dhibaato
list-col-votes = codad
list-col-actions = hawlo
list-col-example = tusaale

## The session list: the examples, the filter, a file that cannot be read

list-examples-intro-empty = Weli kulan kuma jiro galkan. n ayaa mid cusub bilaabaysa — ama eeg mid ka mid ah tusaalooyinka ku dhex jira baraza: Enter ayaa u furaysa akhris keliya (waxba lama kaydinayo).
list-examples-intro = Tusaalooyinka ku dhex jira baraza: Enter ayaa mid u furaysa akhris keliya (waxba lama kaydinayo); e ayaa kugu celinaysa kulamadaada.
list-filter = Shaandhee:
list-filter-count = { $shown } ka mid ah { $all }
list-no-match = Kulan la mid ah shaandhada ma jiro.
list-no-match-clear = Esc ayaa tirtiraysa.
list-unreadable = lama akhriyi karo

## The session list: status line messages

list-sorted-date = loo kala saaray taariikhda, kan ugu cusub marka hore
list-sorted-title = loo kala saaray cinwaanka
list-sorted-community = loo kala saaray bulshada
list-sorted-stage = loo kala saaray heerka la gaaray
list-no-own-session = weli kulan adiga kuu gaar ah ma jiro: n ayaa mid bilaabaysa
list-nothing-selected = weli halkan kulan ma jiro: riix n si aad mid u bilowdo
list-cannot-open = lama furi karo { $file }: { $error }
list-no-previous = kulankani ma sii wado mid hore (N ayaa bilaabaysa { -cycle } xiga)
list-report-not-written = warbixinta lama qorin: { $error }
list-reports-not-logged = warbixinnada waxaa lagu qoray kulanka agtiisa, laakiin kuma jiraan diiwaankiisa dhoofinta: { $error }

## The session list: the question when a session is open elsewhere (y/n)

list-ask-read-only = «{ $title }» waa ku furan yahay { $holder }. Halkan ma ugu furaa akhris keliya?
list-ask-read-only-file = { $file } waa ku furan yahay { $holder }. Halkan ma ugu furaa akhris keliya?

## The session list: the new-session and next-cycle forms

list-form-new = Kulan cusub
list-form-next-cycle = Wareegga xiga ee «{ $title }»
list-cycle-suffix = — wareegga { $n }
list-field-title = Cinwaan
list-help-title = magaca qolku u bixin doono shirkan
list-field-community = Bulsho
list-help-community = bulsho ama goob
list-field-date = Taariikh
list-field-facilitators = Fududeeyayaal
list-help-facilitators = magacyo, hakad lagu kala saaray
list-help-next-title = wuxuu qaadaa kooxaha, dhibaatooyinka aan la xallin iyo tallaabooyinka furan
list-help-next-community = bulshadu sidii bay ahaanaysaa
list-give-title = kulanka magac sii

## The comparison of two cycles (c on the session list)

compare-title-ranks = Sida mudnaantu isu beddeshay · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-title-card = Sida { -score-card } isu beddeshay · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-ranks-of = Kaalimaha:
compare-whole-room = qolka oo dhan
compare-col-now = hadda
compare-col-before = hore
compare-col-movement = isbeddel
compare-col-problem = { -problem }
compare-nothing-ranked = Weli dhibaato lama kala horreysiin wareeg kasta.
compare-move-new = cusub
compare-move-up = ▲ kor { $n }
compare-move-down = ▼ hoos { $n }
compare-move-same = = isku mid
compare-move-dropped = laga tagay
compare-move-resolved = ✓ la xalliyay
compare-move-not-ranked = weli lama qiimeyn
compare-move-lost = ▼ hadda waxba
compare-move-gained = ▲ codad ugu horreeya
compare-move-neither = · waxba, labadaba
compare-col-indicator = tilmaame
compare-col-community = Bulsho
compare-col-gap = farqi
compare-no-card = Wareeggan { -score-card } kuma jiro.

## While the folder is read at start (the list is drawn at once and filled in)

# The session list's status line while the folder is read in the background.
# $read, $total: counts already grouped ("1,234"); $n: the total as a number,
# for the plural (Somali does not need it here).
list-reading = akhrinta galka: { $read } ka mid ah { $total } kulan…
# In the list's place while the folder is read and nothing is known yet.
list-reading-folder = Galka ayaa la akhrinayaa…
