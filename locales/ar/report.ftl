### baraza — العربية: التقارير.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## The page

# The last line of the HTML page.
report-footer = كتبه baraza.
# Markdown's label before a note the reader must notice.
report-note = ملاحظة:

## Notes at the top

report-anonymised = نسخة مجهّلة: حُذفت أسماء الميسّرين والمسؤولين، وملاحظات السياق، وأوصاف المشكلات، والشركاء، والمخاطر، ونصوص ملاحظات المتابعة، وأسباب القرارات، والدروس.
report-not-encrypted = هذا التقرير غير مشفّر، بخلاف الجلسة التي أُخذ منها: كل من يستطيع فتح هذا الملف يستطيع قراءته. احفظه فقط حيث لا يصل إليه إلا المعنيون به.
# An anonymised copy of a room too small to show groups apart.
# $min: the smallest group shown apart (people); $other: the merged
# group's name.
report-merged-whole-room = كان عدد الحاضرين في القاعة كلها أقل من { $min }: تُعرض نتائجها للقاعة مجتمعة، باسم «{ $other }»، دون أي فئة منفصلة.
# Small groups merged. $min: as above; $groups: how many groups were
# merged; $people: how many people they hold.
report-merged = دُمجت الفئات التي يقل عدد أفرادها عن { $min } في «{ $other }» ({ $groups ->
    [zero] لا فئات
    [one] فئة واحدة
    [two] فئتان
    [few] { $groups } فئات
    [many] { $groups } فئة
   *[other] { $groups } فئة
}، { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
})، حتى لا يمكن استنتاج صوت أحد من عدد فئة صغيرة.
# A panel the session did not get to. $stage: the step not reached;
# $reached: the step it stopped at.
report-not-reached = لم تبلغ الجلسة خطوة { $stage } بعد (توقفت عند { $reached }).

## Overview (facts at the top)

report-community = المجتمع المحلي
report-date = التاريخ
report-facilitators = الميسّرون
report-stage-reached = الخطوة التي بلغتها
report-participants = المشاركون
# $people: participants; $groups: groups; $dots: dots each.
report-participants-value = { $people } في { $groups ->
    [zero] لا فئات
    [one] فئة واحدة
    [two] فئتين
    [few] { $groups } فئات
    [many] { $groups } فئة
   *[other] { $groups } فئة
}، { $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
} لكل مشارك
report-previous-cycle = الدورة السابقة
# $id: the previous session's id.
report-previous-value = الجلسة { $id }
report-time-worked = الوقت المستغرق في كل لوحة
# One step's time. $stage: the step; $time: "34 min".
report-worked-value = { $stage }: { $time }
report-last-updated = آخر تحديث
report-as-of = التقرير بتاريخ
report-language = اللغة

## Consent

report-consent = الموافقة
report-no-consent = لم تُسجَّل أي ملاحظة موافقة: قبل مشاركة هذا التقرير، اسأل الميسّر عمّا وافق الحاضرون على تسجيله ومشاركته.
report-consent-intro = ما وافق الحاضرون على تسجيله ومشاركته:
# $date: when, in words; $what: what was purged (in English for now).
report-purged = حُذف وفق قاعدة الاحتفاظ بالبيانات في البرنامج بتاريخ { $date }: { $what }.

## Context

report-context = السياق وتحليل النزاع
report-context-anonymised = تُحذف ملاحظات السياق من النسخ المجهّلة.
report-no-context = لم تُسجَّل ملاحظات عن السياق.

## Groups

report-groups = الفئات الحاضرة
report-no-groups = لم تُسجَّل أي فئة.
# Columns of the groups table.
report-col-group = الفئة
report-col-people = الأشخاص
report-col-dot-budget = النقاط المخصّصة
report-col-dots-placed = النقاط الموضوعة
# The last row: every group together.
report-all = الجميع

## Problems

report-problems = المشكلات
report-no-problems = لم تُسجَّل أي مشكلة.
report-category = التصنيف
report-where = المكان
report-raised-by = طرحها
report-flags = إشارات
report-flag-escalation = تحتاج إلى تحرّك على مستوى المنطقة أو الدولة
report-flag-resolved = حُلّت
report-flag-carried = منقولة من الدورة السابقة
# The problem tree: the trunk, its roots and its branches.
report-tree-problem = المشكلة:{ " " }
report-tree-causes = الأسباب (الجذور)
report-tree-effects = الآثار (الأغصان)
report-none-recorded = لم يُسجَّل شيء

## Ranking

report-ranking = ترتيب الأولويات
report-nothing-ranked = لم يُرتَّب شيء بعد.
# Before the method's name.
report-method-used = الطريقة المستخدمة:{ " " }
# After it: what went in. $dots: dots placed; $voted: groups that voted;
# $groups: groups in all.
report-inputs-dots = { $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
} من فئات صوّتت: { $voted } من أصل { $groups }.
# $done: pairs decided; $pairs: pairs in all.
report-inputs-pairwise = الأزواج المحسومة: { $done } من أصل { $pairs }؛ الفوز يُحتسب 1، والتعادل ½ لكلٍّ منهما.
# $criteria: each criterion with its weight ("Frequency (×2), Severity (×1)").
report-inputs-criteria = المعايير: { $criteria }؛ تُقيَّم كل مشكلة من 1 إلى 5، والمجموع = Σ الوزن × الدرجة.
# One criterion with its weight. $name: as typed; $weight: a number.
report-criterion-weight = { $name } (×{ $weight })
report-blind = كان التصويت بالنقاط سريًا:{ " " }
report-blind-hidden = عرضت شاشة القاعة عدد النقاط التي وضعتها كل فئة لا المجاميع، ولم تكن المجاميع قد كُشفت عند كتابة هذا التقرير.
report-blind-revealed = عرضت شاشة القاعة عدد النقاط التي وضعتها كل فئة لا المجاميع، إلى أن كشفها الميسّر.
# The chart's caption. $score: the score's column name (Dots, Wins…);
# $method: the method.
report-chart-caption = { $score } لكل مشكلة ({ $method })
# A score in words. $n: the score (a number, possibly "2.5").
report-score-dots = { $n ->
    [zero] { $n } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $n } نقاط
    [many] { $n } نقطة
   *[other] { $n } نقطة
}
report-score-wins = { $n ->
    [zero] { $n } فوز
    [one] فوز واحد
    [two] فوزان
    [few] { $n } انتصارات
    [many] { $n } فوزًا
   *[other] { $n } فوز
}
report-score-points = { $n ->
    [zero] { $n } درجة
    [one] درجة واحدة
    [two] درجتان
    [few] { $n } درجات
    [many] { $n } درجة
   *[other] { $n } درجة
}
# Column names of the score, by method.
report-col-dots = النقاط
report-col-wins = مرات الفوز
report-col-weighted = الدرجة الموزونة
# Columns of the ranking table.
report-col-rank = المرتبة
report-col-problem = المشكلة
report-col-category = التصنيف
report-col-shortlist = القائمة المختصرة
report-col-tie-broken-by = كُسر التعادل عبر
# Another method the room also used. $method: its name.
report-also-recorded = سُجّل أيضًا: { $method }
# $problems: how many problems the decisions were among.
report-among = بين { $problems ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتين
    [few] { $problems } مشكلات
    [many] { $problems } مشكلة
   *[other] { $problems } مشكلة
}.
# How a tie was broken (tables and the list of ties). $dots: run-off dots;
# $reason: the facilitator's reason.
report-by-runoff = جولة إعادة ({ $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
})
report-by-head-to-head = نتيجة المقارنة الزوجية المباشرة
report-by-decision = قرار الميسّر: { $reason }
report-by-decision-plain = قرار الميسّر

## Ranking by group

report-by-group = حسب الفئة
report-no-group-ranks = لم ترتّب الفئات كلٌّ على حدة بهذه الطريقة.
# $score: the score's name, in lower case where the language has cases
# ("dots", "wins", "weighted score").
report-by-group-intro = مرتبة كل فئة، ومعها { $score } بين قوسين؛ "–" حيث لم تسجّل الفئة شيئًا. التباين هو أدنى مرتبة لفئة ناقص أعلاها.
report-col-overall = الإجمالي
report-col-spread = التباين
report-col-note = ملاحظة
report-biggest-disagreement = أكبر اختلاف

## Pairwise decisions

report-pairwise = قرارات المقارنة الزوجية
# $problems: how many; $titles: their titles, each in «».
report-decided-among = حُسمت بين { $problems ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتين
    [few] { $problems } مشكلات
    [many] { $problems } مشكلة
   *[other] { $problems } مشكلة
}: { $titles }.
report-col-pair = الزوج
report-col-decided-by = حسمه
report-col-more-important = الأهم
report-col-reason = السبب
report-col-when = متى
# Who decided, when no group did.
report-whole-room = جميع الحاضرين
# The winner column when the pair was a tie.
report-tie = تعادل
# A pair. $a, $b: the two titles.
report-pair = «{ $a }» أم «{ $b }»

## Criteria scores

report-criteria = درجات المعايير (جميع الحاضرين)
report-criteria-intro = درجة الحاضرين أنفسهم حيث أعطوا درجة، وإلا فمتوسط درجات الفئات.
report-col-total = المجموع

## Ties

report-ties = التعادلات
# One tie broken. $rank: the rank; $method: the method; $titles: the tied
# problems; then the way it was broken follows in bold, then the next
# message.
report-tie-broken = المرتبة { $rank } في { $method } تتقاسمها { $titles } — كُسر التعادل عبر:{ " " }
# $time: when (2026-06-06 10:04).
report-tie-giving = { " " }({ $time })، والنتيجة:
# One line of the order it gave. $rank: the rank; $title: the problem.
report-tie-order = المرتبة { $rank }: { $title }
# $rank: the rank; $titles: the problems.
report-tie-open = لا تزال المرتبة { $rank } مشتركة بين { $titles } (لم يُكسر التعادل).
report-no-ties = لم يكن هناك تعادل يحتاج إلى كسر.

## Shortlist

report-shortlist = القائمة المختصرة لتخطيط الإجراءات
report-no-shortlist = لم تُعدّ قائمة مختصرة بعد.

## Action plan

report-plan = خطة العمل
report-no-actions = لم يُخطَّط لأي إجراء بعد.
# Columns of the action plan.
report-col-no = الرقم
report-col-activity = النشاط
report-col-responsible = المسؤول
report-col-with = بالتعاون مع
report-col-start = البداية
report-col-due = الموعد النهائي
report-col-resources = الموارد
report-col-indicator = مؤشر النجاح
report-col-risks = المخاطر
report-col-status = الحالة
# Heading over one problem's actions. $title: the problem.
report-plan-for = لمشكلة «{ $title }»
report-no-action-for = لم يُخطَّط لأي إجراء لهذه المشكلة.

## Monitoring

report-monitoring = المتابعة
report-nothing-to-follow = لا إجراءات للمتابعة.
# One status with its count ("3 done"). $n: how many; $status: the status.
report-status-count = { $status } ({ $n })
# $actions: how many actions; $counts: the statuses counted (above).
report-monitor-summary = { $actions ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
    [many] { $actions } إجراءً
   *[other] { $actions } إجراء
}: { $counts }.{ " " }
# In bold. $n: how many actions are overdue.
report-overdue-count = متأخرة: { $n }
# $date: the report's date, in words.
report-as-of-date = { " " }حتى { $date }.
report-col-overdue = متأخر
report-col-notes = الملاحظات
report-col-last-note = آخر ملاحظة
# $days: how many days late.
report-overdue-by = متأخر { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# After an action carried from the previous cycle.
report-from-previous = { " " }(من الدورة السابقة)
# $id: the action's number; $title: what it is.
report-progress-of = تقدّم الإجراء { $id }: { $title }
# A note with no text (anonymised, or only dated).
report-progress-noted = { " " }— سُجّل تقدّم

## Lessons

report-lessons = الدروس
report-lessons-anonymised = تُحذف الدروس من النسخ المجهّلة.
report-worked = ما نجح
report-did-not-work = ما لم ينجح
report-lessons-learned = الدروس المستفادة
report-improvements = تحسينات للدورة القادمة
report-no-lessons = لم تُسجَّل دروس بعد.

## Added with the score card (issue 15)

# After an action planned on a score card's gap, in the action plan's
# table. $indicator: the indicator's name, as typed.
report-on-card-gap = (على فجوة بطاقة الأداء «{ $indicator }»)

## The programme roll-up (`baraza rollup`, Markdown and HTML)

rollup-title = الملخّص العام للبرنامج
rollup-anonymised = مجهّل: أسماء المسؤولين مختصرة إلى نوع الجهة.
# The facts at the top. $since, $until, $first, $last: dates, written
# the language's way (date-long).
rollup-period = الفترة
rollup-period-between = الجلسات من { $since } إلى { $until }
rollup-period-since = الجلسات من { $since } فصاعدًا
rollup-period-until = الجلسات حتى { $until }
rollup-period-all = كل الجلسات
rollup-sessions = الجلسات
rollup-session-dates = تواريخ الجلسات
rollup-dates-span = من { $first } إلى { $last }
rollup-communities = المجتمعات المحلية
rollup-problems-raised = المشكلات المطروحة
rollup-overdue-as-of = التأخر محسوب حتى
# $n: sessions edited on two laptops; $heading: rollup-conflicts.
rollup-conflicts-note = { $n ->
    [one] عُدّلت جلسة واحدة
    [two] عُدّلت جلستان
    [few] عُدّلت { $n } جلسات
   *[other] عُدّلت { $n } جلسة
} على أكثر من حاسوب ولم تُحسم بعد: تُحسب أحدث نسخة من كل منها، مرة واحدة (انظر «{ $heading }» أدناه).
# $problems, $actions: how many were carried over.
rollup-carried = المشكلات والإجراءات المفتوحة المنقولة إلى الدورة التالية تُحسب مرة واحدة، في أحدث جلسة من الفترة، كما هي فيها (الترتيب، الإشارة، الحالة): لا تُحسب مرة أخرى { $problems ->
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $problems } مشكلات
   *[other] { $problems } مشكلة
} و{ $actions ->
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
   *[other] { $actions } إجراء
} من الدورات السابقة.
rollup-recurring = المشكلات التي تتكرر في عدة مجتمعات
rollup-no-recurring = لم تُطرح أي مشكلة في أكثر من مجتمع واحد.
rollup-recurring-intro = العناوين المتشابهة في الفئة نفسها تُحسب معًا. متوسط الترتيب محسوب على الجلسات التي رتّبت المشكلة (1 = الأولوية الأولى للحاضرين).
rollup-chart-communities = المجتمعات التي طرحت كل مشكلة
# Beside a bar of the chart. $n: how many communities.
rollup-bar-communities = { $n ->
    [one] مجتمع واحد
    [two] مجتمعان
    [few] { $n } مجتمعات
   *[other] { $n } مجتمعًا
}
rollup-col-times-raised = مرات الطرح
rollup-col-average-rank = متوسط الترتيب
rollup-col-shortlisted = في القائمة المختصرة
rollup-col-flagged = مُشار إليها للمستوى المحلي/الوطني
rollup-col-also-worded = صيغ أخرى
# $n: problems raised in one community only.
rollup-single = { $n ->
    [one] مشكلة واحدة طُرحت في مجتمع واحد فقط موجودة
    [two] مشكلتان طُرحتا في مجتمع واحد فقط موجودتان
    [few] { $n } مشكلات طُرحت في مجتمع واحد فقط موجودة
   *[other] { $n } مشكلة طُرحت في مجتمع واحد فقط موجودة
} في جدول CSV «recurring».
rollup-by-category = حسب الفئة
rollup-completion = إنجاز الإجراءات
# Action completion, one sentence in three parts, the middle in bold:
# "12 actions; " "50% done" " (6 of 12); 2 overdue as of 2026-06-30."
rollup-completion-lead = { $actions ->
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
   *[other] { $actions } إجراءً
}؛{ " " }
# $percent: a percentage, written.
rollup-completion-done = { $percent } منجز
rollup-completion-rest = { " " }({ $done } من { $actions })؛ المتأخر منها حتى { $date }: { $overdue }.
rollup-col-actions = الإجراءات
rollup-col-done = منجز
rollup-col-completion = نسبة الإنجاز
rollup-col-in-progress = قيد التنفيذ
rollup-col-planned = مخطط
rollup-col-stalled = متعثر
rollup-col-dropped = متروك
# The kinds of actor an action's "responsible" names.
rollup-actor-community = المجتمع المحلي
rollup-actor-police = الشرطة
rollup-actor-local-authority = السلطة المحلية
rollup-actor-cso = منظمات المجتمع المدني
rollup-actor-other = أخرى
rollup-overdue = الإجراءات المتأخرة
rollup-no-overdue = لا يوجد إجراء متأخر حتى { $date }.
rollup-col-overdue-by = مدة التأخر
rollup-col-session = الجلسة
# $n: a number of days (a cell, a heading).
rollup-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
rollup-escalated = المشكلات المُشار إليها لإجراء على مستوى المقاطعة أو الوطن
rollup-no-escalated = لم يُشر إلى أي مشكلة.
rollup-col-resolved = محلولة
rollup-yes = نعم
rollup-no = لا
rollup-conflicts = عُدّلت على أكثر من حاسوب
rollup-conflicts-intro = نُسخت كل جلسة من هذه الجلسات ثم عُدّلت على حاسوبين أو أكثر. لم يُدمج شيء: كل نسخة محفوظة في عرض البرنامج، وأحدثها محسوب هنا، ويختار الميسّرون النسخة الصحيحة بالأمر المبيّن.
rollup-col-laptops = الحواسيب
rollup-col-to-resolve = للحسم
rollup-consent = الموافقة في كل جلسة
rollup-consent-intro = ما وافق كل لقاء على تسجيله ومشاركته: راجعه قبل مشاركة هذا الملخّص أو أي شيء مأخوذ منه.
rollup-no-sessions = لا توجد جلسة في الفترة.
rollup-no-consent = (لم تُسجَّل ملاحظة موافقة)
rollup-cards = بطاقات الأداء
rollup-cards-intro = كل درجة تُقرأ على مقياس 0–100 (درجة من 1–5: 1 = 0، 3 = 50، 5 = 100). درجة المجتمع هي متوسط مجموعاته؛ والفجوة هي تلك الدرجة ناقص تقييم مقدّم الخدمة لنفسه (سالبة: مقدّم الخدمة يرى نفسه أفضل). المؤشرات ذات الأسماء المتشابهة مؤشر واحد.
rollup-col-indicator = المؤشر
rollup-col-community-latest = المجتمع (آخر دورة)
rollup-col-provider = مقدّم الخدمة
rollup-col-gap = الفجوة
rollup-trend = الاتجاه لكل مجتمع، دورة بعد دورة
rollup-col-community-by-cycle = درجة المجتمع حسب الدورة
rollup-col-provider-by-cycle = درجة مقدّم الخدمة حسب الدورة
rollup-col-change = التغيّر
rollup-col-latest-gap = آخر فجوة
rollup-places = الأماكن والأوقات التي تتكرر في عدة مجتمعات
# $unsafe_from: the mark from which a place or time counts as unsafe.
rollup-places-intro = كل مجتمع كما تقدّره آخر شبكة له في الفترة؛ التقديرات للحاضرين جميعًا (0 آمن إلى 3 خطر جدًا)، والمكان أو الوقت غير آمن من { $unsafe_from } فما فوق.
rollup-no-places = لم يُقدَّر أي مكان في أكثر من مجتمع واحد.
rollup-col-place = المكان
rollup-col-highest = أعلى تقدير
rollup-col-when = متى
rollup-col-also-named = أسماء أخرى
rollup-col-time = الوقت
rollup-col-marking = المجتمعات التي قدّرته
rollup-col-unsafe-in = غير آمن في
rollup-col-mean = متوسط التقدير
# $days: the days a reply is awaited before it counts.
rollup-awaiting = المشكلات المرفوعة التي تنتظر ردًا منذ أكثر من { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# One sentence in three parts, the middle in bold: "4 escalations in the
# follow-up ledgers; as of 2026-06-30, " "2 waited longer" " for any reply."
rollup-awaiting-lead = { $n ->
    [one] مشكلة مرفوعة واحدة
    [two] مشكلتان مرفوعتان
    [few] { $n } مشكلات مرفوعة
   *[other] { $n } مشكلة مرفوعة
} في سجلات المتابعة؛ حتى { $date }،{ " " }
rollup-awaiting-longer = انتظرت { $n } مدة أطول
rollup-awaiting-rest = { " " }أي رد.
rollup-col-raised-with = رُفعت إلى
rollup-col-raised-on = تاريخ الرفع
rollup-col-waiting = مدة الانتظار
rollup-col-followed-up = المتابعات
# The communities a problem or a place was named in.
rollup-col-where = أين
