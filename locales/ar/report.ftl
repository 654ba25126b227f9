### baraza — العربية: التقارير.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.

## الصفحة

report-footer = كتبه baraza.
report-note = ملاحظة:

## ملاحظات في الأعلى

report-anonymised = نسخة مجهّلة: حُذفت أسماء الميسّرين والمسؤولين، وملاحظات السياق، وأوصاف المشكلات، والشركاء، والمخاطر، ونصوص ملاحظات المتابعة، وأسباب القرارات، والدروس.
report-not-encrypted = هذا التقرير غير مشفّر، بخلاف الجلسة التي أُخذ منها: كل من يستطيع فتح هذا الملف يستطيع قراءته. احفظه فقط حيث لا يصل إليه إلا المعنيون به.
report-merged-whole-room = كان عدد الحاضرين في القاعة كلها أقل من { $min }: تُعرض نتائجها للقاعة مجتمعة، باسم «{ $other }»، دون أي فئة منفصلة.
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
report-not-reached = لم تبلغ الجلسة خطوة { $stage } بعد (توقفت عند { $reached }).

## نظرة عامة

report-community = المجتمع المحلي
report-date = التاريخ
report-facilitators = الميسّرون
report-stage-reached = الخطوة التي بلغتها
report-participants = المشاركون
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
report-previous-value = الجلسة { $id }
report-time-worked = الوقت المستغرق في كل لوحة
report-worked-value = { $stage }: { $time }
report-last-updated = آخر تحديث
report-as-of = التقرير بتاريخ
report-language = اللغة

## الموافقة

report-consent = الموافقة
report-no-consent = لم تُسجَّل أي ملاحظة موافقة: قبل مشاركة هذا التقرير، اسأل الميسّر عمّا وافق الحاضرون على تسجيله ومشاركته.
report-consent-intro = ما وافق الحاضرون على تسجيله ومشاركته:
report-purged = حُذف وفق قاعدة الاحتفاظ بالبيانات في البرنامج بتاريخ { $date }: { $what }.

## السياق

report-context = السياق وتحليل النزاع
report-context-anonymised = تُحذف ملاحظات السياق من النسخ المجهّلة.
report-no-context = لم تُسجَّل ملاحظات عن السياق.

## الفئات

report-groups = الفئات الحاضرة
report-no-groups = لم تُسجَّل أي فئة.
report-col-group = الفئة
report-col-people = الأشخاص
report-col-dot-budget = النقاط المخصّصة
report-col-dots-placed = النقاط الموضوعة
report-all = الجميع

## المشكلات

report-problems = المشكلات
report-no-problems = لم تُسجَّل أي مشكلة.
report-category = الفئة الموضوعية
report-where = المكان
report-raised-by = طرحها
report-flags = إشارات
report-flag-escalation = تحتاج إلى إجراء على مستوى المحلية أو على المستوى الوطني
report-flag-resolved = حُلّت
report-flag-carried = منقولة من الدورة السابقة
report-tree-problem = المشكلة:{ " " }
report-tree-causes = الأسباب (الجذور)
report-tree-effects = الآثار (الأغصان)
report-none-recorded = لم يُسجَّل شيء

## الترتيب

report-ranking = ترتيب الأولويات
report-nothing-ranked = لم يُرتَّب شيء بعد.
report-method-used = الطريقة المستخدمة:{ " " }
report-inputs-dots = { $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
} من فئات صوّتت: { $voted } من أصل { $groups }.
report-inputs-pairwise = الأزواج المحسومة: { $done } من أصل { $pairs }؛ الفوز يُحتسب 1، والتعادل ½ لكلٍّ منهما.
report-inputs-criteria = المعايير: { $criteria }؛ تُقيَّم كل مشكلة من 1 إلى 5، والمجموع = Σ الوزن × الدرجة.
report-criterion-weight = { $name } (×{ $weight })
report-blind = كان التصويت بالنقاط سريًا:{ " " }
report-blind-hidden = عرضت شاشة القاعة عدد النقاط التي وضعتها كل فئة لا المجاميع، ولم تكن المجاميع قد كُشفت عند كتابة هذا التقرير.
report-blind-revealed = عرضت شاشة القاعة عدد النقاط التي وضعتها كل فئة لا المجاميع، إلى أن كشفها الميسّر.
report-chart-caption = { $score } لكل مشكلة ({ $method })
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
report-col-dots = النقاط
report-col-wins = مرات الفوز
report-col-weighted = الدرجة الموزونة
report-col-rank = المرتبة
report-col-problem = المشكلة
report-col-category = الفئة الموضوعية
report-col-shortlist = القائمة المختصرة
report-col-tie-broken-by = كُسر التعادل عبر
report-also-recorded = سُجّل أيضًا: { $method }
report-among = بين { $problems ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتين
    [few] { $problems } مشكلات
    [many] { $problems } مشكلة
   *[other] { $problems } مشكلة
}.
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

## الترتيب حسب الفئة

report-by-group = حسب الفئة
report-no-group-ranks = لم ترتّب الفئات كلٌّ على حدة بهذه الطريقة.
report-by-group-intro = مرتبة كل فئة، ومعها { $score } بين قوسين؛ "–" حيث لم تسجّل الفئة شيئًا. التباين هو أدنى مرتبة لفئة ناقص أعلاها.
report-col-overall = الإجمالي
report-col-spread = التباين
report-col-note = ملاحظة
report-biggest-disagreement = أكبر اختلاف

## قرارات المقارنة الزوجية

report-pairwise = قرارات المقارنة الزوجية
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
report-whole-room = جميع الحاضرين
report-tie = تعادل
report-pair = «{ $a }» أم «{ $b }»

## درجات المعايير

report-criteria = درجات المعايير (جميع الحاضرين)
report-criteria-intro = درجة الحاضرين أنفسهم حيث أعطوا درجة، وإلا فمتوسط درجات الفئات.
report-col-total = المجموع

## التعادلات

report-ties = التعادلات
report-tie-broken = المرتبة { $rank } في { $method } تتقاسمها { $titles } — كُسر التعادل عبر:{ " " }
report-tie-giving = { " " }({ $time })، والنتيجة:
report-tie-order = المرتبة { $rank }: { $title }
report-tie-open = لا تزال المرتبة { $rank } مشتركة بين { $titles } (لم يُكسر التعادل).
report-no-ties = لم يكن هناك تعادل يحتاج إلى كسر.

## القائمة المختصرة

report-shortlist = القائمة المختصرة لتخطيط الإجراءات
report-no-shortlist = لم تُعدّ قائمة مختصرة بعد.

## خطة العمل

report-plan = خطة العمل
report-no-actions = لم يُخطَّط لأي إجراء بعد.
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
report-plan-for = لمشكلة «{ $title }»
report-no-action-for = لم يُخطَّط لأي إجراء لهذه المشكلة.

## المتابعة

report-monitoring = المتابعة
report-nothing-to-follow = لا إجراءات للمتابعة.
report-status-count = { $status }: { $n }
report-monitor-summary = { $actions ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
    [many] { $actions } إجراءً
   *[other] { $actions } إجراء
}: { $counts }.{ " " }
report-overdue-count = متأخرة: { $n }
report-as-of-date = { " " }حتى { $date }.
report-col-overdue = متأخر
report-col-notes = الملاحظات
report-col-last-note = آخر ملاحظة
report-overdue-by = متأخر { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
report-from-previous = { " " }(من الدورة السابقة)
report-progress-of = تقدّم الإجراء { $id }: { $title }
report-progress-noted = { " " }— سُجّل تقدّم

## الدروس

report-lessons = الدروس
report-lessons-anonymised = تُحذف الدروس من النسخ المجهّلة.
report-worked = ما نجح
report-did-not-work = ما لم ينجح
report-lessons-learned = الدروس المستفادة
report-improvements = تحسينات للدورة القادمة
report-no-lessons = لم تُسجَّل دروس بعد.
