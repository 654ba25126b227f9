### baraza — Kiswahili: ripoti.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.

## Ukurasa

report-footer = Imeandikwa na baraza.
report-note = Kumbuka:

## Maelezo ya juu

report-anonymised = Nakala isiyo na majina: majina ya wawezeshaji na wahusika, maelezo ya muktadha, maelezo ya matatizo, washirika, hatari, maandishi ya taarifa za maendeleo, sababu za maamuzi na mafunzo yameachwa.
report-not-encrypted = Ripoti hii haijasimbwa, tofauti na kikao ilichotokana nacho: yeyote anayeweza kufungua faili hili anaweza kulisoma. Iweke tu mahali ambapo wanaohusika pekee wanaweza kuifikia.
report-merged-whole-room = Ukumbi mzima ulikuwa na watu chini ya { $min }: matokeo yake yanaonyeshwa kwa ukumbi wote pamoja, kama “{ $other }”, bila kundi lolote peke yake.
report-merged = Makundi yenye watu chini ya { $min } yameunganishwa kuwa “{ $other }” ({ $groups ->
    [one] { -group } { $groups }
   *[other] makundi { $groups }
}, { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}), ili kura ya mtu yeyote isiweze kujulikana kutokana na hesabu ya kundi dogo.
report-not-reached = Kikao bado hakijafikia { $stage } (kilisimama kwenye { $reached }).

## Muhtasari

report-community = Jamii
report-date = Tarehe
report-facilitators = Wawezeshaji
report-stage-reached = Hatua iliyofikiwa
report-participants = Washiriki
report-participants-value = { $people } katika { $groups ->
    [one] { -group } { $groups }
   *[other] makundi { $groups }
}, { $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
} kwa kila mshiriki
report-previous-cycle = Mzunguko uliopita
report-previous-value = kikao { $id }
report-time-worked = Muda uliotumika kwa kila paneli
report-worked-value = { $stage }: { $time }
report-last-updated = Ilisasishwa mwisho
report-as-of = Ripoti hadi
report-language = Lugha

## Ridhaa

report-consent = Ridhaa
report-no-consent = Hakuna dokezo la ridhaa lililorekodiwa: kabla ya kushiriki ripoti hii, muulize mwezeshaji ukumbi ulikubali nini kirekodiwe na kushirikiwa.
report-consent-intro = Kile ambacho ukumbi ulikubali kirekodiwe na kushirikiwa:
report-purged = Kimefutwa kwa mujibu wa kanuni ya utunzaji ya programu tarehe { $date }: { $what }.

## Muktadha

report-context = Muktadha na uchambuzi wa migogoro
report-context-anonymised = Maelezo ya muktadha yameachwa kwenye nakala zisizo na majina.
report-no-context = Hakuna maelezo ya muktadha yaliyorekodiwa.

## Makundi

report-groups = Makundi yaliyo ukumbini
report-no-groups = Hakuna makundi yaliyorekodiwa.
report-col-group = Kundi
report-col-people = Watu
report-col-dot-budget = Nukta zilizotengwa
report-col-dots-placed = Nukta zilizowekwa
report-all = Wote

## Matatizo

report-problems = Matatizo
report-no-problems = Hakuna matatizo yaliyorekodiwa.
report-category = Aina
report-where = Wapi
report-raised-by = Limetajwa na
report-flags = Alama
report-flag-escalation = linahitaji hatua ya wilaya au ya kitaifa
report-flag-resolved = limetatuliwa
report-flag-carried = limehamishwa kutoka mzunguko uliopita
report-tree-problem = Tatizo:{ " " }
report-tree-causes = Vyanzo (mizizi)
report-tree-effects = Athari (matawi)
report-none-recorded = hakuna kilichorekodiwa

## Vipaumbele

report-ranking = Upangaji wa vipaumbele
report-nothing-ranked = Bado hakuna kilichopangwa.
report-method-used = Mbinu iliyotumika:{ " " }
report-inputs-dots = { $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
} kutoka makundi { $voted } kati ya { $groups }.
report-inputs-pairwise = Jozi { $done } kati ya { $pairs } zimeamuliwa; ushindi ni 1, sare ni ½ kila upande.
report-inputs-criteria = Vigezo: { $criteria }; kila kimoja alama 1–5, jumla = Σ uzito × alama.
report-criterion-weight = { $name } (×{ $weight })
report-blind = Kura za nukta zilikuwa za siri:{ " " }
report-blind-hidden = skrini ya ukumbi ilionyesha idadi ya nukta ambazo kila kundi liliweka, si jumla, na jumla zilikuwa bado hazijafichuliwa ripoti hii ilipoandikwa.
report-blind-revealed = skrini ya ukumbi ilionyesha idadi ya nukta ambazo kila kundi liliweka, si jumla, hadi mwezeshaji alipozifichua.
report-chart-caption = { $score } kwa kila tatizo ({ $method })
report-score-dots = { $n ->
    [one] { -dot } { $n }
   *[other] nukta { $n }
}
report-score-wins = { $n ->
    [one] ushindi { $n }
   *[other] ushindi { $n }
}
report-score-points = alama { $n }
report-col-dots = Nukta
report-col-wins = Ushindi
report-col-weighted = Alama zenye uzito
report-col-rank = Nafasi
report-col-problem = Tatizo
report-col-category = Aina
report-col-shortlist = Orodha fupi
report-col-tie-broken-by = Sare ilivunjwa kwa
report-also-recorded = Pia imerekodiwa: { $method }
report-among = Kati ya { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}.
report-by-runoff = kura ya marudio ({ $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
})
report-by-head-to-head = matokeo ya jozi kati yao
report-by-decision = uamuzi wa mwezeshaji: { $reason }
report-by-decision-plain = uamuzi wa mwezeshaji

## Vipaumbele kwa kundi

report-by-group = Kwa kundi
report-no-group-ranks = Makundi hayakupanga kila moja peke yake kwa mbinu hii.
report-by-group-intro = Nafasi ya kila kundi, pamoja na { $score } kwenye mabano; “–” pale kundi halikurekodi kitu. Tofauti ni nafasi ya chini kabisa ya kundi ukitoa ya juu kabisa.
report-col-overall = Jumla
report-col-spread = Tofauti
report-col-note = Dokezo
report-biggest-disagreement = tofauti kubwa zaidi

## Maamuzi ya jozi

report-pairwise = Maamuzi ya jozi
report-decided-among = Yaliamuliwa kati ya { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}: { $titles }.
report-col-pair = Jozi
report-col-decided-by = Iliamuliwa na
report-col-more-important = Muhimu zaidi
report-col-reason = Sababu
report-col-when = Lini
report-whole-room = ukumbi mzima
report-tie = sare
report-pair = “{ $a }” au “{ $b }”

## Alama kwa vigezo

report-criteria = Alama kwa vigezo (ukumbi mzima)
report-criteria-intro = Alama ya ukumbi wenyewe pale ulipotoa, vinginevyo wastani wa alama za makundi.
report-col-total = Jumla

## Sare

report-ties = Sare
report-tie-broken = Nafasi ya { $rank } katika { $method } inashirikiwa na { $titles } — ilivunjwa kwa:{ " " }
report-tie-giving = { " " }({ $time }), na kutoa:
report-tie-order = nafasi ya { $rank }: { $title }
report-tie-open = Nafasi ya { $rank } bado inashirikiwa na { $titles } (haijavunjwa).
report-no-ties = Hakuna sare iliyohitaji kuvunjwa.

## Orodha fupi

report-shortlist = Orodha fupi ya kupangia hatua
report-no-shortlist = Bado hakuna orodha fupi.

## Mpango kazi

report-plan = Mpango kazi
report-no-actions = Bado hakuna hatua zilizopangwa.
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
report-plan-for = Kwa “{ $title }”
report-no-action-for = Hakuna hatua iliyopangwa kwa tatizo hili.

## Ufuatiliaji

report-monitoring = Ufuatiliaji
report-nothing-to-follow = Hakuna hatua za kufuatilia.
report-status-count = { $status }: { $n }
report-monitor-summary = { $actions ->
    [one] { -action } { $actions }
   *[other] hatua { $actions }
}: { $counts }.{ " " }
report-overdue-count = { $n ->
    [one] { $n } imechelewa
   *[other] { $n } zimechelewa
}
report-as-of-date = { " " }hadi { $date }.
report-col-overdue = Imechelewa
report-col-notes = Maelezo
report-col-last-note = Taarifa ya mwisho
report-overdue-by = imechelewa { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
report-from-previous = { " " }(kutoka mzunguko uliopita)
report-progress-of = Maendeleo ya hatua { $id }: { $title }
report-progress-noted = { " " }— maendeleo yamebainishwa

## Mafunzo

report-lessons = Mafunzo
report-lessons-anonymised = Mafunzo yameachwa kwenye nakala zisizo na majina.
report-worked = Kilichofanikiwa
report-did-not-work = Kisichofanikiwa
report-lessons-learned = Mafunzo tuliyojifunza
report-improvements = Maboresho kwa mzunguko ujao
report-no-lessons = Bado hakuna mafunzo yaliyorekodiwa.
