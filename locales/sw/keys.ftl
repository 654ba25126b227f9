### baraza — Kiswahili: vitufe.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Kila mahali
# The hint line's word for Tab (in Everywhere).
key-next = mbele
# The ? help's description of Tab (in Everywhere).
keyhelp-nextpanel-02c23a96 = paneli inayofuata
# The hint line's word for Shift+Tab (in Everywhere).
key-back = nyuma
# The ? help's description of Shift+Tab (in Everywhere).
keyhelp-prevpanel-605c5256 = paneli iliyotangulia
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = paneli
# The ? help's description of F1-F6, Alt+1-6 (in Everywhere).
keyhelp-gotopanel-0-ac1f437c = moja kwa moja kwenye hatua: F1 { -step-prepare } … F6 { -step-learn }, au Alt na namba ya hatua (Alt+1 … Alt+6); mstari wa hatua unazionyesha
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The ? help's description of F2/Alt+2 (in Everywhere).
keyhelp-gotopanel-1-ccb14878 = moja kwa moja kwenye { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The ? help's description of F3/Alt+3 (in Everywhere).
keyhelp-gotopanel-2-c5df4ac2 = moja kwa moja kwenye { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The ? help's description of F4/Alt+4 (in Everywhere).
keyhelp-gotopanel-3-b0a288bf = moja kwa moja kwenye { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The ? help's description of F5/Alt+5 (in Everywhere).
keyhelp-gotopanel-4-8d0b0282 = moja kwa moja kwenye { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The ? help's description of F6/Alt+6 (in Everywhere).
keyhelp-gotopanel-5-bcd1eca2 = moja kwa moja kwenye { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = tendua
# The ? help's description of Ctrl+z/u (in Everywhere).
keyhelp-undo-0bae4e5a = tendua badiliko la mwisho (pamoja na kura)
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = rudia
# The ? help's description of Ctrl+y/U (in Everywhere).
keyhelp-redo-510bd903 = rudia kilichotenduliwa
# The hint line's word for T (in Everywhere).
key-theme = mandhari
# The ? help's description of T (in Everywhere).
keyhelp-cycletheme-bbb04c88 = badilisha mandhari: giza, mwanga (kwa projekta), rangi moja
# The hint line's word for L (in Everywhere).
key-language = lugha
# The ? help's description of L (in Everywhere).
keyhelp-cyclelanguage-6b5bf4b4 = badilisha lugha ya kiolesura: English, Kiswahili, Français, العربية, Soomaali, Русский
# The hint line's word for p (in Everywhere).
key-room-view = ukumbi
# The ? help's description of p (in Everywhere).
keyhelp-roomview-69602ba9 = onyesha skrini ya ukumbi hapa: kubwa, vichwa kamili, hakuna cha siri (p tena: rudi; vitufe vilevile vinafanya kazi)
# The hint line's word for . (in Everywhere).
key-blank = zima
# The ? help's description of . (in Everywhere).
keyhelp-blank-988af4a8 = zima skrini ya ukumbi: kichwa cha kikao tu kinaonekana, hadi . tena
# The hint line's word for t (in Everywhere).
key-timer = kipima muda
# The ? help's description of t (in Everywhere).
keyhelp-timer-58683f60 = muda unaohesabu kurudi nyuma kwenye skrini ya ukumbi: uliowekwa tayari au ulioandikwa; kisha sitisha, +dak 1, simamisha
# The hint line's word for x (in Everywhere).
key-export = hamisha
# The ? help's description of x (in Everywhere).
keyhelp-export-1660b17e = andika kikao kama ripoti (Markdown na HTML) kando ya faili lake
# The hint line's word for ? (in Everywhere).
key-help = msaada
# The ? help's description of ? (in Everywhere).
keyhelp-help-7fe5d78c = onyesha vitufe vyote
# The hint line's word for q (in Everywhere).
key-quit = toka
# The ? help's description of q (in Everywhere).
keyhelp-quit-41076025 = rudi kwenye orodha ya vikao; kutoka kwenye orodha, toka
# The ? help's description of Ctrl+c (in Everywhere).
keyhelp-forcequit-cacdab5b = toka kutoka popote (kila badiliko limehifadhiwa; inauliza kwanza kama kuhifadhi kumeshindwa au fomu iko wazi)

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = sogeza
# The ? help's description of ↑/k (in Prepare).
keyhelp-up-3357b8a1 = sogeza juu
# The hint line's word for ↓/j (in Prepare).
key-down = chini
# The ? help's description of ↓/j (in Prepare).
keyhelp-down-4fa38b08 = sogeza chini
# The hint line's word for a (in Prepare).
key-add = ongeza
# The ? help's description of a (in Prepare).
keyhelp-add-7307a375 = ongeza kundi: jina, Tab, idadi ya watu, Enter
# The hint line's word for Enter/e (in Prepare).
key-edit = hariri
# The ? help's description of Enter/e (in Prepare).
keyhelp-edit-cbbf89e9 = hariri kundi lililochaguliwa: jina na idadi ya watu
# The hint line's word for d (in Prepare).
key-delete = futa
# The ? help's description of d (in Prepare).
keyhelp-delete-2dc20451 = futa kundi lililochaguliwa na nukta zake (inauliza y/n)
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = panga upya
# The ? help's description of K/Shift+↑ (in Prepare).
keyhelp-moveup-ae49fca0 = panda kundi lililochaguliwa
# The ? help's description of J/Shift+↓ (in Prepare).
keyhelp-movedown-55a9c695 = shusha kundi lililochaguliwa
# The hint line's word for s (in Prepare).
key-details = maelezo
# The ? help's description of s (in Prepare).
keyhelp-editdetails-d56b0e30 = hariri kichwa, jamii, tarehe, wawezeshaji, nukta kwa kila mtu
# The hint line's word for n (in Prepare).
key-notes = madokezo
# The ? help's description of n (in Prepare).
keyhelp-editnotes-7f673673 = andika maelezo ya muktadha na uchambuzi wa migogoro
# The hint line's word for c (in Prepare).
key-consent = ridhaa
# The ? help's description of c (in Prepare).
keyhelp-editconsent-0d4c232f = andika kile ambacho ukumbi unakubali kirekodiwe na kushirikiwa
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = sogeza madokezo
# The ? help's description of PgUp (in Prepare).
keyhelp-pageup-fa6730e3 = sogeza madokezo juu
# The ? help's description of PgDn (in Prepare).
keyhelp-pagedown-e5be7876 = sogeza madokezo chini
# The hint line's word for Home (in Prepare).
key-first = mwanzo
# The ? help's description of Home (in Prepare).
keyhelp-first-23dff211 = kwenye safu ya kwanza
# The hint line's word for End (in Prepare).
key-last = mwisho
# The ? help's description of End (in Prepare).
keyhelp-last-1e774909 = kwenye safu ya mwisho

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The ? help's description of a (in Identify).
keyhelp-add-5515f493 = ongeza matatizo: andika kichwa, Enter, andika linalofuata; Esc ukimaliza
# The ? help's description of Enter/e (in Identify).
keyhelp-edit-e0ca61c7 = hariri tatizo: maelezo, aina, wapi, nani alilitaja, vyanzo, athari
# The ? help's description of d (in Identify).
keyhelp-delete-637567d5 = futa tatizo pamoja na nukta na hatua zake (inauliza kwanza)
# The hint line's word for m (in Identify).
key-merge = unganisha
# The ? help's description of m (in Identify).
keyhelp-merge-7402ebdb = unganisha linalojirudia: m juu yake, nenda kwenye tatizo la kubaki, m tena
# The hint line's word for ! (in Identify).
key-district = wilaya
# The ? help's description of ! (in Identify).
keyhelp-toggleescalation-92ce9efb = weka au ondoa alama: linahitaji hatua ya wilaya/kitaifa (⚑)
# The ? help's description of K/Shift+↑ (in Identify).
keyhelp-moveup-55a74b1e = panda tatizo kwenye orodha
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = shusha
# The ? help's description of J/Shift+↓ (in Identify).
keyhelp-movedown-994084b5 = shusha tatizo kwenye orodha
# The hint line's word for r (in Identify).
key-resolved = limetatuliwa
# The ? help's description of r (in Identify).
keyhelp-toggleresolved-d81b7ffd = weka alama tatizo limetatuliwa (✓) au lifungue tena
# The hint line's word for PgUp (in Identify).
key-page-up = ukurasa juu
# The ? help's description of PgUp (in Identify).
keyhelp-pageup-fcb3002e = skrini moja juu
# The hint line's word for PgDn (in Identify).
key-page-down = ukurasa chini
# The ? help's description of PgDn (in Identify).
keyhelp-pagedown-d189d717 = skrini moja chini
# The hint line's word for w (in Identify).
key-where-when = wapi na lini
# The ? help's description of w (in Identify).
keyhelp-showwherewhen-d0962928 = wapi na lini ukosefu wa usalama hutokea: mahali kwa nyakati za siku au miezi, alama 0–3 kutoka kila kundi

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Kuongeza matatizo
# The hint line's word for Enter (in Adding problems).
key-add-next = ongeza, lijalo
# The ? help's description of Enter (in Adding problems).
keyhelp-submit-2b279111 = ongeza tatizo na anza linalofuata (Enter kwenye mstari mtupu inamaliza)
# The ? help's description of Ctrl+z (in Adding problems).
keyhelp-undo-a662696a = rudisha mstari uliofutwa na Esc; vinginevyo tendua badiliko la mwisho (tatizo lililoongezwa)
# The ? help's description of Ctrl+y (in Adding problems).
keyhelp-redo-eede761d = rudia kile Ctrl+z ilichotendua
# The hint line's word for Esc (in Adding problems).
key-done = maliza
# The ? help's description of Esc (in Adding problems).
keyhelp-cancel-e66f86c8 = acha kuongeza (mstari ulioandikwa nusu unafutwa kwanza, na Ctrl+z inaurudisha)

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Kuunganisha yanayojirudia
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = unganisha hapa
# The ? help's description of m/Enter (in Merging duplicates).
keyhelp-merge-e913ae72 = unganisha tatizo lenye alama (◆) na lililochaguliwa (inauliza kwanza)
# The hint line's word for Esc (in Merging duplicates).
key-cancel = ghairi
# The ? help's description of Esc (in Merging duplicates).
keyhelp-cancel-d339344e = acha kuunganisha

## Identify: where and when

# A heading in the ? help.
keymap-identify-where-and-when = { -step-identify }: wapi na lini
# The hint line's word for ←/h (in Identify: where and when).
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = kushoto
# The ? help's description of ←/h (in Identify: where and when).
keyhelp-cellleft-a7c95378 = wakati uliotangulia
# The hint line's word for →/l (in Identify: where and when).
# The hint line's word for → (in Rank: pairwise).
key-right = kulia
# The ? help's description of →/l (in Identify: where and when).
keyhelp-cellright-bd79f5a7 = wakati unaofuata
# The hint line's word for 0 (in Identify: where and when).
key-mark = alama
# The ? help's description of 0-3 (in Identify: where and when).
keyhelp-score-0-6587f92e = weka alama ya kisanduku kwa kundi: 0 salama, 1 kidogo, 2 si salama, 3 si salama kabisa; kisha wakati unaofuata
# The hint line's word for 1 (in Identify: where and when).
key-1 = 1
# The ? help's description of 1 (in Identify: where and when).
keyhelp-score-1-5c4d05a3 = alama 1
# The hint line's word for 2 (in Identify: where and when).
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The ? help's description of 2 (in Identify: where and when).
keyhelp-score-2-5d4d0736 = alama 2
# The hint line's word for 3 (in Identify: where and when).
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The ? help's description of 3 (in Identify: where and when).
keyhelp-score-3-5e4d08c9 = alama 3
# The hint line's word for g (in Identify: where and when).
# The hint line's word for g (in Rank: dot voting).
key-group = kundi
# The ? help's description of g (in Identify: where and when).
keyhelp-nextgroup-177ee743 = kundi linalofuata kuweka alama (jedwali lake kushoto, la ukumbi mzima kando yake)
# The hint line's word for G (in Identify: where and when).
# The hint line's word for G (in Rank: dot voting).
key-previous-group = kundi lililopita
# The ? help's description of G (in Identify: where and when).
keyhelp-prevgroup-d7adf3c5 = kundi lililotangulia kuweka alama
# The hint line's word for a (in Identify: where and when).
key-place = mahali
# The ? help's description of a (in Identify: where and when).
keyhelp-add-81b719f2 = ongeza mahali, kwa jina ambalo ukumbi unapaita (bila anwani, bila viwianishi)
# The hint line's word for m (in Identify: where and when).
key-months = miezi
# The ? help's description of m (in Identify: where and when).
keyhelp-toggleclock-76ba482b = nyakati za siku, au miezi ya kalenda ya misimu
# The hint line's word for Enter/e (in Identify: where and when).
key-problems = matatizo
# The ? help's description of Enter/e (in Identify: where and when).
keyhelp-edit-273660ea = alama ya kisanduku pamoja na matatizo yanayotokea hapo wakati huo
# The ? help's description of w (in Identify: where and when).
keyhelp-showwherewhen-8809a12c = rudi kwenye matatizo
# The hint line's word for Del/Backspace (in Identify: where and when).
# The hint line's word for Esc (in Rank: dot voting).
key-clear = safisha
# The ? help's description of Del/Backspace (in Identify: where and when).
keyhelp-clearscore-55096a37 = futa alama ya kundi kwenye kisanduku
# The hint line's word for i (in Identify: where and when).
key-rename = badili jina
# The ? help's description of i (in Identify: where and when).
keyhelp-rename-0e3f516c = badilisha jina la mahali pa safu hii
# The ? help's description of d (in Identify: where and when).
keyhelp-delete-84448d62 = futa mahali pa safu hii pamoja na alama zake (inauliza kwanza)

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = nukta
# The ? help's description of 0-9 (in Rank: dot voting).
keyhelp-digit-1-09d9c7eb = andika nukta za kundi hai kwenye tatizo lililochaguliwa, kisha Enter: 1 4 Enter inaweka 14
# The hint line's word for +/= (in Rank: dot voting).
key-dot = nukta
# The ? help's description of +/= (in Rank: dot voting).
keyhelp-voteplus-6712c756 = nukta moja ya kundi hai kwa tatizo lililochaguliwa
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = ondoa nukta
# The ? help's description of - (in Rank: dot voting).
keyhelp-voteminus-23401a07 = ondoa nukta ya mwisho ya kundi hai kwenye tatizo lililochaguliwa
# The ? help's description of g (in Rank: dot voting).
keyhelp-nextgroup-61db8275 = chagua kundi ambalo nukta zake zinahesabiwa (g, kisha namba yake; g Enter: linalofuata)
# The ? help's description of G (in Rank: dot voting).
keyhelp-prevgroup-7c2a45e2 = chagua kundi, kuanzia lililotangulia
# The hint line's word for c (in Rank: dot voting).
key-tally = hesabu
# The ? help's description of c (in Rank: dot voting).
keyhelp-tally-f63db14a = hesabu nukta za kundi hai tatizo kwa tatizo: andika kila namba, Enter inaendelea
# The hint line's word for v (in Rank: dot voting).
key-view = mwonekano
# The ? help's description of v (in Rank: dot voting).
keyhelp-togglegroupview-085ed6b3 = onyesha vipaumbele vya kundi hai pekee, au vya ukumbi mzima
# The hint line's word for s (in Rank: dot voting).
key-shortlist = orodha fupi
# The ? help's description of s (in Rank: dot voting).
keyhelp-shortlisttop-364a5c13 = weka N za juu za vipaumbele vya ukumbi kama orodha fupi ya kupanga (inauliza N ikikata sare)
# The hint line's word for Space (in Rank: dot voting).
key-pick = chagua
# The ? help's description of Space (in Rank: dot voting).
keyhelp-toggleshortlist-d1b79639 = weka au ondoa kwa mkono tatizo lililochaguliwa kwenye orodha fupi
# The hint line's word for ]/> (in Rank: dot voting).
key-size = ukubwa
# The ? help's description of ]/> (in Rank: dot voting).
keyhelp-shortlistmore-9da186ac = ongeza N za juu za orodha fupi kwa moja
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = punguza
# The ? help's description of [/< (in Rank: dot voting).
keyhelp-shortlistfewer-b06336ea = punguza N za juu za orodha fupi kwa moja
# The hint line's word for h (in Rank: dot voting).
key-blind = siri
# The ? help's description of h (in Rank: dot voting).
keyhelp-toggleblind-b27d64c0 = kura ya siri: skrini ya ukumbi inaficha jumla (inaonyesha nukta zilizowekwa na kila kundi) hadi h izifichue
# The hint line's word for o (in Rank: dot voting).
key-order = mpangilio
# The ? help's description of o (in Rank: dot voting).
keyhelp-toggleorder-cc871e6c = panga kwa nukta, au orodhesha matatizo kwa mpangilio yalivyotajwa
# The hint line's word for b (in Rank: dot voting).
key-break-tie = vunja sare
# The ? help's description of b (in Rank: dot voting).
keyhelp-breaktie-7add5b5a = vunja sare iliyokatwa na mpaka wa orodha fupi: kura ya marudio, ana kwa ana, au uamuzi
# The hint line's word for r (in Rank: dot voting).
key-results = matokeo
# The ? help's description of r (in Rank: dot voting).
keyhelp-showresults-4ae20450 = matokeo: vipaumbele vya jumla, chati na nafasi za kila kundi kando kwa kando (r tena: rudi)
# The hint line's word for M (in Rank: dot voting).
key-method = mbinu
# The ? help's description of M (in Rank: dot voting).
keyhelp-nextmethod-bcd7a814 = badilisha mbinu ya kupanga: kura za nukta → jozi → vigezo (hakuna kilichorekodiwa kinachopotea)
# The hint line's word for Enter (in Rank: dot voting).
key-set = weka
# The ? help's description of Enter (in Rank: dot voting).
keyhelp-submit-9f8f02de = weka nukta za kundi hai kwenye tatizo lililochaguliwa kuwa namba iliyoandikwa
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = futa
# The ? help's description of Backspace (in Rank: dot voting).
keyhelp-erasedigit-799f8663 = futa tarakimu ya mwisho iliyoandikwa
# The ? help's description of Esc (in Rank: dot voting).
keyhelp-cancel-d1535165 = futa tarakimu zilizoandikwa
# The hint line's word for 0 (in Rank: dot voting).
key-digit = tarakimu
# The ? help's description of 0 (in Rank: dot voting).
keyhelp-digit-0-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 2 (in Rank: dot voting).
keyhelp-digit-2-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 3 (in Rank: dot voting).
keyhelp-digit-3-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 4 (in Rank: dot voting).
keyhelp-digit-4-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 5 (in Rank: dot voting).
keyhelp-digit-5-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 6 (in Rank: dot voting).
keyhelp-digit-6-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 7 (in Rank: dot voting).
keyhelp-digit-7-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 8 (in Rank: dot voting).
keyhelp-digit-8-8b0d9a0f = tarakimu ya nukta
# The ? help's description of 9 (in Rank: dot voting).
keyhelp-digit-9-8b0d9a0f = tarakimu ya nukta
# The hint line's word for S (in Rank: dot voting).
key-score-card = kadi ya alama
# The ? help's description of S (in Rank: dot voting).
keyhelp-showscorecard-781baf9e = kadi ya alama: kila kundi na mtoa huduma wanapima huduma, kando kwa kando pamoja na mapengo

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: hesabu ya kundi
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = rekodi, lijalo
# The ? help's description of Enter (in Rank: a group's tally).
keyhelp-submit-efa7e75f = rekodi namba iliyoandikwa (bila kuandika: acha ilivyo) na uende kwenye tatizo linalofuata
# The ? help's description of Esc (in Rank: a group's tally).
keyhelp-cancel-08085b04 = futa tarakimu zilizoandikwa; zisipokuwepo, maliza hesabu

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: zaidi ya nukta zilizotengwa?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = rekodi hata hivyo
# The ? help's description of y (in Rank: over the dot budget?).
keyhelp-yes-a23fb20c = rekodi hesabu ingawa kundi linazidi nukta zake
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = hapana
# The ? help's description of n/Esc (in Rank: over the dot budget?).
keyhelp-no-f6d391e8 = acha hesabu ilivyokuwa

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The ? help's description of ← (in Rank: pairwise).
keyhelp-pickleft-08361269 = tatizo la kushoto ni muhimu zaidi
# The ? help's description of → (in Rank: pairwise).
keyhelp-pickright-f8a16b2c = tatizo la kulia ni muhimu zaidi
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = sawa
# The ? help's description of =/↓ (in Rank: pairwise).
keyhelp-picktie-40580bc1 = yote mawili ni muhimu sawa (sare: nusu ushindi kila moja)
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = kwa nini
# The ? help's description of Enter/e (in Rank: pairwise).
keyhelp-edit-a6a8f94f = andika kwa nini ukumbi uliamua hivyo (kabla au baada ya kuchagua)
# The ? help's description of Space (in Rank: pairwise).
keyhelp-nextundecided-b0f39b86 = jozi inayofuata ambayo bado haijaamuliwa
# The hint line's word for g (in Rank: pairwise).
key-who-decides = nani anaamua
# The ? help's description of g (in Rank: pairwise).
keyhelp-nextgroup-5741edd1 = chagua anayeamua: ukumbi mzima (0) au kundi moja (namba yake)
# The ? help's description of G (in Rank: pairwise).
keyhelp-prevgroup-517f40f9 = chagua anayeamua, kuanzia aliyetangulia
# The hint line's word for m (in Rank: pairwise).
key-matrix = jedwali
# The ? help's description of m (in Rank: pairwise).
keyhelp-showmatrix-213823ec = jedwali la jozi zote, kama kwenye karatasi ya chati
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = jozi
# The ? help's description of ]/PgDn (in Rank: pairwise).
keyhelp-nextpair-058a968c = jozi inayofuata
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = jozi iliyopita
# The ? help's description of [/PgUp (in Rank: pairwise).
keyhelp-prevpair-d924654c = jozi iliyotangulia
# The ? help's description of Backspace/Del (in Rank: pairwise).
keyhelp-clearpick-c86e38dc = sahau uamuzi wa jozi hii
# The hint line's word for a (in Rank: pairwise).
key-scope = wigo
# The ? help's description of a (in Rank: pairwise).
keyhelp-togglepairscope-fd0b496c = linganisha orodha fupi, au matatizo yote

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: kuandika sababu
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = hifadhi
# The ? help's description of Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
keyhelp-submit-3860aca3 = hifadhi sababu (pamoja na chaguo, kama bado hakuna)
# The ? help's description of Esc (in Rank: writing why).
keyhelp-cancel-3744c351 = acha sababu ilivyokuwa

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: jedwali la jozi
# The ? help's description of ←/h (in Rank: pairwise matrix).
keyhelp-cellleft-0e9899c8 = safu wima moja kushoto
# The ? help's description of →/l (in Rank: pairwise matrix).
keyhelp-cellright-70bb505d = safu wima moja kulia
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = fungua jozi
# The ? help's description of Enter (in Rank: pairwise matrix).
keyhelp-edit-0de71db6 = onyesha jozi hii kwa ukubwa, ili kuiamua au kuibadilisha
# The ? help's description of m/Esc (in Rank: pairwise matrix).
keyhelp-showmatrix-973f2964 = rudi kwenye jozi

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The ? help's description of ←/h (in Rank: criteria scoring).
keyhelp-cellleft-356fa3df = kigezo kilichotangulia
# The ? help's description of →/l (in Rank: criteria scoring).
keyhelp-cellright-2f517b1f = kigezo kinachofuata
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = alama
# The ? help's description of 1 (in Rank: criteria scoring).
keyhelp-score-1-936ceecd = alama 1 (chini) … 5 (juu), kisha kigezo kinachofuata
# The ? help's description of 2 (in Rank: criteria scoring).
keyhelp-score-2-cde27fe7 = alama 2
# The ? help's description of 3 (in Rank: criteria scoring).
keyhelp-score-3-cce27e54 = alama 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The ? help's description of 4 (in Rank: criteria scoring).
keyhelp-score-4-cbe27cc1 = alama 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The ? help's description of 5 (in Rank: criteria scoring).
keyhelp-score-5-cae27b2e = alama 5
# The ? help's description of 0/Backspace/Del (in Rank: criteria scoring).
keyhelp-clearscore-7ad545ad = futa alama ya kisanduku
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }
# The ? help's description of a (in Rank: criteria scoring).
keyhelp-add-29033117 = ongeza kigezo (jina na uzito)
# The ? help's description of Enter/e (in Rank: criteria scoring).
keyhelp-edit-3f476b1d = badilisha jina la kigezo cha safu hii, au uzito wake
# The ? help's description of d (in Rank: criteria scoring).
keyhelp-delete-23ea14b9 = futa kigezo cha safu hii, pamoja na alama zake (inauliza kwanza)

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: matokeo
# The hint line's word for g (in Rank: results).
key-look-at = tazama
# The ? help's description of g (in Rank: results).
keyhelp-nextgroup-6418d2d2 = tazama vipaumbele vya kundi moja, au vya ukumbi mzima (anayeamua habadiliki)
# The ? help's description of G (in Rank: results).
keyhelp-prevgroup-4311673d = tazama vipaumbele vya kundi, kuanzia lililotangulia
# The ? help's description of s (in Rank: results).
keyhelp-shortlisttop-702b9521 = weka N za juu za vipaumbele vya ukumbi kama orodha fupi (sare iliyovunjwa inahesabiwa)
# The ? help's description of r/Esc (in Rank: results).
keyhelp-showresults-fad256c8 = rudi kwenye kurekodi

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: kuvunja sare
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = chagua
# The ? help's description of 1 (in Rank: breaking a tie).
keyhelp-choose-0-c24641cf = kura ya marudio ya nukta kati ya matatizo yenye sare pekee
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = ana kwa ana
# The ? help's description of 2 (in Rank: breaking a tie).
keyhelp-choose-1-f99215a6 = matokeo ya ulinganishaji wa jozi ana kwa ana kati yao
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = uamuzi
# The ? help's description of 3 (in Rank: breaking a tie).
keyhelp-choose-2-2f3d8f4d = mwezeshaji anaamua mpangilio, pamoja na sababu
# The ? help's description of Enter (in Rank: breaking a tie).
keyhelp-submit-85a1758a = vunja sare kwa njia iliyo chini ya kiteuzi
# The ? help's description of Esc (in Rank: breaking a tie).
keyhelp-cancel-7cc204ae = rudi, ukiacha sare ilivyo

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The ? help's description of + (in Rank: run-off vote).
keyhelp-voteplus-14aa0bdd = nukta moja ya marudio ya kundi hai kwa tatizo lililochaguliwa
# The ? help's description of - (in Rank: run-off vote).
keyhelp-voteminus-f705cb76 = ondoa nukta ya mwisho ya marudio ya kundi hai kwenye tatizo lililochaguliwa
# The ? help's description of g (in Rank: run-off vote).
keyhelp-nextgroup-1648aacc = chagua kundi ambalo nukta zake za marudio zinahesabiwa (g, kisha namba yake)
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = thibitisha
# The ? help's description of Enter (in Rank: run-off vote).
keyhelp-submit-3d8bd061 = thibitisha mpangilio unaotolewa na kura ya marudio na urekodi kuvunja sare
# The hint line's word for d (in Rank: run-off vote).
key-drop = acha
# The ? help's description of d (in Rank: run-off vote).
keyhelp-delete-5f731119 = acha kura hii ya marudio na nukta zake (inauliza kwanza)
# The ? help's description of Esc (in Rank: run-off vote).
keyhelp-cancel-ea866136 = rudi kwenye njia tatu (nukta za marudio zinabaki zimerekodiwa)

## Rank: score card

# A heading in the ? help.
keymap-rank-score-card = { -step-rank }: kadi ya alama
# The ? help's description of ←/h (in Rank: score card).
keyhelp-cellleft-34f1cbfa = kundi (au mtoa huduma) la kushoto
# The ? help's description of →/l (in Rank: score card).
keyhelp-cellright-eaa97cc7 = kundi (au mtoa huduma) la kulia
# The ? help's description of 0-9 (in Rank: score card).
keyhelp-digit-1-ddc7f364 = andika alama ya kisanduku, kisha Enter: 6 5 Enter inarekodi 65 na kushuka
# The ? help's description of 0 (in Rank: score card).
keyhelp-digit-0-9224c087 = tarakimu ya alama
# The ? help's description of 2 (in Rank: score card).
keyhelp-digit-2-9224c087 = tarakimu ya alama
# The ? help's description of 3 (in Rank: score card).
keyhelp-digit-3-9224c087 = tarakimu ya alama
# The ? help's description of 4 (in Rank: score card).
keyhelp-digit-4-9224c087 = tarakimu ya alama
# The ? help's description of 5 (in Rank: score card).
keyhelp-digit-5-9224c087 = tarakimu ya alama
# The ? help's description of 6 (in Rank: score card).
keyhelp-digit-6-9224c087 = tarakimu ya alama
# The ? help's description of 7 (in Rank: score card).
keyhelp-digit-7-9224c087 = tarakimu ya alama
# The ? help's description of 8 (in Rank: score card).
keyhelp-digit-8-9224c087 = tarakimu ya alama
# The ? help's description of 9 (in Rank: score card).
keyhelp-digit-9-9224c087 = tarakimu ya alama
# The hint line's word for Enter (in Rank: score card).
key-record = rekodi
# The ? help's description of Enter (in Rank: score card).
keyhelp-submit-21151204 = rekodi alama iliyoandikwa na ushuke; bila kuandika: alama na sababu yake kwenye fomu
# The hint line's word for P (in Rank: score card).
key-plan-action = panga hatua
# The ? help's description of P (in Rank: score card).
keyhelp-plangap-9bfdd875 = panga hatua kwenye { -step-plan } kwa pengo la kiashiria hiki (imeunganishwa nacho)
# The hint line's word for e (in Rank: score card).
key-reason = sababu
# The ? help's description of e (in Rank: score card).
keyhelp-edit-1c8eeb80 = alama ya kisanduku na sababu ambayo kundi linatoa
# The ? help's description of Del (in Rank: score card).
keyhelp-clearscore-00fe3624 = futa alama ya kisanduku (u inairudisha)
# The hint line's word for a (in Rank: score card).
key-indicator = kiashiria
# The ? help's description of a (in Rank: score card).
keyhelp-add-fbb53d1e = ongeza kiashiria, kwa maneno ya ukumbi
# The hint line's word for o (in Rank: score card).
key-provider = mtoa huduma
# The ? help's description of o (in Rank: score card).
keyhelp-editdetails-b5622a00 = nani anapimwa na anajipima mwenyewe (kituo cha polisi, ofisi ya chifu), na kipimo
# The hint line's word for I (in Rank: score card).
key-starter-set = seti ya kuanzia
# The ? help's description of I (in Rank: score card).
keyhelp-starterset-81589d68 = ongeza viashiria vinavyopendekezwa kwa huduma za polisi (kuitikia, heshima, haki…)
# The ? help's description of i (in Rank: score card).
keyhelp-rename-4828f3e9 = andika upya kiashiria cha safu hii
# The ? help's description of d (in Rank: score card).
keyhelp-delete-c6889e87 = futa kiashiria cha safu hii, pamoja na alama zake (inauliza kwanza)
# The hint line's word for Esc (in Rank: score card).
key-clear-digits = futa tarakimu

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: kuchagua kundi
# The ? help's description of 0-9 (in Rank: choosing a group).
keyhelp-choose-1-da217707 = chagua kundi lenye namba hii (0: ukumbi mzima, pale unapoweza kuamua)
# The ? help's description of 2 (in Rank: choosing a group).
keyhelp-choose-2-72e3db42 = kundi 2
# The ? help's description of 3 (in Rank: choosing a group).
keyhelp-choose-3-73e3dcd5 = kundi 3
# The ? help's description of 4 (in Rank: choosing a group).
keyhelp-choose-4-6ce3d1d0 = kundi 4
# The ? help's description of 5 (in Rank: choosing a group).
keyhelp-choose-5-6de3d363 = kundi 5
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The ? help's description of 6 (in Rank: choosing a group).
keyhelp-choose-6-6ee3d4f6 = kundi 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The ? help's description of 7 (in Rank: choosing a group).
keyhelp-choose-7-6fe3d689 = kundi 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The ? help's description of 8 (in Rank: choosing a group).
keyhelp-choose-8-78e3e4b4 = kundi 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The ? help's description of 9 (in Rank: choosing a group).
keyhelp-choose-9-79e3e647 = kundi 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = ukumbi
# The ? help's description of 0 (in Rank: choosing a group).
keyhelp-choose-0-e5f5f8fa = ukumbi mzima
# The ? help's description of g (in Rank: choosing a group).
keyhelp-down-c1be59d5 = linalofuata
# The hint line's word for G (in Rank: choosing a group).
key-previous = lililopita
# The ? help's description of G (in Rank: choosing a group).
keyhelp-up-9b332a83 = lililotangulia
# The ? help's description of Enter (in Rank: choosing a group).
keyhelp-submit-326d97d8 = chagua lililo chini ya kiteuzi
# The ? help's description of Esc (in Rank: choosing a group).
keyhelp-cancel-4b0e2d40 = acha kundi lilivyokuwa

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: sare kwenye mpaka wa orodha fupi
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = ivunje sasa
# The ? help's description of b (in Rank: a tie at the shortlist boundary).
keyhelp-breaktie-556ba8f9 = vunja sare sasa: kura ya marudio, ana kwa ana au uamuzi
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = jumuisha yote yenye sare
# The ? help's description of a (in Rank: a tie at the shortlist boundary).
keyhelp-includetied-1c5011a9 = weka kila tatizo lenye sare kwenye orodha fupi (inarefuka kwa sare hiyo)
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = acha ilivyo
# The ? help's description of Esc/n (in Rank: a tie at the shortlist boundary).
keyhelp-cancel-9d275104 = acha orodha fupi ilivyo

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The ? help's description of a (in Plan).
keyhelp-add-0c28c149 = ongeza hatua kwa tatizo lililo chini ya kiteuzi
# The ? help's description of Enter/e (in Plan).
keyhelp-edit-99cae40c = hariri hatua iliyochaguliwa (kwenye tatizo: liongezee moja)
# The hint line's word for v (in Plan).
key-show-all = onyesha yote
# The ? help's description of v (in Plan).
keyhelp-toggleallproblems-f87bdc45 = onyesha matatizo yote, au orodha fupi tu (na matatizo yenye hatua)
# The ? help's description of d (in Plan).
keyhelp-delete-1d8dec53 = futa hatua iliyochaguliwa (inauliza kwanza)

## In a form

# A heading in the ? help.
keymap-in-a-form = Ndani ya fomu
# The hint line's word for Tab (in In a form).
key-next-field = inayofuata
# The ? help's description of Tab (in In a form).
keyhelp-focusnext-4657e254 = sehemu inayofuata
# The ? help's description of Shift+Tab (in In a form).
keyhelp-focusprev-8e853514 = sehemu iliyotangulia
# The ? help's description of Enter/Ctrl+s (in In a form).
keyhelp-submit-efc314e7 = hifadhi fomu, kutoka sehemu yoyote (pia Ctrl+s)
# The ? help's description of Esc (in In a form).
keyhelp-cancel-de80c72c = ghairi (inauliza kwanza kama kuna kilichoandikwa)
# The ? help's description of ↑ (in In a form).
keyhelp-focusprev-d92fbdad = sehemu iliyotangulia (kwenye sehemu ya mistari mingi: kutoka mstari wake wa kwanza)
# The ? help's description of ↓ (in In a form).
keyhelp-focusnext-b94b90bf = sehemu inayofuata (kwenye sehemu ya mistari mingi: kutoka mstari wake wa mwisho)

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = hali
# The ? help's description of s (in Monitor).
keyhelp-nextstatus-7afba1cb = hali inayofuata: imepangwa → inaendelea → imekamilika → imekwama → imeachwa (kuacha kunauliza kwanza)
# The ? help's description of 1 (in Monitor).
keyhelp-setstatus-0-b27875e7 = weka imepangwa (1–5 zinaweka hali moja kwa moja)
# The hint line's word for 2 (in Monitor).
key-in-progress = inaendelea
# The ? help's description of 2 (in Monitor).
keyhelp-setstatus-1-529599fe = weka inaendelea
# The ? help's description of 3 (in Monitor).
keyhelp-setstatus-2-ab6e5fb0 = weka imekamilika
# The hint line's word for 4 (in Monitor).
key-stalled = imekwama
# The ? help's description of 4 (in Monitor).
keyhelp-setstatus-3-150fd113 = weka imekwama
# The hint line's word for 5 (in Monitor).
key-dropped = imeachwa
# The ? help's description of 5 (in Monitor).
keyhelp-setstatus-4-eab43245 = weka imeachwa (inauliza kwanza)
# The hint line's word for n (in Monitor).
key-note = taarifa
# The ? help's description of n (in Monitor).
keyhelp-addnote-fddcf145 = ongeza taarifa ya maendeleo yenye tarehe kwa hatua iliyochaguliwa
# The ? help's description of Enter/e (in Monitor).
keyhelp-edit-18dd167b = hariri hatua iliyochaguliwa (tarehe, nani, …)
# The hint line's word for f (in Monitor).
key-follow-up = ufuatiliaji
# The ? help's description of f (in Monitor).
keyhelp-showledger-ded7e564 = daftari la ufuatiliaji: matatizo yaliyopelekwa juu, kwa nani, lini, na kila jibu tangu hapo

## Monitor: follow-up of escalations

# A heading in the ? help.
keymap-monitor-follow-up-of-escalations = { -step-monitor }: ufuatiliaji wa yaliyopelekwa juu
# The hint line's word for n (in Monitor: follow-up of escalations).
key-reply = jibu
# The ? help's description of n (in Monitor: follow-up of escalations).
keyhelp-addnote-5f122a10 = rekodi kilichorudi, na tarehe: hakuna jibu, jibu, hatua iliyochukuliwa, au imekamilika
# The hint line's word for a (in Monitor: follow-up of escalations).
key-escalate = peleka juu
# The ? help's description of a (in Monitor: follow-up of escalations).
keyhelp-add-4591f4a2 = rekodi kwamba tatizo lilipelekwa kwa mtu nje ya jamii, na lini
# The ? help's description of Enter/e (in Monitor: follow-up of escalations).
keyhelp-edit-0b3d334e = hariri kwa nani na lini tatizo lililochaguliwa lilipelekwa
# The hint line's word for f (in Monitor: follow-up of escalations).
key-actions = hatua
# The ? help's description of f (in Monitor: follow-up of escalations).
keyhelp-showledger-eedec6eb = rudi kwenye hatua
# The ? help's description of d (in Monitor: follow-up of escalations).
keyhelp-delete-19a90cea = futa kilichopelekwa juu kilichochaguliwa pamoja na majibu yake (inauliza kwanza)

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The ? help's description of ←/h (in Learn).
keyhelp-focusprev-7cf09bb2 = kisanduku cha kushoto (kilichotangulia vikiwa vimepangwa juu kwa juu)
# The ? help's description of →/l (in Learn).
keyhelp-focusnext-b0e98307 = kisanduku cha kulia (kinachofuata vikiwa vimepangwa juu kwa juu)
# The ? help's description of Enter/e (in Learn).
keyhelp-edit-13c1660c = andika kwenye kisanduku kilichochaguliwa (Enter inahifadhi; Alt+Enter inaanza mstari mpya)
# The hint line's word for N (in Learn).
key-next-cycle = mzunguko ujao
# The ? help's description of N (in Learn).
keyhelp-nextcycle-48a50a20 = anza mzunguko ujao: kikao kipya chenye makundi haya, matatizo yasiyotatuliwa na hatua zilizo wazi
# The hint line's word for PgUp (in Learn).
key-scroll = sogeza
# The ? help's description of PgUp (in Learn).
keyhelp-pageup-6690990a = sogeza kisanduku kilichochaguliwa juu
# The hint line's word for PgDn (in Learn).
key-scroll-down = sogeza chini
# The ? help's description of PgDn (in Learn).
keyhelp-pagedown-88523f6b = sogeza kisanduku kilichochaguliwa chini
# The ? help's description of Home (in Learn).
keyhelp-first-3c423d12 = kisanduku cha kwanza (kilichofanikiwa)
# The ? help's description of End (in Learn).
keyhelp-last-5dc800c7 = kisanduku cha mwisho (maboresho)

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = Ndani ya sehemu ya mistari mingi
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = mstari mpya
# The ? help's description of Alt+Enter/Ctrl+j (in In a multi-line field).
keyhelp-fieldkey-cc6c9f38 = anza mstari mpya (Alt+Enter, au Ctrl+j)

## On a choice

# A heading in the ? help.
keymap-on-a-choice = Kwenye chaguo
# The ? help's description of ←→ (in On a choice).
keyhelp-fieldkey-27d114c6 = chagua chaguo jingine (pia Space; kwenye ndiyo/hapana, Space inabadilisha)

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = Kwenye orodha ya kuweka alama
# The ? help's description of ←→ (in On a list of ticks).
keyhelp-fieldkey-51d91892 = hama kati ya machaguo
# The hint line's word for Space (in On a list of ticks).
key-tick = weka alama
# The ? help's description of Space (in On a list of ticks).
keyhelp-fieldkey-d20f2699 = weka au ondoa alama

## Discard?

# A heading in the ? help.
keymap-discard = Kutupa?
# The hint line's word for y (in Discard?).
key-discard = tupa
# The ? help's description of y (in Discard?).
keyhelp-yes-76cc5fd2 = tupa kilichoandikwa
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = endelea kuhariri
# The ? help's description of n/Esc (in Discard?).
keyhelp-no-971c0e2a = rudi kwenye fomu

## Confirm

# A heading in the ? help.
keymap-confirm = Thibitisha
# The hint line's word for y (in Confirm).
key-yes = ndiyo
# The ? help's description of y (in Confirm).
keyhelp-yes-c5923342 = ndiyo, fanya
# The ? help's description of n/Esc (in Confirm).
keyhelp-no-d259d5e2 = hapana, acha

## Timer

# A heading in the ? help.
keymap-timer = Kipima muda
# The hint line's word for Enter (in Timer).
key-start = anza
# The ? help's description of Enter (in Timer).
keyhelp-submit-da7e11a2 = anza muda uliowekwa chini ya kiteuzi, au ulioandikwa
# The ? help's description of Esc (in Timer).
keyhelp-cancel-2e77beb5 = funga bila kipima muda

## Timer running

# A heading in the ? help.
keymap-timer-running = Kipima muda kinaendelea
# The hint line's word for Space (in Timer running).
key-pause = sitisha
# The ? help's description of Space (in Timer running).
keyhelp-pausetimer-f0b9f89e = sitisha kipima muda, au endelea baada ya kusitisha
# The hint line's word for +/= (in Timer running).
key-1-min = +dak 1
# The ? help's description of +/= (in Timer running).
keyhelp-extendtimer-19603a90 = dakika moja zaidi
# The hint line's word for s (in Timer running).
key-stop = simamisha
# The ? help's description of s (in Timer running).
keyhelp-stoptimer-a861eccf = simamisha kipima muda na ukiondoe kwenye skrini ya ukumbi
# The hint line's word for Esc/t (in Timer running).
key-close = funga
# The ? help's description of Esc/t (in Timer running).
keyhelp-cancel-8f788ee8 = funga kisanduku hiki; kipima muda kinaendelea

## Session list

# A heading in the ? help.
keymap-session-list = Orodha ya vikao
# The hint line's word for Enter (in Session list).
key-open = fungua
# The ? help's description of Enter (in Session list).
keyhelp-open-a6cd6cfe = fungua kikao ili kukifanyia kazi
# The hint line's word for n (in Session list).
key-new = kipya
# The ? help's description of n (in Session list).
keyhelp-new-6394b752 = anza kikao kipya
# The hint line's word for r (in Session list).
key-read-only = kusoma tu
# The ? help's description of r (in Session list).
keyhelp-readonly-ebd0fdff = fungua kikao kwa kusoma tu (kukipitia; hakuna kinachoweza kubadilika)
# The hint line's word for / (in Session list).
key-filter = chuja
# The ? help's description of / (in Session list).
keyhelp-filter-3fde4cc9 = chuja kwa maandishi yoyote: kichwa, jamii, mwezeshaji, tatizo
# The hint line's word for o (in Session list).
key-sort = panga
# The ? help's description of o (in Session list).
keyhelp-sort-883ef414 = panga kwa tarehe, kichwa, jamii au hatua
# The ? help's description of N (in Session list).
keyhelp-nextcycle-65de5c6c = anza mzunguko ujao wa kikao kilichochaguliwa
# The hint line's word for c (in Session list).
key-compare = linganisha
# The ? help's description of c (in Session list).
keyhelp-compare-d64e19fd = linganisha na mzunguko uliopita: jinsi vipaumbele vilivyobadilika
# The hint line's word for p (in Session list).
key-room-s-screen = skrini ya ukumbi
# The ? help's description of p (in Session list).
keyhelp-present-a97c349b = fanya dirisha hili kuwa skrini ya ukumbi ya kikao (kwa projekta): linafuata dirisha la mwezeshaji, kusoma tu
# The hint line's word for x (in Session list).
key-report = ripoti
# The ? help's description of x (in Session list).
keyhelp-export-7b5f4973 = andika ripoti ya kikao kilichochaguliwa (Markdown na HTML) kando yake
# The hint line's word for e (in Session list).
key-examples = mifano
# The ? help's description of e (in Session list).
keyhelp-examples-a0d320f0 = vikao vya mfano vilivyo ndani ya baraza: tazama warsha nzima, kusoma tu
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = onyesha upya
# The ? help's description of F5/Ctrl+r (in Session list).
keyhelp-refresh-460fd697 = soma folda tena: vikao vilivyoongezwa na programu nyingine au vilivyonakiliwa
# The ? help's description of q (in Session list).
keyhelp-quit-b46de75f = toka baraza
# The ? help's description of Ctrl+c (in Session list).
keyhelp-forcequit-27314313 = toka baraza, hata kutoka kwenye fomu au kichujio

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Kuchuja orodha
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = baki na kichujio
# The ? help's description of Enter/↓ (in Filtering the list).
keyhelp-submit-f1f0bf6f = baki na kichujio na usogee kwenye orodha
# The ? help's description of Esc (in Filtering the list).
keyhelp-cancel-207838d1 = futa kichujio

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Vikao vya mfano
# The hint line's word for Enter/r (in Example sessions).
key-look = tazama
# The ? help's description of Enter/r (in Example sessions).
keyhelp-readonly-3a56aab4 = fungua mfano kwa kusoma tu: kila paneli, hakuna kinachoweza kubadilika au kuhifadhiwa
# The ? help's description of n (in Example sessions).
keyhelp-new-60e4a596 = anza kikao chako mwenyewe
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = vikao vyako
# The ? help's description of e/Esc (in Example sessions).
keyhelp-examples-5cf2029d = rudi kwenye vikao vilivyo kwenye folda

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Kulinganisha mizunguko
# The ? help's description of g (in Comparing cycles).
keyhelp-nextgroup-6eec0074 = onyesha nafasi za kundi moja (inapitia makundi, kisha ukumbi mzima)
# The ? help's description of G (in Comparing cycles).
keyhelp-prevgroup-5125d67b = kundi lililotangulia
# The ? help's description of S (in Comparing cycles).
keyhelp-showscorecard-ceca693e = jinsi kadi ya alama ilivyobadilika: alama ya jamii, alama ya kujipima na pengo kwa kila kiashiria (S tena: nafasi)
# The ? help's description of Esc/q (in Comparing cycles).
keyhelp-quit-0aa177cc = rudi kwenye orodha ya vikao
# The ? help's description of Ctrl+c (in Comparing cycles).
keyhelp-forcequit-b46de75f = toka baraza

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Skrini ya ukumbi
# The ? help's description of q (in Room's screen).
keyhelp-quit-d0f78148 = funga skrini ya ukumbi (kikao hakiguswi)

## Help

# A heading in the ? help.
keymap-help = Msaada
# The ? help's description of ↑/k (in Help).
keyhelp-up-c3bb7449 = sogeza juu
# The ? help's description of ↓/j (in Help).
keyhelp-down-bd81c830 = sogeza chini
# The hint line's word for Home (in Help).
key-top = juu kabisa
# The ? help's description of Home (in Help).
keyhelp-first-c03b1b55 = juu kabisa: vitufe vinavyofanya kazi kila mahali
# The hint line's word for End (in Help).
key-bottom = chini kabisa
# The ? help's description of End (in Help).
keyhelp-last-9a8b7f02 = chini kabisa
# The hint line's word for R (in Help).
key-right-to-left = kulia kwenda kushoto
# The ? help's description of R (in Help).
keyhelp-cyclertl-ac2b4b46 = maandishi ya kulia kwenda kushoto: auto, on (baraza inapanga upya), off (terminali inapanga); mstari wa majaribio chini unaonyesha lipi ni sahihi
# The ? help's description of Esc (in Help).
keyhelp-cancel-a72b1b14 = funga (kitufe kingine chochote pia)
# The ? help's description of Ctrl+c (in Help).
keyhelp-forcequit-47878736 = toka
