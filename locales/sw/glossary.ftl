### baraza — Kiswahili: istilahi za mbinu (glossary).
###
### TAFSIRI HII INASUBIRI KUKAGULIWA na mwezeshaji anayezungumza Kiswahili
### kama lugha ya kwanza. This translation awaits review by a facilitator
### who speaks Kiswahili natively.
### Kusahihisha: hariri faili hili (na mengine ya locales/sw/), kisha endesha
### `baraza lang check sw --files locales` (inaonyesha ujumbe usiotafsiriwa, vitambulisho
### visivyojulikana, vigezo vibaya na makosa ya sintaksia).
### To correct: edit this file, then run `baraza lang check sw --files locales`.
###
### Istilahi hizi zinatumiwa na kila ujumbe wa lugha hii kama { -problem }
### n.k.: ukibadilisha neno hapa, linabadilika kila mahali.
### Mbinu: mzunguko wa usalama wa jamii wa Saferworld (maandalizi; kubaini na
### kupanga vipaumbele vya matatizo; kupanga hatua; kutekeleza na kufuatilia;
### kutathmini na kujifunza).

# Tatizo la usalama ambalo jamii inalitaja (wizi sokoni, migogoro ya ardhi…).
# Ngeli ya LI-YA: tatizo hili / matatizo haya.
-problem = tatizo
-problems = matatizo
# Kilicho chini ya tatizo ("hakuna taa za barabarani"). Wingi: vyanzo.
-cause = chanzo
# Tatizo linaleta nini ("wafanyabiashara hufunga mapema"). Wingi: athari.
-effect = athari
# Kundi la washiriki (wanawake, wanaume, vijana, wazee, polisi, serikali ya
# mtaa). Wingi: makundi.
-group = kundi
# Kila mshiriki anaweka nukta chache kwenye matatizo muhimu zaidi.
-dot = nukta
-dot-voting = kura za nukta
# Kila jozi ya matatizo ya orodha fupi inalinganishwa: lipi ni muhimu zaidi, na kwa nini.
-pairwise = ulinganishaji wa jozi
# Kila tatizo linapewa alama 1–5 kwa kila kigezo (marudio, ukubwa…). Wingi: vigezo.
-criteria-scoring = alama kwa vigezo
-criterion = kigezo
# Matatizo ya juu ambayo baraza linayapeleka kwenye mipango.
-shortlist = orodha fupi
# Matatizo mawili au zaidi yenye alama sawa; yanatenganishwa tu kwa uamuzi
# uliorekodiwa (kura ya marudio, matokeo ya jozi, sababu ya mwezeshaji).
-tie = sare
-tie-break = kuvunja sare
-run-off = kura ya marudio
# Kitakachofanyika, na nani, pamoja na nani, kufikia lini.
-action-plan = mpango kazi
# Wingi: hatua (haubadiliki).
-action = hatua
# Baraza litajuaje kwamba hatua imefanikiwa. Wingi: viashiria vya mafanikio.
-indicator = kiashiria cha mafanikio
# Kufuatilia kila hatua katika wiki zinazofuata warsha.
-monitor = ufuatiliaji
-progress-note = taarifa ya maendeleo
# Kilichofanikiwa, kisichofanikiwa, mafunzo, maboresho.
-lessons = mafunzo
# Hatua za mzunguko, kama zinavyoonekana juu ya skrini.
# Fupi, ili zote sita zitoshe kwenye mstari wa hatua wa safu 80 (kwa pamoja
# herufi 46 au chini); Maandalizi, Utambuzi, Ufuatiliaji ni ndefu mno.
-step-prepare = Andaa
-step-identify = Tambua
-step-rank = Vipaumbele
-step-plan = Mpango
-step-monitor = Fuatilia
-step-learn = Jifunze
# Mtu anayeendesha warsha. Wingi: wawezeshaji.
-facilitator = mwezeshaji
# Mkutano wa wazi wa jamii wenyewe.
-baraza = baraza

## Istilahi za ziada (hazipo bado kwenye glossary ya Kiingereza).

-session = kikao
-cycle = mzunguko
-overdue = imechelewa
-responsible = mhusika
-score-card = kadi ya alama
-provider = mtoa huduma
-where-when = wapi na lini
-escalation = kupeleka juu
# Kadi ya alama: kile chumba kinapima huduma kwacho ("huja inapoitwa");
# si kiashiria cha mafanikio cha hatua.
-card-indicator = kiashiria
# Mahali kadi ya alama inapoanzia: alama ya jamii kabla ya hatua.
-baseline = kipimo cha mwanzo
# Mahali kama chumba kinavyopaita (barabara ya soko, kisima).
-place = mahali
# Asubuhi, mchana, jioni, usiku.
-time-of-day = wakati wa siku
# Kufuatilia tatizo lililopelekwa nje ya jamii: kwa nani, na majibu.
-follow-up = ufuatiliaji
