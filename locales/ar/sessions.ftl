### baraza — ar: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check ar --files locales`.

## The session list: column headings (one line, over the table)

list-col-date = التاريخ
list-col-title = العنوان
list-col-community = المجتمع
list-col-stage = المرحلة
list-col-problems = المشكلات
list-col-votes = نقاط
list-col-actions = إجراءات
list-col-example = المثال

## The session list: the examples, the filter, a file that cannot be read

list-examples-intro-empty = لا توجد جلسات في هذا المجلد بعد. n تبدأ جلسة جديدة — أو انظر في أحد الأمثلة المضمّنة في baraza: Enter يفتحه للقراءة فقط (لا يُحفظ شيء).
list-examples-intro = أمثلة مضمّنة في baraza: Enter يفتح أحدها للقراءة فقط (لا يُحفظ شيء)؛ e يعود إلى جلساتك.
list-filter = تصفية:
list-filter-count = { $shown } من { $all }
list-no-match = لا توجد جلسة تطابق التصفية.
list-no-match-clear = Esc يمسحها.
list-unreadable = غير مقروء

## The session list: status line messages

list-sorted-date = مرتّبة حسب التاريخ، الأحدث أولًا
list-sorted-title = مرتّبة حسب العنوان
list-sorted-community = مرتّبة حسب المجتمع
list-sorted-stage = مرتّبة حسب المرحلة التي بلغتها
list-no-own-session = لا توجد جلسة خاصة بك بعد: n تبدأ واحدة
list-nothing-selected = لا توجد جلسة هنا بعد: اضغط n لبدء واحدة
list-cannot-open = تعذّر فتح { $file }: { $error }
list-no-previous = هذه الجلسة لا تكمل جلسة سابقة (N تبدأ { -cycle } تالية)
list-report-not-written = لم يُكتب التقرير: { $error }
list-reports-not-logged = كُتبت التقارير بجانب الجلسة، لكن ليس في سجل تصديرها: { $error }

## The session list: the question when a session is open elsewhere (y/n)

list-ask-read-only = «{ $title }» مفتوحة في { $holder }. أتفتحها هنا للقراءة فقط؟
list-ask-read-only-file = { $file } مفتوح في { $holder }. أتفتحه هنا للقراءة فقط؟

## The session list: the new-session and next-cycle forms

list-form-new = جلسة جديدة
list-form-next-cycle = ال{ -cycle } التالية لـ«{ $title }»
list-cycle-suffix = — ال{ -cycle } { $n }
list-field-title = العنوان
list-help-title = الاسم الذي ستطلقه القاعة على هذا اللقاء
list-field-community = المجتمع
list-help-community = المجتمع أو المكان
list-field-date = التاريخ
list-field-facilitators = الميسّرون
list-help-facilitators = الأسماء، تفصل بينها فواصل
list-help-next-title = تنقل المجموعات والمشكلات غير المحلولة والإجراءات المفتوحة
list-help-next-community = يبقى المجتمع نفسه
list-give-title = أعطِ الجلسة عنوانًا

## The comparison of two cycles (c on the session list)

compare-title-ranks = كيف تغيّرت الأولويات · من { $before } ({ $before_date }) إلى { $now } ({ $now_date })
compare-title-card = كيف تغيّرت { -score-card } · من { $before } ({ $before_date }) إلى { $now } ({ $now_date })
compare-ranks-of = مراتب:
compare-whole-room = القاعة كلها
compare-col-now = الآن
compare-col-before = قبل
compare-col-movement = التغيّر
compare-col-problem = المشكلة
compare-nothing-ranked = لم تُرتَّب مشكلات في أيّ من الدورتين بعد.
compare-move-new = جديدة
compare-move-up = ▲ صعدت { $n }
compare-move-down = ▼ نزلت { $n }
compare-move-same = = كما هي
compare-move-dropped = أُسقطت
compare-move-resolved = ✓ حُلّت
compare-move-not-ranked = لم تُرتَّب بعد
compare-move-lost = ▼ لا شيء الآن
compare-move-gained = ▲ أول الأصوات
compare-move-neither = · لا شيء في الاثنتين
compare-col-indicator = المؤشر
compare-col-community = المجتمع
compare-col-gap = الفجوة
compare-no-card = لا توجد { -score-card } في هذه الدورة.

## While the folder is read at start (the list is drawn at once and filled in)

# The session list's status line while the folder is read in the background.
# $read, $total: counts already grouped ("1,234"); $n: the total as a number,
# for the plural (not needed here: "الجلسات: … من …" avoids the agreement).
list-reading = قراءة المجلد: الجلسات { $read } من { $total }…
# In the list's place while the folder is read and nothing is known yet.
list-reading-folder = قراءة المجلد…
