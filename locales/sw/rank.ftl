### baraza — sw: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Awaits review by a native-speaking facilitator; check with `baraza lang check sw --files locales`.

## The method strip (the top line of every Rank view)

# Before the three methods; the second when M can switch them.
rank-strip-lead = Panga kwa
rank-strip-lead-key = Panga kwa (M)
# The three methods, as the strip, the results and the tie-break name them.
rank-method-dots = Nukta
rank-method-pairwise = Jozi
rank-method-criteria = Vigezo
# One method on the strip. $method: its name (above); $recorded: what it
# has recorded (below, or a bare number where the line is short).
rank-strip-method = { $method }: { $recorded }
# What a method has recorded. $method: dots, pairwise or criteria; $n: how many.
rank-strip-recorded = { $method ->
    [dots] { -dot } { $n }
    [pairwise] jozi { $n }
   *[criteria] alama { $n }
}
# Right end of the strip: the key to the results, or back from them.
rank-strip-results = r matokeo
rank-strip-back = r rudi
# After the line above where there is room.
rank-strip-score-card = S kadi ya alama

## The shortlist and the tie at its boundary (the footer of every view)

# Who decides or whose ranking: the whole room, not one group.
rank-whole-room = ukumbi mzima
rank-shortlist-none = Bado hakuna orodha fupi
# $count: problems on the shortlist.
rank-shortlist-count = ★ Orodha fupi: { $count ->
    [one] { -problem } { $count }
   *[other] { -problems } { $count }
}
# The same, when it is not the top N of this ranking (hand-picked, or
# taken from another method). $n: the N of the top N.
rank-shortlist-count-not-top = ★ Orodha fupi: { $count ->
    [one] { -problem } { $count }
   *[other] { -problems } { $count }
}, si { $n } bora
# After the line above, the keys that change it. $n: the N of the top N.
rank-shortlist-keys = s huchukua { $n } bora, [ ] hubadilisha { $n }
rank-shortlist-keys-by-hand = s huchukua { $n } bora, Space huchagua kwa mkono, [ ] hubadilisha { $n }
# The places a tie spans, inside the tie lines below. $first, $last: ranks.
rank-positions-two = nafasi ya { $first } na ya { $last }
rank-positions-range = nafasi ya { $first } hadi ya { $last }
# Before $positions while one group's ranking is shown: the tie is the room's.
rank-whose-room = ukumbi mzima:{ " " }
# The top N cuts a tie. $n: the N; $whose: the line above or nothing;
# $positions: "positions 3 and 4".
rank-tie-cut = ! { $n } bora: { $whose }{ $positions } zina sare — b huvunja sare
rank-tie-cut-read-only = ! { $n } bora: { $whose }{ $positions } zina sare
# A run-off is being voted. $dots: its dots so far; others as above.
rank-tie-runoff = ! { $n } bora: { $whose }{ $positions } zina sare — kura ya marudio inaendelea (nukta { $dots }): b huendelea
rank-tie-runoff-read-only = ! { $n } bora: { $whose }{ $positions } zina sare — kura ya marudio inaendelea (nukta { $dots })
# The tie was broken. $n: the N; $rank: the tied rank; $how: "run-off vote
# (12 dots)", "head-to-head pairwise result", "facilitator decision: …".
rank-tie-broken = ✓ { $n } bora: sare katika nafasi ya { $rank } imevunjwa kwa { $how }
# An order of problems: "«A», then «B»". $first: the ones before; $next: the next.
rank-then = { $first }, kisha { $next }
# The legend of groups' dots, when some groups do not fit. $n: how many.
rank-more = +{ $n } zaidi

## Status line: the shortlist

# s before the method has its inputs. $method: dots, pairwise or criteria.
rank-not-ready = { $method ->
    [dots] bado hakuna nukta: rekodi kura kwanza, au chagua matatizo kwa mkono kwa Space
    [pairwise] mzunguko wa jozi haujakamilika: amua kila jozi kwanza
   *[criteria] jedwali la alama halijajaa: pa kila tatizo alama kwa kila kigezo kwanza
}
# $n: the N of the top N.
rank-shortlist-already = orodha fupi tayari ni { $n } bora
rank-shortlist-set-pairwise = orodha fupi imewekwa: jozi sasa zinalinganisha haya { $n }; jozi nyingine zilizoamuliwa zinabaki zimerekodiwa
# ] at the longest. $most: how many problems there are.
rank-shortlist-longest = orodha fupi haiwezi kuwa ndefu kuliko matatizo { $most }
rank-shortlist-shortest = orodha fupi inachukua angalau tatizo moja

## Scores as the results and the tie-break show them

# A score with its unit. $method: dots, pairwise or criteria; $n: the
# score when whole (for the plural), else text; $score: it as shown (3, 3½, 13.5).
rank-score = { $method ->
    [dots] { -dot } { $score }
    [pairwise] ushindi { $score }
   *[criteria] alama { $score }
}

## Status line: who votes, decides, or is looked at

# g with no groups in the session.
rank-no-groups-f1 = Bado hakuna makundi — ongeza makundi katika Andaa kwanza (F1)
# Esc on the question about a tie at the shortlist boundary.
rank-shortlist-left = orodha fupi imeachwa kama ilivyokuwa
# A group picked that an undo took away meanwhile.
rank-group-gone = kundi hilo halipo tena katika kikao: g huchagua tena
# The group whose dots are counted (also the dot view's heading). $group:
# its name; $used: dots it placed; $budget: its dots in all.
rank-voting = Wanapiga kura: { $group } — { $used } kati ya nukta { $budget }
# $group: the group whose run-off dots are counted.
rank-runoff-voter = Kura ya marudio: { $group } wanaweka nukta
# Who decides pairs / gives scores now. $who: a group's name or "whole room".
rank-deciding-who = Wanaoamua: { $who }
rank-scoring-who = Wanaotoa alama: { $who }
# The results show one group's ranking. $group: its name.
rank-looking-at = Unatazama: mpangilio wa { $group } (anayeamua habadiliki)
rank-looking-at-room = Unatazama: mpangilio wa ukumbi mzima (anayeamua habadiliki)

## The group picker (g): its question, choices and keys

rank-pick-voter = Nukta za nani zinahesabiwa?
rank-pick-runoff-voter = Nukta za marudio za nani zinahesabiwa?
rank-pick-decider = Nani anaamua sasa?
rank-pick-viewed = Mpangilio wa nani utazamwe? (haubadilishi kitu)
# Choice 0, where the whole room can decide.
rank-pick-room = ukumbi mzima (makundi yote pamoja)
# A group when dots are counted. $group: its name; $used, $budget: its dots.
rank-pick-voter-group = { $group } — { $used } kati ya nukta { $budget }
# The picker's bottom line. $first: the first number (0 with the whole room, else 1).
rank-pick-keys = { $first }-9 chagua · ↑↓ Enter · Esc

## The question when the top N would cut a tie (s)

# Its title.
rank-boundary-title = Orodha fupi
# $n: the N; $titles: the tied problems («…», «…»); $rank: their shared
# rank; $tied: how many are tied; $size: the shortlist with them all.
rank-boundary-question = { $n } bora zinakata sare: { $titles } yanashiriki nafasi ya { $rank }. Lipi kati yao liingie kwenye orodha fupi si jambo la baraza kukisia. b huvunja sare sasa · a huingiza yote { $tied } yenye sare (orodha fupi ya { $size }) · Esc huacha orodha fupi kama ilivyo.

## What is missing before ranking (in every view)

rank-no-groups = Bado hakuna makundi — ongeza makundi katika Andaa kwanza (Shift+Tab)
rank-no-problems = Bado hakuna matatizo — taja matatizo katika Tambua kwanza (Shift+Tab)

## Dot voting: the board

# The chart's title. $order: one of the two below; $group: the group shown alone.
rank-dots-chart-room = Mpangilio: ukumbi mzima, makundi yote · { $order }
rank-dots-chart-group = Mpangilio: { $group } pekee · { $order }
rank-dots-sorted = kwa idadi ya nukta
rank-dots-named = kwa mpangilio yalivyotajwa
# After the chart's title while the rows keep their place.
rank-dots-rows-named = safu kwa mpangilio yalivyotajwa wakati hesabu inaandikwa
rank-dots-rows-held = safu zimeshikiliwa wakati kundi hili linapiga kura
# The heading while c walks a group's tally. $group: its name; $at: the
# problem reached; $count: problems in all; $used, $budget: its dots.
rank-dots-tally-heading = Hesabu ya { $group }: tatizo { $at } kati ya { $count } · { $used } kati ya nukta { $budget }
# After the heading, the number being typed. $typed: its digits.
rank-dots-typing = unaandika { $typed }▏ Enter huweka
# After the heading once a group is over its dots. $over: by how many.
rank-dots-over-budget = ! { $over } zaidi ya kiwango
# The room's typing strip while a tally is typed: its label.
rank-typing-dots = Nukta

## Dot voting: status line and the over-budget question

# A sixth digit. $n: the most digits.
rank-dots-max-digits = si zaidi ya tarakimu { $n }
# Esc on digits typed.
rank-dots-cleared = tarakimu zimefutwa
# The cursor left a row with digits typed. $typed: the digits.
rank-dots-moved = { $typed } haikurekodiwa: kishale kilihama kabla ya Enter
# Enter with nothing typed.
rank-dots-type-first = andika nukta kwanza: 1 4 Enter huweka 14
# $group: the group; $count: the number typed; $problem: the problem's title.
rank-dots-already = { $group } tayari wana { $count } kwenye «{ $problem }»
# The y/n question when a typed tally goes over the group's dots. $count:
# the number typed; $problem: the title; $group: the group; $used: its dots
# with this; $budget: its dots in all; $over: by how many.
rank-dots-over-set = { $count } kwenye «{ $problem }» zinawafikisha { $group } { $used } kati ya nukta { $budget } — { $over } zaidi ya kiwango. Rekodi hata hivyo?
# The same for one dot (+).
rank-dots-over-add = Nukta kwenye «{ $problem }» inawafikisha { $group } { $used } kati ya nukta { $budget } — { $over } zaidi ya kiwango. Rekodi hata hivyo?
# n to the question above.
rank-dots-not-recorded = haikurekodiwa: hesabu iko kama ilivyokuwa
# c starts a group's tally. $group: its name.
rank-dots-tally-start = Hesabu ya { $group }: andika nukta za kila tatizo, Enter huendelea (Enter pekee huacha hesabu kama ilivyo); Esc humaliza
# The tally's end. $group: its name; $used, $budget: its dots.
rank-dots-tally-done = hesabu imekamilika: { $group } wana { $used } kati ya nukta { $budget } — g huchagua kundi linalofuata
# - with no dot to take back. $group, $problem: names.
rank-dots-nothing-to-take-back = { $group } hawana nukta kwenye «{ $problem }» ya kurudisha

## Pairwise: status line

# Space with every pair decided. $n: pairs; $who: who decided (a group or "whole room").
rank-pairs-all-decided = jozi zote { $n } zimeamuliwa ({ $who }) — r huonyesha matokeo
# x on a pair not decided.
rank-pair-nothing-to-clear = bado hakuna kilichoamuliwa kwa jozi hii
# The same pick again.
rank-pair-already = tayari imerekodiwa hivyo — Space huenda kwenye jozi inayofuata
# A reason saved before the pick.
rank-pair-reason-noted = imeandikwa — ← → au = huirekodi pamoja na chaguo
# A round of many pairs. $n: problems; $pairs: pairs.
rank-pairs-long-round = matatizo { $n } = jozi { $pairs } — mzunguko mrefu kwa ukumbi
# Why there is no pair to show.
rank-pairs-one-problem = Tatizo moja tu: ulinganishaji wa jozi unahitaji mawili au zaidi
rank-pairs-one-shortlisted = Orodha fupi ina tatizo moja: ongeza kwenye orodha fupi, au a hulinganisha kila tatizo
rank-pairs-too-few = Ulinganishaji wa jozi unahitaji matatizo mawili au zaidi
# The room's typing strip while a reason is typed: its label.
rank-typing-why = Kwa nini

## Pairwise: the matrix (m)

# Its title. $who: who decides (a group or "whole room").
rank-matrix-title = Jedwali la jozi · { $who }
# Top right of the matrix and the results. $decided: pairs decided; $total: pairs.
rank-pairs-decided = jozi { $decided } kati ya { $total } zimeamuliwa
# Under the title: how to read a cell, or why the room's wins are the groups'.
rank-matrix-note = Kila kisanduku: namba ya tatizo lililo muhimu zaidi · = sawa · tupu: wazi
rank-matrix-note-groups = Ukumbi haukuamua jozi yoyote pamoja: ushindi wake unajumlisha maamuzi ya kila kundi
# Column headings right of the grid (short: the numbers under them are).
rank-matrix-wins = ushindi
rank-matrix-rank = nafasi

## Pairwise: the pair on screen

# Its title. $who: who decides (a group or "whole room").
rank-pair-title = Jozi · { $who } wanaamua
# Top right. $pair: the pair on screen; $total: pairs; $decided: pairs decided.
rank-pair-progress = jozi { $pair } kati ya { $total } · { $decided } zimeamuliwa
# Under the title: what the round compares. $n: problems; $pairs: pairs.
rank-comparing-all-no-shortlist = Matatizo yote (bado hakuna orodha fupi): matatizo { $n } = jozi { $pairs }
rank-comparing-shortlist = Orodha fupi: matatizo { $n } = jozi { $pairs }
rank-comparing-all = Matatizo yote: matatizo { $n } = jozi { $pairs }
# After the line above: what a compares instead.
rank-scope-key-all = a: yote
rank-scope-key-shortlist = a: orodha fupi
# Decisions kept from another round. $pairs: pairs decided; $problems: among how many problems.
rank-pairs-outside = ! Pia zimerekodiwa, nje ya mzunguko huu: jozi { $pairs } zilizoamuliwa kati ya matatizo { $problems } — zimehifadhiwa, na zinahesabiwa katika ripoti
# Above the two problems.
rank-pair-question = Lipi ni muhimu zaidi?
# Between the two boxes (7 columns at most).
rank-pair-or = au
# Under the boxes side by side: the keys, and the pick.
rank-pair-this-left = ← hili
rank-pair-this-right = hili →
rank-pair-more = ✓ muhimu zaidi
# Between the boxes when they tie (7 columns at most).
rank-pair-equal-short = sawa
# Between the boxes stacked one over the other, when they tie.
rank-pair-equal = = sawa
# Under the boxes stacked.
rank-pair-keys-stacked = ← la kwanza · = sawa · la pili →
# Why the room decided so. $reason: as typed.
rank-pair-why-label = Kwa nini:
rank-pair-why = Kwa nini: { $reason }
rank-pair-why-pending = Kwa nini: { $reason }  (itarekodiwa pamoja na chaguo)
rank-pair-no-reason = Hakuna sababu iliyoandikwa
rank-pair-no-reason-key = Hakuna sababu iliyoandikwa — Enter kuandika kwa nini
# How the other rounds decided this pair. $others: "Room 1 · Women = · Men –".
rank-pair-others = Wengine kwa jozi hii: { $others }
# The whole room, in the line above.
rank-pair-room = Ukumbi

## Criteria scoring: the grid

# Its title. $who: who gives the scores (a group or "whole room").
rank-criteria-title = Vigezo · wanaotoa alama: { $who }
# Top right. $scored: cells scored; $cells: cells in all.
rank-criteria-scored = alama: { $scored } kati ya { $cells }
# With no criterion yet (read-only, then with the key).
rank-criteria-none = Bado hakuna vigezo
rank-criteria-none-examples = Bado hakuna vigezo — a huongeza kimoja (k.m. Marudio, Ukubwa, Watu walioathirika)
# The cell under the cursor, above the grid. $criterion: its name;
# $weight: its weight; $problem: the problem's title.
rank-criteria-cell = { $criterion } (uzito ×{ $weight }) — 1 chini … 5 juu · «{ $problem }»
# Above the footer, when groups scored and the room is shown.
rank-criteria-mean-note = Ukumbi mzima: kisanduku ambacho ukumbi haukukipa alama wenyewe kinaonyesha wastani wa makundi
# Column headings (Total and Rank are short: numbers stand under them).
rank-criteria-col-problem = Tatizo
rank-criteria-col-total = Jumla
rank-criteria-col-rank = Nafasi

## Criteria scoring: status line, the question and the form

# A score key with no criterion.
rank-criteria-none-key = Bado hakuna vigezo — a huongeza kimoja (k.m. Ukubwa)
# x on a cell not scored. $who: a group or "whole room".
rank-criteria-nothing-to-clear = { $who } hawakutoa alama hapa ya kufuta
# The y/n question on d. $name: the criterion; $scores: its scores.
rank-criteria-ask-delete = { $scores ->
    [0] Futa kigezo «{ $name }»? (u hukirudisha)
    [one] Futa kigezo «{ $name }»? Alama yake moja inaondoka nacho. (u hukirudisha)
   *[other] Futa kigezo «{ $name }»? Alama zake { $scores } zinaondoka nacho. (u hukirudisha)
}
# The form's title. $name: the criterion.
rank-criteria-form-edit = Kigezo «{ $name }»
rank-criteria-form-add = Ongeza kigezo
rank-criteria-field-name = Jina
rank-criteria-field-name-help = kama ukumbi unavyokisema, k.m. «Kinawaathiri watoto»
rank-criteria-field-weight = Uzito
rank-criteria-field-weight-help = kinahesabiwa kiasi gani: 2 kinahesabiwa mara mbili ya 1 (1 hadi 10)
# Why the form cannot be saved. $name: the name typed.
rank-criteria-name-empty = Jina: kigezo kinahitaji jina
rank-criteria-name-taken = Jina: «{ $name }» tayari ni kigezo
# After adding one criterion too many. $n: criteria now.
rank-criteria-many = vigezo { $n }: kutoa alama kunachukua muda zaidi (3 hadi 5 ni kawaida)

## Results (r)

# Its title. $method: the method's name; $who: "whole room"; $group: the
# group whose ranking is looked at.
rank-results-title = Matokeo · { $method } · { $who }
rank-results-title-group = Matokeo · { $method } · unatazama { $group }
# Nothing recorded by the method. $method: dots, pairwise or criteria.
rank-results-none = { $method ->
    [dots] Bado hakuna nukta zilizorekodiwa — r hurudi kuzirekodi
    [pairwise] Bado hakuna maamuzi ya jozi yaliyorekodiwa — r hurudi kuyarekodi
   *[criteria] Bado hakuna alama zilizorekodiwa — r hurudi kuzirekodi
}
# The group looked at recorded nothing. $group: its name; $method: as above.
rank-results-group-none = { $method ->
    [dots] { $group } hawakurekodi nukta — g huonyesha kundi jingine
    [pairwise] { $group } hawakurekodi maamuzi ya jozi — g huonyesha kundi jingine
   *[criteria] { $group } hawakurekodi alama — g huonyesha kundi jingine
}
# Over the chart. $group: the group looked at.
rank-results-overall = Mpangilio wa jumla
rank-results-group-ranking = Mpangilio wa { $group }
# Over the chart while the method's inputs are not complete. $decided: "3 of 6 pairs decided".
rank-results-so-far-groups = Hadi sasa: mizunguko ya makundi pamoja, hakuna uliokamilika
rank-results-so-far-pairs = Hadi sasa: { $decided }
rank-results-so-far-scores = Hadi sasa: si kila tatizo limepewa alama kwa kila kigezo
# The table's heading.
rank-results-groups-ranks = Nafasi za kila kundi
# Under the table: what its marks mean.
rank-results-legend = – hawakurekodi kitu
rank-results-legend-disagree = ◆ makundi yanatofautiana zaidi · – hawakurekodi kitu
# Under the chart, for each tie broken. $rank: the tied rank; $how: how
# ("run-off vote (12 dots)"…); $order: «A», then «B».
rank-results-tie-note = † sare katika nafasi ya { $rank } imevunjwa kwa { $how }: { $order }

## Tie-break (b): status line

# b with the tie already broken. $broken: "Top 3: tie at rank 3 broken by …".
rank-tie-nothing-to-break = hakuna cha kuvunja: { $broken }
# b before the method has its inputs. $method: dots, pairwise or criteria.
rank-tie-nothing-recorded = { $method ->
    [dots] hakuna sare ya kuvunja: bado hakuna kilichorekodiwa kwa kura za nukta
    [pairwise] hakuna sare ya kuvunja: bado hakuna kilichorekodiwa kwa ulinganishaji wa jozi
   *[criteria] hakuna sare ya kuvunja: bado hakuna kilichorekodiwa kwa alama za vigezo
}
# b with no tie at the boundary. $n: the N of the top N.
rank-tie-none-top = hakuna sare kwenye mpaka wa { $n } bora
# A key in the tie-break after the tie went (an undo).
rank-tie-gone = hakuna sare kwenye mpaka wa orodha fupi sasa
rank-runoff-needs-groups = kura ya marudio inahitaji makundi yanayopiga kura: yaongeze katika Andaa
# 2 when the pairs cannot decide. $why: one of the two below.
rank-head-to-head-none = hakuna matokeo ya ana kwa ana: { $why } katika ulinganishaji wa jozi
# $n: pairs among the tied problems not decided.
rank-head-to-head-open = jozi { $n } kati yao hazijaamuliwa
rank-head-to-head-circle = matokeo yao ya jozi yanazunguka au yana sare
# More run-off dots than the group has people. $group: its name; $used:
# its run-off dots; $people: how many people it has.
rank-runoff-many-dots = { $group }: nukta { $used } za marudio kwa watu { $people } — moja kila mtu ni kawaida (imerekodiwa)
# - with no run-off dot to take back. $group, $problem: names.
rank-runoff-nothing-to-take-back = { $group } hawana nukta ya marudio kwenye «{ $problem }» ya kurudisha
rank-runoff-none-yet = bado hakuna nukta za marudio: + huweka moja
rank-runoff-none-to-drop = hakuna nukta za marudio za kuondoa
# The y/n question on d. $dots: the run-off's dots.
rank-runoff-ask-drop = Ondoa kura hii ya marudio na nukta zake { $dots }? (u huzirudisha)

## Tie-break: choosing the way

# The heading when there is no tie (after an undo).
rank-tie-title = Kuvunja sare
rank-tie-gone-esc = Hakuna sare kwenye mpaka wa orodha fupi sasa — Esc hurudi
# The heading. $rank: the tied rank; $method: the method's name.
rank-tie-heading = Vunja sare katika nafasi ya { $rank } · { $method }
# Top right of the tie-break's first step.
rank-tie-esc-back = Esc rudi
# Under the heading. $n: the N; $tied: problems tied; $rank: their rank;
# $score: their score with its unit ("12 dots"); $places: places they share.
rank-tie-intro = { $n } bora zinakata sare: matatizo { $tied } yanashiriki nafasi ya { $rank } yakiwa na { $score } kila moja, kwa nafasi { $places }.
rank-tie-how = Ukumbi utavunjaje sare?
# The three ways, each with a detail after it.
rank-way-runoff = Kura ya marudio ya nukta kati yao
rank-way-head-to-head = Matokeo ya jozi ana kwa ana
rank-way-decision = Uamuzi wa mwezeshaji
rank-way-runoff-detail = kila mshiriki nukta moja, kwa haya tu
# $how: "run-off vote (4 dots)".
rank-way-runoff-under-way = inaendelea: { $how } hadi sasa
# $order: «A», then «B».
rank-way-head-to-head-gives = inatoa { $order }
# $why: "1 pair among them undecided" or the circle line above.
rank-way-head-to-head-none = hakuna matokeo: { $why }
rank-way-decision-detail = mpangilio, na sababu ikielezwa kwa ukumbi
# Two problems still level: "«A» and «B»". $first: the ones before; $next: the next.
rank-and = { $first } na { $next }
# The problems a run-off leaves level. $problems: the line above; $dots: each one's dots.
rank-still-level = { $problems } (nukta { $dots } kila moja)

## Tie-break: the run-off

# The heading. $rank: the tied rank; $group: the group placing dots.
rank-runoff-heading = Marudio, nafasi ya { $rank }: { $group }
rank-runoff-heading-no-group = Marudio, nafasi ya { $rank }: hakuna kundi
# Top right.
rank-runoff-one-each = nukta moja kila mtu
rank-runoff-empty = Bado hakuna nukta za marudio: + huweka moja kwa tatizo lililochaguliwa
# $order: «A», then «B».
rank-runoff-confirm = Enter huthibitisha mpangilio: { $order }
# Enter on a run-off still tied. $level: "«A» and «B» (4 dots each)".
rank-runoff-still-tied = Bado kuna sare: { $level } — nukta zaidi (+), au Esc kisha 3: mwezeshaji anaamua kutoka mpangilio wa kura ya marudio (d huondoa kura ya marudio)

## Tie-break: the facilitator's decision (the form)

# Its title. $rank: the tied rank.
rank-decision-title = Amua sare katika nafasi ya { $rank }
# A place's field. $rank: the place.
rank-decision-place = Nafasi ya { $rank }
rank-decision-place-help = ←/→ huchagua tatizo kwa nafasi hii; kila moja mara moja
rank-decision-place-help-runoff = ←/→ huchagua tatizo kwa nafasi hii; mpangilio wa kura ya marudio umejazwa
rank-decision-reason = Sababu
rank-decision-reason-help = kile ukumbi unachoambiwa, k.m. «chifu anaweza kulishughulikia sasa»
# The reason's start after a run-off left a tie (the facilitator goes on
# from it). $dots: the run-off's dots; $level: "«A» and «B» (4 dots each)".
rank-decision-reason-start = kura ya marudio (nukta { $dots }) iliacha { $level } sawa
# Why the form cannot be saved. $problem: a title.
rank-decision-placed-twice = «{ $problem }» limewekwa mara mbili: kila tatizo mara moja
rank-decision-reason-empty = Sababu: ukumbi unasikia kwa nini — iandike kwa maneno machache

## Scrolling

# Top right of a chart or list that does not fit. $from, $to: the rows in
# view; $total: rows in all.
rank-range = { $from }–{ $to } kati ya { $total }
