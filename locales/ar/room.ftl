### baraza — العربية: شاشة القاعة (على الجدار).
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.

## في كل لوحة

room-mark-saved = ✓ محفوظ
room-mark-saving = جارٍ الحفظ…
room-mark-not-saved = لم يُحفظ!
room-mark-read-only = للقراءة فقط
room-mark-live = ● مباشر
room-mark-unreadable = ⚠ تعذّرت قراءة الملف: آخر عرض سليم، جارٍ إعادة المحاولة
room-mark-shows-only = هذه النافذة للعرض فقط: اعمل في نافذة الميسّر
room-too-small = كبّر النافذة ({ $width }×{ $height })
room-page = { $from }–{ $to } من { $total }
room-whole-room = جميع الحاضرين

## نموذج مفتوح فوق شاشة القاعة

room-typing = ✎ { $label }: { $text }▏
room-typing-private = ✎ { $label }: لا يظهر على شاشة القاعة (p بعد إغلاق النموذج يُظهره)
room-typing-form-open = ✎ نموذج مفتوح: p بعد إغلاقه يُظهر شاشة الميسّر

## المؤقّت

room-timer-left = الوقت المتبقي
room-timer-paused = متوقف مؤقتًا
room-timer-up = انتهى الوقت!

## التحضير

room-prepare-heading = من في القاعة: { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}
room-prepare-empty = لا توجد فئات بعد.
room-prepare-in-the-room = في القاعة
room-prepare-dots-each = { $dots ->
    [zero] لا نقاط لكل مشارك
    [one] نقطة واحدة لكل مشارك
    [two] نقطتان لكل مشارك
    [few] { $dots } نقاط لكل مشارك
    [many] { $dots } نقطة لكل مشارك
   *[other] { $dots } نقطة لكل مشارك
}
room-prepare-total-line = في القاعة: { $total } · { $dots }

## التحديد

room-identify-heading = المشكلات الأمنية المطروحة: { $problems ->
    [zero] لا شيء
    [one] { -problem } واحدة
    [two] مشكلتان
    [few] { $problems } { -problems }
    [many] { $problems } { -problem }
   *[other] { $problems } { -problem }
}
room-identify-empty = لم تُطرح أي مشكلة بعد.

## الأولويات: التصويت بالنقاط

room-dots-heading-blind = تصويت سري بالنقاط: المجاميع مخفية حتى الكشف عنها
room-dots-heading = { -dot-voting }: { $placed } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
room-dots-empty = لا توجد مشكلات للتصويت عليها بعد.
room-dots-voting-now = تصوّت الآن: { $group } — { $used } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
room-dots-alone = نقاط { $group } وحدها
room-dots-placed = ما وضعته { $group }
room-legend-marks = ★ في الصدارة · 2= مرتبة مشتركة

## الأولويات: المقارنة الزوجية

room-pairwise-heading = أيهما أهم؟ الزوج { $pair } من { $pairs }
room-pairwise-title = { -pairwise }
room-pairwise-empty = تحتاج المقارنة الزوجية إلى مشكلتين أو أكثر.
room-pairwise-deciding = يقرر: { $who } · الأزواج المحسومة: { $decided } من { $total }
room-pairwise-more = ✓ أهم
room-pairwise-same = = بالقدر نفسه
room-pairwise-or = أم

## الأولويات: التقييم بالمعايير

room-criteria-title = { -criteria-scoring }
room-criteria-empty = يحتاج التقييم إلى مشكلات ومعيار واحد على الأقل.
room-criteria-weight = { " " }(الوزن ×{ $weight })
room-criteria-heading = المعيار: { $criterion }{ $weight } · { $index } من { $count }
room-criteria-problem = المشكلة { $index } من { $count } · تقيّمها: { $who }
room-criteria-low = منخفض
room-criteria-high = مرتفع
room-criteria-mean = متوسط الفئات: { $mean }
room-criteria-not-scored = لم تُقيَّم بعد

## الأولويات: النتائج

room-results-heading = النتائج ({ $method }): إجمالًا وحسب الفئة
room-results-empty = لم يُرتَّب شيء بعد.
room-results-overall = الإجمالي
room-results-marks = ◆ الأكثر اختلافًا · ★ في الصدارة · 2= مرتبة مشتركة

## الأولويات: كسر التعادل عند حد القائمة المختصرة

room-tie-title = { -tie-break }
room-tie-heading = كسر التعادل في المرتبة { $rank }
room-tie-broken = كُسر التعادل في المرتبة { $rank } عبر: { $how }.
room-tie-none = لا تعادل عند حد القائمة المختصرة.
room-tie-share = { $problems ->
    [zero] لا مشكلات تتقاسم
    [one] مشكلة واحدة تحتل
    [two] مشكلتان تتقاسمان
    [few] { $problems } مشكلات تتقاسم
    [many] { $problems } مشكلة تتقاسم
   *[other] { $problems } مشكلة تتقاسم
} المرتبة { $rank }؛ وتتسع القائمة المختصرة لـ { $places } منها.
room-tie-how = كيف يكسر الحاضرون التعادل:
room-tie-way-runoff = جولة إعادة بالنقاط بين المشكلات المتعادلة وحدها
room-tie-way-head-to-head = نتيجة المقارنة الزوجية المباشرة بينها
room-tie-way-decision = قرار من الميسّر، مع شرح السبب للحاضرين
room-tie-way-runoff-short = جولة إعادة
room-tie-way-head-to-head-short = المقارنة المباشرة
room-tie-way-decision-short = قرار الميسّر
room-tie-runoff = جولة الإعادة: { $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
} حتى الآن
room-tie-by-runoff = جولة إعادة ({ $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
})
room-tie-by-head-to-head = نتيجة المقارنة الزوجية المباشرة
room-tie-by-decision = قرار الميسّر: { $reason }

## التخطيط

room-plan-title = { -action-plan }
room-plan-empty = لا توجد مشكلات للتخطيط لها بعد.
room-plan-heading = خطة العمل: الأولوية { $place } من { $count }
room-plan-no-actions = لم يُتفق بعد على أي إجراء لهذه المشكلة.
room-plan-who = من: { $who }
room-plan-who-open = من: يُتفق عليه
room-plan-by = بحلول { $date }
room-plan-by-open = متى: يُتفق عليه

## المتابعة

room-monitor-heading = { -monitor }: { $actions ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
    [many] { $actions } إجراءً
   *[other] { $actions } إجراء
}
room-monitor-empty = لم يُتفق على أي إجراء بعد.
room-monitor-due = الموعد: { $date }

## التعلّم

room-learn-heading = ما تعلّمناه
room-learn-worked = ما نجح
room-learn-did-not-work = ما لم ينجح
room-learn-lessons = الدروس
room-learn-improvements = تحسينات للدورة القادمة
room-learn-more = ({ $lines ->
    [zero] لا أسطر إضافية
    [one] سطر واحد إضافي
    [two] سطران إضافيان
    [few] { $lines } أسطر إضافية
    [many] { $lines } سطرًا إضافيًا
   *[other] { $lines } سطر إضافي
} على شاشة الميسّر)
