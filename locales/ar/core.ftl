### baraza — العربية: الرسائل الأساسية (التواريخ، الأرقام، الحالات، القواعد).
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# بين عناصر القائمة: الفاصلة العربية.
list-separator = {"، "}
# Between the whole and the fraction of a number ("2.5").
# الفاصلة العشرية مع الأرقام الغربية ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# "5 نوفمبر 2026" (أسماء الأشهر كما في السودان واليمن ومصر)، "الخميس".
# لا تُختصر أسماء الأشهر في العربية.
date-short = %-d %B %Y
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
status-planned = مخطَّط
status-in-progress = قيد التنفيذ
status-done = منجَز
status-stalled = متعثّر
status-dropped = ملغى
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
# The export log and the retention rule's purge records, as the status
# line and the reports describe them. $format: Markdown, HTML or CSV (as
# the file has it); $table: a CSV table's name; $n: how many tables.
record-report = تقرير { $format }
record-report-table = تقرير { $format } ({ $table })
record-report-tables = تقرير { $format } ({ $n ->
    [two] جدولان
    [few] { $n } جداول
   *[other] { $n } جدولًا
})
# $report: one of the record-report messages.
record-anonymised = { $report }، مجهّل
# $to: the file's name, "standard output", or record-to-more.
record-export = { $report }، إلى { $to }
# $first: the first file's name; $n: how many more.
record-to-more = { $first } و{ $n } غيره
# Between two records written by one change (each has commas of its own).
record-and-then = { $first }؛ { $next }
# What a purge took. $fields: the record-field- messages (one, or as
# record-fields-and joins them); $date: the day (ISO, as in the file).
record-purge = { $fields } السابقة لتاريخ { $date }
# $rest: the fields before the last, as a list; $last: the last one.
record-fields-and = { $rest } و{ $last }
record-field-context = ملاحظات السياق
record-field-progress-notes = نصوص ملاحظات التقدّم
record-field-descriptions = أوصاف المشكلات
record-field-reasons = أسباب القرارات
record-field-risks = مخاطر الإجراءات
record-field-lessons = الدروس
# The rules a value breaks: the status line when a change is refused,
# `baraza check` (in English). $min, $max: numbers; $name: as typed;
# $hours: a number of hours.
rule-no-title = الجلسة تحتاج إلى عنوان
rule-no-group-name = المجموعة تحتاج إلى اسم
rule-too-many-people = المجموعة تضم { $max } شخصًا على الأكثر
rule-group-name-taken = توجد مجموعة «{ $name }» بالفعل
rule-dots = النقاط لكل مشارك من { $min } إلى { $max }
rule-no-problem-title = المشكلة تحتاج إلى عنوان
rule-no-criterion-name = المعيار يحتاج إلى اسم
rule-weight = وزن المعيار من { $min } إلى { $max }
rule-score = الدرجة من { $min } إلى { $max }
rule-shortlist = القائمة المختصرة تضم مشكلة واحدة على الأقل
rule-consent-too-long = ملاحظة الموافقة { $max } حرف على الأكثر
rule-worked = الوقت المبذول على لوحة { $hours } ساعة على الأكثر
rule-timer = المؤقّت يعمل من ثانية واحدة إلى { $hours } ساعة
rule-no-indicator-name = المؤشر يحتاج إلى اسم
rule-indicator-name-taken = يوجد مؤشر «{ $name }» بالفعل
rule-card-score = الدرجة هنا من { $min } إلى { $max }
rule-no-place-name = المكان يحتاج إلى اسم
rule-place-name-taken = يوجد مكان «{ $name }» بالفعل
rule-intensity = يُقدَّر انعدام الأمن من 0 (آمن) إلى { $max }
rule-month = الشهر من 1 إلى { $max }
rule-no-recipient = اذكر إلى من رُفعت المشكلة
rule-reply-before-raised = لا يمكن أن يأتي الرد قبل رفع المشكلة

## How a change reads: the status line after a change, after "undone: " and
## "redone: " (the audit log in the file stays English)

change-quoted = «{ $text }»
change-the-room = القاعة
change-removed-criterion = (معيار محذوف)
change-added = { $noun ->
    [group] أُضيفت مجموعة: { $name }
    [criterion] أُضيف معيار: { $name }
    [problem] أُضيفت مشكلة: «{ $name }»
    [action] أُضيف إجراء: «{ $name }»
    [indicator] أُضيف مؤشر: «{ $name }»
    [place] أُضيف مكان: «{ $name }»
   *[other] أُضيف: «{ $name }»
}
change-deleted = { $noun ->
    [group] حُذفت مجموعة: { $name }
    [criterion] حُذف معيار: { $name }
    [problem] حُذفت مشكلة: «{ $name }»
    [action] حُذف إجراء: «{ $name }»
    [indicator] حُذف مؤشر: «{ $name }»
    [place] حُذف مكان: «{ $name }»
   *[other] حُذف: «{ $name }»
}
change-edited = { $noun ->
    [group] عُدّلت مجموعة: { $name }
    [criterion] عُدّل معيار: { $name }
    [problem] عُدّلت مشكلة: «{ $name }»
    [action] عُدّل إجراء: «{ $name }»
    [indicator] عُدّل مؤشر: «{ $name }»
    [place] عُدّل مكان: «{ $name }»
   *[other] عُدّل: «{ $name }»
}
change-moved = { $noun ->
    [group] نُقلت مجموعة إلى الموضع { $position }: { $name }
    [criterion] نُقل معيار إلى الموضع { $position }: { $name }
    [problem] نُقلت مشكلة إلى الموضع { $position }: «{ $name }»
    [action] نُقل إجراء إلى الموضع { $position }: «{ $name }»
    [indicator] نُقل مؤشر إلى الموضع { $position }: «{ $name }»
    [place] نُقل مكان إلى الموضع { $position }: «{ $name }»
   *[other] نُقل إلى الموضع { $position }: «{ $name }»
}
change-deleted-unknown = { $noun ->
    [group] حُذفت مجموعة
    [criterion] حُذف معيار
    [problem] حُذفت مشكلة
    [action] حُذف إجراء
    [indicator] حُذف مؤشر
    [place] حُذف مكان
   *[other] حُذف
}
change-moved-unknown = { $noun ->
    [group] نُقلت مجموعة
    [criterion] نُقل معيار
    [problem] نُقلت مشكلة
    [action] نُقل إجراء
    [indicator] نُقل مؤشر
    [place] نُقل مكان
   *[other] نُقل
}
change-problems-added = { $n ->
    [zero] لم تُضف مشكلات
    [one] أُضيفت مشكلة واحدة: { $titles }
    [two] أُضيفت مشكلتان: { $titles }
    [few] أُضيفت { $n } مشكلات: { $titles }
    [many] أُضيفت { $n } مشكلة: { $titles }
   *[other] أُضيفت { $n } مشكلة: { $titles }
}
change-merged = دُمجت «{ $gone }» في «{ $kept }»
change-problem-new-category = عُدّلت مشكلة: «{ $title }»، فئة جديدة «{ $category }»
change-escalation-flagged = { $mark } «{ $title }» تحتاج إلى إجراء على مستوى المديرية أو الدولة
change-escalation-unflagged = «{ $title }» لم تعد تحتاج إلى إجراء على مستوى المديرية أو الدولة
change-resolved = { $mark } «{ $title }» عُلّمت محلولة
change-open-again = «{ $title }» مفتوحة من جديد (غير محلولة)
change-dot-added = نقطة لـ«{ $problem }» من { $group }
change-dot-removed = أُزيلت نقطة من «{ $problem }» ({ $group })
change-dot-removed-unknown = أُزيلت نقطة
change-dots-restored = { $n ->
    [zero] لم تُستعد نقاط
    [one] استُعيدت نقطة واحدة
    [two] استُعيدت نقطتان
    [few] استُعيدت { $n } نقاط
    [many] استُعيدت { $n } نقطة
   *[other] استُعيدت { $n } نقطة
}
change-dots-removed = { $n ->
    [zero] لم تُزل نقاط
    [one] أُزيلت نقطة واحدة
    [two] أُزيلت نقطتان
    [few] أُزيلت { $n } نقاط
    [many] أُزيلت { $n } نقطة
   *[other] أُزيلت { $n } نقطة
}
change-dots-moved = { $n ->
    [zero] لم تُنقل نقاط
    [one] نُقلت نقطة واحدة
    [two] نُقلت نقطتان
    [few] نُقلت { $n } نقاط
    [many] نُقلت { $n } نقطة
   *[other] نُقلت { $n } نقطة
}
change-dots-set = { $group }: { $n ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $n } نقاط
    [many] { $n } نقطة
   *[other] { $n } نقطة
} على «{ $problem }» (كانت { $was })
change-pair-won = { $who }: «{ $winner }» مقدَّمة على «{ $loser }»
change-pair-tie = { $who }: «{ $a }» و«{ $b }» متعادلتان
change-pair-cleared = { $who }: مُسح الزوج «{ $a }» / «{ $b }»
change-score = { $who }: «{ $problem }» نالت { $score } على { $criterion }
change-score-cleared = { $who }: مُسحت درجة «{ $problem }» على { $criterion }
change-tie-broken = كُسر التعادل في المرتبة { $rank } بـ{ $how }
change-how-runoff = { $n ->
    [zero] { -run-off } (لا نقاط)
    [one] { -run-off } (نقطة واحدة)
    [two] { -run-off } (نقطتان)
    [few] { -run-off } ({ $n } نقاط)
    [many] { -run-off } ({ $n } نقطة)
   *[other] { -run-off } ({ $n } نقطة)
}
change-how-head-to-head = نتيجة المقارنة الزوجية بينهما
change-how-decision = قرار الميسّر: { $reason }
change-runoff-started-dot = بدأت { -run-off }: نقطة لـ«{ $problem }» من { $group }
change-runoff-started = بدأت { -run-off } في المرتبة { $rank }
change-runoff-dot = نقطة في { -run-off } لـ«{ $problem }» من { $group }
change-runoff-dot-back = سُحبت نقطة من { -run-off }: «{ $problem }» من { $group }
change-tie-break-edited = عُدّل { -tie-break } في المرتبة { $rank }
change-runoff-dropped = أُلغيت { -run-off } في المرتبة { $rank }
change-tie-break-deleted-at = حُذف { -tie-break } في المرتبة { $rank }
change-tie-break-deleted = حُذف { -tie-break }
change-tie-break-moved = نُقل { -tie-break }
change-shortlist-with-ties = { -shortlist }: الأوائل وعددهم { $n }، مع كل المشكلات المتعادلة
change-status = حالة «{ $activity }»: من { $from } إلى { $to }
change-progress-note = { -progress-note } على «{ $activity }»
change-title = العنوان: من «{ $from }» إلى «{ $to }»
change-location = المكان: من «{ $from }» إلى «{ $to }»
change-date = التاريخ: من { $from } إلى { $to }
change-facilitators = الميسّرون: { $names }
change-dots-per-participant = النقاط لكل مشارك: من { $from } إلى { $to }
change-context = عُدّلت ملاحظات السياق
change-consent-cleared = مُسحت ملاحظة الموافقة
change-consent = عُدّلت ملاحظة الموافقة
change-room-language = لغة القاعة: { $code }
change-room-language-interface = لغة القاعة: لغة الواجهة
change-session-details = عُدّلت تفاصيل الجلسة: { $parts }
change-part-title = العنوان
change-part-community = المجتمع
change-part-date = التاريخ
change-part-facilitators = الميسّرون
change-part-dots-per-participant = النقاط لكل مشارك
change-part-room-language = لغة القاعة
change-reports-written = { $n ->
    [one] كُتب تقرير: { $reports }
   *[other] كُتبت تقارير: { $reports }
}
change-export-log = عُدّل سجل التصدير
change-purged = مُحي: { $what }
change-retention-purged = مدة الحفظ: مُحي { $what }
change-purge-records = عُدّلت سجلات المحو
change-categories = الفئات: { $names }
change-shortlist = { -shortlist }: { $titles }
change-shortlist-cleared = أُفرغت { -shortlist }
change-shortlist-size = حجم { -shortlist }: { $n }
change-lessons = عُدّل: { $parts }
change-lessons-unchanged = حُفظت الدروس دون تغيير
change-part-worked = ما نجح
change-part-did-not-work = ما لم ينجح
change-part-lessons = الدروس
change-part-improvements = التحسينات
change-stage = بلغت مرحلة { $stage }
change-method = الترتيب بـ{ $method }
change-pair-scope-shortlist = { -pairwise } على { -shortlist }
change-pair-scope-all = { -pairwise } على كل المشكلات
change-blind-open = { -dot-voting } علنًا: المجاميع على شاشة القاعة
change-blind-hidden = { -dot-voting } سرًّا: المجاميع محجوبة عن شاشة القاعة
change-blind-revealed = كُشفت مجاميع النقاط للقاعة
change-worked = وقت العمل: { $parts }
change-worked-part = { $stage } { $time }
change-provider = { -score-card } لـ«{ $name }»
change-card-scale = مقياس { -score-card }: { $scale }
change-card-provider-scale = { -score-card } لـ«{ $name }»، { $scale }
change-card-started = بدأت { -score-card } بـ{ $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $n } مؤشرات
    [many] { $n } مؤشرًا
   *[other] { $n } مؤشر
} لخدمة الشرطة
change-card-score = { -score-card }: { $who } أعطى { $score } على «{ $indicator }»
change-card-score-cleared = { -score-card }: مُسحت درجة { $who } على «{ $indicator }»
change-mark = { -where-when }: { $who } علّم «{ $place }» { $when } { $level }
change-mark-cleared = { -where-when }: مُسحت علامة { $who } على «{ $place }» { $when }
change-escalation-raised = رُفعت «{ $problem }» إلى { $to } في { $date }
change-escalation-reply = «{ $problem }»، { $to }: { $kind } في { $date }
change-escalation-edited = عُدّل { -escalation }: «{ $problem }» إلى { $to }
change-escalation-deleted = حُذف { -escalation }: «{ $problem }» إلى { $to }
change-escalation-deleted-unknown = حُذف { -escalation }
change-escalation-moved = نُقل { -escalation }
# A change refused. $why: the rule it breaks (a rule- message).
change-not-done = لم يُنفَّذ: { $why }

## How long, as the status line and reports say it

duration-under-a-minute = أقل من دقيقة
duration-minutes = { $m } د
duration-hours = { $h } س { $mm } د
