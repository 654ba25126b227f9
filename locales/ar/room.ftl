### baraza — العربية: شاشة القاعة (على الجدار).
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Every panel

# The small mark in the bottom right corner (the facilitator reads it
# from the laptop): the session is safely on disk.
room-mark-saved = ✓ محفوظ
# …is being written to disk.
room-mark-saving = جارٍ الحفظ…
# …could not be written (loud: the facilitator must act).
room-mark-not-saved = لم يُحفظ!
# …was opened read-only.
room-mark-read-only = للقراءة فقط
# An audience window (`baraza present`) following the file.
room-mark-live = ● مباشر
# An audience window whose file could not be read just now.
room-mark-unreadable = ⚠ تعذّرت قراءة الملف: آخر عرض سليم، جارٍ إعادة المحاولة
# An audience window refused a key.
room-mark-shows-only = هذه النافذة للعرض فقط: اعمل في نافذة الميسّر
# The window is too small to draw the room's screen. $width, $height:
# its size in cells.
room-too-small = كبّر النافذة ({ $width }×{ $height })
# Bottom left, when a list does not fit: which entries show. $from, $to:
# the first and last shown; $total: how many there are.
room-page = { $from }–{ $to } من { $total }
# Who decides or scores, when no group is chosen.
room-whole-room = جميع الحاضرين

## A form open over the room's screen (two lines at the bottom)

# $label: the name of the field being typed in; $text: what is typed.
room-typing = ✎ { $label }: { $text }▏
# The field is private (notes, risks…). $label: its name.
room-typing-private = ✎ { $label }: لا يظهر على شاشة القاعة (p بعد إغلاق النموذج يُظهره)
# A form with no field to show.
room-typing-form-open = ✎ نموذج مفتوح: p بعد إغلاقه يُظهر شاشة الميسّر

## The timer (top right)

# Beside the running timer's digits.
room-timer-left = الوقت المتبقي
# Beside a paused timer's digits.
room-timer-paused = متوقف مؤقتًا
# When the time is up (flashes; capitals where the language has them).
room-timer-up = انتهى الوقت!

## Prepare

# Heading. $people: how many people are in the room (a count).
room-prepare-heading = من في القاعة: { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}
# When no participant group has been added yet.
room-prepare-empty = لا توجد فئات بعد.
# Under the big total of people.
room-prepare-in-the-room = في القاعة
# $dots: how many dots each participant places (a count).
room-prepare-dots-each = { $dots ->
    [zero] لا نقاط لكل مشارك
    [one] نقطة واحدة لكل مشارك
    [two] نقطتان لكل مشارك
    [few] { $dots } نقاط لكل مشارك
    [many] { $dots } نقطة لكل مشارك
   *[other] { $dots } نقطة لكل مشارك
}
# One line at the bottom on a small screen. $total: people in the room;
# $dots: the line above ("3 dots each").
room-prepare-total-line = في القاعة: { $total } · { $dots }

## Identify

# Heading. $problems: how many problems have been named (a count).
room-identify-heading = المشكلات الأمنية المطروحة: { $problems ->
    [zero] لا شيء
    [one] { -problem } واحدة
    [two] مشكلتان
    [few] { $problems } { -problems }
    [many] { $problems } { -problem }
   *[other] { $problems } { -problem }
}
room-identify-empty = لم تُطرح أي مشكلة بعد.

## Rank: dot voting

# Heading in a blind vote (the totals are not shown until revealed).
room-dots-heading-blind = تصويت سري بالنقاط: المجاميع مخفية حتى الكشف عنها
# Heading. $placed: dots placed so far; $budget: dots there are in all.
room-dots-heading = { -dot-voting }: { $placed } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
room-dots-empty = لا توجد مشكلات للتصويت عليها بعد.
# The group voting now. $group: its name; $used: dots it has placed;
# $budget: dots it has.
room-dots-voting-now = تصوّت الآن: { $group } — { $used } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
# Only one group's dots are shown. $group: its name.
room-dots-alone = نقاط { $group } وحدها
# A blind vote: how many dots a group has placed. $group: its name.
room-dots-placed = ما وضعته { $group }
# The legend of the marks beside the ranks.
room-legend-marks = ★ في الصدارة · 2= مرتبة مشتركة

## Rank: pairwise

# Heading. $pair: which pair this is; $pairs: how many pairs there are.
room-pairwise-heading = أيهما أهم؟ الزوج { $pair } من { $pairs }
# Heading when no pair is being decided.
room-pairwise-title = { -pairwise }
room-pairwise-empty = تحتاج المقارنة الزوجية إلى مشكلتين أو أكثر.
# $who: the group deciding (or "the whole room"); $decided: pairs decided
# so far; $total: pairs there are.
room-pairwise-deciding = يقرر: { $who } · الأزواج المحسومة: { $decided } من { $total }
# Under the problem the room said matters more.
room-pairwise-more = ✓ أهم
# Under both problems when the room said they matter as much.
room-pairwise-same = = بالقدر نفسه
# Between the two problems of the pair.
room-pairwise-or = أم

## Rank: criteria scoring

room-criteria-title = { -criteria-scoring }
room-criteria-empty = يحتاج التقييم إلى مشكلات ومعيار واحد على الأقل.
# After the criterion's name when it counts more. $weight: its weight.
room-criteria-weight = { " " }(الوزن ×{ $weight })
# Heading. $criterion: the criterion's name; $weight: the line above or
# nothing; $index: which criterion; $count: how many there are.
room-criteria-heading = المعيار: { $criterion }{ $weight } · { $index } من { $count }
# $index: which problem; $count: how many; $who: the group scoring.
room-criteria-problem = المشكلة { $index } من { $count } · تقيّمها: { $who }
# The ends of the 1–5 scale.
room-criteria-low = منخفض
room-criteria-high = مرتفع
# Under the scale when the groups' scores differ. $mean: their mean ("2.5").
room-criteria-mean = متوسط الفئات: { $mean }
room-criteria-not-scored = لم تُقيَّم بعد

## Rank: results

# Heading. $method: how the room ranked (dot voting, pairwise ranking…).
room-results-heading = النتائج ({ $method }): إجمالًا وحسب الفئة
room-results-empty = لم يُرتَّب شيء بعد.
# Above the overall ranks' column.
room-results-overall = الإجمالي
# The legend of the marks.
room-results-marks = ◆ الأكثر اختلافًا · ★ في الصدارة · 2= مرتبة مشتركة

## Rank: breaking a tie at the shortlist's boundary

room-tie-title = { -tie-break }
# $rank: the shared rank.
room-tie-heading = كسر التعادل في المرتبة { $rank }
# $rank: the rank; $how: how it was broken (a run-off vote (5 dots)…).
room-tie-broken = كُسر التعادل في المرتبة { $rank } عبر: { $how }.
room-tie-none = لا تعادل عند حد القائمة المختصرة.
# $problems: how many problems share the rank; $rank: the rank; $places:
# how many of them the shortlist has room for.
room-tie-share = { $problems ->
    [zero] لا مشكلات تتقاسم
    [one] مشكلة واحدة تحتل
    [two] مشكلتان تتقاسمان
    [few] { $problems } مشكلات تتقاسم
    [many] { $problems } مشكلة تتقاسم
   *[other] { $problems } مشكلة تتقاسم
} المرتبة { $rank }؛ وتتسع القائمة المختصرة لـ { $places } منها.
# Above the three ways to break a tie.
room-tie-how = كيف يكسر الحاضرون التعادل:
# The three ways, long (wide screens) and short (narrow ones).
room-tie-way-runoff = جولة إعادة بالنقاط بين المشكلات المتعادلة وحدها
room-tie-way-head-to-head = نتيجة المقارنة الزوجية المباشرة بينها
room-tie-way-decision = قرار من الميسّر، مع شرح السبب للحاضرين
room-tie-way-runoff-short = جولة إعادة
room-tie-way-head-to-head-short = المقارنة المباشرة
room-tie-way-decision-short = قرار الميسّر
# $dots: dots placed in the run-off so far.
room-tie-runoff = جولة الإعادة: { $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
} حتى الآن
# How a tie was broken, in "was broken by …". $dots: the run-off's dots.
room-tie-by-runoff = جولة إعادة ({ $dots ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $dots } نقاط
    [many] { $dots } نقطة
   *[other] { $dots } نقطة
})
room-tie-by-head-to-head = نتيجة المقارنة الزوجية المباشرة
# $reason: the facilitator's reason, as typed.
room-tie-by-decision = قرار الميسّر: { $reason }

## Plan

room-plan-title = { -action-plan }
room-plan-empty = لا توجد مشكلات للتخطيط لها بعد.
# Heading. $place: the problem's place on the shortlist; $count: its size.
room-plan-heading = خطة العمل: الأولوية { $place } من { $count }
room-plan-no-actions = لم يُتفق بعد على أي إجراء لهذه المشكلة.
# Who leads an action. $who: as typed.
room-plan-who = من: { $who }
room-plan-who-open = من: يُتفق عليه
# By when. $date: the date in words ("5 Nov 2026").
room-plan-by = بحلول { $date }
room-plan-by-open = متى: يُتفق عليه

## Monitor

# Heading. $actions: how many actions (a count).
room-monitor-heading = { -monitor }: { $actions ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
    [many] { $actions } إجراءً
   *[other] { $actions } إجراء
}
room-monitor-empty = لم يُتفق على أي إجراء بعد.
# An action's due date. $date: in words ("5 Nov 2026").
room-monitor-due = الموعد: { $date }

## Learn

room-learn-heading = ما تعلّمناه
room-learn-worked = ما نجح
room-learn-did-not-work = ما لم ينجح
room-learn-lessons = الدروس
room-learn-improvements = تحسينات للدورة القادمة
# When a box's text does not fit. $lines: how many lines are left out.
room-learn-more = ({ $lines ->
    [zero] لا أسطر إضافية
    [one] سطر واحد إضافي
    [two] سطران إضافيان
    [few] { $lines } أسطر إضافية
    [many] { $lines } سطرًا إضافيًا
   *[other] { $lines } سطر إضافي
} على شاشة الميسّر)
