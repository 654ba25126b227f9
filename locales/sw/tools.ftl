### baraza — sw: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Awaits review by a native-speaking facilitator; check with `baraza lang check sw --files locales`.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Where and when: the words of the model (panel, room's screen, reports)

# A view of time: the title of the grid, the wall's heading, `m`'s message.
ww-clock-day = nyakati za siku
ww-clock-season = miezi
# A time band's name, over a column of the grid and the reports' tables.
# $band: morning, afternoon, evening, night or month; $month: the month's
# number (1–12) when $band is month.
ww-band = { $band ->
    [morning] asubuhi
    [afternoon] mchana
    [evening] jioni
    [night] usiku
   *[month] { $month ->
        [1] Jan
        [2] Feb
        [3] Mac
        [4] Apr
        [5] Mei
        [6] Jun
        [7] Jul
        [8] Ago
        [9] Sep
        [10] Okt
        [11] Nov
       *[12] Des
    }
}
# The same in at most five cells for a time of day, three for a month (the
# seasonal grid's narrow columns). $band, $month: as above.
ww-band-short = { $band ->
    [morning] asub.
    [afternoon] mcha.
    [evening] jioni
    [night] usiku
   *[month] { $month ->
        [1] Jan
        [2] Feb
        [3] Mac
        [4] Apr
        [5] Mei
        [6] Jun
        [7] Jul
        [8] Ago
        [9] Sep
        [10] Okt
        [11] Nov
       *[12] Des
    }
}
# When, as a sentence says it ("«the borehole» at night"). $band, $month: as
# above.
ww-when = { $band ->
    [morning] asubuhi
    [afternoon] mchana
    [evening] jioni
    [night] usiku
   *[month] mwezi wa { $month ->
        [1] Jan
        [2] Feb
        [3] Mac
        [4] Apr
        [5] Mei
        [6] Jun
        [7] Jul
        [8] Ago
        [9] Sep
        [10] Okt
        [11] Nov
       *[12] Des
    }
}
# What a mark means, as the room hears it. $level: 0 to 3.
ww-level = { $level ->
    [0] salama
    [1] si salama kidogo
    [2] si salama
   *[3] si salama kabisa
}
# The heading of the column of places (grid, wall, reports).
ww-map-place = Mahali
# The heading of the whole room's grid. $groups: how many groups marked.
ww-map-whole-room = Chumba kizima ({ $groups ->
    [one] kundi { $groups }
   *[other] makundi { $groups }
})
# After the cell in words: the whole room's mean. $level: it ("2.3").
ww-whole-room = chumba kizima { $level }

## Where and when, the facilitator's view of Identify (w)

# Title. $clock: the view shown (ww-clock-…); $other: the view m shows.
ww-title = Wapi na lini · { $clock } (m: { $other })
# …with the group marking. $group: its name.
ww-title-marking = Wapi na lini · { $clock } (m: { $other }) · linaloweka alama: { $group } (g)
# m pressed. $clock: the view now shown.
ww-showing = inaonyesha { $clock }
# g, or a digit, with no groups.
ww-no-groups = Hakuna makundi bado — ongeza makundi kwenye { -step-prepare } kwanza (F1)
# g pressed. $group: the group now marking.
ww-marking = Linaloweka alama: { $group }
# A key that needs a place, with none.
ww-no-places = Hakuna mahali bado — a inaongeza mahali, kwa jina ambalo chumba kinatumia (barabara ya soko, kisima)
# The view with no places (the room has not named any).
ww-empty = Hakuna mahali bado — a inaongeza mahali, kwa jina ambalo chumba kinatumia (barabara ya soko, kisima, kituo cha matatu); kisha kila kundi linaweka alama ya jinsi palivyo si salama kwa kila wakati
# …opened read-only.
ww-empty-read-only = Hakuna mahali palipotajwa bado
# The cell under the cursor in words. $name: the place; $when: ww-when;
# $group: the group; $level: its mark (0–3); $word: what it means (ww-level).
ww-detail-mark = ▶ «{ $name }» { $when } — { $group }: { $level } ({ $word })
# …the group has not marked it.
ww-detail-not-marked = ▶ «{ $name }» { $when } — { $group }: bado hakijawekewa alama
# …no group in the room.
ww-detail-no-group = ▶ «{ $name }» { $when } — hakuna kundi
# Under the grid: what the shades mean.
ww-legend = ▓ 3 si salama kabisa · ▒ 2 si salama · ░ 1 kidogo · · 0 salama · tupu: bila alama
# The window too narrow for any grid.
ww-widen = panua dirisha ili kuona jedwali
# Delete on a mark the group has not made. $group, $name (the place), $when.
ww-not-marked = { $group } halijaweka alama «{ $name }» { $when }
# d: the question. $name: the place; $marks: how many marks go with it.
ww-ask-delete = { $marks ->
    [0] Futa mahali «{ $name }»? (u inarudisha)
    [one] Futa mahali «{ $name }»? Alama yake moja inaondoka pamoja nayo. (u inarudisha)
   *[other] Futa mahali «{ $name }»? Alama zake { $marks } zinaondoka pamoja nayo. (u inarudisha)
}
# The place form's title, adding.
ww-form-add-place = Ongeza mahali
# …renaming. $name: the place.
ww-form-place = Mahali «{ $name }»
# Its field and the field's help.
ww-field-place = Mahali
ww-field-place-help = kama chumba kinavyopaita: «njia ya reli», «kioski cha maji Kianda»
# Why the name is not taken: none typed; another place has it ($name).
ww-place-empty = Mahali: mahali panahitaji jina
ww-place-taken = Mahali: tayari kuna mahali «{ $name }»
# The mark form's title. $group, $name (the place), $when: as above.
ww-form-mark = { $group }: «{ $name }» { $when }
# Its fields and the help of the problems'.
ww-field-unsafe = Si salama
ww-field-problems = { -problems }
ww-field-problems-help = matatizo yanayotokea hapa wakati huu (Space inachagua)

## Where and when on the room's screen

# Heading. $clock: the view shown (ww-clock-…).
ww-room-heading = Wapi na lini ukosefu wa usalama hutokea · { $clock }
# No places.
ww-room-empty = Hakuna mahali palipotajwa bado.
# The cell the facilitator is on. $name: the place; $when: ww-when; $group:
# the group marking; $mark: ww-room-level or ww-room-not-marked.
ww-room-cell = ▶ { $name } { $when } — { $group }: { $mark }
# $level: the mark (0–3); $word: what it means (ww-level).
ww-room-level = { $level } ({ $word })
ww-room-not-marked = bado bila alama
# Under the map: what the shades mean.
ww-room-legend = ▓ 3 si salama kabisa · ▒ 2 si salama · ░ 1 kidogo · · 0 salama
# The wall too narrow for the map.
ww-room-widen = Panua dirisha ili kuona ramani.

## Where and when in the reports (Markdown, HTML)

report-ww-heading = Wapi na lini
report-ww-intro = Kila kundi liliweka alama ya jinsi kila mahali palivyo si salama kwa kila wakati: 0 salama, 1 kidogo, 2 si salama, 3 si salama kabisa (▓ 3, ▒ 2, ░ 1, · 0; tupu: bila alama). Alama ya chumba kizima ni wastani wa makundi yaliyoweka alama kwenye kisanduku, kila kundi likihesabiwa mara moja.
# A sub-heading. $clock: day or season.
report-ww-by = { $clock ->
    [day] Kwa nyakati za siku
   *[season] Kwa miezi ya mwaka
}
# A grid's caption: the whole room's, a group's ($group). $clock: as above.
report-ww-room-grid = { $clock ->
    [day] Chumba kizima, nyakati za siku
   *[season] Chumba kizima, miezi ya mwaka
}
report-ww-group-grid = { $clock ->
    [day] { $group }, nyakati za siku
   *[season] { $group }, miezi ya mwaka
}
# Before the list of the cells marked highest.
report-ww-hottest = Palipowekewa alama ya juu zaidi na chumba kizima:
# One of them. $place: its name; $band: the time (ww-band).
report-ww-hot-spot = { $place }, { $band }
# No marks at all. $places: the places named, as a list.
report-ww-not-marked = Mahali palipotajwa, bado bila alama: { $places }.

## The follow-up ledger: the words of the model (panel, room's screen, reports)

# What came back, as the reply form offers it and the lists show it.
ledger-kind-no-reply = hakuna jibu
ledger-kind-reply = jibu
ledger-kind-action = hatua imechukuliwa
ledger-kind-done = imekamilika
# Where an escalation stands (the wall's counts, the reports' Stands column).
ledger-standing-awaiting-reply = inasubiri jibu
ledger-standing-awaiting-action = imejibiwa, inasubiri hatua
ledger-standing-in-action = hatua inaendelea
ledger-standing-done = imekamilika
# Where it stands, short enough for the 26-cell Stands column. $days: how
# many days it has waited for a reply / for an action since the reply, or
# took to done; $day: the day of the first action.
ledger-stands-awaiting-reply = hakuna jibu · siku { $days }
ledger-stands-awaiting-action = jibu · bila hatua siku { $days }
ledger-stands-in-action = ▶ hatua ya kwanza siku ya { $day }
ledger-stands-done = ✓ imekamilika kwa siku { $days }
# How long it has waited, or took (under its replies; the reports' Waiting
# column). $days: the days.
ledger-waited-done = imekamilika baada ya siku { $days }
ledger-waited-in-action = hatua ya kwanza baada ya siku { $days }
ledger-waited-awaiting-action = imejibiwa, bila hatua kwa siku { $days }
ledger-waited-awaiting-reply = inasubiri jibu kwa siku { $days }
# A date of the wall's lines without its year ("5 Nov"): strftime, as
# date-short in core.ftl.
date-day-month = %-d %b

## The follow-up ledger, the facilitator's view of Monitor (f)

# Title. $awaited: how many are still awaited; $done: how many are done.
ledger-title = Ufuatiliaji wa yaliyopelekwa juu · { $awaited } bado yanasubiriwa · { $done } yamekamilika
# Nothing escalated (the view, and a key that needs an escalation).
ledger-empty = Hakuna kilichopelekwa juu bado — a inarekodi tatizo lililopelekwa nje ya jamii: kwa nani, na lini; kisha n inarekodi kila jibu, au kwamba hakuna lililokuja
ledger-empty-read-only = Hakuna kilichopelekwa juu katika kikao hiki
ledger-nothing-yet = Hakuna kilichopelekwa juu bado — a inarekodi tatizo lililopelekwa nje ya jamii
# The table's headings (and the reports').
ledger-col-problem = Tatizo
ledger-col-to = Limepelekwa kwa
ledger-col-raised = Tarehe
ledger-col-stands = Hali
# Over the selected one's replies. $problem: its title; $to: to whom it
# went; $raised: the day (ISO).
ledger-detail-rule = ── «{ $problem }» · { $to } · lilipelekwa { $raised }{ " " }
# No reply recorded yet.
ledger-no-replies = hakuna kilichorekodiwa tangu lilipopelekwa — n inarekodi jibu, au kwamba hakuna lililokuja
# Under its replies. $first: days to the first action; $done: days to done.
ledger-days-done = hatua ya kwanza baada ya siku { $first } · imekamilika baada ya siku { $done }
ledger-days-acting = hatua ya kwanza baada ya siku { $first } · bado haijakamilika
# d: the question. $problem, $to: as above; $replies: how many go with it.
ledger-ask-delete = { $replies ->
    [0] Futa upelekaji wa «{ $problem }» kwa { $to }? (u inarudisha)
    [one] Futa upelekaji wa «{ $problem }» kwa { $to }? Jibu lake moja linaondoka pamoja nao. (u inarudisha)
   *[other] Futa upelekaji wa «{ $problem }» kwa { $to }? Majibu yake { $replies } yanaondoka pamoja nao. (u inarudisha)
}
# a with no problems named.
ledger-no-problems = Hakuna matatizo bado — yataje kwenye { -step-identify } (F2), kisha peleka moja juu hapa
# The escalation form's title: new, or editing one ($problem: its title).
ledger-form-raise = Limepelekwa nje ya jamii
ledger-form-escalation = Upelekaji wa «{ $problem }»
# Its fields and their help.
ledger-field-problem = Tatizo
ledger-field-to = Kwa nani
ledger-field-to-help = ofisi au kamati, si jina la mtu
ledger-field-raised = Tarehe ya kupeleka
# Offered in To whom (typed as they read when picked).
ledger-body-district-committee = Kamati ya usalama ya wilaya
ledger-body-sub-county-committee = Kamati ya usalama ya kaunti ndogo
ledger-body-county-commander = Kamanda wa polisi wa kaunti
ledger-body-county-commissioner = Kamishna wa kaunti
ledger-body-gender-office = Ofisi ya jinsia ya kaunti
ledger-body-interior = Wizara ya Mambo ya Ndani
# Why the form is not taken: nobody named; a date after today ($day, $today,
# ISO); the raised date after a reply ($day); a reply before the problem was
# raised ($day, $raised).
ledger-to-empty = Kwa nani: sema tatizo lilipelekwa kwa nani
ledger-date-future = Tarehe: { $day } ni baada ya leo ({ $today }); daftari linarekodi kilichotokea
ledger-raised-after-reply = Tarehe ya kupeleka: { $day } ni baada ya jibu lililokwisha rekodiwa
ledger-date-before-raised = Tarehe: { $day } ni kabla tatizo halijapelekwa ({ $raised })
# The reply form's title. $to: to whom; $problem: the problem's title.
ledger-form-reply = Kilichorudi kutoka { $to } kuhusu «{ $problem }»
# Its fields and their help.
ledger-field-date = Tarehe
ledger-field-what = Nini
ledger-field-what-help = hakuna jibu: lilifuatiliwa, hakuna kilichorudi; imekamilika: hakuna kinachosubiriwa tena
ledger-field-note = Maelezo
ledger-field-note-help = kilichosemwa au kufanywa, na nani (si lazima)
# The escalation was deleted while its form was open.
ledger-gone = upelekaji huo umeondolewa
# The status line when a session opens with escalations from the last cycle
# still awaited. $problem: the first's title; $to: to whom; $stands: where
# it stands (ledger-stands-…); $more: how many others.
ledger-still-awaited = { $more ->
    [0] Bado kinasubiriwa kutoka mzunguko uliopita: «{ $problem }» ({ $to }, { $stands }) — f kwenye { -step-monitor } (F5) inafuatilia
   *[other] Bado kinasubiriwa kutoka mzunguko uliopita: «{ $problem }» ({ $to }, { $stands }) na { $more } zaidi — f kwenye { -step-monitor } (F5) inafuatilia
}

## The follow-up ledger on the room's screen

# Heading. $awaited: how many are still awaited.
ledger-room-heading = Kufuatilia yaliyopelekwa juu: { $awaited } bado yanasubiriwa
ledger-room-empty = Hakuna kilichopelekwa nje ya jamii bado.
# Under the big counts (four columns share 76 cells at 80×24: short).
ledger-room-await-reply = yanasubiri jibu
ledger-room-await-action = yanasubiri hatua
ledger-room-under-way = yanaendelea
ledger-room-done = yamekamilika
# Under each escalation's title. $to: to whom; $since: the day raised, in
# words; $stands: where it stands (ledger-stands-…).
ledger-room-detail = kwa { $to } tangu { $since } · { $stands }

## The follow-up ledger in the reports (Markdown, HTML)

report-ledger-heading = Ufuatiliaji wa yaliyopelekwa juu
# The summary, in three parts: this, then (in bold) report-ledger-awaited,
# then report-as-of-date. $n: how many problems were raised.
report-ledger-raised = { $n ->
    [one] Tatizo { $n } limepelekwa nje ya jamii;{ " " }
   *[other] Matatizo { $n } yamepelekwa nje ya jamii;{ " " }
}
# $n: how many are still awaited (in bold).
report-ledger-awaited = { $n } bado yanasubiriwa
# The table's headings beyond the panel's (ledger-col-…).
report-ledger-col-no = Na.
report-ledger-col-first-reply = Jibu la kwanza
report-ledger-col-days-to-action = Siku hadi hatua ya kwanza
report-ledger-col-days-to-done = Siku hadi kukamilika
report-ledger-col-waiting = Kusubiri
# A problem carried from an earlier cycle. $problem: its title.
report-ledger-inherited = { $problem } (kutoka mzunguko uliopita)
# Over an escalation's replies. $problem: its title; $to: to whom.
report-ledger-replies-heading = «{ $problem }», lilipelekwa kwa { $to }

## The score card: the words of the model (panel, room's screen, reports)

# The scales the room scores on (the settings form; the reports' note).
card-scale-hundred = 0–100, kama alama ya mwalimu
card-scale-five = 1–5, mbaya sana hadi nzuri sana
# The provider while the room has not named it.
card-provider = Mtoa huduma
# The table's headings (panel, wall; Indicator, Gap and Mean in the
# reports): at most 5 cells for the short community's and the gap's.
card-col-indicator = Kiashiria
card-col-community-short = Jamii
card-col-gap = Pengo
card-mean = Wastani
# The provider's column headed by a letter (its name in the legend).
card-col-provider-short = M
# Under the table. $big: the biggest gaps' mark (◆); $planned: the mark of
# an action planned on a gap (→).
card-legend = { $big } mapengo makubwa · { $planned } hatua imepangwa · pengo = jamii − mtoa huduma
# …where that does not fit (the wall).
card-legend-short = { $big } mapengo makubwa · { $planned } hatua imepangwa

## The score card, the facilitator's view of Rank (S)

# Title. $provider: who is scored; $scale: 0–100 or 1–5.
card-title = Kadi ya alama · { $provider } · { $scale }
# Beside it. $scored: the scores given; $cells: the cells of the card.
card-scored = { $scored } kati ya { $cells } zimepewa alama
# No indicators yet (the view, and a key that needs one).
card-empty = Hakuna viashiria bado — I inaongeza seti ya mwanzo ya huduma za polisi (kuitikia, heshima, haki kwa wanawake na vijana, uaminifu, kuonekana…), a kiashiria kwa maneno ya chumba, o inataja anayepewa alama
card-empty-read-only = Hakuna viashiria bado
card-no-indicators = Hakuna viashiria bado — I inaongeza seti ya mwanzo ya huduma za polisi, a kiashiria cha chumba chenyewe
# The cell under the cursor in words. $name: the indicator; $who: the group
# or the provider; $score: the score; $reason: the reason given.
card-detail-reason = ▶ «{ $name }» — { $who }: { $score } · “{ $reason }”
card-detail-score = ▶ «{ $name }» — { $who }: { $score } (e inatoa sababu)
card-detail-unscored = ▶ «{ $name }» — { $who }: bado bila alama
# Digits typed, then the cursor moved. $typed: the digits.
card-moved = { $typed } haikurekodiwa: kiteuzi kilihamia kabla ya Enter
# I with every starter indicator on the card.
card-starter-complete = kadi ina kila kiashiria cha seti ya mwanzo
# A digit too many. $n: the most a score has.
card-max-digits = alama ina tarakimu zisizozidi { $n }
# Esc with digits typed.
card-digits-cleared = tarakimu zimefutwa
# Enter on digits outside the scale. $typed: them; $min, $max: the scale.
card-out-of-scale = { $typed } haikurekodiwa: alama ni kati ya { $min } na { $max } kwenye kadi hii
# Delete on a cell with no score. $who: the group or provider; $name: the
# indicator.
card-nothing-to-clear = { $who } halikutoa alama kwa «{ $name }» ya kufuta
# d: the question. $name: the indicator; $scores: how many go with it.
card-ask-delete = { $scores ->
    [0] Futa kiashiria «{ $name }»? (u inarudisha)
    [one] Futa kiashiria «{ $name }»? Alama yake moja inaondoka pamoja nacho. (u inarudisha)
   *[other] Futa kiashiria «{ $name }»? Alama zake { $scores } zinaondoka pamoja nacho. (u inarudisha)
}
# The score form's title. $who, $name: as above.
card-form-score = { $who } kuhusu «{ $name }»
# Its fields and their help (one per scale).
card-field-score = Alama
card-field-score-help-hundred = 0 hadi 100, kama alama ya mwalimu
card-field-score-help-five = 1 mbaya sana … 5 nzuri sana
card-field-reason = Sababu
card-field-reason-help = kwa nini kundi linatoa alama hii, kwa maneno yake
# The indicator form's title: adding, or rewording ($name).
card-form-add-indicator = Ongeza kiashiria
card-form-indicator = Kiashiria «{ $name }»
card-field-indicator = Kiashiria
card-field-indicator-help = chumba kinapima huduma kwa nini, k.m. «Huja inapoitwa usiku»
# Why the name is not taken: none typed; another indicator has it ($name).
card-indicator-empty = Kiashiria: kiashiria kinahitaji jina
card-indicator-taken = Kiashiria: tayari kuna kiashiria «{ $name }»
# The settings form (o).
card-form-settings = Kadi ya alama
card-field-provider = Mtoa huduma
card-field-provider-help = huduma inayopewa alama, inayojipa alama yenyewe: «kituo cha polisi Kibera»
card-field-scale = Kipimo
card-field-scale-help = kinachaguliwa kabla ya alama ya kwanza
card-scale-locked = Kipimo: kinachaguliwa kabla ya alama ya kwanza (futa alama ili kukibadilisha)
# P with no problem to plan for.
card-action-no-problem = Hatua ni ya tatizo: taja moja kwenye { -step-identify } kwanza (F2)
# The action form's title (P). $name: the indicator.
card-form-action = Hatua kuhusu pengo «{ $name }»
# The indicator of success the action form starts with: the baseline it is
# measured from. $name: the indicator; $score: the community's mean; $gap:
# the gap, signed.
card-measure-gap = alama ya jamii kwa «{ $name }» ipande kutoka { $score } (pengo { $gap })
card-measure = alama ya jamii kwa «{ $name }» ipande kutoka { $score }
card-measure-next = alama ya jamii kwa «{ $name }» ipande mzunguko ujao
# The action saved. $name: the indicator.
card-action-planned = hatua imepangwa kuhusu pengo «{ $name }»: iko kwenye { -step-plan } (F4)

## The score card on the room's screen

# Heading. $provider: who is scored.
card-room-heading = Kadi ya alama: jamii na { $provider }, bega kwa bega
# No indicators (the wall; the reports too).
card-room-empty = Hakuna viashiria vilivyokubaliwa bado.
# An indicator's scores in a line. $community: the community's mean;
# $provider: who is scored; $score: its own score; $gap: the gap, signed.
card-room-scores = jamii { $community } · { $provider } { $score } · pengo { $gap }
# Under the big digits: the community's ($groups: how many groups), the gap's
# (with $big, the mark, when among the biggest).
card-room-community = jamii ({ $groups ->
    [one] kundi { $groups }
   *[other] makundi { $groups }
})
card-room-gap = pengo
card-room-gap-biggest = { $big } pengo, kati ya makubwa zaidi

## The score card in the reports (Markdown, HTML)

# Heading. $provider: who is scored.
report-card-heading = Kadi ya alama: { $provider }
# Under it. $scale: the scale (card-scale-…); $provider: as above; $mark:
# the biggest gaps' mark (◆); $n: how many biggest gaps are marked.
report-card-intro = Kipimo: { $scale }. Wastani wa jamii ni wastani wa makundi yaliyotoa alama kwa kiashiria, kila kundi likihesabiwa mara moja; pengo ni wastani huo ukiondoa alama ya { $provider } yenyewe (pengo hasi: mtoa huduma anajiona bora kuliko jamii inavyomwona). { $mark } inaonyesha mapengo { $n } makubwa zaidi (zaidi yakiwa la tatu linashirikiwa).
# The table's columns of the community's mean and of the gap (the panel's
# heading is short; a report has the room for the whole word).
report-card-col-community = Jamii
report-card-col-gap = Pengo
# Anonymised copies.
report-card-reasons-left-out = Sababu zilizotolewa kwa alama zimeachwa nje ya nakala zisizo na majina.
report-card-reasons = Sababu zilizotolewa
report-card-gap-actions = Hatua zilizopangwa kuhusu mapengo
