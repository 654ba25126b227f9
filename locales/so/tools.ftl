### baraza — so: The score card, where-and-when and the follow-up ledger: panels, room view and report sections.
### Awaits review by a native-speaking facilitator; check with `baraza lang check so --files locales`.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Where and when: the words of the model (panel, room's screen, reports)

# A view of time: the title of the grid, the wall's heading, `m`'s message.
ww-clock-day = waqtiyada maalinta
ww-clock-season = bilaha
# A time band's name, over a column of the grid and the reports' tables.
# $band: morning, afternoon, evening, night or month; $month: the month's
# number (1–12) when $band is month.
ww-band = { $band ->
    [morning] subax
    [afternoon] galab
    [evening] fiid
    [night] habeen
   *[month] { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Abr
        [5] May
        [6] Jun
        [7] Lul
        [8] Ogs
        [9] Seb
        [10] Okt
        [11] Nof
       *[12] Dis
    }
}
# The same in at most five cells for a time of day, three for a month (the
# seasonal grid's narrow columns). $band, $month: as above.
ww-band-short = { $band ->
    [morning] subax
    [afternoon] galab
    [evening] fiid
    [night] hab.
   *[month] { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Abr
        [5] May
        [6] Jun
        [7] Lul
        [8] Ogs
        [9] Seb
        [10] Okt
        [11] Nof
       *[12] Dis
    }
}
# When, as a sentence says it ("«the borehole» at night"). $band, $month: as
# above.
ww-when = { $band ->
    [morning] subaxdii
    [afternoon] galabtii
    [evening] fiidkii
    [night] habeenkii
   *[month] bisha { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Abr
        [5] May
        [6] Jun
        [7] Lul
        [8] Ogs
        [9] Seb
        [10] Okt
        [11] Nof
       *[12] Dis
    }
}
# What a mark means, as the room hears it. $level: 0 to 3.
ww-level = { $level ->
    [0] nabad
    [1] xoogaa nabad la'aan
    [2] nabad la'aan
   *[3] aad nabad la'aan
}
# The heading of the column of places (grid, wall, reports).
ww-map-place = Meesha
# The heading of the whole room's grid. $groups: how many groups marked.
ww-map-whole-room = Qolka oo dhan ({ $groups } koox)
# After the cell in words: the whole room's mean. $level: it ("2.3").
ww-whole-room = qolka oo dhan { $level }

## Where and when, the facilitator's view of Identify (w)

# Title. $clock: the view shown (ww-clock-…); $other: the view m shows.
ww-title = Halkee iyo goorma · { $clock } (m: { $other })
# …with the group marking. $group: its name.
ww-title-marking = Halkee iyo goorma · { $clock } (m: { $other }) · calaamadeeya: { $group } (g)
# m pressed. $clock: the view now shown.
ww-showing = waxaa la muujiyay { $clock }
# g, or a digit, with no groups.
ww-no-groups = Weli kooxo ma jiraan — marka hore ku dar kooxaha { -step-prepare } (F1)
# g pressed. $group: the group now marking.
ww-marking = Calaamadeeya: { $group }
# A key that needs a place, with none.
ww-no-places = Weli meelo ma jiraan — a ayaa ku dara meel, magaca qolku u yaqaan (waddada suuqa, ceelka)
# The view with no places (the room has not named any).
ww-empty = Weli meelo ma jiraan — a ayaa ku dara meel, magaca qolku u yaqaan (waddada suuqa, ceelka, joogsiga baabuurta); kadib koox kastaa waxay calaamadisaa inta ay nabad la'aan tahay waqti kasta
# …opened read-only.
ww-empty-read-only = Weli meel lama magacaabin
# The cell under the cursor in words. $name: the place; $when: ww-when;
# $group: the group; $level: its mark (0–3); $word: what it means (ww-level).
ww-detail-mark = ▶ «{ $name }» { $when } — { $group }: { $level } ({ $word })
# …the group has not marked it.
ww-detail-not-marked = ▶ «{ $name }» { $when } — { $group }: weli lama calaamadin
# …no group in the room.
ww-detail-no-group = ▶ «{ $name }» { $when } — koox ma jirto
# Under the grid: what the shades mean.
ww-legend = ▓ 3 aad nabad la'aan · ▒ 2 nabad la'aan · ░ 1 xoogaa · · 0 nabad · bannaan: lama calaamadin
# The window too narrow for any grid.
ww-widen = ballaadhi daaqadda si aad u aragto shaxda
# Delete on a mark the group has not made. $group, $name (the place), $when.
ww-not-marked = { $group } ma calaamadin «{ $name }» { $when }
# d: the question. $name: the place; $marks: how many marks go with it.
ww-ask-delete = { $marks ->
    [0] Ma tirtiraysaa meesha «{ $name }»? (u ayaa soo celisa)
    [one] Ma tirtiraysaa meesha «{ $name }»? Calaamadeeda keliya way la tagaysaa. (u ayaa soo celisa)
   *[other] Ma tirtiraysaa meesha «{ $name }»? { $marks } calaamadood way la tagayaan. (u ayaa soo celisa)
}
# The place form's title, adding.
ww-form-add-place = Ku dar meel
# …renaming. $name: the place.
ww-form-place = Meesha «{ $name }»
# Its field and the field's help.
ww-field-place = Meesha
ww-field-place-help = sida qolku u magacaabo: «jidka tareenka», «kiosk-ka biyaha Kianda»
# Why the name is not taken: none typed; another place has it ($name).
ww-place-empty = Meesha: meeshu waxay u baahan tahay magac
ww-place-taken = Meesha: horay waxaa u jirtay meel «{ $name }»
# The mark form's title. $group, $name (the place), $when: as above.
ww-form-mark = { $group }: «{ $name }» { $when }
# Its fields and the help of the problems'.
ww-field-unsafe = Nabad la'aan
ww-field-problems = Dhibaatooyin
ww-field-problems-help = dhibaatooyinka halkan ka dhaca waqtigan (Space ayaa dooranaya)

## Where and when on the room's screen

# Heading. $clock: the view shown (ww-clock-…).
ww-room-heading = Halkee iyo goorma nabad la'aantu dhacdaa · { $clock }
# No places.
ww-room-empty = Weli meel lama magacaabin.
# The cell the facilitator is on. $name: the place; $when: ww-when; $group:
# the group marking; $mark: ww-room-level or ww-room-not-marked.
ww-room-cell = ▶ { $name } { $when } — { $group }: { $mark }
# $level: the mark (0–3); $word: what it means (ww-level).
ww-room-level = { $level } ({ $word })
ww-room-not-marked = weli lama calaamadin
# Under the map: what the shades mean.
ww-room-legend = ▓ 3 aad nabad la'aan · ▒ 2 nabad la'aan · ░ 1 xoogaa · · 0 nabad
# The wall too narrow for the map.
ww-room-widen = Ballaadhi daaqadda si aad u aragto khariidadda.

## Where and when in the reports (Markdown, HTML)

report-ww-heading = Halkee iyo goorma
report-ww-intro = Koox kastaa waxay calaamadisay inta meel kastaa nabad la'aan tahay waqti kasta: 0 nabad, 1 xoogaa, 2 nabad la'aan, 3 aad nabad la'aan (▓ 3, ▒ 2, ░ 1, · 0; bannaan: lama calaamadin). Calaamadda qolka oo dhan waa celceliska kooxaha calaamadeeyay sanduuqa, koox kastaa mar keliya ayaa la tiriyaa.
# A sub-heading. $clock: day or season.
report-ww-by = { $clock ->
    [day] Waqtiyada maalinta
   *[season] Bilaha sanadka
}
# A grid's caption: the whole room's, a group's ($group). $clock: as above.
report-ww-room-grid = { $clock ->
    [day] Qolka oo dhan, waqtiyada maalinta
   *[season] Qolka oo dhan, bilaha sanadka
}
report-ww-group-grid = { $clock ->
    [day] { $group }, waqtiyada maalinta
   *[season] { $group }, bilaha sanadka
}
# Before the list of the cells marked highest.
report-ww-hottest = Kuwa ugu sarreeya ee qolka oo dhan calaamadeeyay:
# One of them. $place: its name; $band: the time (ww-band).
report-ww-hot-spot = { $place }, { $band }
# No marks at all. $places: the places named, as a list.
report-ww-not-marked = Meelo la magacaabay, weli lama calaamadin: { $places }.

## The follow-up ledger: the words of the model (panel, room's screen, reports)

# What came back, as the reply form offers it and the lists show it.
ledger-kind-no-reply = jawaab ma jirto
ledger-kind-reply = jawaab
ledger-kind-action = tallaabo la qaaday
ledger-kind-done = dhammaaday
# Where an escalation stands (the wall's counts, the reports' Stands column).
ledger-standing-awaiting-reply = jawaab la sugayo
ledger-standing-awaiting-action = la jawaabay, tallaabo la sugayo
ledger-standing-in-action = tallaabo socota
ledger-standing-done = dhammaaday
# Where it stands, short enough for the 26-cell Stands column. $days: how
# many days it has waited for a reply / for an action since the reply, or
# took to done; $day: the day of the first action.
ledger-stands-awaiting-reply = jawaab ma jirto · { $days } maalmood
ledger-stands-awaiting-action = jawaab · tallaabo la'aan { $days } maalmood
ledger-stands-in-action = ▶ tallaabada 1aad maalinta { $day }
ledger-stands-done = ✓ dhammaaday { $days } maalmood
# How long it has waited, or took (under its replies; the reports' Waiting
# column). $days: the days.
ledger-waited-done = dhammaaday { $days } maalmood kadib
ledger-waited-in-action = tallaabada koowaad { $days } maalmood kadib
ledger-waited-awaiting-action = la jawaabay, tallaabo la'aan { $days } maalmood
ledger-waited-awaiting-reply = jawaab la sugayo { $days } maalmood
# A date of the wall's lines without its year ("5 Nov"): strftime, as
# date-short in core.ftl.
date-day-month = %d/%m

## The follow-up ledger, the facilitator's view of Monitor (f)

# Title. $awaited: how many are still awaited; $done: how many are done.
ledger-title = Dabagalka kor u qaadista · { $awaited } weli la sugayo · { $done } dhammaaday
# Nothing escalated (the view, and a key that needs an escalation).
ledger-empty = Weli waxba kor looma qaadin — a ayaa diiwaangelisa dhibaato loo gudbiyay bulshada dibaddeeda: cidda, iyo goorta; kadib n ayaa diiwaangelisa jawaab kasta, ama in aysan jirin
ledger-empty-read-only = Waxba kor looma qaadin kulankan
ledger-nothing-yet = Weli waxba kor looma qaadin — a ayaa diiwaangelisa dhibaato loo gudbiyay bulshada dibaddeeda
# The table's headings (and the reports').
ledger-col-problem = Dhibaato
ledger-col-to = Loo gudbiyay
ledger-col-raised = Taariikhda
ledger-col-stands = Xaaladda
# Over the selected one's replies. $problem: its title; $to: to whom it
# went; $raised: the day (ISO).
ledger-detail-rule = ── «{ $problem }» · { $to } · la gudbiyay { $raised }{ " " }
# No reply recorded yet.
ledger-no-replies = waxba lama diiwaangelin tan iyo markii la gudbiyay — n ayaa diiwaangelisa jawaab, ama in aysan jirin
# Under its replies. $first: days to the first action; $done: days to done.
ledger-days-done = tallaabada koowaad { $first } maalmood kadib · dhammaaday { $done } maalmood kadib
ledger-days-acting = tallaabada koowaad { $first } maalmood kadib · weli ma dhammaan
# d: the question. $problem, $to: as above; $replies: how many go with it.
ledger-ask-delete = { $replies ->
    [0] Ma tirtiraysaa kor u qaadista «{ $problem }» ee { $to }? (u ayaa soo celisa)
    [one] Ma tirtiraysaa kor u qaadista «{ $problem }» ee { $to }? Jawaabteeda keliya way la tagaysaa. (u ayaa soo celisa)
   *[other] Ma tirtiraysaa kor u qaadista «{ $problem }» ee { $to }? { $replies } jawaabood way la tagayaan. (u ayaa soo celisa)
}
# a with no problems named.
ledger-no-problems = Weli dhibaatooyin ma jiraan — ku magacaab { -step-identify } (F2), kadib halkan mid kor u qaad
# The escalation form's title: new, or editing one ($problem: its title).
ledger-form-raise = Loo gudbiyay bulshada dibaddeeda
ledger-form-escalation = Kor u qaadista «{ $problem }»
# Its fields and their help.
ledger-field-problem = Dhibaato
ledger-field-to = Cidda
ledger-field-to-help = xafiiska ama guddiga, ma aha magac qof
ledger-field-raised = La gudbiyay
# Offered in To whom (typed as they read when picked).
ledger-body-district-committee = Guddiga amniga degmada
ledger-body-sub-county-committee = Guddiga amniga gobol-hoosaadka
ledger-body-county-commander = Taliyaha booliska gobolka
ledger-body-county-commissioner = Guddoomiyaha gobolka
ledger-body-gender-office = Xafiiska jinsiga ee gobolka
ledger-body-interior = Wasaaradda Arrimaha Gudaha
# Why the form is not taken: nobody named; a date after today ($day, $today,
# ISO); the raised date after a reply ($day); a reply before the problem was
# raised ($day, $raised).
ledger-to-empty = Cidda: sheeg cidda dhibaatada loo gudbiyay
ledger-date-future = Taariikhda: { $day } waa maanta kadib ({ $today }); diiwaanku wuxuu qoraa wixii dhacay
ledger-raised-after-reply = La gudbiyay: { $day } waa jawaab horay loo diiwaangeliyay kadib
ledger-date-before-raised = Taariikhda: { $day } waa ka hor intaan dhibaatada la gudbin ({ $raised })
# The reply form's title. $to: to whom; $problem: the problem's title.
ledger-form-reply = Wixii ka yimid { $to } ee «{ $problem }»
# Its fields and their help.
ledger-field-date = Taariikhda
ledger-field-what = Maxay
ledger-field-what-help = jawaab ma jirto: la raacay, waxba ma iman; dhammaaday: wax kale lama sugayo
ledger-field-note = Qoraal
ledger-field-note-help = wixii la yiri ama la sameeyay, cidda (ikhtiyaari)
# The escalation was deleted while its form was open.
ledger-gone = kor u qaadistaas lama hayo
# The status line when a session opens with escalations from the last cycle
# still awaited. $problem: the first's title; $to: to whom; $stands: where
# it stands (ledger-stands-…); $more: how many others.
ledger-still-awaited = { $more ->
    [0] Weli la sugayo wareeggii hore: «{ $problem }» ({ $to }, { $stands }) — f gudaha { -step-monitor } (F5) ayaa dabagal ah
   *[other] Weli la sugayo wareeggii hore: «{ $problem }» ({ $to }, { $stands }) iyo { $more } kale — f gudaha { -step-monitor } (F5) ayaa dabagal ah
}

## The follow-up ledger on the room's screen

# Heading. $awaited: how many are still awaited.
ledger-room-heading = Dabagalka wixii kor loo qaaday: { $awaited } weli la sugayo
ledger-room-empty = Weli waxba looma gudbin bulshada dibaddeeda.
# Under the big counts (four columns share 76 cells at 80×24: short).
ledger-room-await-reply = jawaab sugaya
ledger-room-await-action = tallaabo sugaya
ledger-room-under-way = socda
ledger-room-done = dhammaaday
# Under each escalation's title. $to: to whom; $since: the day raised, in
# words; $stands: where it stands (ledger-stands-…).
ledger-room-detail = loo gudbiyay { $to } tan iyo { $since } · { $stands }

## The follow-up ledger in the reports (Markdown, HTML)

report-ledger-heading = Dabagalka kor u qaadista
# The summary, in three parts: this, then (in bold) report-ledger-awaited,
# then report-as-of-date. $n: how many problems were raised.
report-ledger-raised = { $n ->
    [one] { $n } dhibaato ayaa loo gudbiyay bulshada dibaddeeda;{ " " }
   *[other] { $n } dhibaatooyin ayaa loo gudbiyay bulshada dibaddeeda;{ " " }
}
# $n: how many are still awaited (in bold).
report-ledger-awaited = { $n } weli la sugayo
# The table's headings beyond the panel's (ledger-col-…).
report-ledger-col-no = Lam.
report-ledger-col-first-reply = Jawaabta koowaad
report-ledger-col-days-to-action = Maalmaha ilaa tallaabada 1aad
report-ledger-col-days-to-done = Maalmaha ilaa dhammaadka
report-ledger-col-waiting = Sugitaan
# A problem carried from an earlier cycle. $problem: its title.
report-ledger-inherited = { $problem } (wareeg hore)
# Over an escalation's replies. $problem: its title; $to: to whom.
report-ledger-replies-heading = «{ $problem }», loo gudbiyay { $to }

## The score card: the words of the model (panel, room's screen, reports)

# The scales the room scores on (the settings form; the reports' note).
card-scale-hundred = 0–100, sida dhibcaha macallinka
card-scale-five = 1–5, aad u xun ilaa aad u wanaagsan
# The provider while the room has not named it.
card-provider = Bixiyaha
# The table's headings (panel, wall; Indicator, Gap and Mean in the
# reports): at most 5 cells for the short community's and the gap's.
card-col-indicator = Tilmaame
card-col-community-short = Bulsh
card-col-gap = Farqi
card-mean = Celcelis
# The provider's column headed by a letter (its name in the legend).
card-col-provider-short = B
# Under the table. $big: the biggest gaps' mark (◆); $planned: the mark of
# an action planned on a gap (→).
card-legend = { $big } farqiyada ugu waaweyn · { $planned } tallaabo la qorsheeyay · farqi = bulshada − bixiyaha
# …where that does not fit (the wall).
card-legend-short = { $big } farqiyada ugu waaweyn · { $planned } tallaabo la qorsheeyay

## The score card, the facilitator's view of Rank (S)

# Title. $provider: who is scored; $scale: 0–100 or 1–5.
card-title = Kaarka qiimaynta · { $provider } · { $scale }
# Beside it. $scored: the scores given; $cells: the cells of the card.
card-scored = { $scored } ka mid ah { $cells } la qiimeeyay
# No indicators yet (the view, and a key that needs one).
card-empty = Weli tilmaameyaal ma jiraan — I ayaa ku dara tilmaameyaasha bilowga ee adeegga booliska (ka jawaabid, ixtiraam, caddaalad dumarka iyo dhallinyarada, daacadnimo, muuqasho…), a mid ereyada qolka ah, o ayaa magacaabaysa cidda la qiimeeyo
card-empty-read-only = Weli tilmaameyaal ma jiraan
card-no-indicators = Weli tilmaameyaal ma jiraan — I ayaa ku dara tilmaameyaasha bilowga ee booliska, a mid qolka u gaar ah
# The cell under the cursor in words. $name: the indicator; $who: the group
# or the provider; $score: the score; $reason: the reason given.
card-detail-reason = ▶ «{ $name }» — { $who }: { $score } · “{ $reason }”
card-detail-score = ▶ «{ $name }» — { $who }: { $score } (e ayaa bixisa sababta)
card-detail-unscored = ▶ «{ $name }» — { $who }: weli lama qiimeyn
# Digits typed, then the cursor moved. $typed: the digits.
card-moved = { $typed } lama diiwaangelin: cursor-ku wuu dhaqaaqay ka hor Enter
# I with every starter indicator on the card.
card-starter-complete = kaarku wuxuu leeyahay tilmaame kasta oo bilowga ah
# A digit too many. $n: the most a score has.
card-max-digits = dhibcuhu waxay leeyihiin ugu badnaan { $n } lambar
# Esc with digits typed.
card-digits-cleared = lambarrada waa la tirtiray
# Enter on digits outside the scale. $typed: them; $min, $max: the scale.
card-out-of-scale = { $typed } lama diiwaangelin: dhibcuhu waa { $min } ilaa { $max } kaarkan
# Delete on a cell with no score. $who: the group or provider; $name: the
# indicator.
card-nothing-to-clear = { $who } kama bixin dhibco «{ $name }» oo la tirtiro
# d: the question. $name: the indicator; $scores: how many go with it.
card-ask-delete = { $scores ->
    [0] Ma tirtiraysaa tilmaamaha «{ $name }»? (u ayaa soo celisa)
    [one] Ma tirtiraysaa tilmaamaha «{ $name }»? Dhibciisa keliya way la tagaysaa. (u ayaa soo celisa)
   *[other] Ma tirtiraysaa tilmaamaha «{ $name }»? { $scores } dhibcood way la tagayaan. (u ayaa soo celisa)
}
# The score form's title. $who, $name: as above.
card-form-score = { $who } ee «{ $name }»
# Its fields and their help (one per scale).
card-field-score = Dhibcaha
card-field-score-help-hundred = 0 ilaa 100, sida dhibcaha macallinka
card-field-score-help-five = 1 aad u xun … 5 aad u wanaagsan
card-field-reason = Sababta
card-field-reason-help = sababta kooxdu u bixiso dhibcahan, ereyadeeda
# The indicator form's title: adding, or rewording ($name).
card-form-add-indicator = Ku dar tilmaame
card-form-indicator = Tilmaamaha «{ $name }»
card-field-indicator = Tilmaame
card-field-indicator-help = waxa qolku ku qiimeeyo adeegga, tusaale «Yimaada marka la wacdo habeenkii»
# Why the name is not taken: none typed; another indicator has it ($name).
card-indicator-empty = Tilmaame: tilmaamuhu wuxuu u baahan yahay magac
card-indicator-taken = Tilmaame: horay waxaa u jiray tilmaame «{ $name }»
# The settings form (o).
card-form-settings = Kaarka qiimaynta
card-field-provider = Bixiyaha
card-field-provider-help = adeegga la qiimeeyo, oo isagu is qiimeeya: «saldhigga booliska Kibera»
card-field-scale = Cabbirka
card-field-scale-help = waxaa la doortaa ka hor dhibcaha koowaad
card-scale-locked = Cabbirka: waxaa la doortaa ka hor dhibcaha koowaad (tirtir dhibcaha si aad u beddesho)
# P with no problem to plan for.
card-action-no-problem = Tallaabadu waxay ka tirsan tahay dhibaato: marka hore mid ku magacaab { -step-identify } (F2)
# The action form's title (P). $name: the indicator.
card-form-action = Tallaabo ku saabsan farqiga «{ $name }»
# The indicator of success the action form starts with: the baseline it is
# measured from. $name: the indicator; $score: the community's mean; $gap:
# the gap, signed.
card-measure-gap = dhibcaha bulshada ee «{ $name }» kor uga kaca { $score } (farqi { $gap })
card-measure = dhibcaha bulshada ee «{ $name }» kor uga kaca { $score }
card-measure-next = dhibcaha bulshada ee «{ $name }» kor u kaca wareegga xiga
# The action saved. $name: the indicator.
card-action-planned = tallaabo ayaa lagu qorsheeyay farqiga «{ $name }»: waxay ku jirtaa { -step-plan } (F4)

## The score card on the room's screen

# Heading. $provider: who is scored.
card-room-heading = Kaarka qiimaynta: bulshada iyo { $provider }, dhinac dhinac
# No indicators (the wall; the reports too).
card-room-empty = Weli tilmaameyaal laguma heshiin.
# An indicator's scores in a line. $community: the community's mean;
# $provider: who is scored; $score: its own score; $gap: the gap, signed.
card-room-scores = bulshada { $community } · { $provider } { $score } · farqi { $gap }
# Under the big digits: the community's ($groups: how many groups), the gap's
# (with $big, the mark, when among the biggest).
card-room-community = bulshada ({ $groups } koox)
card-room-gap = farqi
card-room-gap-biggest = { $big } farqi, kuwa ugu waaweyn

## The score card in the reports (Markdown, HTML)

# Heading. $provider: who is scored.
report-card-heading = Kaarka qiimaynta: { $provider }
# Under it. $scale: the scale (card-scale-…); $provider: as above; $mark:
# the biggest gaps' mark (◆); $n: how many biggest gaps are marked.
report-card-intro = Cabbirka: { $scale }. Celceliska bulshadu waa celceliska kooxaha qiimeeyay tilmaame, koox kastaa mar keliya; farqigu waa celceliskaas oo laga jaray dhibcaha { $provider } uu isu siiyay (farqi taban: bixiyuhu wuu ka fiican yahay sida bulshadu u aragto). { $mark } wuxuu calaamadiyaa { $n }-da farqi ee ugu waaweyn (ka badan marka kan saddexaad la wadaago).
# The table's columns of the community's mean and of the gap (the panel's
# heading is short; a report has the room for the whole word).
report-card-col-community = Bulshada
report-card-col-gap = Farqi
# Anonymised copies.
report-card-reasons-left-out = Sababaha dhibcaha waa laga saaray nuqullada aan magaca lahayn.
report-card-reasons = Sababaha la bixiyay
report-card-gap-actions = Tallaabooyinka lagu qorsheeyay farqiyada
