### baraza — Kiswahili: skrini ya baraza (ukutani).
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Every panel

# The small mark in the bottom right corner (the facilitator reads it
# from the laptop): the session is safely on disk.
room-mark-saved = ✓ imehifadhiwa
# …is being written to disk.
room-mark-saving = inahifadhi…
# …could not be written (loud: the facilitator must act).
room-mark-not-saved = HAIJAHIFADHIWA
# …was opened read-only.
room-mark-read-only = kusoma tu
# An audience window (`baraza present`) following the file.
room-mark-live = ● mubashara
# An audience window whose file could not be read just now.
room-mark-unreadable = ⚠ faili halisomeki: mwonekano mzuri wa mwisho, inajaribu tena
# An audience window refused a key.
room-mark-shows-only = dirisha hili linaonyesha tu: fanya kazi kwenye dirisha la mwezeshaji
# The window is too small to draw the room's screen. $width, $height:
# its size in cells.
room-too-small = panua dirisha ({ $width }×{ $height })
# Bottom left, when a list does not fit: which entries show. $from, $to:
# the first and last shown; $total: how many there are.
room-page = { $from }–{ $to } kati ya { $total }
# Who decides or scores, when no group is chosen.
room-whole-room = ukumbi mzima

## A form open over the room's screen (two lines at the bottom)

# $label: the name of the field being typed in; $text: what is typed.
room-typing = ✎ { $label }: { $text }▏
# The field is private (notes, risks…). $label: its name.
room-typing-private = ✎ { $label }: haionyeshwi kwenye skrini ya ukumbi (p baada ya kufunga fomu inaionyesha)
# A form with no field to show.
room-typing-form-open = ✎ fomu iko wazi: p baada ya kuifunga inaonyesha skrini ya mwezeshaji

## The timer (top right)

# Beside the running timer's digits.
room-timer-left = muda uliobaki
# Beside a paused timer's digits.
room-timer-paused = imesitishwa
# When the time is up (flashes; capitals where the language has them).
room-timer-up = MUDA UMEKWISHA

## Prepare

# Heading. $people: how many people are in the room (a count).
room-prepare-heading = Walio ukumbini: { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}
# When no participant group has been added yet.
room-prepare-empty = Bado hakuna makundi.
# Under the big total of people.
room-prepare-in-the-room = ukumbini
# $dots: how many dots each participant places (a count).
room-prepare-dots-each = { $dots ->
    [one] { -dot } { $dots } kila mmoja
   *[other] nukta { $dots } kila mmoja
}
# One line at the bottom on a small screen. $total: people in the room;
# $dots: the line above ("3 dots each").
room-prepare-total-line = Ukumbini: { $total } · { $dots }

## Identify

# Heading. $problems: how many problems have been named (a count).
room-identify-heading = Matatizo ya usalama yaliyotajwa: { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
}
room-identify-empty = Bado hakuna tatizo lililotajwa.

## Rank: dot voting

# Heading in a blind vote (the totals are not shown until revealed).
room-dots-heading-blind = Kura za nukta za siri: jumla zimefichwa hadi zifichuliwe
# Heading. $placed: dots placed so far; $budget: dots there are in all.
room-dots-heading = Kura za nukta: { $placed } kati ya { $budget ->
    [one] { -dot } { $budget }
   *[other] nukta { $budget }
}
room-dots-empty = Bado hakuna matatizo ya kupigiwa kura.
# The group voting now. $group: its name; $used: dots it has placed;
# $budget: dots it has.
room-dots-voting-now = Wanapiga kura sasa: { $group } — { $used } kati ya nukta { $budget }
# Only one group's dots are shown. $group: its name.
room-dots-alone = Nukta za { $group } pekee
# A blind vote: how many dots a group has placed. $group: its name.
room-dots-placed = { $group } wameweka
# The legend of the marks beside the ranks.
room-legend-marks = ★ inaongoza · 2= nafasi ya pamoja

## Rank: pairwise

# Heading. $pair: which pair this is; $pairs: how many pairs there are.
room-pairwise-heading = Lipi ni muhimu zaidi? Jozi { $pair } kati ya { $pairs }
# Heading when no pair is being decided.
room-pairwise-title = Ulinganishaji wa jozi
room-pairwise-empty = Ulinganishaji wa jozi unahitaji matatizo mawili au zaidi.
# $who: the group deciding (or "the whole room"); $decided: pairs decided
# so far; $total: pairs there are.
room-pairwise-deciding = Wanaoamua: { $who } · jozi { $decided } kati ya { $total } zimeamuliwa
# Under the problem the room said matters more.
room-pairwise-more = ✓ muhimu zaidi
# Under both problems when the room said they matter as much.
room-pairwise-same = = sawa
# Between the two problems of the pair.
room-pairwise-or = au

## Rank: criteria scoring

room-criteria-title = Alama kwa vigezo
room-criteria-empty = Alama kwa vigezo zinahitaji matatizo na angalau kigezo kimoja.
# After the criterion's name when it counts more. $weight: its weight.
room-criteria-weight = { " " }(uzito ×{ $weight })
# Heading. $criterion: the criterion's name; $weight: the line above or
# nothing; $index: which criterion; $count: how many there are.
room-criteria-heading = Kigezo: { $criterion }{ $weight } · { $index } kati ya { $count }
# $index: which problem; $count: how many; $who: the group scoring.
room-criteria-problem = Tatizo { $index } kati ya { $count } · alama za { $who }
# The ends of the 1–5 scale.
room-criteria-low = chini
room-criteria-high = juu
# Under the scale when the groups' scores differ. $mean: their mean ("2.5").
room-criteria-mean = wastani wa makundi: { $mean }
room-criteria-not-scored = bado halijapewa alama

## Rank: results

# Heading. $method: how the room ranked (dot voting, pairwise ranking…).
room-results-heading = Matokeo ({ $method }): jumla na kwa kila kundi
room-results-empty = Bado hakuna kilichopangwa.
# Above the overall ranks' column.
room-results-overall = jumla
# The legend of the marks.
room-results-marks = ◆ tofauti kubwa zaidi · ★ inaongoza · 2= nafasi ya pamoja

## Rank: breaking a tie at the shortlist's boundary

room-tie-title = Kuvunja sare
# $rank: the shared rank.
room-tie-heading = Kuvunja sare katika nafasi ya { $rank }
# $rank: the rank; $how: how it was broken (a run-off vote (5 dots)…).
room-tie-broken = Sare katika nafasi ya { $rank } imevunjwa kwa: { $how }.
room-tie-none = Hakuna sare kwenye mpaka wa orodha fupi.
# $problems: how many problems share the rank; $rank: the rank; $places:
# how many of them the shortlist has room for.
room-tie-share = { $problems ->
    [one] Tatizo { $problems } linashiriki
   *[other] Matatizo { $problems } yanashiriki
} nafasi ya { $rank }; orodha fupi ina nafasi ya { $places } kati yao.
# Above the three ways to break a tie.
room-tie-how = Jinsi ukumbi unavyovunja sare:
# The three ways, long (wide screens) and short (narrow ones).
room-tie-way-runoff = kura ya marudio ya nukta kati ya matatizo yenye sare pekee
room-tie-way-head-to-head = matokeo ya ulinganishaji wa jozi kati yao
room-tie-way-decision = uamuzi wa mwezeshaji, na sababu ikielezwa kwa ukumbi
room-tie-way-runoff-short = kura ya marudio
room-tie-way-head-to-head-short = matokeo ya jozi yao
room-tie-way-decision-short = uamuzi wa mwezeshaji
# $dots: dots placed in the run-off so far.
room-tie-runoff = Kura ya marudio: { $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
} hadi sasa
# How a tie was broken, in "was broken by …". $dots: the run-off's dots.
room-tie-by-runoff = kura ya marudio ({ $dots ->
    [one] { -dot } { $dots }
   *[other] nukta { $dots }
})
room-tie-by-head-to-head = matokeo ya jozi kati yao
# $reason: the facilitator's reason, as typed.
room-tie-by-decision = uamuzi wa mwezeshaji: { $reason }

## Plan

room-plan-title = Mpango kazi
room-plan-empty = Bado hakuna matatizo ya kupangiwa.
# Heading. $place: the problem's place on the shortlist; $count: its size.
room-plan-heading = Mpango kazi: kipaumbele { $place } kati ya { $count }
room-plan-no-actions = Bado hakuna hatua zilizokubaliwa kwa tatizo hili.
# Who leads an action. $who: as typed.
room-plan-who = nani: { $who }
room-plan-who-open = nani: bado kukubaliana
# By when. $date: the date in words ("5 Nov 2026").
room-plan-by = kufikia { $date }
room-plan-by-open = lini: bado kukubaliana

## Monitor

# Heading. $actions: how many actions (a count).
room-monitor-heading = Ufuatiliaji: { $actions ->
    [one] { -action } { $actions }
   *[other] hatua { $actions }
}
room-monitor-empty = Bado hakuna hatua zilizokubaliwa.
# An action's due date. $date: in words ("5 Nov 2026").
room-monitor-due = mwisho { $date }

## Learn

room-learn-heading = Tulichojifunza
room-learn-worked = Kilichofanikiwa
room-learn-did-not-work = Kisichofanikiwa
room-learn-lessons = Mafunzo
room-learn-improvements = Maboresho kwa mzunguko ujao
# When a box's text does not fit. $lines: how many lines are left out.
room-learn-more = ({ $lines ->
    [one] mstari { $lines } zaidi
   *[other] mistari { $lines } zaidi
} kwenye skrini ya mwezeshaji)
