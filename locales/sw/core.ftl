### baraza — Kiswahili: ujumbe wa msingi (tarehe, namba, hali, sheria).
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# Kati ya vipengele vya orodha.
list-separator = {", "}
# Between the whole and the fraction of a number ("2.5").
# Kati ya namba nzima na sehemu yake ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# Tarehe katika sentensi: "5 Nov 2026", "5 Novemba 2026", "Alhamisi".
date-short = %-d %b %Y
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
status-planned = imepangwa
status-in-progress = inaendelea
status-done = imekamilika
status-stalled = imekwama
status-dropped = imeachwa
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
# The export log and the retention rule's purge records, as the status
# line and the reports describe them. $format: Markdown, HTML or CSV (as
# the file has it); $table: a CSV table's name; $n: how many tables.
record-report = ripoti ya { $format }
record-report-table = ripoti ya { $format } ({ $table })
record-report-tables = ripoti ya { $format } (majedwali { $n })
# $report: one of the record-report messages.
record-anonymised = { $report }, bila majina
# $to: the file's name, "standard output", or record-to-more.
record-export = { $report }, kwenda { $to }
# $first: the first file's name; $n: how many more.
record-to-more = { $first } na { $n } zaidi
# Between two records written by one change (each has commas of its own).
record-and-then = { $first }; { $next }
# What a purge took. $fields: the record-field- messages (one, or as
# record-fields-and joins them); $date: the day (ISO, as in the file).
record-purge = { $fields } ya kabla ya { $date }
# $rest: the fields before the last, as a list; $last: the last one.
record-fields-and = { $rest } na { $last }
record-field-context = maelezo ya muktadha
record-field-progress-notes = maandishi ya taarifa za maendeleo
record-field-descriptions = maelezo ya { -problems }
record-field-reasons = sababu za maamuzi
record-field-risks = hatari za hatua
record-field-lessons = mafunzo
# The rules a value breaks: the status line when a change is refused,
# `baraza check` (in English). $min, $max: numbers; $name: as typed;
# $hours: a number of hours.
rule-no-title = kikao kinahitaji kichwa
rule-no-group-name = { -group } linahitaji jina
rule-too-many-people = { -group } linahesabu watu { $max } kwa zaidi
rule-group-name-taken = tayari kuna { -group } «{ $name }»
rule-dots = { -dot } kwa kila mshiriki ni { $min } hadi { $max }
rule-no-problem-title = { -problem } linahitaji kichwa
rule-no-criterion-name = { -criterion } kinahitaji jina
rule-weight = uzito wa { -criterion } ni { $min } hadi { $max }
rule-score = alama ni kuanzia { $min } hadi { $max }
rule-shortlist = { -shortlist } inachukua angalau { -problem } moja
rule-consent-too-long = dokezo la ridhaa lina herufi { $max } kwa zaidi
rule-worked = muda wa kufanya kazi kwenye paneli ni saa { $hours } kwa zaidi
rule-timer = kipima muda kinaenda sekunde 1 hadi saa { $hours }
rule-no-indicator-name = kiashiria kinahitaji jina
rule-indicator-name-taken = tayari kuna kiashiria «{ $name }»
rule-card-score = hapa alama ni kuanzia { $min } hadi { $max }
rule-no-place-name = mahali panahitaji jina
rule-place-name-taken = tayari kuna mahali «{ $name }»
rule-intensity = ukosefu wa usalama unawekwa alama 0 (salama) hadi { $max }
rule-month = mwezi ni 1 hadi { $max }
rule-no-recipient = sema { -problem } lilipelekwa kwa nani
rule-reply-before-raised = jibu haliwezi kuja kabla { -problem } halijawasilishwa

## How a change reads: the status line after a change, after "undone: " and
## "redone: " (the audit log in the file stays English)

change-quoted = «{ $text }»
change-the-room = chumba
change-removed-criterion = (kigezo kilichofutwa)
change-added = { $noun ->
    [group] kundi limeongezwa: { $name }
    [criterion] kigezo kimeongezwa: { $name }
    [problem] tatizo limeongezwa: «{ $name }»
    [action] hatua imeongezwa: «{ $name }»
    [indicator] kiashiria kimeongezwa: «{ $name }»
    [place] mahali pameongezwa: «{ $name }»
   *[other] kimeongezwa: «{ $name }»
}
change-deleted = { $noun ->
    [group] kundi limefutwa: { $name }
    [criterion] kigezo kimefutwa: { $name }
    [problem] tatizo limefutwa: «{ $name }»
    [action] hatua imefutwa: «{ $name }»
    [indicator] kiashiria kimefutwa: «{ $name }»
    [place] mahali pamefutwa: «{ $name }»
   *[other] kimefutwa: «{ $name }»
}
change-edited = { $noun ->
    [group] kundi limehaririwa: { $name }
    [criterion] kigezo kimehaririwa: { $name }
    [problem] tatizo limehaririwa: «{ $name }»
    [action] hatua imehaririwa: «{ $name }»
    [indicator] kiashiria kimehaririwa: «{ $name }»
    [place] mahali pamehaririwa: «{ $name }»
   *[other] kimehaririwa: «{ $name }»
}
change-moved = { $noun ->
    [group] kundi limehamishwa hadi nafasi ya { $position }: { $name }
    [criterion] kigezo kimehamishwa hadi nafasi ya { $position }: { $name }
    [problem] tatizo limehamishwa hadi nafasi ya { $position }: «{ $name }»
    [action] hatua imehamishwa hadi nafasi ya { $position }: «{ $name }»
    [indicator] kiashiria kimehamishwa hadi nafasi ya { $position }: «{ $name }»
    [place] mahali pamehamishwa hadi nafasi ya { $position }: «{ $name }»
   *[other] kimehamishwa hadi nafasi ya { $position }: «{ $name }»
}
change-deleted-unknown = { $noun ->
    [group] kundi limefutwa
    [criterion] kigezo kimefutwa
    [problem] tatizo limefutwa
    [action] hatua imefutwa
    [indicator] kiashiria kimefutwa
    [place] mahali pamefutwa
   *[other] kimefutwa
}
change-moved-unknown = { $noun ->
    [group] kundi limehamishwa
    [criterion] kigezo kimehamishwa
    [problem] tatizo limehamishwa
    [action] hatua imehamishwa
    [indicator] kiashiria kimehamishwa
    [place] mahali pamehamishwa
   *[other] kimehamishwa
}
change-problems-added = { $n ->
    [one] tatizo { $n } limeongezwa: { $titles }
   *[other] matatizo { $n } yameongezwa: { $titles }
}
change-merged = «{ $gone }» limeunganishwa na «{ $kept }»
change-problem-new-category = tatizo limehaririwa: «{ $title }», aina mpya «{ $category }»
change-escalation-flagged = { $mark } «{ $title }» linahitaji hatua ya wilaya/taifa
change-escalation-unflagged = «{ $title }» halihitaji tena hatua ya wilaya/taifa
change-resolved = { $mark } «{ $title }» limetatuliwa
change-open-again = «{ $title }» liko wazi tena (halijatatuliwa)
change-dot-added = nukta kwa «{ $problem }» kutoka { $group }
change-dot-removed = nukta imeondolewa kwenye «{ $problem }» ({ $group })
change-dot-removed-unknown = nukta imeondolewa
change-dots-restored = { $n ->
    [one] nukta { $n } imerudishwa
   *[other] nukta { $n } zimerudishwa
}
change-dots-removed = { $n ->
    [one] nukta { $n } imeondolewa
   *[other] nukta { $n } zimeondolewa
}
change-dots-moved = { $n ->
    [one] nukta { $n } imehamishwa
   *[other] nukta { $n } zimehamishwa
}
change-dots-set = { $group }: nukta { $n } kwenye «{ $problem }» (zilikuwa { $was })
change-pair-won = { $who }: «{ $winner }» juu ya «{ $loser }»
change-pair-tie = { $who }: «{ $a }» na «{ $b }» sare
change-pair-cleared = { $who }: jozi «{ $a }» / «{ $b }» imefutwa
change-score = { $who }: «{ $problem }» imepewa { $score } kwa { $criterion }
change-score-cleared = { $who }: alama ya «{ $problem }» kwa { $criterion } imefutwa
change-tie-broken = sare katika nafasi ya { $rank } imevunjwa kwa { $how }
change-how-runoff = { -run-off } (nukta { $n })
change-how-head-to-head = matokeo ya jozi ana kwa ana
change-how-decision = uamuzi wa { -facilitator }: { $reason }
change-runoff-started-dot = { -run-off } imeanza: nukta kwa «{ $problem }» kutoka { $group }
change-runoff-started = { -run-off } imeanza katika nafasi ya { $rank }
change-runoff-dot = nukta ya { -run-off } kwa «{ $problem }» kutoka { $group }
change-runoff-dot-back = nukta ya { -run-off } imerudishwa: «{ $problem }» kutoka { $group }
change-tie-break-edited = { -tie-break } katika nafasi ya { $rank } kimehaririwa
change-runoff-dropped = { -run-off } katika nafasi ya { $rank } imeachwa
change-tie-break-deleted-at = { -tie-break } katika nafasi ya { $rank } kimefutwa
change-tie-break-deleted = { -tie-break } kimefutwa
change-tie-break-moved = { -tie-break } kimehamishwa
change-shortlist-with-ties = { -shortlist }: { $n } za juu, pamoja na kila tatizo lenye sare
change-status = hali ya «{ $activity }»: { $from } → { $to }
change-progress-note = { -progress-note } kwa «{ $activity }»
change-title = jina: «{ $from }» → «{ $to }»
change-location = mahali: «{ $from }» → «{ $to }»
change-date = tarehe: { $from } → { $to }
change-facilitators = wawezeshaji: { $names }
change-dots-per-participant = nukta kwa kila mshiriki: { $from } → { $to }
change-context = maelezo ya muktadha yamehaririwa
change-consent-cleared = maelezo ya ridhaa yamefutwa
change-consent = maelezo ya ridhaa yamehaririwa
change-room-language = lugha ya chumba: { $code }
change-room-language-interface = lugha ya chumba: ya skrini ya mwezeshaji
change-session-details = maelezo ya kikao yamehaririwa: { $parts }
change-part-title = jina
change-part-community = jamii
change-part-date = tarehe
change-part-facilitators = wawezeshaji
change-part-dots-per-participant = nukta kwa kila mshiriki
change-part-room-language = lugha ya chumba
change-reports-written = { $n ->
    [one] ripoti imeandikwa: { $reports }
   *[other] ripoti zimeandikwa: { $reports }
}
change-export-log = kumbukumbu ya ripoti imehaririwa
change-purged = imefutwa: { $what }
change-retention-purged = muda wa kuhifadhi: imefutwa { $what }
change-purge-records = kumbukumbu za ufutaji zimehaririwa
change-categories = aina: { $names }
change-shortlist = { -shortlist }: { $titles }
change-shortlist-cleared = { -shortlist } imefutwa
change-shortlist-size = ukubwa wa { -shortlist }: { $n }
change-lessons = imehaririwa: { $parts }
change-lessons-unchanged = mafunzo yamehifadhiwa bila mabadiliko
change-part-worked = kilichofanikiwa
change-part-did-not-work = kisichofanikiwa
change-part-lessons = { -lessons }
change-part-improvements = maboresho
change-stage = imefikia { $stage }
change-method = kupanga kwa { $method }
change-pair-scope-shortlist = { -pairwise } kwenye { -shortlist }
change-pair-scope-all = { -pairwise } kwenye matatizo yote
change-blind-open = { -dot-voting } wazi: jumla kwenye skrini ya chumba
change-blind-hidden = { -dot-voting } za siri: jumla hazionyeshwi kwenye skrini ya chumba
change-blind-revealed = jumla za nukta zimeonyeshwa kwa chumba
change-worked = muda uliofanyiwa kazi: { $parts }
change-worked-part = { $stage } { $time }
change-provider = { -score-card } ya «{ $name }»
change-card-scale = kipimo cha { -score-card }: { $scale }
change-card-provider-scale = { -score-card } ya «{ $name }», { $scale }
change-card-started = { -score-card } imeanzishwa na viashiria { $n } vya huduma ya polisi
change-card-score = { -score-card }: { $who } ametoa { $score } kwa «{ $indicator }»
change-card-score-cleared = { -score-card }: alama ya { $who } kwa «{ $indicator }» imefutwa
change-mark = { -where-when }: { $who } amewekea «{ $place }» alama { $level } { $when }
change-mark-cleared = { -where-when }: alama ya { $who } kwa «{ $place }» { $when } imefutwa
change-escalation-raised = «{ $problem }» limepelekwa kwa { $to } tarehe { $date }
change-escalation-reply = «{ $problem }», { $to }: { $kind } tarehe { $date }
change-escalation-edited = { -escalation } kimehaririwa: «{ $problem }» kwa { $to }
change-escalation-deleted = { -escalation } kimefutwa: «{ $problem }» kwa { $to }
change-escalation-deleted-unknown = { -escalation } kimefutwa
change-escalation-moved = { -escalation } kimehamishwa
# A change refused. $why: the rule it breaks (a rule- message).
change-not-done = haikufanyika: { $why }

## How long, as the status line and reports say it

duration-under-a-minute = chini ya dakika moja
duration-minutes = dakika { $m }
duration-hours = saa { $h } dakika { $mm }
