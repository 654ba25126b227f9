### baraza — Soomaali: warbixinnada.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.

## Bogga

report-footer = Waxaa qoray baraza.
report-note = Ogow:

## Qoraallada sare

report-anonymised = Nuqul aan magacyo lahayn: magacyada fududeeyayaasha iyo mas'uuliyiinta, qoraallada xaaladda, sharraxaadda dhibaatooyinka, la-hawlgalayaasha, khataraha, qoraallada horumarka, sababaha go'aannada iyo casharrada waa laga saaray.
report-not-encrypted = Warbixintan lama sirayn, si ka duwan kulanka laga sameeyay: qof kasta oo furi kara faylkan wuu akhriyi karaa. Ku hay oo keliya meel ay gaari karaan dadka loogu talagalay.
report-merged-whole-room = Qolka oo dhan waxaa joogay wax ka yar { $min } qof: natiijooyinkiisa waxaa loo muujiyay qolka oo dhan, ahaan “{ $other }”, iyada oo aan koox gaar ah la soo bandhigin.
report-merged = Kooxaha ka yar { $min } qof waxaa lagu daray “{ $other }” ({ $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } koox
}, { $people ->
    [one] { $people } qof
   *[other] { $people } qof
}), si aan codka qofna looga garan tirada koox yar.
report-not-reached = Kulanku weli ma gaarin { $stage } (wuxuu istaagay { $reached }).

## Guud ahaan

report-community = Bulshada
report-date = Taariikhda
report-facilitators = Fududeeyayaasha
report-stage-reached = Tallaabada la gaaray
report-participants = Ka qaybgalayaasha
report-participants-value = { $people } oo ku jira { $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } koox
}, { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
} ka qaybgale kasta
report-previous-cycle = Wareeggii hore
report-previous-value = kulanka { $id }
report-time-worked = Waqtiga lagu shaqeeyay guddi kasta
report-worked-value = { $stage }: { $time }
report-last-updated = Markii ugu dambaysay la cusbooneysiiyay
report-as-of = Warbixinta ilaa
report-language = Luqadda

## Ogolaansho

report-consent = Ogolaansho
report-no-consent = Qoraal ogolaansho lama diiwaangelin: ka hor intaadan la wadaagin warbixintan, weydii fududeeyaha waxa qolku ogolaaday in la diiwaangeliyo oo la wadaago.
report-consent-intro = Waxa qolku ogolaaday in la diiwaangeliyo oo la wadaago:
report-purged = Waa la tirtiray { $date }, sida xeerka kaydinta ee barnaamijku dhigayo: { $what }.

## Xaaladda

report-context = Xaaladda iyo falanqaynta khilaafka
report-context-anonymised = Qoraallada xaaladda waa laga saaray nuqullada aan magacyada lahayn.
report-no-context = Qoraal xaaladeed lama diiwaangelin.

## Kooxaha

report-groups = Kooxaha qolka jooga
report-no-groups = Kooxo lama diiwaangelin.
report-col-group = Kooxda
report-col-people = Dadka
report-col-dot-budget = Dhibcaha loo qoondeeyay
report-col-dots-placed = Dhibcaha la dhigay
report-all = Dhammaan

## Dhibaatooyinka

report-problems = Dhibaatooyinka
report-no-problems = Dhibaato lama diiwaangelin.
report-category = Nooca
report-where = Halkee
report-raised-by = Waxaa soo qaaday
report-flags = Calaamado
report-flag-escalation = waxay u baahan tahay tallaabo degmo ama qaran
report-flag-resolved = waa la xalliyay
report-flag-carried = laga soo qaaday wareeggii hore
report-tree-problem = Dhibaatada:{ " " }
report-tree-causes = Sababaha (xididdada)
report-tree-effects = Saamaynta (laamaha)
report-none-recorded = waxba lama diiwaangelin

## Kala horreynta

report-ranking = Kala horreynta
report-nothing-ranked = Weli waxba lama kala horreysiin.
report-method-used = Habka la isticmaalay:{ " " }
report-inputs-dots = { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
} oo ka timid { $voted } ka mid ah { $groups } koox.
report-inputs-pairwise = { $done } ka mid ah { $pairs } lammaane ayaa la go'aamiyay; guushu waa 1, barbarahu waa ½ mid kasta.
report-inputs-criteria = Halbeegyada: { $criteria }; mid kasta 1–5, wadarta = Σ miisaan × qiimayn.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Codbixinta dhibcuhu waxay ahayd qarsoon:{ " " }
report-blind-hidden = shaashadda qolku waxay muujisay inta dhibcood ee koox kastaa dhigtay, ee ma aysan muujin wadarta, wadartana lama muujin markii warbixintan la qoray.
report-blind-revealed = shaashadda qolku waxay muujisay inta dhibcood ee koox kastaa dhigtay, ee ma aysan muujin wadarta, ilaa fududeeyuhu muujiyay.
report-chart-caption = { $score } dhibaato kasta ({ $method })
report-score-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dhibic
}
report-score-wins = { $n ->
    [one] { $n } guul
   *[other] { $n } guul
}
report-score-points = qiimayn { $n }
report-col-dots = Dhibco
report-col-wins = Guulo
report-col-weighted = Qiimaynta miisaaman
report-col-rank = Kaalinta
report-col-problem = Dhibaatada
report-col-category = Nooca
report-col-shortlist = Liiska kooban
report-col-tie-broken-by = Barbarada waxaa jebiyay
report-also-recorded = Sidoo kale waa la diiwaangeliyay: { $method }
report-among = Ka mid ah { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
}.
report-by-runoff = wareeg labaad ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
})
report-by-head-to-head = natiijada labo-labada ee dhexdooda
report-by-decision = go'aanka fududeeyaha: { $reason }
report-by-decision-plain = go'aanka fududeeyaha

## Kala horreynta koox-koox

report-by-group = Koox-koox
report-no-group-ranks = Kooxuhu si gaar ah uma kala horreysiin habkan.
report-by-group-intro = Kaalinta koox kasta, iyo { $score } oo ku jira qaansooyin; “–” halka kooxdu aysan waxba diiwaangelin. Kala-fogaanshuhu waa kaalinta ugu hoosaysa ee koox ka jar tan ugu sarraysa.
report-col-overall = Guud
report-col-spread = Kala-fogaansho
report-col-note = Qoraal
report-biggest-disagreement = khilaafka ugu weyn

## Go'aannada labo-labada

report-pairwise = Go'aannada labo-labada
report-decided-among = Waxaa la go'aamiyay { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
} dhexdooda: { $titles }.
report-col-pair = Lammaanaha
report-col-decided-by = Waxaa go'aamiyay
report-col-more-important = Ka muhiimsan
report-col-reason = Sababta
report-col-when = Goorma
report-whole-room = qolka oo dhan
report-tie = barbaro
report-pair = “{ $a }” ama “{ $b }”

## Qiimaynta halbeegyada

report-criteria = Qiimaynta halbeegyada (qolka oo dhan)
report-criteria-intro = Qiimaynta qolka laftiisa halka uu mid bixiyay, haddii kale celceliska qiimaynta kooxaha.
report-col-total = Wadarta

## Barbarooyinka

report-ties = Barbarooyinka
report-tie-broken = Kaalinta { $rank } ee { $method } waxaa wadaaga { $titles } — waxaa lagu jebiyay:{ " " }
report-tie-giving = { " " }({ $time }), taas oo keentay:
report-tie-order = kaalinta { $rank }: { $title }
report-tie-open = Kaalinta { $rank } weli waxaa wadaaga { $titles } (lama jebin).
report-no-ties = Barbaro u baahan jebin ma jirin.

## Liiska kooban

report-shortlist = Liiska kooban ee qorshaynta tallaabooyinka
report-no-shortlist = Weli liis kooban lama samayn.

## Qorshe hawleed

report-plan = Qorshe hawleed
report-no-actions = Weli tallaabo lama qorshayn.
report-col-no = Lr.
report-col-activity = Hawsha
report-col-responsible = Mas'uulka
report-col-with = La jira
report-col-start = Bilowga
report-col-due = Waqtiga
report-col-resources = Agabka
report-col-indicator = Tilmaamaha guusha
report-col-risks = Khataraha
report-col-status = Xaaladda
report-plan-for = Loogu talagalay “{ $title }”
report-no-action-for = Dhibaatadan tallaabo looma qorshayn.

## La socod

report-monitoring = La socod
report-nothing-to-follow = Tallaabooyin la raaco ma jiraan.
report-status-count = { $status }: { $n }
report-monitor-summary = { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } tallaabo
}: { $counts }.{ " " }
report-overdue-count = { $n } dib u dhacay
report-as-of-date = { " " }ilaa { $date }.
report-col-overdue = Dib u dhacay
report-col-notes = Qoraallo
report-col-last-note = Qoraalkii ugu dambeeyay
report-overdue-by = dib u dhacay { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}
report-from-previous = { " " }(wareeggii hore)
report-progress-of = Horumarka tallaabada { $id }: { $title }
report-progress-noted = { " " }— horumar waa la qoray

## Casharrada

report-lessons = Casharrada
report-lessons-anonymised = Casharrada waa laga saaray nuqullada aan magacyada lahayn.
report-worked = Waxa shaqeeyay
report-did-not-work = Waxa aan shaqayn
report-lessons-learned = Casharrada la bartay
report-improvements = Hagaajinta wareegga xiga
report-no-lessons = Weli cashar lama diiwaangelin.
