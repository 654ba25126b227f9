### baraza — Soomaali: warbixinnada.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## The page

# The last line of the HTML page.
report-footer = Waxaa qoray baraza.
# Markdown's label before a note the reader must notice.
report-note = Ogow:

## Notes at the top

report-anonymised = Nuqul aan magacyo lahayn: magacyada fududeeyayaasha iyo mas'uuliyiinta, qoraallada xaaladda, sharraxaadda dhibaatooyinka, la-hawlgalayaasha, khataraha, qoraallada horumarka, sababaha go'aannada iyo casharrada waa laga saaray.
report-not-encrypted = Warbixintan lama sirayn, si ka duwan kulanka laga sameeyay: qof kasta oo furi kara faylkan wuu akhriyi karaa. Ku hay oo keliya meel ay gaari karaan dadka loogu talagalay.
# An anonymised copy of a room too small to show groups apart.
# $min: the smallest group shown apart (people); $other: the merged
# group's name.
report-merged-whole-room = Qolka oo dhan waxaa joogay wax ka yar { $min } qof: natiijooyinkiisa waxaa loo muujiyay qolka oo dhan, ahaan “{ $other }”, iyada oo aan koox gaar ah la soo bandhigin.
# Small groups merged. $min: as above; $groups: how many groups were
# merged; $people: how many people they hold.
report-merged = Kooxaha ka yar { $min } qof waxaa lagu daray “{ $other }” ({ $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } koox
}, { $people ->
    [one] { $people } qof
   *[other] { $people } qof
}), si aan codka qofna looga garan tirada koox yar.
# A panel the session did not get to. $stage: the step not reached;
# $reached: the step it stopped at.
report-not-reached = Kulanku weli ma gaarin { $stage } (wuxuu istaagay { $reached }).

## Overview (facts at the top)

report-community = Bulshada
report-date = Taariikhda
report-facilitators = Fududeeyayaasha
report-stage-reached = Tallaabada la gaaray
report-participants = Ka qaybgalayaasha
# $people: participants; $groups: groups; $dots: dots each.
report-participants-value = { $people } oo ku jira { $groups ->
    [one] { $groups } { -group }
   *[other] { $groups } koox
}, { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
} ka qaybgale kasta
report-previous-cycle = Wareeggii hore
# $id: the previous session's id.
report-previous-value = kulanka { $id }
report-time-worked = Waqtiga lagu shaqeeyay guddi kasta
# One step's time. $stage: the step; $time: "34 min".
report-worked-value = { $stage }: { $time }
report-last-updated = Markii ugu dambaysay la cusbooneysiiyay
report-as-of = Warbixinta ilaa
report-language = Luqadda

## Consent

report-consent = Ogolaansho
report-no-consent = Qoraal ogolaansho lama diiwaangelin: ka hor intaadan la wadaagin warbixintan, weydii fududeeyaha waxa qolku ogolaaday in la diiwaangeliyo oo la wadaago.
report-consent-intro = Waxa qolku ogolaaday in la diiwaangeliyo oo la wadaago:
# $date: when, in words; $what: what was purged (in English for now).
report-purged = Waa la tirtiray { $date }, sida xeerka kaydinta ee barnaamijku dhigayo: { $what }.

## Context

report-context = Xaaladda iyo falanqaynta khilaafka
report-context-anonymised = Qoraallada xaaladda waa laga saaray nuqullada aan magacyada lahayn.
report-no-context = Qoraal xaaladeed lama diiwaangelin.

## Groups

report-groups = Kooxaha qolka jooga
report-no-groups = Kooxo lama diiwaangelin.
# Columns of the groups table.
report-col-group = Kooxda
report-col-people = Dadka
report-col-dot-budget = Dhibcaha loo qoondeeyay
report-col-dots-placed = Dhibcaha la dhigay
# The last row: every group together.
report-all = Dhammaan

## Problems

report-problems = Dhibaatooyinka
report-no-problems = Dhibaato lama diiwaangelin.
report-category = Nooca
report-where = Halkee
report-raised-by = Waxaa soo qaaday
report-flags = Calaamado
report-flag-escalation = waxay u baahan tahay tallaabo degmo ama qaran
report-flag-resolved = waa la xalliyay
report-flag-carried = laga soo qaaday wareeggii hore
# The problem tree: the trunk, its roots and its branches.
report-tree-problem = Dhibaatada:{ " " }
report-tree-causes = Sababaha (xididdada)
report-tree-effects = Saamaynta (laamaha)
report-none-recorded = waxba lama diiwaangelin

## Ranking

report-ranking = Kala horreynta
report-nothing-ranked = Weli waxba lama kala horreysiin.
# Before the method's name.
report-method-used = Habka la isticmaalay:{ " " }
# After it: what went in. $dots: dots placed; $voted: groups that voted;
# $groups: groups in all.
report-inputs-dots = { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
} oo ka timid { $voted } ka mid ah { $groups } koox.
# $done: pairs decided; $pairs: pairs in all.
report-inputs-pairwise = { $done } ka mid ah { $pairs } lammaane ayaa la go'aamiyay; guushu waa 1, barbarahu waa ½ mid kasta.
# $criteria: each criterion with its weight ("Frequency (×2), Severity (×1)").
report-inputs-criteria = Halbeegyada: { $criteria }; mid kasta 1–5, wadarta = Σ miisaan × qiimayn.
# One criterion with its weight. $name: as typed; $weight: a number.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Codbixinta dhibcuhu waxay ahayd qarsoon:{ " " }
report-blind-hidden = shaashadda qolku waxay muujisay inta dhibcood ee koox kastaa dhigtay, ee ma aysan muujin wadarta, wadartana lama muujin markii warbixintan la qoray.
report-blind-revealed = shaashadda qolku waxay muujisay inta dhibcood ee koox kastaa dhigtay, ee ma aysan muujin wadarta, ilaa fududeeyuhu muujiyay.
# The chart's caption. $score: the score's column name (Dots, Wins…);
# $method: the method.
report-chart-caption = { $score } dhibaato kasta ({ $method })
# A score in words. $n: the score (a number, possibly "2.5").
report-score-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dhibic
}
report-score-wins = { $n ->
    [one] { $n } guul
   *[other] { $n } guul
}
report-score-points = qiimayn { $n }
# Column names of the score, by method.
report-col-dots = Dhibco
report-col-wins = Guulo
report-col-weighted = Qiimaynta miisaaman
# Columns of the ranking table.
report-col-rank = Kaalinta
report-col-problem = Dhibaatada
report-col-category = Nooca
report-col-shortlist = Liiska kooban
report-col-tie-broken-by = Barbarada waxaa jebiyay
# Another method the room also used. $method: its name.
report-also-recorded = Sidoo kale waa la diiwaangeliyay: { $method }
# $problems: how many problems the decisions were among.
report-among = Ka mid ah { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
}.
# How a tie was broken (tables and the list of ties). $dots: run-off dots;
# $reason: the facilitator's reason.
report-by-runoff = wareeg labaad ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
})
report-by-head-to-head = natiijada labo-labada ee dhexdooda
report-by-decision = go'aanka fududeeyaha: { $reason }
report-by-decision-plain = go'aanka fududeeyaha

## Ranking by group

report-by-group = Koox-koox
report-no-group-ranks = Kooxuhu si gaar ah uma kala horreysiin habkan.
# $score: the score's name, in lower case where the language has cases
# ("dots", "wins", "weighted score").
report-by-group-intro = Kaalinta koox kasta, iyo { $score } oo ku jira qaansooyin; “–” halka kooxdu aysan waxba diiwaangelin. Kala-fogaanshuhu waa kaalinta ugu hoosaysa ee koox ka jar tan ugu sarraysa.
report-col-overall = Guud
report-col-spread = Kala-fogaansho
report-col-note = Qoraal
report-biggest-disagreement = khilaafka ugu weyn

## Pairwise decisions

report-pairwise = Go'aannada labo-labada
# $problems: how many; $titles: their titles, each in «».
report-decided-among = Waxaa la go'aamiyay { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
} dhexdooda: { $titles }.
report-col-pair = Lammaanaha
report-col-decided-by = Waxaa go'aamiyay
report-col-more-important = Ka muhiimsan
report-col-reason = Sababta
report-col-when = Goorma
# Who decided, when no group did.
report-whole-room = qolka oo dhan
# The winner column when the pair was a tie.
report-tie = barbaro
# A pair. $a, $b: the two titles.
report-pair = “{ $a }” ama “{ $b }”

## Criteria scores

report-criteria = Qiimaynta halbeegyada (qolka oo dhan)
report-criteria-intro = Qiimaynta qolka laftiisa halka uu mid bixiyay, haddii kale celceliska qiimaynta kooxaha.
report-col-total = Wadarta

## Ties

report-ties = Barbarooyinka
# One tie broken. $rank: the rank; $method: the method; $titles: the tied
# problems; then the way it was broken follows in bold, then the next
# message.
report-tie-broken = Kaalinta { $rank } ee { $method } waxaa wadaaga { $titles } — waxaa lagu jebiyay:{ " " }
# $time: when (2026-06-06 10:04).
report-tie-giving = { " " }({ $time }), taas oo keentay:
# One line of the order it gave. $rank: the rank; $title: the problem.
report-tie-order = kaalinta { $rank }: { $title }
# $rank: the rank; $titles: the problems.
report-tie-open = Kaalinta { $rank } weli waxaa wadaaga { $titles } (lama jebin).
report-no-ties = Barbaro u baahan jebin ma jirin.

## Shortlist

report-shortlist = Liiska kooban ee qorshaynta tallaabooyinka
report-no-shortlist = Weli liis kooban lama samayn.

## Action plan

report-plan = Qorshe hawleed
report-no-actions = Weli tallaabo lama qorshayn.
# Columns of the action plan.
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
# Heading over one problem's actions. $title: the problem.
report-plan-for = Loogu talagalay “{ $title }”
report-no-action-for = Dhibaatadan tallaabo looma qorshayn.

## Monitoring

report-monitoring = La socod
report-nothing-to-follow = Tallaabooyin la raaco ma jiraan.
# One status with its count ("3 done"). $n: how many; $status: the status.
report-status-count = { $status } ({ $n })
# $actions: how many actions; $counts: the statuses counted (above).
report-monitor-summary = { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } tallaabo
}: { $counts }.{ " " }
# In bold. $n: how many actions are overdue.
report-overdue-count = { $n } dib u dhacay
# $date: the report's date, in words.
report-as-of-date = { " " }ilaa { $date }.
report-col-overdue = Dib u dhacay
report-col-notes = Qoraallo
report-col-last-note = Qoraalkii ugu dambeeyay
# $days: how many days late.
report-overdue-by = dib u dhacay { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}
# After an action carried from the previous cycle.
report-from-previous = { " " }(wareeggii hore)
# $id: the action's number; $title: what it is.
report-progress-of = Horumarka tallaabada { $id }: { $title }
# A note with no text (anonymised, or only dated).
report-progress-noted = { " " }— horumar waa la qoray

## Lessons

report-lessons = Casharrada
report-lessons-anonymised = Casharrada waa laga saaray nuqullada aan magacyada lahayn.
report-worked = Waxa shaqeeyay
report-did-not-work = Waxa aan shaqayn
report-lessons-learned = Casharrada la bartay
report-improvements = Hagaajinta wareegga xiga
report-no-lessons = Weli cashar lama diiwaangelin.

## Added with the score card (issue 15)

# After an action planned on a score card's gap, in the action plan's
# table. $indicator: the indicator's name, as typed.
report-on-card-gap = (farqiga kaarka qiimaynta “{ $indicator }”)
