### baraza — Soomaali: ereyada habka (qaamuus).
###
### TURJUMAADDAN WAXAY SUGAYSAA DIB-U-EEGIS uu sameeyo fududeeye afkiisa
### hooyo yahay Soomaali. This translation awaits review by a facilitator
### who speaks Somali natively.
### Sixitaanka: wax ka beddel faylkan (ama mid kale oo locales/so/ ku jira),
### kadibna orodsii `baraza lang check so --files locales` (wuxuu muujiyaa fariimaha aan la
### turjumin, aqoonsiyada aan la aqoon, doorsoomayaasha khaldan iyo
### khaladaadka qoraalka).
###
### Fariin kasta oo luqaddan ah waxay isticmaashaa ereyadan ({ -problem }
### iwm.): erey halkan laga beddelo meel kasta ayuu ka beddelmaa.
### Qoraalka caadiga ah ee Soomaaliga (far Laatiin).
### Habka: wareegga amniga bulshada ee Saferworld (diyaarin; aqoonsiga iyo
### kala-horreynta dhibaatooyinka; qorshaynta tallaabooyinka; fulinta iyo
### la socodka; qiimaynta iyo barashada).

# Dhibaato amni oo bulshadu magacawdo (tuugo suuqa, khilaaf dhul…).
-problem = dhibaato
-problems = dhibaatooyin
# Waxa ka hooseeya dhibaatada ("ma jiraan laydh waddooyinka"). Wadar: sababo.
-cause = sabab
# Waxa dhibaatadu keento ("ganacsatadu waxay xirtaan goor hore").
-effect = saamayn
# Koox ka qaybgalayaal ah (haweenka, ragga, dhallinyarada, odayaasha,
# booliiska, maamulka degaanka). Wadar: kooxo.
-group = koox
# Ka qaybgale kasta wuxuu dhigaa dhibco yar dhibaatooyinka ugu muhiimsan.
# Wadar: dhibco.
-dot = dhibic
-dot-voting = codbixinta dhibcaha
# Laba-laba dhibaatooyinka liiska kooban la isku barbardhigo: midkee ka
# muhiimsan, maxaase yeelay.
-pairwise = isbarbardhigga labo-labo
# Dhibaato kasta waxaa la siiyaa 1–5 halbeeg kasta (inta jeer, culayska…).
# Wadar: halbeegyo.
-criteria-scoring = qiimaynta halbeegyada
-criterion = halbeeg
# Dhibaatooyinka ugu sarreeya ee shirku u qaado qorshaynta.
-shortlist = liiska kooban
# Laba dhibaato ama ka badan oo isku dhibco ah; waxaa lagu kala saaraa oo
# keliya go'aan la qoray (wareeg labaad, natiijada labo-labada, sababta
# fududeeyaha).
-tie = barbaro
-tie-break = jebinta barbarada
-run-off = wareeg labaad
# Waxa la qabanayo, yaa qabanaya, cidda la wadaagayo, goorta.
-action-plan = qorshe hawleed
# Wadar: tallaabooyin.
-action = tallaabo
# Sida shirku ku ogaan doono in tallaabadu guulaysatay.
-indicator = tilmaamaha guusha
# La socodka tallaabo kasta toddobaadyada aqoon-isweydaarsiga ka dambeeya.
-monitor = la socod
-progress-note = qoraalka horumarka
# Waxa shaqeeyay, waxa aan shaqayn, casharrada, hagaajinta.
-lessons = casharrada la bartay
# Tallaabooyinka wareegga, sida xariiqda tallaabooyinku u magacawdo.
-step-prepare = Diyaarin
-step-identify = Aqoonsi
-step-rank = Mudnaan
-step-plan = Qorshe
-step-monitor = La socod
-step-learn = Barasho
# Qofka maamula aqoon-isweydaarsiga.
-facilitator = fududeeye
# Shirka furan ee bulshada laftiisa.
-baraza = shirka bulshada

## Ereyo dheeraad ah (aan weli ku jirin qaamuuska Ingiriisiga).

-session = kulan
-cycle = wareeg
-overdue = dib u dhacay
-responsible = mas'uul
-score-card = kaarka qiimaynta
-provider = bixiyaha adeegga
-where-when = halkee iyo goorma
-escalation = kor u qaadid
# Kaarka qiimaynta: waxa qolku ku qiimeeyo adeegga ("yimaada marka la wacdo");
# maaha tilmaamaha guusha ee ficilka.
-card-indicator = tilmaame
# Halka kaarku ka bilaabmo: dhibcaha bulshada ka hor ficillada.
-baseline = saldhig
# Meel sida qolku u magacaabo (waddada suuqa, ceelka).
-place = meel
# Subax, galab, fiid, habeen.
-time-of-day = waqtiga maalinta
# La socodka dhibaato kor loogu qaaday bulshada dibaddeeda: cidda, jawaabaha.
-follow-up = dabagal
