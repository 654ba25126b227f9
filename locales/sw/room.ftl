### baraza — Kiswahili: skrini ya baraza (ukutani).
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.

## Kila paneli

room-mark-saved = ✓ imehifadhiwa
room-mark-saving = inahifadhi…
room-mark-not-saved = HAIJAHIFADHIWA
room-mark-read-only = kusoma tu
room-mark-live = ● mubashara
room-mark-unreadable = ⚠ faili halisomeki: mwonekano mzuri wa mwisho, inajaribu tena
room-mark-shows-only = dirisha hili linaonyesha tu: fanya kazi kwenye dirisha la mwezeshaji
room-too-small = panua dirisha ({ $width }×{ $height })
room-page = { $from }–{ $to } kati ya { $total }
room-whole-room = ukumbi mzima

## Fomu iliyo wazi juu ya skrini ya ukumbi

room-typing = ✎ { $label }: { $text }▏
room-typing-private = ✎ { $label }: haionyeshwi kwenye skrini ya ukumbi (p baada ya kufunga fomu inaionyesha)
room-typing-form-open = ✎ fomu iko wazi: p baada ya kuifunga inaonyesha skrini ya mwezeshaji

## Kipima muda

room-timer-left = muda uliobaki
room-timer-paused = imesimamishwa
room-timer-up = MUDA UMEKWISHA

## Maandalizi

room-prepare-heading = Walio ukumbini: { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}
room-prepare-empty = Bado hakuna makundi.
room-prepare-in-the-room = ukumbini
room-prepare-dots-each = { $dots ->
    [one] { -dot } { $dots } kila mmoja
   *[other] nukta { $dots } kila mmoja
}
room-prepare-total-line = Ukumbini: { $total } · { $dots }

## Utambuzi

room-identify-heading = Matatizo ya usalama yaliyotajwa: { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}
room-identify-empty = Bado hakuna tatizo lililotajwa.

## Vipaumbele: kura za nukta

room-dots-heading-blind = Kura za nukta za siri: jumla zimefichwa hadi zifichuliwe
room-dots-heading = Kura za nukta: { $placed } kati ya { $budget ->
    [one] { -dot } { $budget }
   *[other] nukta { $budget }
}
room-dots-empty = Bado hakuna matatizo ya kupigiwa kura.
room-dots-voting-now = Wanapiga kura sasa: { $group } — { $used } kati ya nukta { $budget }
room-dots-alone = Nukta za { $group } pekee
room-dots-placed = { $group } wameweka
room-legend-marks = ★ inaongoza · 2= nafasi ya pamoja

## Vipaumbele: ulinganishaji wa jozi

room-pairwise-heading = Lipi ni muhimu zaidi? Jozi { $pair } kati ya { $pairs }
room-pairwise-title = Ulinganishaji wa jozi
room-pairwise-empty = Ulinganishaji wa jozi unahitaji matatizo mawili au zaidi.
room-pairwise-deciding = Wanaoamua: { $who } · jozi { $decided } kati ya { $total } zimeamuliwa
room-pairwise-more = ✓ muhimu zaidi
room-pairwise-same = = sawa
room-pairwise-or = au

## Vipaumbele: alama kwa vigezo

room-criteria-title = Alama kwa vigezo
room-criteria-empty = Alama kwa vigezo zinahitaji matatizo na angalau kigezo kimoja.
room-criteria-weight = { " " }(uzito ×{ $weight })
room-criteria-heading = Kigezo: { $criterion }{ $weight } · { $index } kati ya { $count }
room-criteria-problem = Tatizo { $index } kati ya { $count } · alama za { $who }
room-criteria-low = chini
room-criteria-high = juu
room-criteria-mean = wastani wa makundi: { $mean }
room-criteria-not-scored = bado halijapewa alama

## Vipaumbele: matokeo

room-results-heading = Matokeo ({ $method }): jumla na kwa kila kundi
room-results-empty = Bado hakuna kilichopangwa.
room-results-overall = jumla
room-results-marks = ◆ tofauti kubwa zaidi · ★ inaongoza · 2= nafasi ya pamoja

## Vipaumbele: kuvunja sare kwenye mpaka wa orodha fupi

room-tie-title = Kuvunja sare
room-tie-heading = Kuvunja sare katika nafasi ya { $rank }
room-tie-broken = Sare katika nafasi ya { $rank } imevunjwa kwa: { $how }.
room-tie-none = Hakuna sare kwenye mpaka wa orodha fupi.
room-tie-share = { $problems ->
    [one] Tatizo { $problems } linashiriki
   *[other] Matatizo { $problems } yanashiriki
} nafasi ya { $rank }; orodha fupi ina nafasi ya { $places } kati yao.
room-tie-how = Jinsi ukumbi unavyovunja sare:
room-tie-way-runoff = kura ya marudio ya nukta kati ya matatizo yenye sare pekee
room-tie-way-head-to-head = matokeo ya ulinganishaji wa jozi kati yao
room-tie-way-decision = uamuzi wa mwezeshaji, na sababu ikielezwa kwa ukumbi
room-tie-way-runoff-short = kura ya marudio
room-tie-way-head-to-head-short = matokeo ya jozi yao
room-tie-way-decision-short = uamuzi wa mwezeshaji
room-tie-runoff = Kura ya marudio: { $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
} hadi sasa
room-tie-by-runoff = kura ya marudio ({ $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
})
room-tie-by-head-to-head = matokeo ya jozi kati yao
room-tie-by-decision = uamuzi wa mwezeshaji: { $reason }

## Mpango

room-plan-title = Mpango kazi
room-plan-empty = Bado hakuna matatizo ya kupangiwa.
room-plan-heading = Mpango kazi: kipaumbele { $place } kati ya { $count }
room-plan-no-actions = Bado hakuna hatua zilizokubaliwa kwa tatizo hili.
room-plan-who = nani: { $who }
room-plan-who-open = nani: bado kukubaliana
room-plan-by = kufikia { $date }
room-plan-by-open = lini: bado kukubaliana

## Ufuatiliaji

room-monitor-heading = Ufuatiliaji: { $actions ->
    [one] { -action } { $actions }
   *[other] hatua { $actions }
}
room-monitor-empty = Bado hakuna hatua zilizokubaliwa.
room-monitor-due = mwisho { $date }

## Mafunzo

room-learn-heading = Tulichojifunza
room-learn-worked = Kilichofanikiwa
room-learn-did-not-work = Kisichofanikiwa
room-learn-lessons = Mafunzo
room-learn-improvements = Maboresho kwa mzunguko ujao
room-learn-more = ({ $lines ->
    [one] mstari { $lines } zaidi
   *[other] mistari { $lines } zaidi
} kwenye skrini ya mwezeshaji)
