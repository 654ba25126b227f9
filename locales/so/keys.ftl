### baraza — Soomaali: furayaasha.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Meel kasta
# The hint line's word for Tab (in Everywhere).
key-next = xiga
# The ? help's description of Tab (in Everywhere).
keyhelp-nextpanel-02c23a96 = guddiga xiga
# The hint line's word for Shift+Tab (in Everywhere).
key-back = dib
# The ? help's description of Shift+Tab (in Everywhere).
keyhelp-prevpanel-605c5256 = guddigii hore
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = guddi
# The ? help's description of F1-F6, Alt+1-6 (in Everywhere).
keyhelp-gotopanel-0-ac1f437c = si toos ah tallaabo ugu gudub: F1 { -step-prepare } … F6 { -step-learn }, ama Alt iyo lambarka tallaabada (Alt+1 … Alt+6); xariiqda tallaabooyinka ayaa muujisa
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The ? help's description of F2/Alt+2 (in Everywhere).
keyhelp-gotopanel-1-ccb14878 = si toos ah ugu gudub { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The ? help's description of F3/Alt+3 (in Everywhere).
keyhelp-gotopanel-2-c5df4ac2 = si toos ah ugu gudub { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The ? help's description of F4/Alt+4 (in Everywhere).
keyhelp-gotopanel-3-b0a288bf = si toos ah ugu gudub { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The ? help's description of F5/Alt+5 (in Everywhere).
keyhelp-gotopanel-4-8d0b0282 = si toos ah ugu gudub { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The ? help's description of F6/Alt+6 (in Everywhere).
keyhelp-gotopanel-5-bcd1eca2 = si toos ah ugu gudub { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = celi
# The ? help's description of Ctrl+z/u (in Everywhere).
keyhelp-undo-0bae4e5a = celi isbeddelkii ugu dambeeyay (codadkana waa ku jiraan)
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = dib u samee
# The ? help's description of Ctrl+y/U (in Everywhere).
keyhelp-redo-510bd903 = dib u samee wixii la celiyay
# The hint line's word for T (in Everywhere).
key-theme = muuqaal
# The ? help's description of T (in Everywhere).
keyhelp-cycletheme-bbb04c88 = beddel muuqaalka: madow, iftiin (borojegtarrada), hal midab
# The hint line's word for L (in Everywhere).
key-language = luqad
# The ? help's description of L (in Everywhere).
keyhelp-cyclelanguage-6b5bf4b4 = beddel luqadda shaashadda: English, Kiswahili, Français, العربية, Soomaali, Русский
# The hint line's word for p (in Everywhere).
key-room-view = qolka
# The ? help's description of p (in Everywhere).
keyhelp-roomview-69602ba9 = halkan ku muuji shaashadda qolka: weyn, cinwaanno dhan, waxba gaar ah ma jiraan (p mar kale: dib; furayaasha isku midka ah way shaqeeyaan)
# The hint line's word for . (in Everywhere).
key-blank = madoobee
# The ? help's description of . (in Everywhere).
keyhelp-blank-988af4a8 = madoobee shaashadda qolka: cinwaanka kulanka oo keliya ayaa muuqda, ilaa . mar kale
# The hint line's word for t (in Everywhere).
key-timer = saacad
# The ? help's description of t (in Everywhere).
keyhelp-timer-58683f60 = tirin hoos u socota oo ku jirta shaashadda qolka: waqti diyaar ah ama la qoray; kadib hakin, +1 daq, jooji
# The hint line's word for x (in Everywhere).
key-export = dhoofi
# The ? help's description of x (in Everywhere).
keyhelp-export-1660b17e = kulanka u qor warbixin (Markdown iyo HTML) faylkiisa agtiisa
# The hint line's word for ? (in Everywhere).
key-help = caawimo
# The ? help's description of ? (in Everywhere).
keyhelp-help-7fe5d78c = muuji furayaasha oo dhan
# The hint line's word for q (in Everywhere).
key-quit = ka bax
# The ? help's description of q (in Everywhere).
keyhelp-quit-41076025 = dib ugu noqo liiska kulamada; liiska ka bax
# The ? help's description of Ctrl+c (in Everywhere).
keyhelp-forcequit-cacdab5b = meel kasta ka bax (isbeddel kasta waa la kaydiyay; marka hore wuu weydiiyaa haddii kaydintu fashilantay ama foom furan yahay)

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = dhaqaaji
# The ? help's description of ↑/k (in Prepare).
keyhelp-up-3357b8a1 = kor u dhaqaaji
# The hint line's word for ↓/j (in Prepare).
key-down = hoos
# The ? help's description of ↓/j (in Prepare).
keyhelp-down-4fa38b08 = hoos u dhaqaaji
# The hint line's word for a (in Prepare).
key-add = ku dar
# The ? help's description of a (in Prepare).
keyhelp-add-7307a375 = ku dar koox: magac, Tab, tirada dadka, Enter
# The hint line's word for Enter/e (in Prepare).
key-edit = beddel
# The ? help's description of Enter/e (in Prepare).
keyhelp-edit-cbbf89e9 = wax ka beddel kooxda la doortay: magaca iyo tirada dadka
# The hint line's word for d (in Prepare).
key-delete = tirtir
# The ? help's description of d (in Prepare).
keyhelp-delete-2dc20451 = tirtir kooxda la doortay iyo dhibcaheeda (wuxuu weydiiyaa y/n)
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = dib u habee
# The ? help's description of K/Shift+↑ (in Prepare).
keyhelp-moveup-ae49fca0 = kor u qaad kooxda la doortay
# The ? help's description of J/Shift+↓ (in Prepare).
keyhelp-movedown-55a9c695 = hoos u dhig kooxda la doortay
# The hint line's word for s (in Prepare).
key-details = faahfaahin
# The ? help's description of s (in Prepare).
keyhelp-editdetails-d56b0e30 = wax ka beddel cinwaanka, bulshada, taariikhda, fududeeyayaasha, dhibcaha qof kasta
# The hint line's word for n (in Prepare).
key-notes = qoraallo
# The ? help's description of n (in Prepare).
keyhelp-editnotes-7f673673 = qor qoraallada xaaladda iyo falanqaynta khilaafka
# The hint line's word for c (in Prepare).
key-consent = ogolaansho
# The ? help's description of c (in Prepare).
keyhelp-editconsent-0d4c232f = qor waxa qolku ogol yahay in la diiwaangeliyo oo la wadaago
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = rog qoraallada
# The ? help's description of PgUp (in Prepare).
keyhelp-pageup-fa6730e3 = kor u rog qoraallada
# The ? help's description of PgDn (in Prepare).
keyhelp-pagedown-e5be7876 = hoos u rog qoraallada
# The hint line's word for Home (in Prepare).
key-first = ugu horreeya
# The ? help's description of Home (in Prepare).
keyhelp-first-23dff211 = safka koowaad
# The hint line's word for End (in Prepare).
key-last = ugu dambeeya
# The ? help's description of End (in Prepare).
keyhelp-last-1e774909 = safka ugu dambeeya

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The ? help's description of a (in Identify).
keyhelp-add-5515f493 = ku dar dhibaatooyin: qor cinwaan, Enter, qor kan xiga; Esc marka aad dhammayso
# The ? help's description of Enter/e (in Identify).
keyhelp-edit-e0ca61c7 = wax ka beddel dhibaatada: sharraxaad, nooc, halkee, yaa soo qaaday, sababo, saamayn
# The ? help's description of d (in Identify).
keyhelp-delete-637567d5 = tirtir dhibaatada iyo dhibcaheeda iyo tallaabooyinkeeda (marka hore wuu weydiiyaa)
# The hint line's word for m (in Identify).
key-merge = isku dar
# The ? help's description of m (in Identify).
keyhelp-merge-7402ebdb = isku dar mid soo noqnoqday: m korkiisa, u gudub dhibaatada la hayo, m mar kale
# The hint line's word for ! (in Identify).
key-district = degmo
# The ? help's description of ! (in Identify).
keyhelp-toggleescalation-92ce9efb = calaamadee ama ka saar: waxay u baahan tahay tallaabo degmo/qaran (⚑)
# The ? help's description of K/Shift+↑ (in Identify).
keyhelp-moveup-55a74b1e = dhibaatada liiska kor ugu qaad
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = hoos u dhig
# The ? help's description of J/Shift+↓ (in Identify).
keyhelp-movedown-994084b5 = dhibaatada liiska hoos ugu dhig
# The hint line's word for r (in Identify).
key-resolved = la xalliyay
# The ? help's description of r (in Identify).
keyhelp-toggleresolved-d81b7ffd = calaamadee dhibaatada in la xalliyay (✓) ama mar kale fur
# The hint line's word for PgUp (in Identify).
key-page-up = bog kor
# The ? help's description of PgUp (in Identify).
keyhelp-pageup-fcb3002e = hal shaashad kor
# The hint line's word for PgDn (in Identify).
key-page-down = bog hoos
# The ? help's description of PgDn (in Identify).
keyhelp-pagedown-d189d717 = hal shaashad hoos
# The hint line's word for w (in Identify).
key-where-when = halkee & goorma
# The ? help's description of w (in Identify).
keyhelp-showwherewhen-d0962928 = halka iyo goorta ammaan-darradu dhacdo: meelo iyo waqtiyada maalinta ama bilaha, koox kastaa 0–3 ku calaamadeyso

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Ku darista dhibaatooyinka
# The hint line's word for Enter (in Adding problems).
key-add-next = ku dar, xiga
# The ? help's description of Enter (in Adding problems).
keyhelp-submit-2b279111 = ku dar dhibaatada oo bilow tan xigta (Enter sadar madhan wuu dhammeeyaa)
# The ? help's description of Ctrl+z (in Adding problems).
keyhelp-undo-a662696a = soo celi sadarkii Esc tirtiray; haddii kale celi isbeddelkii ugu dambeeyay (dhibaatadii hadda la daray)
# The ? help's description of Ctrl+y (in Adding problems).
keyhelp-redo-eede761d = dib u samee wixii Ctrl+z celiyay
# The hint line's word for Esc (in Adding problems).
key-done = dhammee
# The ? help's description of Esc (in Adding problems).
keyhelp-cancel-e66f86c8 = jooji ku darista (sadar badh la qoray marka hore waa la tirtiraa, Ctrl+z ayaa soo celisa)

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Isku darista kuwa soo noqnoqda
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = halkan isku dar
# The ? help's description of m/Enter (in Merging duplicates).
keyhelp-merge-e913ae72 = dhibaatada calaamadaysan (◆) ku dar tan la doortay (marka hore wuu weydiiyaa)
# The hint line's word for Esc (in Merging duplicates).
key-cancel = jooji
# The ? help's description of Esc (in Merging duplicates).
keyhelp-cancel-d339344e = jooji isku darka

## Identify: where and when

# A heading in the ? help.
keymap-identify-where-and-when = { -step-identify }: halkee iyo goorma
# The hint line's word for ←/h (in Identify: where and when).
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = bidix
# The ? help's description of ←/h (in Identify: where and when).
keyhelp-cellleft-a7c95378 = waqtiga ka horreeya
# The hint line's word for →/l (in Identify: where and when).
# The hint line's word for → (in Rank: pairwise).
key-right = midig
# The ? help's description of →/l (in Identify: where and when).
keyhelp-cellright-bd79f5a7 = waqtiga ka dambeeya
# The hint line's word for 0 (in Identify: where and when).
key-mark = calaamad
# The ? help's description of 0-3 (in Identify: where and when).
keyhelp-score-0-6587f92e = calaamadee sanduuqa kooxda: 0 ammaan, 1 wax yar, 2 khatar, 3 khatar badan; kadib waqtiga xiga
# The hint line's word for 1 (in Identify: where and when).
key-1 = 1
# The ? help's description of 1 (in Identify: where and when).
keyhelp-score-1-5c4d05a3 = calaamad 1
# The hint line's word for 2 (in Identify: where and when).
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The ? help's description of 2 (in Identify: where and when).
keyhelp-score-2-5d4d0736 = calaamad 2
# The hint line's word for 3 (in Identify: where and when).
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The ? help's description of 3 (in Identify: where and when).
keyhelp-score-3-5e4d08c9 = calaamad 3
# The hint line's word for g (in Identify: where and when).
# The hint line's word for g (in Rank: dot voting).
key-group = koox
# The ? help's description of g (in Identify: where and when).
keyhelp-nextgroup-177ee743 = kooxda xigta ee calaamadaynaysa (shaxdeeda bidix, tan qolka oo dhan agteeda)
# The hint line's word for G (in Identify: where and when).
# The hint line's word for G (in Rank: dot voting).
key-previous-group = kooxdii hore
# The ? help's description of G (in Identify: where and when).
keyhelp-prevgroup-d7adf3c5 = kooxdii hore ee calaamadaynaysay
# The hint line's word for a (in Identify: where and when).
key-place = meel
# The ? help's description of a (in Identify: where and when).
keyhelp-add-81b719f2 = ku dar meel, loogu magac daray sida qolku u yaqaan (cinwaan iyo isku-duwayaal la'aan)
# The hint line's word for m (in Identify: where and when).
key-months = bilo
# The ? help's description of m (in Identify: where and when).
keyhelp-toggleclock-76ba482b = waqtiyada maalinta, ama bilaha kalandarka xilliyada
# The hint line's word for Enter/e (in Identify: where and when).
key-problems = dhibaatooyin
# The ? help's description of Enter/e (in Identify: where and when).
keyhelp-edit-273660ea = calaamadda sanduuqa iyo dhibaatooyinka halkaas ka dhaca waqtigaas
# The ? help's description of w (in Identify: where and when).
keyhelp-showwherewhen-8809a12c = dib ugu noqo dhibaatooyinka
# The hint line's word for Del/Backspace (in Identify: where and when).
# The hint line's word for Esc (in Rank: dot voting).
key-clear = nadiifi
# The ? help's description of Del/Backspace (in Identify: where and when).
keyhelp-clearscore-55096a37 = tirtir calaamadda kooxda ee sanduuqa
# The hint line's word for i (in Identify: where and when).
key-rename = magac beddel
# The ? help's description of i (in Identify: where and when).
keyhelp-rename-0e3f516c = beddel magaca meesha safkan
# The ? help's description of d (in Identify: where and when).
keyhelp-delete-84448d62 = tirtir meesha safkan iyo calaamadaheeda (marka hore wuu weydiiyaa)

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = dhibco
# The ? help's description of 0-9 (in Rank: dot voting).
keyhelp-digit-1-09d9c7eb = qor dhibcaha kooxda firfircoon ee dhibaatada la doortay, kadib Enter: 1 4 Enter waa 14
# The hint line's word for +/= (in Rank: dot voting).
key-dot = dhibic
# The ? help's description of +/= (in Rank: dot voting).
keyhelp-voteplus-6712c756 = hal dhibic oo kooxda firfircoon ah dhibaatada la doortay
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = ka saar dhibic
# The ? help's description of - (in Rank: dot voting).
keyhelp-voteminus-23401a07 = ka noqo dhibicda ugu dambaysay ee kooxda firfircoon ee dhibaatada la doortay
# The ? help's description of g (in Rank: dot voting).
keyhelp-nextgroup-61db8275 = dooro kooxda dhibcaheeda la tirinayo (g, kadib lambarkeeda; g Enter: tan xigta)
# The ? help's description of G (in Rank: dot voting).
keyhelp-prevgroup-7c2a45e2 = dooro kooxda, laga bilaabo tii hore
# The hint line's word for c (in Rank: dot voting).
key-tally = tiri
# The ? help's description of c (in Rank: dot voting).
keyhelp-tally-f63db14a = tiri dhibcaha kooxda firfircoon dhibaato-dhibaato: qor tiro kasta, Enter wuu sii socdaa
# The hint line's word for v (in Rank: dot voting).
key-view = muuqaal
# The ? help's description of v (in Rank: dot voting).
keyhelp-togglegroupview-085ed6b3 = muuji kala horreynta kooxda firfircoon oo keliya, ama tan qolka oo dhan
# The hint line's word for s (in Rank: dot voting).
key-shortlist = liiska kooban
# The ? help's description of s (in Rank: dot voting).
keyhelp-shortlisttop-364a5c13 = calaamadee N-ta ugu sarraysa ee kala horreynta qolka liiska kooban ee qorshaynta (wuu weydiiyaa haddii N ay jarto barbaro)
# The hint line's word for Space (in Rank: dot voting).
key-pick = dooro
# The ? help's description of Space (in Rank: dot voting).
keyhelp-toggleshortlist-d1b79639 = gacanta ku geli ama ka saar dhibaatada la doortay liiska kooban
# The hint line's word for ]/> (in Rank: dot voting).
key-size = cabbir
# The ? help's description of ]/> (in Rank: dot voting).
keyhelp-shortlistmore-9da186ac = N-ta ugu sarraysa ee liiska kooban hal ku dar
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = yaree
# The ? help's description of [/< (in Rank: dot voting).
keyhelp-shortlistfewer-b06336ea = N-ta ugu sarraysa ee liiska kooban hal ka dhimo
# The hint line's word for h (in Rank: dot voting).
key-blind = qarsoon
# The ? help's description of h (in Rank: dot voting).
keyhelp-toggleblind-b27d64c0 = codbixin qarsoon: shaashadda qolku waxay qarisaa wadarta (waxay muujisaa dhibcaha koox kastaa dhigtay) ilaa h muujiyo
# The hint line's word for o (in Rank: dot voting).
key-order = kala horreyn
# The ? help's description of o (in Rank: dot voting).
keyhelp-toggleorder-cc871e6c = ku kala saar dhibcaha, ama u liis dhibaatooyinka sidii loo sheegay
# The hint line's word for b (in Rank: dot voting).
key-break-tie = jebi barbaraha
# The ? help's description of b (in Rank: dot voting).
keyhelp-breaktie-7add5b5a = jebi barbaro uu jaro xadka liiska kooban: wareeg labaad, wajiga-wajiga, ama go'aan
# The hint line's word for r (in Rank: dot voting).
key-results = natiijooyin
# The ? help's description of r (in Rank: dot voting).
keyhelp-showresults-4ae20450 = natiijooyinka: kala horreynta guud, shaxda iyo kaalimaha koox kasta dhinac-dhinac (r mar kale: dib)
# The hint line's word for M (in Rank: dot voting).
key-method = hab
# The ? help's description of M (in Rank: dot voting).
keyhelp-nextmethod-bcd7a814 = beddel habka kala horreynta: codbixinta dhibcaha → labo-labo → halbeegyo (waxba oo la diiwaangeliyay ma lumaan)
# The hint line's word for Enter (in Rank: dot voting).
key-set = deji
# The ? help's description of Enter (in Rank: dot voting).
keyhelp-submit-9f8f02de = dhibcaha kooxda firfircoon ee dhibaatada la doortay ka dhig tirada la qoray
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = tirtir
# The ? help's description of Backspace (in Rank: dot voting).
keyhelp-erasedigit-799f8663 = tirtir lambarkii ugu dambeeyay ee la qoray
# The ? help's description of Esc (in Rank: dot voting).
keyhelp-cancel-d1535165 = nadiifi lambarada la qoray
# The hint line's word for 0 (in Rank: dot voting).
key-digit = lambar
# The ? help's description of 0 (in Rank: dot voting).
keyhelp-digit-0-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 2 (in Rank: dot voting).
keyhelp-digit-2-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 3 (in Rank: dot voting).
keyhelp-digit-3-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 4 (in Rank: dot voting).
keyhelp-digit-4-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 5 (in Rank: dot voting).
keyhelp-digit-5-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 6 (in Rank: dot voting).
keyhelp-digit-6-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 7 (in Rank: dot voting).
keyhelp-digit-7-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 8 (in Rank: dot voting).
keyhelp-digit-8-8b0d9a0f = lambar ka mid ah dhibcaha
# The ? help's description of 9 (in Rank: dot voting).
keyhelp-digit-9-8b0d9a0f = lambar ka mid ah dhibcaha
# The hint line's word for S (in Rank: dot voting).
key-score-card = kaarka qiimaynta
# The ? help's description of S (in Rank: dot voting).
keyhelp-showscorecard-781baf9e = kaarka qiimaynta: koox kasta iyo bixiyaha adeeggu waxay qiimeeyaan adeegga, dhinac-dhinac iyo farqiyada

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: tirinta kooxda
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = qor, xiga
# The ? help's description of Enter (in Rank: a group's tally).
keyhelp-submit-efa7e75f = qor tirada la qoray (haddii waxba la qorin: sidii u daa) oo u gudub dhibaatada xigta
# The ? help's description of Esc (in Rank: a group's tally).
keyhelp-cancel-08085b04 = nadiifi lambarada la qoray; haddii aysan jirin, dhammee tirinta

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: ka badan dhibcaha loo qoondeeyay?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = qor si kastaba
# The ? help's description of y (in Rank: over the dot budget?).
keyhelp-yes-a23fb20c = qor tirinta inkastoo kooxdu dhaafayso dhibcaha loo qoondeeyay
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = maya
# The ? help's description of n/Esc (in Rank: over the dot budget?).
keyhelp-no-f6d391e8 = tirinta sidii ay ahayd u daa

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The ? help's description of ← (in Rank: pairwise).
keyhelp-pickleft-08361269 = dhibaatada bidix ayaa ka muhiimsan
# The ? help's description of → (in Rank: pairwise).
keyhelp-pickright-f8a16b2c = dhibaatada midig ayaa ka muhiimsan
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = isku mid
# The ? help's description of =/↓ (in Rank: pairwise).
keyhelp-picktie-40580bc1 = labaduba waa isku muhiimsan yihiin (barbaro: badh guul mid kasta)
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = sababta
# The ? help's description of Enter/e (in Rank: pairwise).
keyhelp-edit-a6a8f94f = qor sababta qolku sidaas u go'aamiyay (doorashada ka hor ama ka dib)
# The ? help's description of Space (in Rank: pairwise).
keyhelp-nextundecided-b0f39b86 = lammaanaha xiga ee aan weli la go'aamin
# The hint line's word for g (in Rank: pairwise).
key-who-decides = yaa go'aaminaya
# The ? help's description of g (in Rank: pairwise).
keyhelp-nextgroup-5741edd1 = dooro cidda go'aaminaysa: qolka oo dhan (0) ama hal koox (lambarkeeda)
# The ? help's description of G (in Rank: pairwise).
keyhelp-prevgroup-517f40f9 = dooro cidda go'aaminaysa, laga bilaabo tii hore
# The hint line's word for m (in Rank: pairwise).
key-matrix = shax
# The ? help's description of m (in Rank: pairwise).
keyhelp-showmatrix-213823ec = shaxda lammaane kasta, sida warqadda jaartka
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = lammaane
# The ? help's description of ]/PgDn (in Rank: pairwise).
keyhelp-nextpair-058a968c = lammaanaha xiga
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = lammaanihii hore
# The ? help's description of [/PgUp (in Rank: pairwise).
keyhelp-prevpair-d924654c = lammaanihii hore
# The ? help's description of Backspace/Del (in Rank: pairwise).
keyhelp-clearpick-c86e38dc = illow go'aanka lammaanahan
# The hint line's word for a (in Rank: pairwise).
key-scope = baaxad
# The ? help's description of a (in Rank: pairwise).
keyhelp-togglepairscope-fd0b496c = isbarbardhig liiska kooban, ama dhibaatooyinka oo dhan

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: qorista sababta
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = kaydi
# The ? help's description of Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
keyhelp-submit-3860aca3 = hay sababta (iyo doorashada, haddii aan weli la samayn)
# The ? help's description of Esc (in Rank: writing why).
keyhelp-cancel-3744c351 = sababta sidii ay ahayd u daa

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: shaxda lammaanaha
# The ? help's description of ←/h (in Rank: pairwise matrix).
keyhelp-cellleft-0e9899c8 = hal tiir bidix
# The ? help's description of →/l (in Rank: pairwise matrix).
keyhelp-cellright-70bb505d = hal tiir midig
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = fur lammaanaha
# The ? help's description of Enter (in Rank: pairwise matrix).
keyhelp-edit-0de71db6 = lammaanahan si weyn u muuji, si loo go'aamiyo ama loo beddelo
# The ? help's description of m/Esc (in Rank: pairwise matrix).
keyhelp-showmatrix-973f2964 = dib ugu noqo lammaanaha

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The ? help's description of ←/h (in Rank: criteria scoring).
keyhelp-cellleft-356fa3df = halbeeggii hore
# The ? help's description of →/l (in Rank: criteria scoring).
keyhelp-cellright-2f517b1f = halbeegga xiga
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = qiimayn
# The ? help's description of 1 (in Rank: criteria scoring).
keyhelp-score-1-936ceecd = qiimayn 1 (hoose) … 5 (sare), kadib halbeegga xiga
# The ? help's description of 2 (in Rank: criteria scoring).
keyhelp-score-2-cde27fe7 = qiimayn 2
# The ? help's description of 3 (in Rank: criteria scoring).
keyhelp-score-3-cce27e54 = qiimayn 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The ? help's description of 4 (in Rank: criteria scoring).
keyhelp-score-4-cbe27cc1 = qiimayn 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The ? help's description of 5 (in Rank: criteria scoring).
keyhelp-score-5-cae27b2e = qiimayn 5
# The ? help's description of 0/Backspace/Del (in Rank: criteria scoring).
keyhelp-clearscore-7ad545ad = tirtir qiimaynta sanduuqa
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }
# The ? help's description of a (in Rank: criteria scoring).
keyhelp-add-29033117 = ku dar halbeeg (magac iyo miisaan)
# The ? help's description of Enter/e (in Rank: criteria scoring).
keyhelp-edit-3f476b1d = magaca halbeegga tiirkan beddel, ama miisaankiisa
# The ? help's description of d (in Rank: criteria scoring).
keyhelp-delete-23ea14b9 = tirtir halbeegga tiirkan iyo qiimayntiisa (marka hore wuu weydiiyaa)

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: natiijooyinka
# The hint line's word for g (in Rank: results).
key-look-at = eeg
# The ? help's description of g (in Rank: results).
keyhelp-nextgroup-6418d2d2 = eeg kala horreynta hal koox, ama tan qolka oo dhan (cidda go'aaminaysa isma beddesho)
# The ? help's description of G (in Rank: results).
keyhelp-prevgroup-4311673d = eeg kala horreynta koox, laga bilaabo tii hore
# The ? help's description of s (in Rank: results).
keyhelp-shortlisttop-702b9521 = calaamadee N-ta ugu sarraysa ee kala horreynta qolka liiska kooban (barbaro la jebiyay waa la tiriyaa)
# The ? help's description of r/Esc (in Rank: results).
keyhelp-showresults-fad256c8 = dib ugu noqo diiwaangelinta

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: jebinta barbaraha
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = dooro
# The ? help's description of 1 (in Rank: breaking a tie).
keyhelp-choose-0-c24641cf = wareeg labaad oo dhibco ah oo u dhexeeya dhibaatooyinka barbaraha ah oo keliya
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = wajiga-wajiga
# The ? help's description of 2 (in Rank: breaking a tie).
keyhelp-choose-1-f99215a6 = natiijada isbarbardhigga labo-labo ee dhexdooda
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = go'aan
# The ? help's description of 3 (in Rank: breaking a tie).
keyhelp-choose-2-2f3d8f4d = fududeeyaha ayaa go'aamiya kala horreynta, isagoo sababta sheegaya
# The ? help's description of Enter (in Rank: breaking a tie).
keyhelp-submit-85a1758a = barbaraha ku jebi habka tilmaamuhu saaran yahay
# The ? help's description of Esc (in Rank: breaking a tie).
keyhelp-cancel-7cc204ae = dib, barbaraha sidii u daa

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The ? help's description of + (in Rank: run-off vote).
keyhelp-voteplus-14aa0bdd = hal dhibic wareeg labaad ah oo kooxda firfircoon ah dhibaatada la doortay
# The ? help's description of - (in Rank: run-off vote).
keyhelp-voteminus-f705cb76 = ka noqo dhibicda wareegga labaad ee ugu dambaysay ee kooxda firfircoon
# The ? help's description of g (in Rank: run-off vote).
keyhelp-nextgroup-1648aacc = dooro kooxda dhibcaheeda wareegga labaad la tirinayo (g, kadib lambarkeeda)
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = xaqiiji
# The ? help's description of Enter (in Rank: run-off vote).
keyhelp-submit-3d8bd061 = xaqiiji kala horreynta wareegga labaad bixiyay oo qor jebinta barbaraha
# The hint line's word for d (in Rank: run-off vote).
key-drop = ka tag
# The ? help's description of d (in Rank: run-off vote).
keyhelp-delete-5f731119 = ka tag wareeggan labaad iyo dhibcihiisa (marka hore wuu weydiiyaa)
# The ? help's description of Esc (in Rank: run-off vote).
keyhelp-cancel-ea866136 = dib ugu noqo saddexda hab (dhibcaha wareegga labaad way diiwaangashan yihiin)

## Rank: score card

# A heading in the ? help.
keymap-rank-score-card = { -step-rank }: kaarka qiimaynta
# The ? help's description of ←/h (in Rank: score card).
keyhelp-cellleft-34f1cbfa = kooxda (ama bixiyaha adeegga) bidix
# The ? help's description of →/l (in Rank: score card).
keyhelp-cellright-eaa97cc7 = kooxda (ama bixiyaha adeegga) midig
# The ? help's description of 0-9 (in Rank: score card).
keyhelp-digit-1-ddc7f364 = qor qiimaynta sanduuqa, kadib Enter: 6 5 Enter wuxuu qoraa 65 oo hoos u degaa
# The ? help's description of 0 (in Rank: score card).
keyhelp-digit-0-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 2 (in Rank: score card).
keyhelp-digit-2-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 3 (in Rank: score card).
keyhelp-digit-3-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 4 (in Rank: score card).
keyhelp-digit-4-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 5 (in Rank: score card).
keyhelp-digit-5-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 6 (in Rank: score card).
keyhelp-digit-6-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 7 (in Rank: score card).
keyhelp-digit-7-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 8 (in Rank: score card).
keyhelp-digit-8-9224c087 = lambar ka mid ah qiimaynta
# The ? help's description of 9 (in Rank: score card).
keyhelp-digit-9-9224c087 = lambar ka mid ah qiimaynta
# The hint line's word for Enter (in Rank: score card).
key-record = qor
# The ? help's description of Enter (in Rank: score card).
keyhelp-submit-21151204 = qor qiimaynta la qoray oo hoos u deg; haddii waxba la qorin: qiimaynta iyo sababteeda foom ku jira
# The hint line's word for P (in Rank: score card).
key-plan-action = qorshee tallaabo
# The ? help's description of P (in Rank: score card).
keyhelp-plangap-9bfdd875 = qorshee tallaabo { -step-plan } farqiga tilmaamahan (ku xiran)
# The hint line's word for e (in Rank: score card).
key-reason = sabab
# The ? help's description of e (in Rank: score card).
keyhelp-edit-1c8eeb80 = qiimaynta sanduuqa iyo sababta kooxdu bixiso
# The ? help's description of Del (in Rank: score card).
keyhelp-clearscore-00fe3624 = tirtir qiimaynta sanduuqa (u ayaa soo celisa)
# The hint line's word for a (in Rank: score card).
key-indicator = tilmaame
# The ? help's description of a (in Rank: score card).
keyhelp-add-fbb53d1e = ku dar tilmaame, ereyada qolka
# The hint line's word for o (in Rank: score card).
key-provider = bixiyaha adeegga
# The ? help's description of o (in Rank: score card).
keyhelp-editdetails-b5622a00 = cidda la qiimeynayo oo is qiimaysa (saldhigga booliiska, xafiiska guddoomiyaha), iyo cabbirka
# The hint line's word for I (in Rank: score card).
key-starter-set = go'a bilowga
# The ? help's description of I (in Rank: score card).
keyhelp-starterset-81589d68 = ku dar tilmaamayaasha loo soo jeediyay adeegyada booliiska (jawaab-celin, ixtiraam, caddaalad…)
# The ? help's description of i (in Rank: score card).
keyhelp-rename-4828f3e9 = dib u qor tilmaamaha safkan
# The ? help's description of d (in Rank: score card).
keyhelp-delete-c6889e87 = tirtir tilmaamaha safkan iyo qiimayntiisa (marka hore wuu weydiiyaa)
# The hint line's word for Esc (in Rank: score card).
key-clear-digits = tirtir lambarada

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: doorashada kooxda
# The ? help's description of 0-9 (in Rank: choosing a group).
keyhelp-choose-1-da217707 = dooro kooxda lambarkan leh (0: qolka oo dhan, halka uu go'aamin karo)
# The ? help's description of 2 (in Rank: choosing a group).
keyhelp-choose-2-72e3db42 = kooxda 2
# The ? help's description of 3 (in Rank: choosing a group).
keyhelp-choose-3-73e3dcd5 = kooxda 3
# The ? help's description of 4 (in Rank: choosing a group).
keyhelp-choose-4-6ce3d1d0 = kooxda 4
# The ? help's description of 5 (in Rank: choosing a group).
keyhelp-choose-5-6de3d363 = kooxda 5
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The ? help's description of 6 (in Rank: choosing a group).
keyhelp-choose-6-6ee3d4f6 = kooxda 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The ? help's description of 7 (in Rank: choosing a group).
keyhelp-choose-7-6fe3d689 = kooxda 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The ? help's description of 8 (in Rank: choosing a group).
keyhelp-choose-8-78e3e4b4 = kooxda 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The ? help's description of 9 (in Rank: choosing a group).
keyhelp-choose-9-79e3e647 = kooxda 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = qolka
# The ? help's description of 0 (in Rank: choosing a group).
keyhelp-choose-0-e5f5f8fa = qolka oo dhan
# The ? help's description of g (in Rank: choosing a group).
keyhelp-down-c1be59d5 = kan xiga
# The hint line's word for G (in Rank: choosing a group).
key-previous = hore
# The ? help's description of G (in Rank: choosing a group).
keyhelp-up-9b332a83 = kii hore
# The ? help's description of Enter (in Rank: choosing a group).
keyhelp-submit-326d97d8 = dooro kan tilmaamuhu saaran yahay
# The ? help's description of Esc (in Rank: choosing a group).
keyhelp-cancel-4b0e2d40 = kooxda sidii ay ahayd u hay

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: barbaro xadka liiska kooban
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = hadda jebi
# The ? help's description of b (in Rank: a tie at the shortlist boundary).
keyhelp-breaktie-556ba8f9 = hadda jebi barbaraha: wareeg labaad, wajiga-wajiga ama go'aan
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = ku dar dhammaan barbaraha
# The ? help's description of a (in Rank: a tie at the shortlist boundary).
keyhelp-includetied-1c5011a9 = dhammaan dhibaatooyinka barbaraha ah geli liiska kooban (wuu ku dheeraanayaa)
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = dhaaf
# The ? help's description of Esc/n (in Rank: a tie at the shortlist boundary).
keyhelp-cancel-9d275104 = liiska kooban sidii uu ahaa u daa

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The ? help's description of a (in Plan).
keyhelp-add-0c28c149 = ku dar tallaabo dhibaatada tilmaamuhu saaran yahay
# The ? help's description of Enter/e (in Plan).
keyhelp-edit-99cae40c = wax ka beddel tallaabada la doortay (dhibaato korkeeda: mid ku dar)
# The hint line's word for v (in Plan).
key-show-all = dhammaan
# The ? help's description of v (in Plan).
keyhelp-toggleallproblems-f87bdc45 = muuji dhibaatooyinka oo dhan, ama liiska kooban oo keliya (iyo dhibaatooyinka tallaabooyin leh)
# The ? help's description of d (in Plan).
keyhelp-delete-1d8dec53 = tirtir tallaabada la doortay (marka hore wuu weydiiyaa)

## In a form

# A heading in the ? help.
keymap-in-a-form = Foomka dhexdiisa
# The hint line's word for Tab (in In a form).
key-next-field = goobta xigta
# The ? help's description of Tab (in In a form).
keyhelp-focusnext-4657e254 = goobta xigta
# The ? help's description of Shift+Tab (in In a form).
keyhelp-focusprev-8e853514 = goobtii hore
# The ? help's description of Enter/Ctrl+s (in In a form).
keyhelp-submit-efc314e7 = kaydi foomka, goob kasta (Ctrl+s sidoo kale)
# The ? help's description of Esc (in In a form).
keyhelp-cancel-de80c72c = jooji (marka hore wuu weydiiyaa haddii wax la qoray)
# The ? help's description of ↑ (in In a form).
keyhelp-focusprev-d92fbdad = goobtii hore (goob sadarro badan: sadarkeeda koowaad)
# The ? help's description of ↓ (in In a form).
keyhelp-focusnext-b94b90bf = goobta xigta (goob sadarro badan: sadarkeeda ugu dambeeya)

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = xaalad
# The ? help's description of s (in Monitor).
keyhelp-nextstatus-7afba1cb = xaaladda xigta: qorshaysan → socda → dhammaaday → istaagay → laga tagay (ka tagistu marka hore way weydiisaa)
# The ? help's description of 1 (in Monitor).
keyhelp-setstatus-0-b27875e7 = calaamadee qorshaysan (1–5 si toos ah xaalad u dejiya)
# The hint line's word for 2 (in Monitor).
key-in-progress = socda
# The ? help's description of 2 (in Monitor).
keyhelp-setstatus-1-529599fe = calaamadee socda
# The ? help's description of 3 (in Monitor).
keyhelp-setstatus-2-ab6e5fb0 = calaamadee dhammaaday
# The hint line's word for 4 (in Monitor).
key-stalled = hakad
# The ? help's description of 4 (in Monitor).
keyhelp-setstatus-3-150fd113 = calaamadee istaagay
# The hint line's word for 5 (in Monitor).
key-dropped = laga tagay
# The ? help's description of 5 (in Monitor).
keyhelp-setstatus-4-eab43245 = calaamadee laga tagay (marka hore wuu weydiiyaa)
# The hint line's word for n (in Monitor).
key-note = qoraal
# The ? help's description of n (in Monitor).
keyhelp-addnote-fddcf145 = ku dar qoraal horumar oo taariikh leh tallaabada la doortay
# The ? help's description of Enter/e (in Monitor).
keyhelp-edit-18dd167b = wax ka beddel tallaabada la doortay (taariikhaha, yaa, …)
# The hint line's word for f (in Monitor).
key-follow-up = la socod
# The ? help's description of f (in Monitor).
keyhelp-showledger-ded7e564 = diiwaanka la socodka: dhibaatooyinka kor loo qaaday, cidda, goorta, iyo jawaab kasta tan iyo markaas

## Monitor: follow-up of escalations

# A heading in the ? help.
keymap-monitor-follow-up-of-escalations = { -step-monitor }: la socodka waxa kor loo qaaday
# The hint line's word for n (in Monitor: follow-up of escalations).
key-reply = jawaab
# The ? help's description of n (in Monitor: follow-up of escalations).
keyhelp-addnote-5f122a10 = qor waxa soo noqday, taariikh leh: jawaab la'aan, jawaab, tallaabo la qaaday, ama la dhammeeyay
# The hint line's word for a (in Monitor: follow-up of escalations).
key-escalate = kor u qaad
# The ? help's description of a (in Monitor: follow-up of escalations).
keyhelp-add-4591f4a2 = qor in dhibaato loo gudbiyay qof ka baxsan bulshada, iyo goorta
# The ? help's description of Enter/e (in Monitor: follow-up of escalations).
keyhelp-edit-0b3d334e = wax ka beddel cidda iyo goorta dhibaatada la doortay loo gudbiyay
# The hint line's word for f (in Monitor: follow-up of escalations).
key-actions = tallaabooyin
# The ? help's description of f (in Monitor: follow-up of escalations).
keyhelp-showledger-eedec6eb = dib ugu noqo tallaabooyinka
# The ? help's description of d (in Monitor: follow-up of escalations).
keyhelp-delete-19a90cea = tirtir gudbinta la doortay iyo jawaabaheeda (marka hore wuu weydiiyaa)

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The ? help's description of ←/h (in Learn).
keyhelp-focusprev-7cf09bb2 = sanduuqa bidix (kii hore marka ay is dul saaran yihiin)
# The ? help's description of →/l (in Learn).
keyhelp-focusnext-b0e98307 = sanduuqa midig (kan xiga marka ay is dul saaran yihiin)
# The ? help's description of Enter/e (in Learn).
keyhelp-edit-13c1660c = ku qor sanduuqa la doortay (Enter wuu kaydiyaa; Alt+Enter sadar cusub ayuu bilaabaa)
# The hint line's word for N (in Learn).
key-next-cycle = wareegga xiga
# The ? help's description of N (in Learn).
keyhelp-nextcycle-48a50a20 = bilow wareegga xiga: kulan cusub oo leh kooxahan, dhibaatooyinka aan la xallin iyo tallaabooyinka furan
# The hint line's word for PgUp (in Learn).
key-scroll = rog
# The ? help's description of PgUp (in Learn).
keyhelp-pageup-6690990a = kor u rog sanduuqa la doortay
# The hint line's word for PgDn (in Learn).
key-scroll-down = hoos u rog
# The ? help's description of PgDn (in Learn).
keyhelp-pagedown-88523f6b = hoos u rog sanduuqa la doortay
# The ? help's description of Home (in Learn).
keyhelp-first-3c423d12 = sanduuqa koowaad (waxa shaqeeyay)
# The ? help's description of End (in Learn).
keyhelp-last-5dc800c7 = sanduuqa ugu dambeeya (hagaajinta)

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = Goob sadarro badan leh
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = sadar cusub
# The ? help's description of Alt+Enter/Ctrl+j (in In a multi-line field).
keyhelp-fieldkey-cc6c9f38 = bilow sadar cusub (Alt+Enter, ama Ctrl+j)

## On a choice

# A heading in the ? help.
keymap-on-a-choice = Doorasho korkeeda
# The ? help's description of ←→ (in On a choice).
keyhelp-fieldkey-27d114c6 = dooro ikhtiyaar kale (Space sidoo kale; haa/maya, Space ayaa beddela)

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = Liis calaamadeyn ah
# The ? help's description of ←→ (in On a list of ticks).
keyhelp-fieldkey-51d91892 = u dhex gal ikhtiyaarada
# The hint line's word for Space (in On a list of ticks).
key-tick = calaamadee
# The ? help's description of Space (in On a list of ticks).
keyhelp-fieldkey-d20f2699 = calaamadee ama ka saar calaamadda

## Discard?

# A heading in the ? help.
keymap-discard = Ma tuuraysaa?
# The hint line's word for y (in Discard?).
key-discard = tuur
# The ? help's description of y (in Discard?).
keyhelp-yes-76cc5fd2 = tuur waxa la qoray
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = sii wad
# The ? help's description of n/Esc (in Discard?).
keyhelp-no-971c0e2a = dib ugu noqo foomka

## Confirm

# A heading in the ? help.
keymap-confirm = Xaqiiji
# The hint line's word for y (in Confirm).
key-yes = haa
# The ? help's description of y (in Confirm).
keyhelp-yes-c5923342 = haa, samee
# The ? help's description of n/Esc (in Confirm).
keyhelp-no-d259d5e2 = maya, daa

## Timer

# A heading in the ? help.
keymap-timer = Saacadda
# The hint line's word for Enter (in Timer).
key-start = bilow
# The ? help's description of Enter (in Timer).
keyhelp-submit-da7e11a2 = bilow waqtiga tilmaamuhu saaran yahay, ama kan la qoray
# The ? help's description of Esc (in Timer).
keyhelp-cancel-2e77beb5 = xir saacad la'aan

## Timer running

# A heading in the ? help.
keymap-timer-running = Saacaddu way socotaa
# The hint line's word for Space (in Timer running).
key-pause = hakii
# The ? help's description of Space (in Timer running).
keyhelp-pausetimer-f0b9f89e = hakii saacadda, ama sii wad hakinta kadib
# The hint line's word for +/= (in Timer running).
key-1-min = +1 daq
# The ? help's description of +/= (in Timer running).
keyhelp-extendtimer-19603a90 = hal daqiiqo oo kale
# The hint line's word for s (in Timer running).
key-stop = jooji
# The ? help's description of s (in Timer running).
keyhelp-stoptimer-a861eccf = jooji saacadda oo ka saar shaashadda qolka
# The hint line's word for Esc/t (in Timer running).
key-close = xir
# The ? help's description of Esc/t (in Timer running).
keyhelp-cancel-8f788ee8 = xir sanduuqan; saacaddu way socotaa

## Session list

# A heading in the ? help.
keymap-session-list = Liiska kulamada
# The hint line's word for Enter (in Session list).
key-open = fur
# The ? help's description of Enter (in Session list).
keyhelp-open-a6cd6cfe = fur kulanka si aad uga shaqayso
# The hint line's word for n (in Session list).
key-new = cusub
# The ? help's description of n (in Session list).
keyhelp-new-6394b752 = bilow kulan cusub
# The hint line's word for r (in Session list).
key-read-only = akhris keliya
# The ? help's description of r (in Session list).
keyhelp-readonly-ebd0fdff = fur kulanka akhris keliya (dib-u-eegis; waxba isma beddeli karaan)
# The hint line's word for / (in Session list).
key-filter = sifee
# The ? help's description of / (in Session list).
keyhelp-filter-3fde4cc9 = ku sifee qoraal kasta: cinwaan, bulsho, fududeeye, dhibaato
# The hint line's word for o (in Session list).
key-sort = kala saar
# The ? help's description of o (in Session list).
keyhelp-sort-883ef414 = ku kala saar taariikh, cinwaan, bulsho ama tallaabo
# The ? help's description of N (in Session list).
keyhelp-nextcycle-65de5c6c = bilow wareegga xiga ee kulanka la doortay
# The hint line's word for c (in Session list).
key-compare = isbarbardhig
# The ? help's description of c (in Session list).
keyhelp-compare-d64e19fd = la barbardhig wareeggii hore: sida mudnaanuhu isu beddeleen
# The hint line's word for p (in Session list).
key-room-s-screen = shaashadda qolka
# The ? help's description of p (in Session list).
keyhelp-present-a97c349b = daaqaddan ka dhig shaashadda qolka ee kulanka (borojegtarka): waxay raacdaa daaqadda fududeeyaha, akhris keliya
# The hint line's word for x (in Session list).
key-report = warbixin
# The ? help's description of x (in Session list).
keyhelp-export-7b5f4973 = qor warbixinta kulanka la doortay (Markdown iyo HTML) agtiisa
# The hint line's word for e (in Session list).
key-examples = tusaalooyin
# The ? help's description of e (in Session list).
keyhelp-examples-a0d320f0 = kulamada tusaalaha ee ku dhex jira baraza: eeg aqoon-isweydaarsi dhan, akhris keliya
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = cusboonaysii
# The ? help's description of F5/Ctrl+r (in Session list).
keyhelp-refresh-460fd697 = mar kale akhri galka: kulamo uu ku daray barnaamij kale ama la soo koobiyeeyay
# The ? help's description of q (in Session list).
keyhelp-quit-b46de75f = ka bax baraza
# The ? help's description of Ctrl+c (in Session list).
keyhelp-forcequit-27314313 = ka bax baraza, xitaa foom ama sifayn dhexdeeda

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Sifaynta liiska
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = hay sifaynta
# The ? help's description of Enter/↓ (in Filtering the list).
keyhelp-submit-f1f0bf6f = hay sifaynta oo liiska dhex mar
# The ? help's description of Esc (in Filtering the list).
keyhelp-cancel-207838d1 = nadiifi sifaynta

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Kulamada tusaalaha
# The hint line's word for Enter/r (in Example sessions).
key-look = eeg
# The ? help's description of Enter/r (in Example sessions).
keyhelp-readonly-3a56aab4 = fur tusaalaha akhris keliya: guddi kasta, waxba lama beddeli karo lamana kaydin karo
# The ? help's description of n (in Example sessions).
keyhelp-new-60e4a596 = bilow kulan adiga kuu gaar ah
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = kulamadaada
# The ? help's description of e/Esc (in Example sessions).
keyhelp-examples-5cf2029d = dib ugu noqo kulamada galka ku jira

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Isbarbardhigga wareegyada
# The ? help's description of g (in Comparing cycles).
keyhelp-nextgroup-6eec0074 = muuji kaalimaha hal koox (kooxaha ayuu dhex maraa, kadib qolka oo dhan)
# The ? help's description of G (in Comparing cycles).
keyhelp-prevgroup-5125d67b = kooxdii hore
# The ? help's description of S (in Comparing cycles).
keyhelp-showscorecard-ceca693e = sida kaarka qiimayntu isu beddelay: qiimaynta bulshada, is-qiimaynta iyo farqiga tilmaame kasta (S mar kale: kaalimaha)
# The ? help's description of Esc/q (in Comparing cycles).
keyhelp-quit-0aa177cc = dib ugu noqo liiska kulamada
# The ? help's description of Ctrl+c (in Comparing cycles).
keyhelp-forcequit-b46de75f = ka bax baraza

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Shaashadda qolka
# The ? help's description of q (in Room's screen).
keyhelp-quit-d0f78148 = xir shaashadda qolka (kulanka lama taabto)

## Help

# A heading in the ? help.
keymap-help = Caawimo
# The ? help's description of ↑/k (in Help).
keyhelp-up-c3bb7449 = kor u rog
# The ? help's description of ↓/j (in Help).
keyhelp-down-bd81c830 = hoos u rog
# The hint line's word for Home (in Help).
key-top = kor
# The ? help's description of Home (in Help).
keyhelp-first-c03b1b55 = xagga sare: furayaasha meel kasta shaqeeya
# The hint line's word for End (in Help).
key-bottom = hoos
# The ? help's description of End (in Help).
keyhelp-last-9a8b7f02 = xagga hoose
# The hint line's word for R (in Help).
key-right-to-left = midig ilaa bidix
# The ? help's description of R (in Help).
keyhelp-cyclertl-ac2b4b46 = qoraalka midig ilaa bidix: auto, on (baraza ayaa dib u habeeya), off (terminaalka ayaa sameeya); sadarka tijaabada ee hoose ayaa muujiya kan saxda ah
# The ? help's description of Esc (in Help).
keyhelp-cancel-a72b1b14 = xir (fure kasta oo kale sidoo kale)
# The ? help's description of Ctrl+c (in Help).
keyhelp-forcequit-47878736 = ka bax
