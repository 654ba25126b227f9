### baraza — Soomaali: shaashadda qolka (derbiga).
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Every panel

# The small mark in the bottom right corner (the facilitator reads it
# from the laptop): the session is safely on disk.
room-mark-saved = ✓ waa la kaydiyay
# …is being written to disk.
room-mark-saving = waa la kaydinayaa…
# …could not be written (loud: the facilitator must act).
room-mark-not-saved = LAMA KAYDIN
# …was opened read-only.
room-mark-read-only = akhris keliya
# An audience window (`baraza present`) following the file.
room-mark-live = ● toos
# An audience window whose file could not be read just now.
room-mark-unreadable = ⚠ faylka lama akhriyi karo: muuqaalkii ugu dambeeyay, mar kale ayaa la isku dayayaa
# An audience window refused a key.
room-mark-shows-only = daaqaddan wax bay muujisaa oo keliya: ka shaqee daaqadda fududeeyaha
# The window is too small to draw the room's screen. $width, $height:
# its size in cells.
room-too-small = weyneey daaqadda ({ $width }×{ $height })
# Bottom left, when a list does not fit: which entries show. $from, $to:
# the first and last shown; $total: how many there are.
room-page = { $from }–{ $to } ee { $total }
# Who decides or scores, when no group is chosen.
room-whole-room = qolka oo dhan

## A form open over the room's screen (two lines at the bottom)

# $label: the name of the field being typed in; $text: what is typed.
room-typing = ✎ { $label }: { $text }▏
# The field is private (notes, risks…). $label: its name.
room-typing-private = ✎ { $label }: laguma muujiyo shaashadda qolka (p marka foomka la xiro ayaa muujisa)
# A form with no field to show.
room-typing-form-open = ✎ foom ayaa furan: p marka la xiro wuxuu muujiyaa shaashadda fududeeyaha

## The timer (top right)

# Beside the running timer's digits.
room-timer-left = waqtiga haray
# Beside a paused timer's digits.
room-timer-paused = la hakiyay
# When the time is up (flashes; capitals where the language has them).
room-timer-up = WAQTIGII WAA DHAMMAADAY

## Prepare

# Heading. $people: how many people are in the room (a count).
room-prepare-heading = Yaa qolka jooga: { $people ->
    [one] { $people } qof
   *[other] { $people } qof
}
# When no participant group has been added yet.
room-prepare-empty = Weli kooxo ma jiraan.
# Under the big total of people.
room-prepare-in-the-room = qolka jooga
# $dots: how many dots each participant places (a count).
room-prepare-dots-each = { $dots ->
    [one] { $dots } { -dot } qof kasta
   *[other] { $dots } dhibic qof kasta
}
# One line at the bottom on a small screen. $total: people in the room;
# $dots: the line above ("3 dots each").
room-prepare-total-line = Qolka: { $total } · { $dots }

## Identify

# Heading. $problems: how many problems have been named (a count).
room-identify-heading = Dhibaatooyinka amniga ee la sheegay: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
}
room-identify-empty = Weli dhibaato lama sheegin.

## Rank: dot voting

# Heading in a blind vote (the totals are not shown until revealed).
room-dots-heading-blind = Codbixin qarsoon: wadarta waa qarsoon tahay ilaa la muujiyo
# Heading. $placed: dots placed so far; $budget: dots there are in all.
room-dots-heading = Codbixinta dhibcaha: { $placed } ee { $budget ->
    [one] { $budget } { -dot }
   *[other] { $budget } dhibic
}
room-dots-empty = Weli ma jiraan dhibaatooyin loo codeeyo.
# The group voting now. $group: its name; $used: dots it has placed;
# $budget: dots it has.
room-dots-voting-now = Hadda codaynaya: { $group } — { $used } ee { $budget } dhibic
# Only one group's dots are shown. $group: its name.
room-dots-alone = Dhibcaha { $group } oo keliya
# A blind vote: how many dots a group has placed. $group: its name.
room-dots-placed = { $group } way dhigeen
# The legend of the marks beside the ranks.
room-legend-marks = ★ hormuud · 2= kaalin wadaag

## Rank: pairwise

# Heading. $pair: which pair this is; $pairs: how many pairs there are.
room-pairwise-heading = Midkee ka muhiimsan? Lammaanaha { $pair } ee { $pairs }
# Heading when no pair is being decided.
room-pairwise-title = Isbarbardhigga labo-labo
room-pairwise-empty = Isbarbardhiggu wuxuu u baahan yahay laba dhibaato ama ka badan.
# $who: the group deciding (or "the whole room"); $decided: pairs decided
# so far; $total: pairs there are.
room-pairwise-deciding = Go'aaminaya: { $who } · { $decided } ee { $total } lammaane ayaa la go'aamiyay
# Under the problem the room said matters more.
room-pairwise-more = ✓ ka muhiimsan
# Under both problems when the room said they matter as much.
room-pairwise-same = = isku mid
# Between the two problems of the pair.
room-pairwise-or = ama

## Rank: criteria scoring

room-criteria-title = Qiimaynta halbeegyada
room-criteria-empty = Qiimayntu waxay u baahan tahay dhibaatooyin iyo ugu yaraan hal halbeeg.
# After the criterion's name when it counts more. $weight: its weight.
room-criteria-weight = { " " }(miisaan ×{ $weight })
# Heading. $criterion: the criterion's name; $weight: the line above or
# nothing; $index: which criterion; $count: how many there are.
room-criteria-heading = Halbeegga: { $criterion }{ $weight } · { $index } ee { $count }
# $index: which problem; $count: how many; $who: the group scoring.
room-criteria-problem = Dhibaatada { $index } ee { $count } · waxaa qiimeeyay { $who }
# The ends of the 1–5 scale.
room-criteria-low = hoose
room-criteria-high = sare
# Under the scale when the groups' scores differ. $mean: their mean ("2.5").
room-criteria-mean = celceliska kooxaha: { $mean }
room-criteria-not-scored = weli lama qiimayn

## Rank: results

# Heading. $method: how the room ranked (dot voting, pairwise ranking…).
room-results-heading = Natiijooyinka ({ $method }): guud ahaan iyo koox-koox
room-results-empty = Weli waxba lama kala horreysiin.
# Above the overall ranks' column.
room-results-overall = guud
# The legend of the marks.
room-results-marks = ◆ ugu khilaafka badan · ★ hormuud · 2= kaalin wadaag

## Rank: breaking a tie at the shortlist's boundary

room-tie-title = Jebinta barbarada
# $rank: the shared rank.
room-tie-heading = Jebinta barbarada kaalinta { $rank }
# $rank: the rank; $how: how it was broken (a run-off vote (5 dots)…).
room-tie-broken = Barbaradii kaalinta { $rank } waxaa lagu jebiyay: { $how }.
room-tie-none = Barbaro kuma jirto xadka liiska kooban.
# $problems: how many problems share the rank; $rank: the rank; $places:
# how many of them the shortlist has room for.
room-tie-share = { $problems ->
    [one] { $problems } { -problem } ayaa wadaaga
   *[other] { $problems } dhibaato ayaa wadaaga
} kaalinta { $rank }; liiska kooban waxaa u bannaan { $places }.
# Above the three ways to break a tie.
room-tie-how = Sida qolku u jebinayo:
# The three ways, long (wide screens) and short (narrow ones).
room-tie-way-runoff = wareeg labaad oo dhibco ah, dhibaatooyinka barbaraha ah oo keliya
room-tie-way-head-to-head = natiijada isbarbardhigga labo-labo ee dhexdooda
room-tie-way-decision = go'aan fududeeye, oo sababta loo sheego qolka
room-tie-way-runoff-short = wareeg labaad
room-tie-way-head-to-head-short = natiijada labo-labada
room-tie-way-decision-short = go'aanka fududeeyaha
# $dots: dots placed in the run-off so far.
room-tie-runoff = Wareegga labaad: { $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
} ilaa hadda
# How a tie was broken, in "was broken by …". $dots: the run-off's dots.
room-tie-by-runoff = wareeg labaad ({ $dots ->
    [one] { $dots } { -dot }
   *[other] { $dots } dhibic
})
room-tie-by-head-to-head = natiijada labo-labada ee dhexdooda
# $reason: the facilitator's reason, as typed.
room-tie-by-decision = go'aanka fududeeyaha: { $reason }

## Plan

room-plan-title = Qorshe hawleed
room-plan-empty = Weli ma jiraan dhibaatooyin loo qorsheeyo.
# Heading. $place: the problem's place on the shortlist; $count: its size.
room-plan-heading = Qorshe hawleed: mudnaanta { $place } ee { $count }
room-plan-no-actions = Weli tallaabo looma heshiin dhibaatadan.
# Who leads an action. $who: as typed.
room-plan-who = yaa: { $who }
room-plan-who-open = yaa: lagu heshiin doonaa
# By when. $date: the date in words ("5 Nov 2026").
room-plan-by = ilaa { $date }
room-plan-by-open = goorma: lagu heshiin doonaa

## Monitor

# Heading. $actions: how many actions (a count).
room-monitor-heading = La socod: { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } tallaabo
}
room-monitor-empty = Weli tallaabo looma heshiin.
# An action's due date. $date: in words ("5 Nov 2026").
room-monitor-due = ugu dambayn { $date }

## Learn

room-learn-heading = Waxa aan baranay
room-learn-worked = Waxa shaqeeyay
room-learn-did-not-work = Waxa aan shaqayn
room-learn-lessons = Casharrada
room-learn-improvements = Hagaajinta wareegga xiga
# When a box's text does not fit. $lines: how many lines are left out.
room-learn-more = ({ $lines ->
    [one] { $lines } sadar oo kale
   *[other] { $lines } sadar oo kale
} baa ku jira shaashadda fududeeyaha)
