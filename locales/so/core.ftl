### baraza — Soomaali: fariimaha aasaasiga ah (taariikhaha, tirooyinka, xaaladaha, xeerarka).
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.

## Sida Soomaaligu u qoro liisaska, tirooyinka iyo taariikhaha

# Inta u dhaxaysa walxaha liiska.
list-separator = {", "}
# Inta u dhaxaysa tirada dhan iyo jajabka ("2.5").
decimal-separator = .
# Magacyada gaaban ee bilaha (Kob, Lab…) lama yaqaan: taariikhda gaaban
# waa 05/11/2026; tan dheer "5 Bisha Kow iyo Tobnaad 2026"; maalinta "Khamiis".
date-short = %d/%m/%Y
date-long = %-d %B %Y
date-weekday = %A

## Ereyada aasaasiga ah ee shaashadaha iyo warbixinnada (tallaabooyinka, xaaladaha, hababka)

stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
status-planned = la qorsheeyay
status-in-progress = socda
status-done = la dhammeeyay
status-stalled = hakad ku jira
status-dropped = laga tagay
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
