### baraza — so: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Awaits review by a native-speaking facilitator; check with `baraza lang check so --files locales`.

## The method strip (the top line of every Rank view)

# Before the three methods; the second when M can switch them.
rank-strip-lead = Mudnaan
rank-strip-lead-key = Mudnaan (M)
# The three methods, as the strip, the results and the tie-break name them.
rank-method-dots = Dhibco
rank-method-pairwise = Lammaane
rank-method-criteria = Halbeeg
# One method on the strip. $method: its name (above); $recorded: what it
# has recorded (below, or a bare number where the line is short).
rank-strip-method = { $method }: { $recorded }
# What a method has recorded. $method: dots, pairwise or criteria; $n: how many.
rank-strip-recorded = { $method ->
    [dots] { $n ->
        [one] { $n } { -dot }
       *[other] { $n } dhibcood
    }
    [pairwise] { $n ->
        [one] { $n } lammaane
       *[other] { $n } lammaane
    }
   *[criteria] { $n ->
        [one] { $n } qiimayn
       *[other] { $n } qiimayn
    }
}
# Right end of the strip: the key to the results, or back from them.
rank-strip-results = r natiijooyinka
rank-strip-back = r dib u noqo
# After the line above where there is room.
rank-strip-score-card = S kaarka qiimaynta

## The shortlist and the tie at its boundary (the footer of every view)

# Who decides or whose ranking: the whole room, not one group.
rank-whole-room = qolka oo dhan
rank-shortlist-none = Weli ma jiro liis kooban
# $count: problems on the shortlist.
rank-shortlist-count = ★ Liiska kooban: { $count ->
    [one] { $count } { -problem }
   *[other] { $count } { -problems }
}
# The same, when it is not the top N of this ranking (hand-picked, or
# taken from another method). $n: the N of the top N.
rank-shortlist-count-not-top = ★ Liiska kooban: { $count ->
    [one] { $count } { -problem }
   *[other] { $count } { -problems }
}, ma aha { $n }-ka ugu sarreeya
# After the line above, the keys that change it. $n: the N of the top N.
rank-shortlist-keys = s waxay qaadataa { $n }-ka ugu sarreeya, [ ] waxay beddeshaa { $n }
rank-shortlist-keys-by-hand = s waxay qaadataa { $n }-ka ugu sarreeya, Space gacanta ku dooro, [ ] waxay beddeshaa { $n }
# The places a tie spans, inside the tie lines below. $first, $last: ranks.
rank-positions-two = kaalmaha { $first } iyo { $last }
rank-positions-range = kaalmaha { $first } ilaa { $last }
# Before $positions while one group's ranking is shown: the tie is the room's.
rank-whose-room = qolka oo dhan:{ " " }
# The top N cuts a tie. $n: the N; $whose: the line above or nothing;
# $positions: "positions 3 and 4".
rank-tie-cut = ! { $n }-ka sare: { $whose }{ $positions } waa barbaro — b waxay jebisaa barbarada
rank-tie-cut-read-only = ! { $n }-ka sare: { $whose }{ $positions } waa barbaro
# A run-off is being voted. $dots: its dots so far; others as above.
rank-tie-runoff = ! { $n }-ka sare: { $whose }{ $positions } waa barbaro — wareeg labaad ayaa socda ({ $dots } dhibcood): b way sii wadaa
rank-tie-runoff-read-only = ! { $n }-ka sare: { $whose }{ $positions } waa barbaro — wareeg labaad ayaa socda ({ $dots } dhibcood)
# The tie was broken. $n: the N; $rank: the tied rank; $how: "run-off vote
# (12 dots)", "head-to-head pairwise result", "facilitator decision: …".
rank-tie-broken = ✓ { $n }-ka sare: barbarada kaalinta { $rank } waxaa jebiyay { $how }
# An order of problems: "«A», then «B»". $first: the ones before; $next: the next.
rank-then = { $first }, kadib { $next }
# The legend of groups' dots, when some groups do not fit. $n: how many.
rank-more = +{ $n } kale

## Status line: the shortlist

# s before the method has its inputs. $method: dots, pairwise or criteria.
rank-not-ready = { $method ->
    [dots] weli dhibco ma jiraan: marka hore diiwaangeli codadka, ama gacanta ku dooro Space
    [pairwise] wareegga labo-labada ma dhammaan: marka hore go'aami lammaane kasta
   *[criteria] shaxda qiimaynta ma buuxsamin: marka hore qiimee dhibaato kasta halbeeg kasta
}
# $n: the N of the top N.
rank-shortlist-already = liiska kooban horeba waa { $n }-ka ugu sarreeya
rank-shortlist-set-pairwise = liiska kooban waa la dejiyay: labo-labadu hadda waxay isbarbardhigaysaa { $n }-kan; lammaanayaasha kale ee la go'aamiyay waa diiwaangashan yihiin
# ] at the longest. $most: how many problems there are.
rank-shortlist-longest = liiska kooban kama dheeraan karo { $most }-da dhibaato
rank-shortlist-shortest = liiska kooban wuxuu qaataa ugu yaraan hal dhibaato

## Scores as the results and the tie-break show them

# A score with its unit. $method: dots, pairwise or criteria; $n: the
# score when whole (for the plural), else text; $score: it as shown (3, 3½, 13.5).
rank-score = { $method ->
    [dots] { $n ->
        [one] { $score } { -dot }
       *[other] { $score } dhibcood
    }
    [pairwise] { $n ->
        [one] { $score } guul
       *[other] { $score } guulood
    }
   *[criteria] { $n ->
        [one] { $score } dhibic
       *[other] { $score } dhibcood
    }
}

## Status line: who votes, decides, or is looked at

# g with no groups in the session.
rank-no-groups-f1 = Weli kooxo ma jiraan — marka hore ku dar kooxaha Diyaarin (F1)
# Esc on the question about a tie at the shortlist boundary.
rank-shortlist-left = liiska kooban sidiisii ayaa loo daayay
# A group picked that an undo took away meanwhile.
rank-group-gone = kooxdaasi kuma jirto kulanka: g mar kale dooro
# The group whose dots are counted (also the dot view's heading). $group:
# its name; $used: dots it placed; $budget: its dots in all.
rank-voting = Codeynaya: { $group } — { $used } ka mid ah { $budget } dhibcood
# $group: the group whose run-off dots are counted.
rank-runoff-voter = Wareeg labaad: { $group } ayaa dhibco dhigaya
# Who decides pairs / gives scores now. $who: a group's name or "whole room".
rank-deciding-who = Go'aaminaya: { $who }
rank-scoring-who = Qiimaynaya: { $who }
# The results show one group's ranking. $group: its name.
rank-looking-at = Daawasho: kala horreynta { $group } (go'aamiyuhu isma beddelo)
rank-looking-at-room = Daawasho: kala horreynta qolka oo dhan (go'aamiyuhu isma beddelo)

## The group picker (g): its question, choices and keys

rank-pick-voter = Yaa dhibcihiisa la tirinayaa?
rank-pick-runoff-voter = Yaa dhibcihiisa wareegga labaad la tirinayaa?
rank-pick-decider = Yaa hadda go'aaminaya?
rank-pick-viewed = Kala horreynta yaa la eegayaa? (waxba ma beddelo)
# Choice 0, where the whole room can decide.
rank-pick-room = qolka oo dhan (dhammaan kooxaha wada jir)
# A group when dots are counted. $group: its name; $used, $budget: its dots.
rank-pick-voter-group = { $group } — { $used } ka mid ah { $budget } dhibcood
# The picker's bottom line. $first: the first number (0 with the whole room, else 1).
rank-pick-keys = { $first }-9 dooro · ↑↓ Enter · Esc

## The question when the top N would cut a tie (s)

# Its title.
rank-boundary-title = Liiska kooban
# $n: the N; $titles: the tied problems («…», «…»); $rank: their shared
# rank; $tied: how many are tied; $size: the shortlist with them all.
rank-boundary-question = { $n }-ka sare waxay jaraan barbaro: { $titles } waxay wadaagaan kaalinta { $rank }. Midkooda gala liiska kooban ma aha wax baraza qiyaasayo. b hadda jebi barbarada · a ku dar dhammaan { $tied }-da barbaraha ah (liis { $size } ah) · Esc liiska kooban sidiisa u daa.

## What is missing before ranking (in every view)

rank-no-groups = Weli kooxo ma jiraan — marka hore ku dar kooxaha Diyaarin (Shift+Tab)
rank-no-problems = Weli dhibaatooyin ma jiraan — marka hore magacaw dhibaatooyinka Aqoonsi (Shift+Tab)

## Dot voting: the board

# The chart's title. $order: one of the two below; $group: the group shown alone.
rank-dots-chart-room = Kala horreyn: qolka oo dhan · { $order }
rank-dots-chart-group = Kala horreyn: { $group } kaliya · { $order }
rank-dots-sorted = loo kala soocay dhibcaha
rank-dots-named = sida loo magacaabay
# After the chart's title while the rows keep their place.
rank-dots-rows-named = safafka sida loo magacaabay inta tirinta la qorayo
rank-dots-rows-held = safafku way taagan yihiin inta kooxdani codaynayso
# The heading while c walks a group's tally. $group: its name; $at: the
# problem reached; $count: problems in all; $used, $budget: its dots.
rank-dots-tally-heading = Tirinta { $group }: dhibaatada { $at } ee { $count } · { $used } ka mid ah { $budget } dhibcood
# After the heading, the number being typed. $typed: its digits.
rank-dots-typing = qoraya { $typed }▏ Enter dhig
# After the heading once a group is over its dots. $over: by how many.
rank-dots-over-budget = ! { $over } ka badan qoondada
# The room's typing strip while a tally is typed: its label.
rank-typing-dots = Dhibco

## Dot voting: status line and the over-budget question

# A sixth digit. $n: the most digits.
rank-dots-max-digits = ugu badnaan { $n } tiro
# Esc on digits typed.
rank-dots-cleared = tirooyinka waa la tirtiray
# The cursor left a row with digits typed. $typed: the digits.
rank-dots-moved = { $typed } lama diiwaangelin: tilmaameyaha ayaa dhaqaaqay Enter ka hor
# Enter with nothing typed.
rank-dots-type-first = marka hore qor dhibcaha: 1 4 Enter wuxuu dhigaa 14
# $group: the group; $count: the number typed; $problem: the problem's title.
rank-dots-already = { $group } horeba waxay leedahay { $count } «{ $problem }»
# The y/n question when a typed tally goes over the group's dots. $count:
# the number typed; $problem: the title; $group: the group; $used: its dots
# with this; $budget: its dots in all; $over: by how many.
rank-dots-over-set = { $count } «{ $problem }» waxay { $group } gaarsiinaysaa { $used } ka mid ah { $budget } dhibcood — { $over } ka badan qoondada. Weli diiwaangeli?
# The same for one dot (+).
rank-dots-over-add = Dhibic «{ $problem }» waxay { $group } gaarsiinaysaa { $used } ka mid ah { $budget } dhibcood — { $over } ka badan qoondada. Weli diiwaangeli?
# n to the question above.
rank-dots-not-recorded = lama diiwaangelin: tirintu sideedii bay tahay
# c starts a group's tally. $group: its name.
rank-dots-tally-start = Tirinta { $group }: qor dhibcaha dhibaato kasta, Enter way sii wadaa (Enter kaliya tirinta sideeda ayay u daysaa); Esc way dhammaysaa
# The tally's end. $group: its name; $used, $budget: its dots.
rank-dots-tally-done = tirintu way dhammaatay: { $group } waxay leedahay { $used } ka mid ah { $budget } dhibcood — g dooro kooxda xigta
# - with no dot to take back. $group, $problem: names.
rank-dots-nothing-to-take-back = { $group } ma laha dhibic «{ $problem }» oo dib loo qaado

## Pairwise: status line

# Space with every pair decided. $n: pairs; $who: who decided (a group or "whole room").
rank-pairs-all-decided = dhammaan { $n } lammaane waa la go'aamiyay ({ $who }) — r waxay muujisaa natiijooyinka
# x on a pair not decided.
rank-pair-nothing-to-clear = lammaanahan weli waxba lagama go'aamin
# The same pick again.
rank-pair-already = horeba saas ayaa loo diiwaangeliyay — Space u gudub lammaanaha xiga
# A reason saved before the pick.
rank-pair-reason-noted = waa la qoray — ← → ama = waxay la diiwaangelisaa doorashada
# A round of many pairs. $n: problems; $pairs: pairs.
rank-pairs-long-round = { $n } dhibaato = { $pairs } lammaane — wareeg dheer oo qolka ah
# Why there is no pair to show.
rank-pairs-one-problem = Hal dhibaato kaliya: labo-labadu waxay u baahan tahay laba ama ka badan
rank-pairs-one-shortlisted = Liiska kooban hal dhibaato ayuu leeyahay: ku dar, ama a isbarbardhig dhammaan dhibaatooyinka
rank-pairs-too-few = Labo-labadu waxay u baahan tahay laba dhibaato ama ka badan
# The room's typing strip while a reason is typed: its label.
rank-typing-why = Sababta

## Pairwise: the matrix (m)

# Its title. $who: who decides (a group or "whole room").
rank-matrix-title = Shaxda lammaanaha · { $who }
# Top right of the matrix and the results. $decided: pairs decided; $total: pairs.
rank-pairs-decided = la go'aamiyay: { $decided } ee { $total }
# Under the title: how to read a cell, or why the room's wins are the groups'.
rank-matrix-note = Sanduuq kasta: lambarka dhibaatada ka muhiimsan · = isku mid · bannaan: furan
rank-matrix-note-groups = Qolku wada jir uma go'aamin lammaane: guulihiisu waa isugeynta go'aannada kooxaha
# Column headings right of the grid (short: the numbers under them are).
rank-matrix-wins = guul
rank-matrix-rank = kaalin

## Pairwise: the pair on screen

# Its title. $who: who decides (a group or "whole room").
rank-pair-title = Go'aaminaya: { $who }
# Top right. $pair: the pair on screen; $total: pairs; $decided: pairs decided.
rank-pair-progress = lammaane { $pair } ee { $total } · { $decided } la go'aamiyay
# Under the title: what the round compares. $n: problems; $pairs: pairs.
rank-comparing-all-no-shortlist = Dhammaan dhibaatooyinka (liis kooban ma jiro): { $n } dhibaato = { $pairs } lammaane
rank-comparing-shortlist = Liiska kooban: { $n } dhibaato = { $pairs } lammaane
rank-comparing-all = Dhammaan dhibaatooyinka: { $n } dhibaato = { $pairs } lammaane
# After the line above: what a compares instead.
rank-scope-key-all = a: dhammaan
rank-scope-key-shortlist = a: liiska kooban
# Decisions kept from another round. $pairs: pairs decided; $problems: among how many problems.
rank-pairs-outside = ! Sidoo kale waa diiwaangashan, wareeggan dibaddiisa: { $pairs } lammaane oo la go'aamiyay { $problems } dhibaato dhexdooda — waa la hayaa, warbixintana waa lagu xisaabiyaa
# Above the two problems.
rank-pair-question = Kee ka muhiimsan?
# Between the two boxes (7 columns at most).
rank-pair-or = ama
# Under the boxes side by side: the keys, and the pick.
rank-pair-this-left = ← kan
rank-pair-this-right = kan →
rank-pair-more = ✓ ka muhiimsan
# Between the boxes when they tie (7 columns at most).
rank-pair-equal-short = siman
# Between the boxes stacked one over the other, when they tie.
rank-pair-equal = = siman
# Under the boxes stacked.
rank-pair-keys-stacked = ← kan hore · = siman · kan labaad →
# Why the room decided so. $reason: as typed.
rank-pair-why-label = Sababta:
rank-pair-why = Sababta: { $reason }
rank-pair-why-pending = Sababta: { $reason }  (waxaa la diiwaangelin doonaa doorashada)
rank-pair-no-reason = Sabab lama qorin
rank-pair-no-reason-key = Sabab lama qorin — Enter si aad u qorto sababta
# How the other rounds decided this pair. $others: "Room 1 · Women = · Men –".
rank-pair-others = Kuwa kale ee lammaanahan: { $others }
# The whole room, in the line above.
rank-pair-room = Qolka

## Criteria scoring: the grid

# Its title. $who: who gives the scores (a group or "whole room").
rank-criteria-title = Qiimaynaya: { $who }
# Top right. $scored: cells scored; $cells: cells in all.
rank-criteria-scored = la qiimeeyay: { $scored } ee { $cells }
# With no criterion yet (read-only, then with the key).
rank-criteria-none = Weli halbeegyo ma jiraan
rank-criteria-none-examples = Weli halbeegyo ma jiraan — a ku dar mid (tusaale Soo noqnoqod, Culays, Dadka ay saameysay)
# The cell under the cursor, above the grid. $criterion: its name;
# $weight: its weight; $problem: the problem's title.
rank-criteria-cell = { $criterion } (miisaan ×{ $weight }) — 1 hoose … 5 sare · «{ $problem }»
# Above the footer, when groups scored and the room is shown.
rank-criteria-mean-note = Qolka oo dhan: sanduuq uusan qolku isagu qiimeyn wuxuu muujiyaa celceliska kooxaha
# Column headings (Total and Rank are short: numbers stand under them).
rank-criteria-col-problem = Dhibaato
rank-criteria-col-total = Wadar
rank-criteria-col-rank = Kaalin

## Criteria scoring: status line, the question and the form

# A score key with no criterion.
rank-criteria-none-key = Weli halbeegyo ma jiraan — a ku dar mid (tusaale Culays)
# x on a cell not scored. $who: a group or "whole room".
rank-criteria-nothing-to-clear = { $who } halkan qiimayn kama bixin oo la tirtiro
# The y/n question on d. $name: the criterion; $scores: its scores.
rank-criteria-ask-delete = { $scores ->
    [0] Tirtir halbeegga «{ $name }»? (u dib ayay u soo celisaa)
    [one] Tirtir halbeegga «{ $name }»? Qiimayntiisa kaliya way la socotaa. (u dib ayay u soo celisaa)
   *[other] Tirtir halbeegga «{ $name }»? { $scores }-da qiimayn way la socdaan. (u dib ayay u soo celisaa)
}
# The form's title. $name: the criterion.
rank-criteria-form-edit = Halbeegga «{ $name }»
rank-criteria-form-add = Ku dar halbeeg
rank-criteria-field-name = Magaca
rank-criteria-field-name-help = sida qolku u yiraahdo, tusaale «Waxay saameysaa carruurta»
rank-criteria-field-weight = Miisaanka
rank-criteria-field-weight-help = inta uu culus yahay: 2 wuxuu u culus yahay labanlaab 1 (1 ilaa 10)
# Why the form cannot be saved. $name: the name typed.
rank-criteria-name-empty = Magaca: halbeeggu wuxuu u baahan yahay magac
rank-criteria-name-taken = Magaca: «{ $name }» horeba waa halbeeg
# After adding one criterion too many. $n: criteria now.
rank-criteria-many = { $n } halbeeg: qiimayntu way dheeraanaysaa (3 ilaa 5 ayaa caadi ah)

## Results (r)

# Its title. $method: the method's name; $who: "whole room"; $group: the
# group whose ranking is looked at.
rank-results-title = Natiijooyinka · { $method } · { $who }
rank-results-title-group = Natiijooyinka · { $method } · daawasho: { $group }
# Nothing recorded by the method. $method: dots, pairwise or criteria.
rank-results-none = { $method ->
    [dots] Weli dhibco lama diiwaangelin — r dib u noqo si aad u diiwaangeliso
    [pairwise] Weli go'aanno lammaane lama diiwaangelin — r dib u noqo si aad u diiwaangeliso
   *[criteria] Weli qiimayn lama diiwaangelin — r dib u noqo si aad u diiwaangeliso
}
# The group looked at recorded nothing. $group: its name; $method: as above.
rank-results-group-none = { $method ->
    [dots] { $group } dhibco ma diiwaangelin — g muuji koox kale
    [pairwise] { $group } go'aanno lammaane ma diiwaangelin — g muuji koox kale
   *[criteria] { $group } qiimayn ma diiwaangelin — g muuji koox kale
}
# Over the chart. $group: the group looked at.
rank-results-overall = Kala horreynta guud
rank-results-group-ranking = Kala horreynta { $group }
# Over the chart while the method's inputs are not complete. $decided: "3 of 6 pairs decided".
rank-results-so-far-groups = Ilaa hadda: wareegyada kooxaha wada jir, midna ma dhammaan
rank-results-so-far-pairs = Ilaa hadda: { $decided }
rank-results-so-far-scores = Ilaa hadda: dhibaato kasta lagama qiimayn halbeeg kasta
# The table's heading.
rank-results-groups-ranks = Kaalimaha koox kasta
# Under the table: what its marks mean.
rank-results-legend = – waxba ma diiwaangelin
rank-results-legend-disagree = ◆ kooxaha ugu kala duwan · – waxba ma diiwaangelin
# Under the chart, for each tie broken. $rank: the tied rank; $how: how
# ("run-off vote (12 dots)"…); $order: «A», then «B».
rank-results-tie-note = † barbarada kaalinta { $rank } waxaa jebiyay { $how }: { $order }

## Tie-break (b): status line

# b with the tie already broken. $broken: "Top 3: tie at rank 3 broken by …".
rank-tie-nothing-to-break = wax la jebiyo ma jiro: { $broken }
# b before the method has its inputs. $method: dots, pairwise or criteria.
rank-tie-nothing-recorded = { $method ->
    [dots] barbaro la jebiyo ma jirto: weli waxba looma diiwaangelin codbixinta dhibcaha
    [pairwise] barbaro la jebiyo ma jirto: weli waxba looma diiwaangelin isbarbardhigga labo-labo
   *[criteria] barbaro la jebiyo ma jirto: weli waxba looma diiwaangelin qiimaynta halbeegyada
}
# b with no tie at the boundary. $n: the N of the top N.
rank-tie-none-top = barbaro ma jirto xadka { $n }-ka sare
# A key in the tie-break after the tie went (an undo).
rank-tie-gone = hadda barbaro ma jirto xadka liiska kooban
rank-runoff-needs-groups = wareegga labaad wuxuu u baahan yahay kooxaha codeeya: ku dar Diyaarin
# 2 when the pairs cannot decide. $why: one of the two below.
rank-head-to-head-none = natiijo toos ah ma jirto: { $why } isbarbardhigga labo-labo
# $n: pairs among the tied problems not decided.
rank-head-to-head-open = { $n } lammaane oo dhexdooda ah lama go'aamin
rank-head-to-head-circle = natiijooyinkooda labo-labo waxay ku wareegayaan goobo ama waa barbaro
# More run-off dots than the group has people. $group: its name; $used:
# its run-off dots; $people: how many people it has.
rank-runoff-many-dots = { $group }: { $used } dhibcood wareeg labaad { $people } qof — mid qof kasta ayaa caadi ah (waa la diiwaangeliyay)
# - with no run-off dot to take back. $group, $problem: names.
rank-runoff-nothing-to-take-back = { $group } ma laha dhibic wareeg labaad «{ $problem }» oo dib loo qaado
rank-runoff-none-yet = weli dhibco wareeg labaad ma jiraan: + dhig mid
rank-runoff-none-to-drop = dhibco wareeg labaad oo la tuuro ma jiraan
# The y/n question on d. $dots: the run-off's dots.
rank-runoff-ask-drop = Tuur wareeggan labaad iyo { $dots } dhibcood? (u dib ayay u soo celisaa)

## Tie-break: choosing the way

# The heading when there is no tie (after an undo).
rank-tie-title = Jebinta barbarada
rank-tie-gone-esc = Hadda barbaro ma jirto xadka liiska kooban — Esc dib u noqo
# The heading. $rank: the tied rank; $method: the method's name.
rank-tie-heading = Jebi barbarada kaalinta { $rank } · { $method }
# Top right of the tie-break's first step.
rank-tie-esc-back = Esc dib
# Under the heading. $n: the N; $tied: problems tied; $rank: their rank;
# $score: their score with its unit ("12 dots"); $places: places they share.
rank-tie-intro = { $n }-ka sare waxay jaraan barbaro: { $tied } dhibaato ayaa wadaaga kaalinta { $rank } midkiiba { $score }, { $places } kaalmood.
rank-tie-how = Qolku sidee buu u jebinayaa?
# The three ways, each with a detail after it.
rank-way-runoff = Wareeg labaad oo dhibco ah dhexdooda
rank-way-head-to-head = Natiijada tooska ah ee labo-labo
rank-way-decision = Go'aanka fududeeyaha
rank-way-runoff-detail = ka qaybgale kasta hal dhibic, kuwan kaliya
# $how: "run-off vote (4 dots)".
rank-way-runoff-under-way = socda: { $how } ilaa hadda
# $order: «A», then «B».
rank-way-head-to-head-gives = waxay bixisaa { $order }
# $why: "1 pair among them undecided" or the circle line above.
rank-way-head-to-head-none = natiijo ma jirto: { $why }
rank-way-decision-detail = kala horreynta, iyo sababta loo sheego qolka
# Two problems still level: "«A» and «B»". $first: the ones before; $next: the next.
rank-and = { $first } iyo { $next }
# The problems a run-off leaves level. $problems: the line above; $dots: each one's dots.
rank-still-level = { $problems } (midkiiba { $dots } dhibcood)

## Tie-break: the run-off

# The heading. $rank: the tied rank; $group: the group placing dots.
rank-runoff-heading = Wareeg labaad, kaalinta { $rank }: { $group }
rank-runoff-heading-no-group = Wareeg labaad, kaalinta { $rank }: koox ma jirto
# Top right.
rank-runoff-one-each = hal dhibic qof kasta
rank-runoff-empty = Weli dhibco wareeg labaad ma jiraan: + mid dhig dhibaatada la doortay
# $order: «A», then «B».
rank-runoff-confirm = Enter xaqiiji kala horreynta: { $order }
# Enter on a run-off still tied. $level: "«A» and «B» (4 dots each)".
rank-runoff-still-tied = Weli waa barbaro: { $level } — dhibco dheeraad ah (+), ama Esc kadib 3: fududeeyaha ayaa go'aaminaya kala horreynta wareegga labaad (d tuur wareegga labaad)

## Tie-break: the facilitator's decision (the form)

# Its title. $rank: the tied rank.
rank-decision-title = Go'aami barbarada kaalinta { $rank }
# A place's field. $rank: the place.
rank-decision-place = Kaalinta { $rank }
rank-decision-place-help = ←/→ dooro dhibaatada kaalintan; mid kasta hal mar
rank-decision-place-help-runoff = ←/→ dooro dhibaatada kaalintan; kala horreynta wareegga labaad waa la buuxiyay
rank-decision-reason = Sababta
rank-decision-reason-help = waxa loo sheegayo qolka, tusaale «odayga ayaa hadda wax ka qaban kara»
# The reason's start after a run-off left a tie (the facilitator goes on
# from it). $dots: the run-off's dots; $level: "«A» and «B» (4 dots each)".
rank-decision-reason-start = wareegga labaad ({ $dots } dhibcood) wuxuu ka tagay { $level } iyagoo siman
# Why the form cannot be saved. $problem: a title.
rank-decision-placed-twice = «{ $problem }» laba jeer ayaa la dhigay: dhibaato kasta hal mar
rank-decision-reason-empty = Sababta: qolku wuxuu maqlayaa sababta — ku qor ereyo kooban

## Scrolling

# Top right of a chart or list that does not fit. $from, $to: the rows in
# view; $total: rows in all.
rank-range = { $from }–{ $to } ee { $total }
