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

## The programme roll-up (`baraza rollup`, Markdown and HTML)

rollup-title = Soo koobidda barnaamijka
rollup-anonymised = Magacyo la'aan: magacyada mas'uuliyiinta waxaa loo soo gaabiyay nooca hay'adda.
# The facts at the top. $since, $until, $first, $last: dates, written
# the language's way (date-long).
rollup-period = Muddada
rollup-period-between = kulammada { $since } ilaa { $until }
rollup-period-since = kulammada laga bilaabo { $since }
rollup-period-until = kulammada ilaa { $until }
rollup-period-all = dhammaan kulammada
rollup-sessions = Kulammada
rollup-session-dates = Taariikhaha kulammada
rollup-dates-span = { $first } ilaa { $last }
rollup-communities = Bulshooyinka
rollup-problems-raised = Dhibaatooyinka la soo qaaday
rollup-overdue-as-of = Dib u dhaca waxaa la tiriyay ilaa
# $n: sessions edited on two laptops; $heading: rollup-conflicts.
rollup-conflicts-note = { $n ->
    [one] { $n } kulan ayaa lagu beddelay
   *[other] { $n } kulan ayaa lagu beddelay
} in ka badan hal kombiyuutar oo weli lama xallin: nuqulka ugu cusub ee mid kasta ayaa la tiriyaa, hal mar (eeg «{ $heading }» hoos).
# $problems, $actions: how many were carried over.
rollup-carried = Dhibaatooyinka iyo tallaabooyinka furan ee loo gudbiyay wareegga xiga hal mar ayaa la tiriyaa, kulanka dambe ee muddada, sida ay halkaas u yaallaan (darajada, calaamadda, xaaladda): { $problems ->
    [one] { $problems } dhibaato
   *[other] { $problems } dhibaato
} iyo { $actions ->
    [one] { $actions } tallaabo
   *[other] { $actions } tallaabo
} oo wareegyadii hore ah mar kale lama tiriyo.
rollup-recurring = Dhibaatooyinka ku soo noqnoqda bulshooyin badan
rollup-no-recurring = Ma jirto dhibaato lagu soo qaaday in ka badan hal bulsho.
rollup-recurring-intro = Cinwaannada isku midka ah ee qayb isku mid ah waa la wada tiriyaa. Darajada celceliska waxay ku saabsan tahay kulammada darajeeyay dhibaatada (1 = mudnaanta koowaad ee qolka).
rollup-chart-communities = Bulshooyinka soo qaaday dhibaato kasta
# Beside a bar of the chart. $n: how many communities.
rollup-bar-communities = { $n ->
    [one] { $n } bulsho
   *[other] { $n } bulsho
}
rollup-col-times-raised = Jeerarka la soo qaaday
rollup-col-average-rank = Darajada celceliska
rollup-col-shortlisted = Liiska kooban
rollup-col-flagged = Loo calaamadeeyay degmo/qaran
rollup-col-also-worded = Sidoo kale loo qoray
# $n: problems raised in one community only.
rollup-single = { $n ->
    [one] { $n } dhibaato oo hal bulsho oo keliya lagu soo qaaday waxay ku jirtaa
   *[other] { $n } dhibaato oo hal bulsho oo keliya lagu soo qaaday waxay ku jiraan
} shaxda CSV «recurring».
rollup-by-category = Qayb ahaan
rollup-completion = Dhammaystirka tallaabooyinka
# Action completion, one sentence in three parts, the middle in bold:
# "12 actions; " "50% done" " (6 of 12); 2 overdue as of 2026-06-30."
rollup-completion-lead = { $actions } tallaabo;{ " " }
# $percent: a percentage, written.
rollup-completion-done = { $percent } la dhammeeyay
rollup-completion-rest = { " " }({ $done } ka mid ah { $actions }); { $overdue } dib u dhacay ilaa { $date }.
rollup-col-actions = Tallaabooyin
rollup-col-done = La dhammeeyay
rollup-col-completion = Dhammaystir
rollup-col-in-progress = Socda
rollup-col-planned = La qorsheeyay
rollup-col-stalled = Istaagay
rollup-col-dropped = La joojiyay
# The kinds of actor an action's "responsible" names.
rollup-actor-community = Bulshada
rollup-actor-police = Booliska
rollup-actor-local-authority = Maamulka deegaanka
rollup-actor-cso = Ururada bulshada rayidka
rollup-actor-other = Kuwo kale
rollup-overdue = Tallaabooyinka dib u dhacay
rollup-no-overdue = Ma jirto tallaabo dib u dhacday ilaa { $date }.
rollup-col-overdue-by = Dib u dhac
rollup-col-session = Kulanka
# $n: a number of days (a cell, a heading).
rollup-days = { $n ->
    [one] { $n } maalin
   *[other] { $n } maalmood
}
rollup-escalated = Dhibaatooyinka loo calaamadeeyay tallaabo heer degmo ama qaran
rollup-no-escalated = Ma jirto dhibaato la calaamadeeyay.
rollup-col-resolved = La xalliyay
rollup-yes = haa
rollup-no = maya
rollup-conflicts = Lagu beddelay in ka badan hal kombiyuutar
rollup-conflicts-intro = Mid kasta oo kulammadan ka mid ah ayaa la koobiyeeyay kadibna lagu beddelay laba kombiyuutar ama ka badan. Waxba lama isku darin: nuqul kasta waxaa lagu hayaa muuqaalka barnaamijka, kan ugu cusub ayaa halkan lagu tiriyaa, fududeeyayaashuna waxay ku doortaan kan saxda ah amarka la muujiyay.
rollup-col-laptops = Kombiyuutarrada
rollup-col-to-resolve = Si loo xalliyo
rollup-consent = Ogolaanshaha kulan kasta
rollup-consent-intro = Waxa qol kastaa ogolaaday in la diiwaangeliyo oo la wadaago: hubi ka hor intaadan la wadaagin soo koobiddan ama wax laga soo qaaday.
rollup-no-sessions = Kulan kuma jiro muddada.
rollup-no-consent = (qoraal ogolaansho lama diiwaangelin)
rollup-cards = Kaararka qiimaynta
rollup-cards-intro = Dhibic kasta waxaa lagu akhriyaa 0–100 (dhibic 1–5 ah: 1 = 0, 3 = 50, 5 = 100). Dhibcaha bulshadu waa celceliska kooxaheeda; farqigu waa taas laga jaray qiimaynta bixiyaha adeegga ee naftiisa (taban: bixiyuhu wuxuu isu arkaa mid ka fiican). Tilmaameyaasha magacyadoodu isku egyihiin waa mid.
rollup-col-indicator = Tilmaame
rollup-col-community-latest = Bulshada (wareeggii ugu dambeeyay)
rollup-col-provider = Bixiyaha
rollup-col-gap = Farqi
rollup-trend = Isbeddelka bulsho kasta, wareeg wareeg
rollup-col-community-by-cycle = Dhibcaha bulshada wareeg kasta
rollup-col-provider-by-cycle = Kuwa bixiyaha wareeg kasta
rollup-col-change = Isbeddel
rollup-col-latest-gap = Farqiga ugu dambeeyay
rollup-places = Meelaha iyo waqtiyada ku soo noqnoqda bulshooyin badan
# $unsafe_from: the mark from which a place or time counts as unsafe.
rollup-places-intro = Bulsho kasta sida shaxdeeda ugu dambeysa ee muddada u calaamadeyso; calaamaduhu waa kuwa qolka oo dhan (0 ammaan ilaa 3 aad khatar u ah), meel ama waqti waa khatar laga bilaabo { $unsafe_from } iyo wixii ka sarreeya.
rollup-no-places = Ma jirto meel lagu calaamadeeyay in ka badan hal bulsho.
rollup-col-place = Meesha
rollup-col-highest = Calaamadda ugu sarreysa
rollup-col-when = Goorma
rollup-col-also-named = Sidoo kale loo yaqaan
rollup-col-time = Waqtiga
rollup-col-marking = Bulshooyinka calaamadeeyay
rollup-col-unsafe-in = Khatar ka ah
rollup-col-mean = Calaamadda celceliska
# $days: the days a reply is awaited before it counts.
rollup-awaiting = Kor u qaadista sugaysa jawaab in ka badan { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}
# One sentence in three parts, the middle in bold: "4 escalations in the
# follow-up ledgers; as of 2026-06-30, " "2 waited longer" " for any reply."
rollup-awaiting-lead = { $n } kor u qaadis oo ku jira diiwaannada dabagalka; ilaa { $date },{ " " }
rollup-awaiting-longer = { $n } ayaa sugay muddo dheer
rollup-awaiting-rest = { " " }jawaab kasta.
rollup-col-raised-with = Loo gudbiyay
rollup-col-raised-on = Taariikhda gudbinta
rollup-col-waiting = Sugitaan
rollup-col-followed-up = La daba galay
# The communities a problem or a place was named in.
rollup-col-where = Halkee
