### baraza — Kiswahili: ripoti.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## The page

# The last line of the HTML page.
report-footer = Imeandikwa na baraza.
# Markdown's label before a note the reader must notice.
report-note = Kumbuka:

## Notes at the top

report-anonymised = Nakala isiyo na majina: majina ya wawezeshaji na wahusika, maelezo ya muktadha, maelezo ya matatizo, washirika, hatari, maandishi ya taarifa za maendeleo, sababu za maamuzi na mafunzo yameachwa.
report-not-encrypted = Ripoti hii haijasimbwa, tofauti na kikao ilichotokana nacho: yeyote anayeweza kufungua faili hili anaweza kulisoma. Iweke tu mahali ambapo wanaohusika pekee wanaweza kuifikia.
# An anonymised copy of a room too small to show groups apart.
# $min: the smallest group shown apart (people); $other: the merged
# group's name.
report-merged-whole-room = Ukumbi mzima ulikuwa na watu chini ya { $min }: matokeo yake yanaonyeshwa kwa ukumbi wote pamoja, kama “{ $other }”, bila kundi lolote peke yake.
# Small groups merged. $min: as above; $groups: how many groups were
# merged; $people: how many people they hold.
report-merged = Makundi yenye watu chini ya { $min } yameunganishwa kuwa “{ $other }” ({ $groups ->
    [one] { -group } { $groups }
   *[other] makundi { $groups }
}, { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}), ili kura ya mtu yeyote isiweze kujulikana kutokana na hesabu ya kundi dogo.
# A panel the session did not get to. $stage: the step not reached;
# $reached: the step it stopped at.
report-not-reached = Kikao bado hakijafikia { $stage } (kilisimama kwenye { $reached }).

## Overview (facts at the top)

report-community = Jamii
report-date = Tarehe
report-facilitators = Wawezeshaji
report-stage-reached = Hatua iliyofikiwa
report-participants = Washiriki
# $people: participants; $groups: groups; $dots: dots each.
report-participants-value = { $people } katika { $groups ->
    [one] { -group } { $groups }
   *[other] makundi { $groups }
}, { $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
} kwa kila mshiriki
report-previous-cycle = Mzunguko uliopita
# $id: the previous session's id.
report-previous-value = kikao { $id }
report-time-worked = Muda uliotumika kwa kila paneli
# One step's time. $stage: the step; $time: "34 min".
report-worked-value = { $stage }: { $time }
report-last-updated = Ilisasishwa mwisho
report-as-of = Ripoti hadi
report-language = Lugha

## Consent

report-consent = Ridhaa
report-no-consent = Hakuna dokezo la ridhaa lililorekodiwa: kabla ya kushiriki ripoti hii, muulize mwezeshaji ukumbi ulikubali nini kirekodiwe na kushirikiwa.
report-consent-intro = Kile ambacho ukumbi ulikubali kirekodiwe na kushirikiwa:
# $date: when, in words; $what: what was purged (in English for now).
report-purged = Kimefutwa kwa mujibu wa kanuni ya utunzaji ya programu tarehe { $date }: { $what }.

## Context

report-context = Muktadha na uchambuzi wa migogoro
report-context-anonymised = Maelezo ya muktadha yameachwa kwenye nakala zisizo na majina.
report-no-context = Hakuna maelezo ya muktadha yaliyorekodiwa.

## Groups

report-groups = Makundi yaliyo ukumbini
report-no-groups = Hakuna makundi yaliyorekodiwa.
# Columns of the groups table.
report-col-group = Kundi
report-col-people = Watu
report-col-dot-budget = Nukta zilizotengwa
report-col-dots-placed = Nukta zilizowekwa
# The last row: every group together.
report-all = Wote

## Problems

report-problems = Matatizo
report-no-problems = Hakuna matatizo yaliyorekodiwa.
report-category = Aina
report-where = Wapi
report-raised-by = Limetajwa na
report-flags = Ishara
report-flag-escalation = linahitaji hatua ya wilaya au ya kitaifa
report-flag-resolved = limetatuliwa
report-flag-carried = limehamishwa kutoka mzunguko uliopita
# The problem tree: the trunk, its roots and its branches.
report-tree-problem = Tatizo:{ " " }
report-tree-causes = Vyanzo (mizizi)
report-tree-effects = Athari (matawi)
report-none-recorded = hakuna kilichorekodiwa

## Ranking

report-ranking = Upangaji wa vipaumbele
report-nothing-ranked = Bado hakuna kilichopangwa.
# Before the method's name.
report-method-used = Mbinu iliyotumika:{ " " }
# After it: what went in. $dots: dots placed; $voted: groups that voted;
# $groups: groups in all.
report-inputs-dots = { $dots ->
    [one] Nukta { $dots }
   *[other] Nukta { $dots }
} kutoka makundi { $voted } kati ya { $groups }.
# $done: pairs decided; $pairs: pairs in all.
report-inputs-pairwise = Jozi { $done } kati ya { $pairs } zimeamuliwa; ushindi ni 1, sare ni ½ kila upande.
# $criteria: each criterion with its weight ("Frequency (×2), Severity (×1)").
report-inputs-criteria = Vigezo: { $criteria }; kila kimoja alama 1–5, jumla = Σ uzito × alama.
# One criterion with its weight. $name: as typed; $weight: a number.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Kura za nukta zilikuwa za siri:{ " " }
report-blind-hidden = skrini ya ukumbi ilionyesha idadi ya nukta ambazo kila kundi liliweka, si jumla, na jumla zilikuwa bado hazijafichuliwa ripoti hii ilipoandikwa.
report-blind-revealed = skrini ya ukumbi ilionyesha idadi ya nukta ambazo kila kundi liliweka, si jumla, hadi mwezeshaji alipozifichua.
# The chart's caption. $score: the score's column name (Dots, Wins…);
# $method: the method.
report-chart-caption = { $score } kwa kila tatizo ({ $method })
# A score in words. $n: the score (a number, possibly "2.5").
report-score-dots = { $n ->
    [one] { -dot } { $n }
   *[other] nukta { $n }
}
report-score-wins = { $n ->
    [one] ushindi { $n }
   *[other] ushindi { $n }
}
report-score-points = alama { $n }
# Column names of the score, by method.
report-col-dots = Nukta
report-col-wins = Ushindi
report-col-weighted = Alama zenye uzito
# Columns of the ranking table.
report-col-rank = Nafasi
report-col-problem = Tatizo
report-col-category = Aina
report-col-shortlist = Orodha fupi
report-col-tie-broken-by = Sare ilivunjwa kwa
# Another method the room also used. $method: its name.
report-also-recorded = Pia imerekodiwa: { $method }
# $problems: how many problems the decisions were among.
report-among = Kati ya { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}.
# How a tie was broken (tables and the list of ties). $dots: run-off dots;
# $reason: the facilitator's reason.
report-by-runoff = kura ya marudio ({ $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
})
report-by-head-to-head = matokeo ya jozi kati yao
report-by-decision = uamuzi wa mwezeshaji: { $reason }
report-by-decision-plain = uamuzi wa mwezeshaji

## Ranking by group

report-by-group = Kwa kundi
report-no-group-ranks = Makundi hayakupanga kila moja peke yake kwa mbinu hii.
# $score: the score's name, in lower case where the language has cases
# ("dots", "wins", "weighted score").
report-by-group-intro = Nafasi ya kila kundi, pamoja na { $score } kwenye mabano; “–” pale kundi halikurekodi kitu. Tofauti ni nafasi ya chini kabisa ya kundi ukitoa ya juu kabisa.
report-col-overall = Jumla
report-col-spread = Tofauti
report-col-note = Dokezo
report-biggest-disagreement = tofauti kubwa zaidi

## Pairwise decisions

report-pairwise = Maamuzi ya jozi
# $problems: how many; $titles: their titles, each in «».
report-decided-among = Yaliamuliwa kati ya { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}: { $titles }.
report-col-pair = Jozi
report-col-decided-by = Iliamuliwa na
report-col-more-important = Muhimu zaidi
report-col-reason = Sababu
report-col-when = Lini
# Who decided, when no group did.
report-whole-room = ukumbi mzima
# The winner column when the pair was a tie.
report-tie = sare
# A pair. $a, $b: the two titles.
report-pair = “{ $a }” au “{ $b }”

## Criteria scores

report-criteria = Alama kwa vigezo (ukumbi mzima)
report-criteria-intro = Alama ya ukumbi wenyewe pale ulipotoa, vinginevyo wastani wa alama za makundi.
report-col-total = Jumla

## Ties

report-ties = Sare
# One tie broken. $rank: the rank; $method: the method; $titles: the tied
# problems; then the way it was broken follows in bold, then the next
# message.
report-tie-broken = Nafasi ya { $rank } katika { $method } inashirikiwa na { $titles } — ilivunjwa kwa:{ " " }
# $time: when (2026-06-06 10:04).
report-tie-giving = { " " }({ $time }), na kutoa:
# One line of the order it gave. $rank: the rank; $title: the problem.
report-tie-order = nafasi ya { $rank }: { $title }
# $rank: the rank; $titles: the problems.
report-tie-open = Nafasi ya { $rank } bado inashirikiwa na { $titles } (haijavunjwa).
report-no-ties = Hakuna sare iliyohitaji kuvunjwa.

## Shortlist

report-shortlist = Orodha fupi ya kupangia hatua
report-no-shortlist = Bado hakuna orodha fupi.

## Action plan

report-plan = Mpango kazi
report-no-actions = Bado hakuna hatua zilizopangwa.
# Columns of the action plan.
report-col-no = Na.
report-col-activity = Shughuli
report-col-responsible = Mhusika
report-col-with = Pamoja na
report-col-start = Kuanza
report-col-due = Mwisho
report-col-resources = Rasilimali
report-col-indicator = Kiashiria cha mafanikio
report-col-risks = Hatari
report-col-status = Hali
# Heading over one problem's actions. $title: the problem.
report-plan-for = Kwa “{ $title }”
report-no-action-for = Hakuna hatua iliyopangwa kwa tatizo hili.

## Monitoring

report-monitoring = Ufuatiliaji
report-nothing-to-follow = Hakuna hatua za kufuatilia.
# One status with its count ("3 done"). $n: how many; $status: the status.
report-status-count = { $status } ({ $n })
# $actions: how many actions; $counts: the statuses counted (above).
report-monitor-summary = { $actions ->
    [one] Hatua { $actions }
   *[other] Hatua { $actions }
}: { $counts }.{ " " }
# In bold. $n: how many actions are overdue.
report-overdue-count = { $n ->
    [one] { $n } imechelewa
   *[other] { $n } zimechelewa
}
# $date: the report's date, in words.
report-as-of-date = { " " }hadi { $date }.
report-col-overdue = Imechelewa
report-col-notes = Maelezo
report-col-last-note = Taarifa ya mwisho
# $days: how many days late.
report-overdue-by = imechelewa { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
# After an action carried from the previous cycle.
report-from-previous = { " " }(kutoka mzunguko uliopita)
# $id: the action's number; $title: what it is.
report-progress-of = Maendeleo ya hatua { $id }: { $title }
# A note with no text (anonymised, or only dated).
report-progress-noted = { " " }— maendeleo yamebainishwa

## Lessons

report-lessons = Mafunzo
report-lessons-anonymised = Mafunzo yameachwa kwenye nakala zisizo na majina.
report-worked = Kilichofanikiwa
report-did-not-work = Kisichofanikiwa
report-lessons-learned = Mafunzo tuliyojifunza
report-improvements = Maboresho kwa mzunguko ujao
report-no-lessons = Bado hakuna mafunzo yaliyorekodiwa.

## Added with the score card (issue 15)

# After an action planned on a score card's gap, in the action plan's
# table. $indicator: the indicator's name, as typed.
report-on-card-gap = (kwa pengo la kadi ya alama “{ $indicator }”)

## The programme roll-up (`baraza rollup`, Markdown and HTML)

rollup-title = Muhtasari wa programu
rollup-anonymised = Bila majina: majina ya wahusika yamepunguzwa kuwa aina ya mhusika.
# The facts at the top. $since, $until, $first, $last: dates, written
# the language's way (date-long).
rollup-period = Kipindi
rollup-period-between = vikao kuanzia { $since } hadi { $until }
rollup-period-since = vikao kuanzia { $since }
rollup-period-until = vikao hadi { $until }
rollup-period-all = vikao vyote
rollup-sessions = Vikao
rollup-session-dates = Tarehe za vikao
rollup-dates-span = { $first } hadi { $last }
rollup-communities = Jamii
rollup-problems-raised = Matatizo yaliyotajwa
rollup-overdue-as-of = Yaliyochelewa yamehesabiwa hadi
# $n: sessions edited on two laptops; $heading: rollup-conflicts.
rollup-conflicts-note = { $n ->
    [one] Kikao { $n } kilihaririwa kwenye kompyuta zaidi ya moja na bado hakijasuluhishwa
   *[other] Vikao { $n } vilihaririwa kwenye kompyuta zaidi ya moja na bado havijasuluhishwa
}: toleo jipya zaidi la kila kimoja linahesabiwa, mara moja (ona «{ $heading }» hapa chini).
# $problems, $actions: how many were carried over.
rollup-carried = Matatizo na hatua zilizo wazi zilizohamishiwa mzunguko unaofuata zinahesabiwa mara moja, katika kikao cha baadaye cha kipindi, kama zilivyo huko (nafasi, alama, hali): { $problems ->
    [one] tatizo { $problems }
   *[other] matatizo { $problems }
} na { $actions ->
    [one] hatua { $actions }
   *[other] hatua { $actions }
} za mizunguko ya awali hazihesabiwi tena.
rollup-recurring = Matatizo yanayojirudia katika jamii mbalimbali
rollup-no-recurring = Hakuna tatizo lililotajwa katika jamii zaidi ya moja.
rollup-recurring-intro = Vichwa vinavyofanana katika aina moja vinahesabiwa pamoja. Nafasi ya wastani ni ya vikao vilivyopanga tatizo hilo (1 = kipaumbele cha kwanza cha ukumbi).
rollup-chart-communities = Jamii zinazotaja kila tatizo
# Beside a bar of the chart. $n: how many communities.
rollup-bar-communities = { $n ->
    [one] jamii { $n }
   *[other] jamii { $n }
}
rollup-col-times-raised = Mara lilipotajwa
rollup-col-average-rank = Nafasi ya wastani
rollup-col-shortlisted = Kwenye orodha fupi
rollup-col-flagged = Limewekwa alama kwa wilaya/taifa
rollup-col-also-worded = Pia limeandikwa kama
# $n: problems raised in one community only.
rollup-single = { $n ->
    [one] Tatizo { $n } lililotajwa katika jamii moja tu liko
   *[other] Matatizo { $n } yaliyotajwa katika jamii moja tu yako
} kwenye jedwali la CSV «recurring».
rollup-by-category = Kwa aina
rollup-completion = Ukamilishaji wa hatua
# Action completion, one sentence in three parts, the middle in bold:
# "12 actions; " "50% done" " (6 of 12); 2 overdue as of 2026-06-30."
rollup-completion-lead = Hatua { $actions };{ " " }
# $percent: a percentage, written.
rollup-completion-done = { $percent } zimekamilika
rollup-completion-rest = { " " }({ $done } kati ya { $actions }); { $overdue } zimechelewa hadi { $date }.
rollup-col-actions = Hatua
rollup-col-done = Zimekamilika
rollup-col-completion = Ukamilishaji
rollup-col-in-progress = Zinaendelea
rollup-col-planned = Zimepangwa
rollup-col-stalled = Zimekwama
rollup-col-dropped = Zimeachwa
# The kinds of actor an action's "responsible" names.
rollup-actor-community = Jamii
rollup-actor-police = Polisi
rollup-actor-local-authority = Serikali ya mtaa
rollup-actor-cso = Asasi za kiraia
rollup-actor-other = Wengine
rollup-overdue = Hatua zilizochelewa
rollup-no-overdue = Hakuna hatua iliyochelewa hadi { $date }.
rollup-col-overdue-by = Imechelewa kwa
rollup-col-session = Kikao
# $n: a number of days (a cell, a heading).
rollup-days = { $n ->
    [one] siku { $n }
   *[other] siku { $n }
}
rollup-escalated = Matatizo yaliyowekwa alama kwa hatua ya wilaya au taifa
rollup-no-escalated = Hakuna tatizo lililowekwa alama.
rollup-col-resolved = Limetatuliwa
rollup-yes = ndiyo
rollup-no = hapana
rollup-conflicts = Kimehaririwa kwenye kompyuta zaidi ya moja
rollup-conflicts-intro = Kila kimoja cha vikao hivi kilinakiliwa kisha kikahaririwa kwenye kompyuta mbili au zaidi. Hakuna kilichounganishwa: kila toleo linahifadhiwa kwenye mwonekano wa programu, jipya zaidi linahesabiwa hapa, na wawezeshaji wanachagua lililo sahihi kwa amri iliyoonyeshwa.
rollup-col-laptops = Kompyuta
rollup-col-to-resolve = Kusuluhisha
rollup-consent = Ridhaa katika kila kikao
rollup-consent-intro = Kile ambacho kila ukumbi ulikubali kirekodiwe na kushirikiwa: kiangalie kabla ya kushiriki muhtasari huu au chochote kilichotolewa humo.
rollup-no-sessions = Hakuna kikao katika kipindi hiki.
rollup-no-consent = (hakuna dokezo la ridhaa lililorekodiwa)
rollup-cards = Kadi za alama
rollup-cards-intro = Kila alama inasomwa kwa 0–100 (alama ya 1–5: 1 = 0, 3 = 50, 5 = 100). Alama ya jamii ni wastani wa makundi yake; pengo ni hiyo kutoa alama ambayo mtoa huduma alijipa (hasi: mtoa huduma anajiona bora kuliko jamii inavyomwona). Viashiria vyenye majina yanayofanana ni kimoja.
rollup-col-indicator = Kiashiria
rollup-col-community-latest = Jamii (mzunguko wa mwisho)
rollup-col-provider = Mtoa huduma
rollup-col-gap = Pengo
rollup-trend = Mwelekeo kwa kila jamii, mzunguko kwa mzunguko
rollup-col-community-by-cycle = Alama ya jamii kwa mzunguko
rollup-col-provider-by-cycle = Ya mtoa huduma kwa mzunguko
rollup-col-change = Mabadiliko
rollup-col-latest-gap = Pengo la mwisho
rollup-places = Mahali na nyakati zinazojirudia katika jamii mbalimbali
# $unsafe_from: the mark from which a place or time counts as unsafe.
rollup-places-intro = Kila jamii kama jedwali lake la mwisho katika kipindi linavyoweka alama; alama ni za ukumbi mzima (0 salama hadi 3 si salama kabisa), na mahali au wakati si salama kuanzia { $unsafe_from } na zaidi.
rollup-no-places = Hakuna mahali palipowekwa alama katika jamii zaidi ya moja.
rollup-col-place = Mahali
rollup-col-highest = Alama ya juu zaidi
rollup-col-when = Lini
rollup-col-also-named = Pia panaitwa
rollup-col-time = Wakati
rollup-col-marking = Jamii zinazoweka alama
rollup-col-unsafe-in = Si salama katika
rollup-col-mean = Alama ya wastani
# $days: the days a reply is awaited before it counts.
rollup-awaiting = Yaliyopelekwa juu yanayosubiri jibu kwa zaidi ya { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
# One sentence in three parts, the middle in bold: "4 escalations in the
# follow-up ledgers; as of 2026-06-30, " "2 waited longer" " for any reply."
rollup-awaiting-lead = Yaliyopelekwa juu { $n } katika daftari za ufuatiliaji; hadi { $date },{ " " }
rollup-awaiting-longer = { $n } yamesubiri zaidi
rollup-awaiting-rest = { " " }jibu lolote.
rollup-col-raised-with = Limepelekwa kwa
rollup-col-raised-on = Limepelekwa tarehe
rollup-col-waiting = Linasubiri
rollup-col-followed-up = Limefuatiliwa
# The communities a problem or a place was named in.
rollup-col-where = Wapi
