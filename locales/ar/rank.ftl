### baraza — ar: Rank: dot voting, pairwise, criteria, results, tie-break, the method strip.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ar --files locales`.

## The method strip (the top line of every Rank view)

# Before the three methods; the second when M can switch them.
rank-strip-lead = الترتيب حسب
rank-strip-lead-key = الترتيب حسب (M)
# The three methods, as the strip, the results and the tie-break name them.
rank-method-dots = التصويت بالنقاط
rank-method-pairwise = الأزواج
rank-method-criteria = المعايير
# One method on the strip. $method: its name (above); $recorded: what it
# has recorded (below, or a bare number where the line is short).
rank-strip-method = { $method }: { $recorded }
# What a method has recorded. $method: dots, pairwise or criteria; $n: how many.
rank-strip-recorded = { $method ->
    [dots] { $n ->
        [zero] { $n } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $n } نقاط
        [many] { $n } نقطة
       *[other] { $n } نقطة
    }
    [pairwise] { $n ->
        [zero] { $n } زوج
        [one] زوج واحد
        [two] زوجان
        [few] { $n } أزواج
        [many] { $n } زوجًا
       *[other] { $n } زوج
    }
   *[criteria] { $n ->
        [zero] { $n } درجة
        [one] درجة واحدة
        [two] درجتان
        [few] { $n } درجات
        [many] { $n } درجة
       *[other] { $n } درجة
    }
}
# Right end of the strip: the key to the results, or back from them.
rank-strip-results = r النتائج
rank-strip-back = r رجوع
# After the line above where there is room.
rank-strip-score-card = S بطاقة الأداء

## The shortlist and the tie at its boundary (the footer of every view)

# Who decides or whose ranking: the whole room, not one group.
rank-whole-room = القاعة كلها
rank-shortlist-none = لا قائمة مختصرة بعد
# $count: problems on the shortlist.
rank-shortlist-count = ★ القائمة المختصرة: { $count ->
    [zero] { $count } مشكلة
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}
# The same, when it is not the top N of this ranking (hand-picked, or
# taken from another method). $n: the N of the top N.
rank-shortlist-count-not-top = ★ القائمة المختصرة: { $count ->
    [zero] { $count } مشكلة
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}، ليست الأوائل الـ { $n }
# After the line above, the keys that change it. $n: the N of the top N.
rank-shortlist-keys = s يأخذ الأوائل الـ { $n }، [ ] يغيّر { $n }
rank-shortlist-keys-by-hand = s يأخذ الأوائل الـ { $n }، Space يختار يدويًا، [ ] يغيّر { $n }
# The places a tie spans, inside the tie lines below. $first, $last: ranks.
rank-positions-two = المرتبتان { $first } و{ $last }
rank-positions-range = المراتب من { $first } إلى { $last }
# Before $positions while one group's ranking is shown: the tie is the room's.
rank-whose-room = القاعة كلها:{ " " }
# The top N cuts a tie. $n: the N; $whose: the line above or nothing;
# $positions: "positions 3 and 4".
rank-tie-cut = ! الأوائل الـ { $n }: { $whose }{ $positions } متعادلة — b يكسر التعادل
rank-tie-cut-read-only = ! الأوائل الـ { $n }: { $whose }{ $positions } متعادلة
# A run-off is being voted. $dots: its dots so far; others as above.
rank-tie-runoff = ! الأوائل الـ { $n }: { $whose }{ $positions } متعادلة — جولة إعادة جارية (النقاط: { $dots }): b يتابع
rank-tie-runoff-read-only = ! الأوائل الـ { $n }: { $whose }{ $positions } متعادلة — جولة إعادة جارية (النقاط: { $dots })
# The tie was broken. $n: the N; $rank: the tied rank; $how: "run-off vote
# (12 dots)", "head-to-head pairwise result", "facilitator decision: …".
rank-tie-broken = ✓ الأوائل الـ { $n }: كُسر التعادل في المرتبة { $rank } عبر { $how }
# An order of problems: "«A», then «B»". $first: the ones before; $next: the next.
rank-then = { $first }، ثم { $next }
# The legend of groups' dots, when some groups do not fit. $n: how many.
rank-more = +{ $n } أخرى

## Status line: the shortlist

# s before the method has its inputs. $method: dots, pairwise or criteria.
rank-not-ready = { $method ->
    [dots] لا نقاط بعد: سجّل الأصوات أولًا، أو اختر المشكلات يدويًا بـ Space
    [pairwise] جولة الأزواج لم تنتهِ: احسم كل زوج أولًا
   *[criteria] جدول الدرجات غير مكتمل: قيّم كل مشكلة على كل معيار أولًا
}
# $n: the N of the top N.
rank-shortlist-already = القائمة المختصرة هي الأوائل الـ { $n } أصلًا
rank-shortlist-set-pairwise = حُدّدت القائمة المختصرة: المقارنة الزوجية تقارن الآن هذه الـ { $n }؛ الأزواج الأخرى المحسومة تبقى مسجّلة
# ] at the longest. $most: how many problems there are.
rank-shortlist-longest = لا يمكن أن تزيد القائمة المختصرة على المشكلات الـ { $most }
rank-shortlist-shortest = القائمة المختصرة تأخذ مشكلة واحدة على الأقل

## Scores as the results and the tie-break show them

# A score with its unit. $method: dots, pairwise or criteria; $n: the
# score when whole (for the plural), else text; $score: it as shown (3, 3½, 13.5).
rank-score = { $method ->
    [dots] { $n ->
        [zero] { $score } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $score } نقاط
        [many] { $score } نقطة
       *[other] { $score } نقطة
    }
    [pairwise] { $n ->
        [zero] { $score } فوز
        [one] فوز واحد
        [two] فوزان
        [few] { $score } انتصارات
        [many] { $score } فوزًا
       *[other] { $score } فوز
    }
   *[criteria] { $n ->
        [zero] { $score } درجة
        [one] درجة واحدة
        [two] درجتان
        [few] { $score } درجات
        [many] { $score } درجة
       *[other] { $score } درجة
    }
}

## Status line: who votes, decides, or is looked at

# g with no groups in the session.
rank-no-groups-f1 = لا فئات بعد — أضف الفئات في التحضير أولًا (F1)
# Esc on the question about a tie at the shortlist boundary.
rank-shortlist-left = تُركت القائمة المختصرة كما كانت
# A group picked that an undo took away meanwhile.
rank-group-gone = هذه الفئة لم تعد في الجلسة: g يختار من جديد
# The group whose dots are counted (also the dot view's heading). $group:
# its name; $used: dots it placed; $budget: its dots in all.
rank-voting = تصوّت: { $group } — { $used } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
# $group: the group whose run-off dots are counted.
rank-runoff-voter = جولة الإعادة: { $group } تضع نقاطها
# Who decides pairs / gives scores now. $who: a group's name or "whole room".
rank-deciding-who = يقرر: { $who }
rank-scoring-who = يقيّم: { $who }
# The results show one group's ranking. $group: its name.
rank-looking-at = العرض: ترتيب { $group } (من يقرر لا يتغير)
rank-looking-at-room = العرض: ترتيب القاعة كلها (من يقرر لا يتغير)

## The group picker (g): its question, choices and keys

rank-pick-voter = نقاط من تُعدّ الآن؟
rank-pick-runoff-voter = نقاط الإعادة لمن تُعدّ الآن؟
rank-pick-decider = من يقرر الآن؟
rank-pick-viewed = ترتيب من نعرض؟ (لا يغيّر شيئًا)
# Choice 0, where the whole room can decide.
rank-pick-room = القاعة كلها (كل الفئات معًا)
# A group when dots are counted. $group: its name; $used, $budget: its dots.
rank-pick-voter-group = { $group } — { $used } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
# The picker's bottom line. $first: the first number (0 with the whole room, else 1).
rank-pick-keys = { $first }-9 اختيار · ↑↓ Enter · Esc

## The question when the top N would cut a tie (s)

# Its title.
rank-boundary-title = القائمة المختصرة
# $n: the N; $titles: the tied problems («…», «…»); $rank: their shared
# rank; $tied: how many are tied; $size: the shortlist with them all.
rank-boundary-question = الأوائل الـ { $n } يقطعون تعادلًا: { $titles } تتقاسم المرتبة { $rank }. أيّها يدخل القائمة المختصرة ليس أمرًا يخمّنه baraza. b يكسر التعادل الآن · a يضم كل المتعادلة وعددها { $tied } (قائمة من { $size }) · Esc يترك القائمة المختصرة كما هي.

## What is missing before ranking (in every view)

rank-no-groups = لا فئات بعد — أضف الفئات في التحضير أولًا (Shift+Tab)
rank-no-problems = لا مشكلات بعد — سمِّ المشكلات في التحديد أولًا (Shift+Tab)

## Dot voting: the board

# The chart's title. $order: one of the two below; $group: the group shown alone.
rank-dots-chart-room = الترتيب: القاعة كلها، كل الفئات · { $order }
rank-dots-chart-group = الترتيب: { $group } وحدها · { $order }
rank-dots-sorted = حسب النقاط
rank-dots-named = بترتيب التسمية
# After the chart's title while the rows keep their place.
rank-dots-rows-named = الصفوف بترتيب التسمية أثناء كتابة العدّ
rank-dots-rows-held = الصفوف ثابتة أثناء تصويت هذه الفئة
# The heading while c walks a group's tally. $group: its name; $at: the
# problem reached; $count: problems in all; $used, $budget: its dots.
rank-dots-tally-heading = عدّ { $group }: المشكلة { $at } من { $count } · { $used } من { $budget ->
    [zero] { $budget } نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $budget } نقاط
    [many] { $budget } نقطة
   *[other] { $budget } نقطة
}
# After the heading, the number being typed. $typed: its digits.
rank-dots-typing = الكتابة { $typed }▏ Enter يثبّت
# After the heading once a group is over its dots. $over: by how many.
rank-dots-over-budget = ! زيادة { $over } على الحصة
# The room's typing strip while a tally is typed: its label.
rank-typing-dots = النقاط

## Dot voting: status line and the over-budget question

# A sixth digit. $n: the most digits.
rank-dots-max-digits = { $n } أرقام على الأكثر
# Esc on digits typed.
rank-dots-cleared = مُسحت الأرقام
# The cursor left a row with digits typed. $typed: the digits.
rank-dots-moved = لم يُسجَّل { $typed }: تحرك المؤشر قبل Enter
# Enter with nothing typed.
rank-dots-type-first = اكتب النقاط أولًا: 1 4 Enter يثبّت 14
# $group: the group; $count: the number typed; $problem: the problem's title.
rank-dots-already = لدى { $group } أصلًا { $count } على «{ $problem }»
# The y/n question when a typed tally goes over the group's dots. $count:
# the number typed; $problem: the title; $group: the group; $used: its dots
# with this; $budget: its dots in all; $over: by how many.
rank-dots-over-set = { $count } على «{ $problem }» توصل { $group } إلى { $used } من { $budget } — بزيادة { $over } على الحصة. أتسجّل رغم ذلك؟
# The same for one dot (+).
rank-dots-over-add = نقطة على «{ $problem }» توصل { $group } إلى { $used } من { $budget } — بزيادة { $over } على الحصة. أتسجّل رغم ذلك؟
# n to the question above.
rank-dots-not-recorded = لم يُسجَّل: العدّ كما كان
# c starts a group's tally. $group: its name.
rank-dots-tally-start = عدّ { $group }: اكتب نقاط كل مشكلة، Enter يتابع (Enter وحده يترك العدّ كما هو)؛ Esc ينهي
# The tally's end. $group: its name; $used, $budget: its dots.
rank-dots-tally-done = انتهى العدّ: لدى { $group } { $used } من { $budget } — g يختار الفئة التالية
# - with no dot to take back. $group, $problem: names.
rank-dots-nothing-to-take-back = ليس لدى { $group } نقطة على «{ $problem }» لاستعادتها

## Pairwise: status line

# Space with every pair decided. $n: pairs; $who: who decided (a group or "whole room").
rank-pairs-all-decided = حُسمت الأزواج كلها وعددها { $n } ({ $who }) — r يعرض النتائج
# x on a pair not decided.
rank-pair-nothing-to-clear = لم يُحسم شيء في هذا الزوج بعد
# The same pick again.
rank-pair-already = مسجّل هكذا أصلًا — Space ينتقل إلى الزوج التالي
# A reason saved before the pick.
rank-pair-reason-noted = دُوّن — ← → أو = يسجّله مع الاختيار
# A round of many pairs. $n: problems; $pairs: pairs.
rank-pairs-long-round = المشكلات: { $n } = الأزواج: { $pairs } — جولة طويلة على القاعة
# Why there is no pair to show.
rank-pairs-one-problem = مشكلة واحدة فقط: تحتاج المقارنة الزوجية إلى مشكلتين أو أكثر
rank-pairs-one-shortlisted = في القائمة المختصرة مشكلة واحدة: أضف إليها، أو a يقارن كل المشكلات
rank-pairs-too-few = تحتاج المقارنة الزوجية إلى مشكلتين أو أكثر
# The room's typing strip while a reason is typed: its label.
rank-typing-why = السبب

## Pairwise: the matrix (m)

# Its title. $who: who decides (a group or "whole room").
rank-matrix-title = مصفوفة الأزواج · { $who }
# Top right of the matrix and the results. $decided: pairs decided; $total: pairs.
rank-pairs-decided = المحسومة: { $decided } من { $total }
# Under the title: how to read a cell, or why the room's wins are the groups'.
rank-matrix-note = كل خانة: رقم المشكلة الأهم · = متساويتان · فارغة: لم تُحسم
rank-matrix-note-groups = لم تحسم القاعة أي زوج معًا: انتصاراتها مجموع قرارات الفئات
# Column headings right of the grid (short: the numbers under them are).
rank-matrix-wins = فوز
rank-matrix-rank = مرتبة

## Pairwise: the pair on screen

# Its title. $who: who decides (a group or "whole room").
rank-pair-title = الأزواج · يقرر: { $who }
# Top right. $pair: the pair on screen; $total: pairs; $decided: pairs decided.
rank-pair-progress = الزوج { $pair } من { $total } · المحسومة: { $decided }
# Under the title: what the round compares. $n: problems; $pairs: pairs.
rank-comparing-all-no-shortlist = المقارنة بين كل المشكلات (لا قائمة مختصرة بعد): المشكلات: { $n } = الأزواج: { $pairs }
rank-comparing-shortlist = المقارنة داخل القائمة المختصرة: المشكلات: { $n } = الأزواج: { $pairs }
rank-comparing-all = المقارنة بين كل المشكلات: المشكلات: { $n } = الأزواج: { $pairs }
# After the line above: what a compares instead.
rank-scope-key-all = a: كل المشكلات
rank-scope-key-shortlist = a: القائمة المختصرة
# Decisions kept from another round. $pairs: pairs decided; $problems: among how many problems.
rank-pairs-outside = ! مسجّل أيضًا خارج هذه الجولة: أزواج محسومة: { $pairs }، بين مشكلات عددها { $problems } — محفوظة، وتُحتسب في التقرير
# Above the two problems.
rank-pair-question = أيهما أهم؟
# Between the two boxes (7 columns at most).
rank-pair-or = أم
# Under the boxes side by side: the keys, and the pick.
rank-pair-this-left = ← هذه
rank-pair-this-right = هذه →
rank-pair-more = ✓ أهم
# Between the boxes when they tie (7 columns at most).
rank-pair-equal-short = سواء
# Between the boxes stacked one over the other, when they tie.
rank-pair-equal = = سواء
# Under the boxes stacked.
rank-pair-keys-stacked = ← الأولى · = سواء · الثانية →
# Why the room decided so. $reason: as typed.
rank-pair-why-label = السبب:
rank-pair-why = السبب: { $reason }
rank-pair-why-pending = السبب: { $reason }  (يُسجَّل مع الاختيار)
rank-pair-no-reason = لم يُدوَّن سبب
rank-pair-no-reason-key = لم يُدوَّن سبب — Enter لكتابة السبب
# How the other rounds decided this pair. $others: "Room 1 · Women = · Men –".
rank-pair-others = الآخرون في هذا الزوج: { $others }
# The whole room, in the line above.
rank-pair-room = القاعة

## Criteria scoring: the grid

# Its title. $who: who gives the scores (a group or "whole room").
rank-criteria-title = { -criteria-scoring } · يقيّم: { $who }
# Top right. $scored: cells scored; $cells: cells in all.
rank-criteria-scored = المقيَّمة: { $scored } من { $cells }
# With no criterion yet (read-only, then with the key).
rank-criteria-none = لا معايير بعد
rank-criteria-none-examples = لا معايير بعد — a يضيف معيارًا (مثل التكرار، الخطورة، عدد المتأثرين)
# The cell under the cursor, above the grid. $criterion: its name;
# $weight: its weight; $problem: the problem's title.
rank-criteria-cell = { $criterion } (الوزن ×{ $weight }) — 1 منخفض … 5 مرتفع · «{ $problem }»
# Above the footer, when groups scored and the room is shown.
rank-criteria-mean-note = القاعة كلها: الخانة التي لم تقيّمها القاعة بنفسها تعرض متوسط الفئات
# Column headings (Total and Rank are short: numbers stand under them).
rank-criteria-col-problem = المشكلة
rank-criteria-col-total = المجموع
rank-criteria-col-rank = المرتبة

## Criteria scoring: status line, the question and the form

# A score key with no criterion.
rank-criteria-none-key = لا معايير بعد — a يضيف معيارًا (مثل الخطورة)
# x on a cell not scored. $who: a group or "whole room".
rank-criteria-nothing-to-clear = لم تعطِ { $who } درجة هنا لمسحها
# The y/n question on d. $name: the criterion; $scores: its scores.
rank-criteria-ask-delete = { $scores ->
    [0] أتحذف المعيار «{ $name }»؟ (u يعيده)
    [one] أتحذف المعيار «{ $name }»؟ تذهب معه درجته الوحيدة. (u يعيده)
    [two] أتحذف المعيار «{ $name }»؟ تذهب معه درجتاه. (u يعيده)
    [few] أتحذف المعيار «{ $name }»؟ تذهب معه درجاته الـ { $scores }. (u يعيده)
   *[other] أتحذف المعيار «{ $name }»؟ تذهب معه درجاته وعددها { $scores }. (u يعيده)
}
# The form's title. $name: the criterion.
rank-criteria-form-edit = المعيار «{ $name }»
rank-criteria-form-add = إضافة معيار
rank-criteria-field-name = الاسم
rank-criteria-field-name-help = كما تقوله القاعة، مثل «يمسّ الأطفال»
rank-criteria-field-weight = الوزن
rank-criteria-field-weight-help = كم يُحتسب: 2 يُحتسب ضعف 1 (من 1 إلى 10)
# Why the form cannot be saved. $name: the name typed.
rank-criteria-name-empty = الاسم: المعيار يحتاج إلى اسم
rank-criteria-name-taken = الاسم: «{ $name }» معيار موجود
# After adding one criterion too many. $n: criteria now.
rank-criteria-many = المعايير الآن { $n }: يطول التقييم (من 3 إلى 5 هو المعتاد)

## Results (r)

# Its title. $method: the method's name; $who: "whole room"; $group: the
# group whose ranking is looked at.
rank-results-title = النتائج · { $method } · { $who }
rank-results-title-group = النتائج · { $method } · العرض: { $group }
# Nothing recorded by the method. $method: dots, pairwise or criteria.
rank-results-none = { $method ->
    [dots] لم تُسجَّل نقاط بعد — r يعود لتسجيلها
    [pairwise] لم تُسجَّل قرارات أزواج بعد — r يعود لتسجيلها
   *[criteria] لم تُسجَّل درجات بعد — r يعود لتسجيلها
}
# The group looked at recorded nothing. $group: its name; $method: as above.
rank-results-group-none = { $method ->
    [dots] لم تسجّل { $group } أي نقاط — g يعرض فئة أخرى
    [pairwise] لم تسجّل { $group } أي قرارات أزواج — g يعرض فئة أخرى
   *[criteria] لم تسجّل { $group } أي درجات — g يعرض فئة أخرى
}
# Over the chart. $group: the group looked at.
rank-results-overall = الترتيب الإجمالي
rank-results-group-ranking = ترتيب { $group }
# Over the chart while the method's inputs are not complete. $decided: "3 of 6 pairs decided".
rank-results-so-far-groups = حتى الآن: جولات الفئات معًا، ولم تنتهِ أي منها
rank-results-so-far-pairs = حتى الآن: { $decided }
rank-results-so-far-scores = حتى الآن: لم تُقيَّم كل مشكلة على كل معيار
# The table's heading.
rank-results-groups-ranks = مراتب كل فئة
# Under the table: what its marks mean.
rank-results-legend = – لم تسجّل شيئًا
rank-results-legend-disagree = ◆ الفئات الأكثر اختلافًا · – لم تسجّل شيئًا
# Under the chart, for each tie broken. $rank: the tied rank; $how: how
# ("run-off vote (12 dots)"…); $order: «A», then «B».
rank-results-tie-note = † كُسر التعادل في المرتبة { $rank } عبر { $how }: { $order }

## Tie-break (b): status line

# b with the tie already broken. $broken: "Top 3: tie at rank 3 broken by …".
rank-tie-nothing-to-break = لا شيء لكسره: { $broken }
# b before the method has its inputs. $method: dots, pairwise or criteria.
rank-tie-nothing-recorded = { $method ->
    [dots] لا تعادل لكسره: لم يُسجَّل شيء في التصويت بالنقاط بعد
    [pairwise] لا تعادل لكسره: لم يُسجَّل شيء في المقارنة الزوجية بعد
   *[criteria] لا تعادل لكسره: لم يُسجَّل شيء في التقييم بالمعايير بعد
}
# b with no tie at the boundary. $n: the N of the top N.
rank-tie-none-top = لا تعادل عند حد الأوائل الـ { $n }
# A key in the tie-break after the tie went (an undo).
rank-tie-gone = لا تعادل عند حد القائمة المختصرة الآن
rank-runoff-needs-groups = جولة الإعادة تحتاج إلى الفئات التي تصوّت: أضفها في التحضير
# 2 when the pairs cannot decide. $why: one of the two below.
rank-head-to-head-none = لا نتيجة مباشرة: { $why } في المقارنة الزوجية
# $n: pairs among the tied problems not decided.
rank-head-to-head-open = { $n ->
    [zero] لا أزواج بينها دون حسم
    [one] زوج واحد بينها دون حسم
    [two] زوجان بينها دون حسم
    [few] { $n } أزواج بينها دون حسم
    [many] { $n } زوجًا بينها دون حسم
   *[other] { $n } زوج بينها دون حسم
}
rank-head-to-head-circle = نتائجها الزوجية تدور في حلقة أو تتعادل
# More run-off dots than the group has people. $group: its name; $used:
# its run-off dots; $people: how many people it has.
rank-runoff-many-dots = { $group }: نقاط الإعادة { $used } لأشخاص عددهم { $people } — المعتاد نقطة لكل شخص (سُجّلت)
# - with no run-off dot to take back. $group, $problem: names.
rank-runoff-nothing-to-take-back = ليس لدى { $group } نقطة إعادة على «{ $problem }» لاستعادتها
rank-runoff-none-yet = لا نقاط إعادة بعد: + يضع نقطة
rank-runoff-none-to-drop = لا نقاط إعادة لإلغائها
# The y/n question on d. $dots: the run-off's dots.
rank-runoff-ask-drop = أتلغي جولة الإعادة هذه ونقاطها ({ $dots })؟ (u يعيدها)

## Tie-break: choosing the way

# The heading when there is no tie (after an undo).
rank-tie-title = { -tie-break }
rank-tie-gone-esc = لا تعادل عند حد القائمة المختصرة الآن — Esc يعود
# The heading. $rank: the tied rank; $method: the method's name.
rank-tie-heading = كسر التعادل في المرتبة { $rank } · { $method }
# Top right of the tie-break's first step.
rank-tie-esc-back = Esc رجوع
# Under the heading. $n: the N; $tied: problems tied; $rank: their rank;
# $score: their score with its unit ("12 dots"); $places: places they share.
rank-tie-intro = الأوائل الـ { $n } يقطعون تعادلًا: مشكلات عددها { $tied } تتقاسم المرتبة { $rank } ولكل منها { $score }، على { $places ->
    [zero] { $places } مكان
    [one] مكان واحد
    [two] مكانين
    [few] { $places } أماكن
    [many] { $places } مكانًا
   *[other] { $places } مكان
}.
rank-tie-how = كيف ستكسر القاعة التعادل؟
# The three ways, each with a detail after it.
rank-way-runoff = جولة إعادة بالنقاط بينها
rank-way-head-to-head = النتيجة الزوجية المباشرة
rank-way-decision = قرار الميسّر
rank-way-runoff-detail = نقطة واحدة لكل مشارك، عليها وحدها
# $how: "run-off vote (4 dots)".
rank-way-runoff-under-way = جارية: { $how } حتى الآن
# $order: «A», then «B».
rank-way-head-to-head-gives = تعطي { $order }
# $why: "1 pair among them undecided" or the circle line above.
rank-way-head-to-head-none = لا نتيجة: { $why }
rank-way-decision-detail = الترتيب، مع السبب يُقال للقاعة
# Two problems still level: "«A» and «B»". $first: the ones before; $next: the next.
rank-and = { $first } و{ $next }
# The problems a run-off leaves level. $problems: the line above; $dots: each one's dots.
rank-still-level = { $problems } (لكل منها النقاط: { $dots })

## Tie-break: the run-off

# The heading. $rank: the tied rank; $group: the group placing dots.
rank-runoff-heading = جولة إعادة في المرتبة { $rank } · { $group } تضع نقاطها
rank-runoff-heading-no-group = جولة إعادة في المرتبة { $rank } · لا فئة
# Top right.
rank-runoff-one-each = نقطة لكل شخص
rank-runoff-empty = لا نقاط إعادة بعد: + يضع نقطة على المشكلة المختارة
# $order: «A», then «B».
rank-runoff-confirm = Enter يؤكد الترتيب: { $order }
# Enter on a run-off still tied. $level: "«A» and «B» (4 dots each)".
rank-runoff-still-tied = ما زالت متعادلة: { $level } — مزيد من النقاط (+)، أو Esc ثم 3: يقرر الميسّر انطلاقًا من ترتيب الإعادة (d يلغي جولة الإعادة)

## Tie-break: the facilitator's decision (the form)

# Its title. $rank: the tied rank.
rank-decision-title = حسم التعادل في المرتبة { $rank }
# A place's field. $rank: the place.
rank-decision-place = المرتبة { $rank }
rank-decision-place-help = ←/→ يختار المشكلة لهذه المرتبة؛ كل مشكلة مرة واحدة
rank-decision-place-help-runoff = ←/→ يختار المشكلة لهذه المرتبة؛ ترتيب جولة الإعادة مُعبّأ مسبقًا
rank-decision-reason = السبب
rank-decision-reason-help = ما يُقال للقاعة، مثل «الزعيم يستطيع التصرف فيها الآن»
# The reason's start after a run-off left a tie (the facilitator goes on
# from it). $dots: the run-off's dots; $level: "«A» and «B» (4 dots each)".
rank-decision-reason-start = جولة الإعادة (النقاط: { $dots }) تركت { $level } متعادلة
# Why the form cannot be saved. $problem: a title.
rank-decision-placed-twice = «{ $problem }» موضوعة مرتين: كل مشكلة مرة واحدة
rank-decision-reason-empty = السبب: القاعة تسمع السبب — اكتبه في كلمات قليلة

## Scrolling

# Top right of a chart or list that does not fit. $from, $to: the rows in
# view; $total: rows in all.
rank-range = { $from }–{ $to } من { $total }
