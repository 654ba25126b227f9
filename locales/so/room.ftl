### baraza — Soomaali: shaashadda qolka (derbiga).
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.

## Guddi kasta

room-mark-saved = ✓ waa la kaydiyay
room-mark-saving = waa la kaydinayaa…
room-mark-not-saved = LAMA KAYDIN
room-mark-read-only = akhris keliya
room-mark-live = ● toos
room-mark-unreadable = ⚠ faylka lama akhriyi karo: muuqaalkii ugu dambeeyay, mar kale ayaa la isku dayayaa
room-mark-shows-only = daaqaddan wax bay muujisaa oo keliya: ka shaqee daaqadda fududeeyaha
room-too-small = weyneey daaqadda ({ $width }×{ $height })
room-page = { $from }–{ $to } ee { $total }
room-whole-room = qolka oo dhan

## Foom ka furan shaashadda qolka

room-typing = ✎ { $label }: { $text }▏
room-typing-private = ✎ { $label }: laguma muujiyo shaashadda qolka (p marka foomka la xiro ayaa muujisa)
room-typing-form-open = ✎ foom ayaa furan: p marka la xiro wuxuu muujiyaa shaashadda fududeeyaha

## Saacadda

room-timer-left = waqtiga haray
room-timer-paused = la hakiyay
room-timer-up = WAQTIGII WAA DHAMMAADAY

## Diyaarin

room-prepare-heading = Yaa qolka jooga: { $people ->
    [one] { $people } qof
   *[other] { $people } qof
}
room-prepare-empty = Weli kooxo ma jiraan.
room-prepare-in-the-room = qolka jooga
room-prepare-dots-each = { $dots ->
    [one] { $dots } { -dot } qof kasta
   *[other] { $dots } dhibic qof kasta
}
room-prepare-total-line = Qolka: { $total } · { $dots }

## Aqoonsi

room-identify-heading = Dhibaatooyinka amniga ee la sheegay: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
}
room-identify-empty = Weli dhibaato lama sheegin.

## Mudnaan: codbixinta dhibcaha

room-dots-heading-blind = Codbixin qarsoon: wadarta waa qarsoon tahay ilaa la muujiyo
room-dots-heading = Codbixinta dhibcaha: { $placed } ee { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dhibic
}
room-dots-empty = Weli ma jiraan dhibaatooyin loo codeeyo.
room-dots-voting-now = Hadda codaynaya: { $group } — { $used } ee { $budget } dhibic
room-dots-alone = Dhibcaha { $group } oo keliya
room-dots-placed = { $group } way dhigeen
room-legend-marks = ★ hormuud · 2= kaalin wadaag

## Mudnaan: isbarbardhigga labo-labo

room-pairwise-heading = Midkee ka muhiimsan? Lammaanaha { $pair } ee { $pairs }
room-pairwise-title = Isbarbardhigga labo-labo
room-pairwise-empty = Isbarbardhiggu wuxuu u baahan yahay laba dhibaato ama ka badan.
room-pairwise-deciding = Go'aaminaya: { $who } · { $decided } ee { $total } lammaane ayaa la go'aamiyay
room-pairwise-more = ✓ ka muhiimsan
room-pairwise-same = = isku mid
room-pairwise-or = ama

## Mudnaan: qiimaynta halbeegyada

room-criteria-title = Qiimaynta halbeegyada
room-criteria-empty = Qiimayntu waxay u baahan tahay dhibaatooyin iyo ugu yaraan hal halbeeg.
room-criteria-weight = { " " }(miisaan ×{ $weight })
room-criteria-heading = Halbeegga: { $criterion }{ $weight } · { $index } ee { $count }
room-criteria-problem = Dhibaatada { $index } ee { $count } · waxaa qiimeeyay { $who }
room-criteria-low = hoose
room-criteria-high = sare
room-criteria-mean = celceliska kooxaha: { $mean }
room-criteria-not-scored = weli lama qiimayn

## Mudnaan: natiijooyinka

room-results-heading = Natiijooyinka ({ $method }): guud ahaan iyo koox-koox
room-results-empty = Weli waxba lama kala horreysiin.
room-results-overall = guud
room-results-marks = ◆ ugu khilaafka badan · ★ hormuud · 2= kaalin wadaag

## Mudnaan: jebinta barbarada xadka liiska kooban

room-tie-title = Jebinta barbarada
room-tie-heading = Jebinta barbarada kaalinta { $rank }
room-tie-broken = Barbaradii kaalinta { $rank } waxaa lagu jebiyay: { $how }.
room-tie-none = Barbaro kuma jirto xadka liiska kooban.
room-tie-share = { $problems ->
    [one] { $problems } { -problem } ayaa wadaaga
   *[other] { $problems } dhibaato ayaa wadaaga
} kaalinta { $rank }; liiska kooban wuxuu qaadi karaa { $places } ka mid ah.
room-tie-how = Sida qolku u jebinayo:
room-tie-way-runoff = wareeg labaad oo dhibco ah, dhibaatooyinka barbaraha ah oo keliya
room-tie-way-head-to-head = natiijada isbarbardhigga labo-labo ee dhexdooda
room-tie-way-decision = go'aan fududeeye, oo sababta loo sheego qolka
room-tie-way-runoff-short = wareeg labaad
room-tie-way-head-to-head-short = natiijada labo-labada
room-tie-way-decision-short = go'aanka fududeeyaha
room-tie-runoff = Wareegga labaad: { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
} ilaa hadda
room-tie-by-runoff = wareeg labaad ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
})
room-tie-by-head-to-head = natiijada labo-labada ee dhexdooda
room-tie-by-decision = go'aanka fududeeyaha: { $reason }

## Qorshe

room-plan-title = Qorshe hawleed
room-plan-empty = Weli ma jiraan dhibaatooyin loo qorsheeyo.
room-plan-heading = Qorshe hawleed: mudnaanta { $place } ee { $count }
room-plan-no-actions = Weli tallaabo looma heshiin dhibaatadan.
room-plan-who = yaa: { $who }
room-plan-who-open = yaa: lagu heshiin doonaa
room-plan-by = ilaa { $date }
room-plan-by-open = goorma: lagu heshiin doonaa

## La socod

room-monitor-heading = La socod: { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } tallaabo
}
room-monitor-empty = Weli tallaabo looma heshiin.
room-monitor-due = ugu dambayn { $date }

## Barasho

room-learn-heading = Waxa aan baranay
room-learn-worked = Waxa shaqeeyay
room-learn-did-not-work = Waxa aan shaqayn
room-learn-lessons = Casharrada
room-learn-improvements = Hagaajinta wareegga xiga
room-learn-more = ({ $lines ->
    [one] { $lines } sadar oo kale
   *[other] { $lines } sadar oo kale
} ayaa ku jira shaashadda fududeeyaha)
