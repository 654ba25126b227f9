### baraza — Soomaali: fariimaha aasaasiga ah (taariikhaha, tirooyinka, xaaladaha, xeerarka).
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Inta u dhaxaysa walxaha liiska.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Inta u dhaxaysa tirada dhan iyo jajabka ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# Magacyada gaaban ee bilaha (Kob, Lab…) lama yaqaan: taariikhda gaaban
# waa 05/11/2026; tan dheer "5 Bisha Kow iyo Tobnaad 2026"; maalinta "Khamiis".
date-short = %d/%m/%Y
date-long = %-d %B %Y
date-weekday = %A

## Words the core gives to screens and reports

# The six steps of the cycle, as the stepper, the panels' titles and the
# reports name them.
stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
# An action's status (Monitor, the room's screen, reports).
status-planned = qorshaysan
status-in-progress = socda
status-done = dhammaaday
status-stalled = istaagay
status-dropped = laga tagay
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
# The export log and the retention rule's purge records, as the status
# line and the reports describe them. $format: Markdown, HTML or CSV (as
# the file has it); $table: a CSV table's name; $n: how many tables.
record-report = warbixin { $format }
record-report-table = warbixin { $format } ({ $table })
record-report-tables = warbixin { $format } ({ $n } shax)
# $report: one of the record-report messages.
record-anonymised = { $report }, magacyo la'aan
# $to: the file's name, "standard output", or record-to-more.
record-export = { $report }, loo diray { $to }
# $first: the first file's name; $n: how many more.
record-to-more = { $first } iyo { $n } kale
# Between two records written by one change (each has commas of its own).
record-and-then = { $first }; { $next }
# What a purge took. $fields: the record-field- messages (one, or as
# record-fields-and joins them); $date: the day (ISO, as in the file).
record-purge = { $fields } ka hor { $date }
# $rest: the fields before the last, as a list; $last: the last one.
record-fields-and = { $rest } iyo { $last }
record-field-context = qoraallada xaaladda
record-field-progress-notes = qoraallada horumarka
record-field-descriptions = sharraxaadda dhibaatooyinka
record-field-reasons = sababaha go'aannada
record-field-risks = khataraha tallaabooyinka
record-field-lessons = casharrada
# The rules a value breaks: the status line when a change is refused,
# `baraza check` (in English). $min, $max: numbers; $name: as typed;
# $hours: a number of hours.
rule-no-title = kulanku wuxuu u baahan yahay cinwaan
rule-no-group-name = kooxdu waxay u baahan tahay magac
rule-too-many-people = kooxdu waxay tirisaa ugu badnaan { $max } qof
rule-group-name-taken = horay waxaa u jirtay koox «{ $name }»
rule-dots = dhibcaha qof kasta waa { $min } ilaa { $max }
rule-no-problem-title = dhibaatadu waxay u baahan tahay cinwaan
rule-no-criterion-name = halbeeggu wuxuu u baahan yahay magac
rule-weight = miisaanka halbeegga waa { $min } ilaa { $max }
rule-score = dhibcuhu waa { $min } ilaa { $max }
rule-shortlist = liiska gaaban wuxuu qaataa ugu yaraan hal dhibaato
rule-consent-too-long = qoraalka ogolaanshuhu waa ugu badnaan { $max } xaraf
rule-worked = waqtiga looga shaqeeyay guddi waa ugu badnaan { $hours } saacadood
rule-timer = saacadda tirintu waxay socotaa 1 ilbiriqsi ilaa { $hours } saacadood
rule-no-indicator-name = tilmaamuhu wuxuu u baahan yahay magac
rule-indicator-name-taken = horay waxaa u jiray tilmaame «{ $name }»
rule-card-score = halkan dhibcuhu waa { $min } ilaa { $max }
rule-no-place-name = meeshu waxay u baahan tahay magac
rule-place-name-taken = horay waxaa u jirtay meel «{ $name }»
rule-intensity = amni-darrada waxaa lagu calaamadeeyaa 0 (ammaan) ilaa { $max }
rule-month = bishu waa 1 ilaa { $max }
rule-no-recipient = sheeg cidda dhibaatada loo gudbiyay
rule-reply-before-raised = jawaab ma iman karto ka hor inta aan dhibaatada la gudbin

## How a change reads: the status line after a change, after "undone: " and
## "redone: " (the audit log in the file stays English)

change-quoted = «{ $text }»
change-the-room = qolka
change-removed-criterion = (halbeeg la tirtiray)
change-added = { $noun ->
    [group] koox la daray: { $name }
    [criterion] halbeeg la daray: { $name }
    [problem] dhibaato la daray: «{ $name }»
    [action] tallaabo la daray: «{ $name }»
    [indicator] tilmaame la daray: «{ $name }»
    [place] goob la daray: «{ $name }»
   *[other] la daray: «{ $name }»
}
change-deleted = { $noun ->
    [group] koox la tirtiray: { $name }
    [criterion] halbeeg la tirtiray: { $name }
    [problem] dhibaato la tirtiray: «{ $name }»
    [action] tallaabo la tirtiray: «{ $name }»
    [indicator] tilmaame la tirtiray: «{ $name }»
    [place] goob la tirtiray: «{ $name }»
   *[other] la tirtiray: «{ $name }»
}
change-edited = { $noun ->
    [group] koox la beddelay: { $name }
    [criterion] halbeeg la beddelay: { $name }
    [problem] dhibaato la beddelay: «{ $name }»
    [action] tallaabo la beddelay: «{ $name }»
    [indicator] tilmaame la beddelay: «{ $name }»
    [place] goob la beddelay: «{ $name }»
   *[other] la beddelay: «{ $name }»
}
change-moved = { $noun ->
    [group] koox loo raray kaalinta { $position }: { $name }
    [criterion] halbeeg loo raray kaalinta { $position }: { $name }
    [problem] dhibaato loo raray kaalinta { $position }: «{ $name }»
    [action] tallaabo loo raray kaalinta { $position }: «{ $name }»
    [indicator] tilmaame loo raray kaalinta { $position }: «{ $name }»
    [place] goob loo raray kaalinta { $position }: «{ $name }»
   *[other] loo raray kaalinta { $position }: «{ $name }»
}
change-deleted-unknown = { $noun ->
    [group] koox la tirtiray
    [criterion] halbeeg la tirtiray
    [problem] dhibaato la tirtiray
    [action] tallaabo la tirtiray
    [indicator] tilmaame la tirtiray
    [place] goob la tirtiray
   *[other] la tirtiray
}
change-moved-unknown = { $noun ->
    [group] koox la raray
    [criterion] halbeeg la raray
    [problem] dhibaato la raray
    [action] tallaabo la raray
    [indicator] tilmaame la raray
    [place] goob la raray
   *[other] la raray
}
change-problems-added = { $n ->
    [one] { $n } dhibaato la daray: { $titles }
   *[other] { $n } dhibaatooyin ah ayaa la daray: { $titles }
}
change-merged = «{ $gone }» waxaa lagu daray «{ $kept }»
change-problem-new-category = dhibaato la beddelay: «{ $title }», qayb cusub «{ $category }»
change-escalation-flagged = { $mark } «{ $title }» waxay u baahan tahay tallaabo degmo/qaran
change-escalation-unflagged = «{ $title }» uma baahna tallaabo degmo/qaran mar dambe
change-resolved = { $mark } «{ $title }» waa la xalliyay
change-open-again = «{ $title }» mar kale waa furan tahay (lama xallin)
change-dot-added = dhibic loo siiyay «{ $problem }» oo ka timid { $group }
change-dot-removed = dhibic laga qaaday «{ $problem }» ({ $group })
change-dot-removed-unknown = dhibic la qaaday
change-dots-restored = { $n ->
    [one] { $n } dhibic ayaa la soo celiyay
   *[other] { $n } dhibcood ayaa la soo celiyay
}
change-dots-removed = { $n ->
    [one] { $n } dhibic ayaa la qaaday
   *[other] { $n } dhibcood ayaa la qaaday
}
change-dots-moved = { $n ->
    [one] { $n } dhibic ayaa la raray
   *[other] { $n } dhibcood ayaa la raray
}
change-dots-set = { $group }: { $n ->
    [one] { $n } dhibic
   *[other] { $n } dhibcood
} ee «{ $problem }» (hore { $was })
change-pair-won = { $who }: «{ $winner }» ayaa ka muhiimsan «{ $loser }»
change-pair-tie = { $who }: «{ $a }» iyo «{ $b }» waa barbaro
change-pair-cleared = { $who }: labada «{ $a }» / «{ $b }» waa la tirtiray
change-score = { $who }: «{ $problem }» waxay heshay { $score } ee { $criterion }
change-score-cleared = { $who }: dhibcaha «{ $problem }» ee { $criterion } waa la tirtiray
change-tie-broken = barbarada kaalinta { $rank } waxaa lagu jebiyay { $how }
change-how-runoff = { $n ->
    [one] { -run-off } ({ $n } dhibic)
   *[other] { -run-off } ({ $n } dhibcood)
}
change-how-head-to-head = natiijada isbarbardhigga labadooda
change-how-decision = go'aanka fududeeyaha: { $reason }
change-runoff-started-dot = { -run-off } waa bilaabmay: dhibic loo siiyay «{ $problem }» oo ka timid { $group }
change-runoff-started = { -run-off } waa ka bilaabmay kaalinta { $rank }
change-runoff-dot = dhibicda { -run-off } ee «{ $problem }» oo ka timid { $group }
change-runoff-dot-back = dhibicda { -run-off } waa la celiyay: «{ $problem }» oo ka timid { $group }
change-tie-break-edited = { -tie-break } kaalinta { $rank } waa la beddelay
change-runoff-dropped = { -run-off } kaalinta { $rank } waa laga tagay
change-tie-break-deleted-at = { -tie-break } kaalinta { $rank } waa la tirtiray
change-tie-break-deleted = { -tie-break } waa la tirtiray
change-tie-break-moved = { -tie-break } waa la raray
change-shortlist-with-ties = { -shortlist }: { $n }-da ugu sarreeya, oo ay ku jiraan dhibaato kasta oo barbaro ah
change-status = xaaladda «{ $activity }»: { $from } → { $to }
change-progress-note = { -progress-note } ee «{ $activity }»
change-title = cinwaan: «{ $from }» → «{ $to }»
change-location = goob: «{ $from }» → «{ $to }»
change-date = taariikh: { $from } → { $to }
change-facilitators = fududeeyayaal: { $names }
change-dots-per-participant = dhibcaha ka qaybgale kasta: { $from } → { $to }
change-context = qoraallada xaaladda waa la beddelay
change-consent-cleared = qoraalka oggolaanshaha waa la tirtiray
change-consent = qoraalka oggolaanshaha waa la beddelay
change-room-language = luqadda qolka: { $code }
change-room-language-interface = luqadda qolka: ta shaashadda
change-session-details = faahfaahinta kulanka waa la beddelay: { $parts }
change-part-title = cinwaan
change-part-community = bulsho
change-part-date = taariikh
change-part-facilitators = fududeeyayaal
change-part-dots-per-participant = dhibcaha ka qaybgale kasta
change-part-room-language = luqadda qolka
change-reports-written = { $n ->
    [one] warbixin ayaa la qoray: { $reports }
   *[other] warbixinno ayaa la qoray: { $reports }
}
change-export-log = diiwaanka dhoofinta waa la beddelay
change-purged = waa la tirtiray: { $what }
change-retention-purged = muddada kaydinta: waa la tirtiray { $what }
change-purge-records = diiwaannada tirtiridda waa la beddelay
change-categories = qaybaha: { $names }
change-shortlist = { -shortlist }: { $titles }
change-shortlist-cleared = { -shortlist } waa la faaruqiyay
change-shortlist-size = cabbirka { -shortlist }: { $n }
change-lessons = waa la beddelay: { $parts }
change-lessons-unchanged = casharrada waa la kaydiyay iyadoo aan la beddelin
change-part-worked = waxa shaqeeyay
change-part-did-not-work = waxa aan shaqayn
change-part-lessons = casharro
change-part-improvements = horumarin
change-stage = waxaa la gaaray { $stage }
change-method = kala horreysiin { $method }
change-pair-scope-shortlist = { -pairwise } ee { -shortlist }
change-pair-scope-all = { -pairwise } ee dhibaatooyinka oo dhan
change-blind-open = { -dot-voting } oo furan: wadarta shaashadda qolka
change-blind-hidden = { -dot-voting } qarsoon: wadarta lagama muujiyo shaashadda qolka
change-blind-revealed = wadarta dhibcaha waa loo muujiyay qolka
change-worked = waqtiga la shaqeeyay: { $parts }
change-worked-part = { $stage } { $time }
change-provider = { -score-card } ee «{ $name }»
change-card-scale = cabbirka { -score-card }: { $scale }
change-card-provider-scale = { -score-card } ee «{ $name }», { $scale }
change-card-started = { -score-card } waxaa lagu bilaabay { $n } tilmaame oo adeegga booliska ah
change-card-score = { -score-card }: { $who } wuxuu siiyay { $score } «{ $indicator }»
change-card-score-cleared = { -score-card }: dhibcaha { $who } ee «{ $indicator }» waa la tirtiray
change-mark = { -where-when }: { $who } wuxuu calaamadeeyay «{ $place }» { $when } { $level }
change-mark-cleared = { -where-when }: calaamadda { $who } ee «{ $place }» { $when } waa la tirtiray
change-escalation-raised = «{ $problem }» waxaa loo gudbiyay { $to } { $date }
change-escalation-reply = «{ $problem }», { $to }: { $kind } { $date }
change-escalation-edited = { -escalation } waa la beddelay: «{ $problem }» loo gudbiyay { $to }
change-escalation-deleted = { -escalation } waa la tirtiray: «{ $problem }» loo gudbiyay { $to }
change-escalation-deleted-unknown = { -escalation } waa la tirtiray
change-escalation-moved = { -escalation } waa la raray
# A change refused. $why: the rule it breaks (a rule- message).
change-not-done = lama samayn: { $why }

## How long, as the status line and reports say it

duration-under-a-minute = wax ka yar daqiiqad
duration-minutes = { $m } daqiiqo
duration-hours = { $h } saac { $mm } daqiiqo
