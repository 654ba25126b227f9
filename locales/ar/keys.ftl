### baraza — العربية: المفاتيح.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = في كل مكان
# The hint line's word for Tab (in Everywhere).
key-next = التالي
# The hint line's word for Shift+Tab (in Everywhere).
key-back = السابق
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = اللوحة
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = تراجع
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = إعادة
# The hint line's word for T (in Everywhere).
key-theme = المظهر
# The hint line's word for L (in Everywhere).
key-language = اللغة
# The hint line's word for p (in Everywhere).
key-room-view = عرض القاعة
# The hint line's word for . (in Everywhere).
key-blank = إطفاء
# The hint line's word for t (in Everywhere).
key-timer = المؤقّت
# The hint line's word for x (in Everywhere).
key-export = تصدير
# The hint line's word for ? (in Everywhere).
key-help = مساعدة
# The hint line's word for q (in Everywhere).
key-quit = خروج

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = تحريك
# The hint line's word for ↓/j (in Prepare).
key-down = أسفل
# The hint line's word for a (in Prepare).
key-add = إضافة
# The hint line's word for Enter/e (in Prepare).
key-edit = تعديل
# The hint line's word for d (in Prepare).
key-delete = حذف
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = إعادة ترتيب
# The hint line's word for s (in Prepare).
key-details = التفاصيل
# The hint line's word for n (in Prepare).
key-notes = الملاحظات
# The hint line's word for c (in Prepare).
key-consent = الموافقة
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = تمرير الملاحظات
# The hint line's word for Home (in Prepare).
key-first = الأول
# The hint line's word for End (in Prepare).
key-last = الأخير

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The hint line's word for m (in Identify).
key-merge = دمج
# The hint line's word for ! (in Identify).
key-district = المنطقة
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = تحريك لأسفل
# The hint line's word for r (in Identify).
key-resolved = حُلّت
# The hint line's word for PgUp (in Identify).
key-page-up = صفحة لأعلى
# The hint line's word for PgDn (in Identify).
key-page-down = صفحة لأسفل

## Adding problems

# A heading in the ? help.
keymap-adding-problems = إضافة المشكلات
# The hint line's word for Enter (in Adding problems).
key-add-next = إضافة، التالية
# The hint line's word for Esc (in Adding problems).
key-done = انتهى

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = دمج المكررات
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = دمج هنا
# The hint line's word for Esc (in Merging duplicates).
key-cancel = إلغاء

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = النقاط
# The hint line's word for +/= (in Rank: dot voting).
key-dot = نقطة
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = إزالة نقطة
# The hint line's word for g (in Rank: dot voting).
key-group = الفئة
# The hint line's word for G (in Rank: dot voting).
key-previous-group = الفئة السابقة
# The hint line's word for c (in Rank: dot voting).
key-tally = العدّ
# The hint line's word for v (in Rank: dot voting).
key-view = العرض
# The hint line's word for s (in Rank: dot voting).
key-shortlist = القائمة المختصرة
# The hint line's word for Space (in Rank: dot voting).
key-pick = اختيار
# The hint line's word for ]/> (in Rank: dot voting).
key-size = الحجم
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = أصغر
# The hint line's word for h (in Rank: dot voting).
key-blind = سري
# The hint line's word for o (in Rank: dot voting).
key-order = الترتيب
# The hint line's word for b (in Rank: dot voting).
key-break-tie = كسر التعادل
# The hint line's word for r (in Rank: dot voting).
key-results = النتائج
# The hint line's word for M (in Rank: dot voting).
key-method = الطريقة
# The hint line's word for Enter (in Rank: dot voting).
key-set = تعيين
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = مسح رقم
# The hint line's word for Esc (in Rank: dot voting).
key-clear = مسح
# The hint line's word for 0 (in Rank: dot voting).
key-digit = رقم

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: عدّ نقاط فئة
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = تسجيل، التالية

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: أكثر من النقاط المخصّصة؟
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = تسجيل على أي حال
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = لا

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The hint line's word for → (in Rank: pairwise).
key-right = اليمين
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = متساويتان
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = لماذا
# The hint line's word for g (in Rank: pairwise).
key-who-decides = من يقرر
# The hint line's word for m (in Rank: pairwise).
key-matrix = المصفوفة
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = الأزواج
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = الزوج السابق
# The hint line's word for a (in Rank: pairwise).
key-scope = النطاق

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: كتابة السبب
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = حفظ

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: مصفوفة المقارنة الزوجية
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = اليسار
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = فتح الزوج

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = الدرجة
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = معيار

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: النتائج
# The hint line's word for g (in Rank: results).
key-look-at = عرض

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: كسر التعادل
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = اختيار
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = المواجهة المباشرة
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = قرار

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = تأكيد
# The hint line's word for d (in Rank: run-off vote).
key-drop = إسقاط

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: اختيار فئة
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = القاعة
# The hint line's word for G (in Rank: choosing a group).
key-previous = السابق

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: تعادل عند حد القائمة المختصرة
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = اكسره الآن
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = ضمّ كل المتعادلة
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = اتركه

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The hint line's word for v (in Plan).
key-show-all = عرض الكل

## In a form

# A heading in the ? help.
keymap-in-a-form = في نموذج
# The hint line's word for Tab (in In a form).
key-next-field = الحقل التالي

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = الحالة
# The hint line's word for 2 (in Monitor).
key-in-progress = قيد التنفيذ
# The hint line's word for 4 (in Monitor).
key-stalled = متعثّر
# The hint line's word for 5 (in Monitor).
key-dropped = ملغى
# The hint line's word for n (in Monitor).
key-note = ملاحظة

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The hint line's word for N (in Learn).
key-next-cycle = الدورة التالية
# The hint line's word for PgUp (in Learn).
key-scroll = تمرير
# The hint line's word for PgDn (in Learn).
key-scroll-down = تمرير لأسفل

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = في حقل متعدد الأسطر
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = سطر جديد

## On a choice

# A heading in the ? help.
keymap-on-a-choice = على خيار

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = على قائمة اختيارات
# The hint line's word for Space (in On a list of ticks).
key-tick = تأشير

## Discard?

# A heading in the ? help.
keymap-discard = تجاهل المكتوب؟
# The hint line's word for y (in Discard?).
key-discard = تجاهل
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = متابعة التعديل

## Confirm

# A heading in the ? help.
keymap-confirm = تأكيد
# The hint line's word for y (in Confirm).
key-yes = نعم

## Timer

# A heading in the ? help.
keymap-timer = المؤقّت
# The hint line's word for Enter (in Timer).
key-start = بدء

## Timer running

# A heading in the ? help.
keymap-timer-running = المؤقّت يعمل
# The hint line's word for Space (in Timer running).
key-pause = إيقاف مؤقت
# The hint line's word for +/= (in Timer running).
key-1-min = +1 دقيقة
# The hint line's word for s (in Timer running).
key-stop = إيقاف
# The hint line's word for Esc/t (in Timer running).
key-close = إغلاق

## Session list

# A heading in the ? help.
keymap-session-list = قائمة الجلسات
# The hint line's word for Enter (in Session list).
key-open = فتح
# The hint line's word for n (in Session list).
key-new = جديدة
# The hint line's word for r (in Session list).
key-read-only = للقراءة فقط
# The hint line's word for / (in Session list).
key-filter = تصفية
# The hint line's word for o (in Session list).
key-sort = فرز
# The hint line's word for c (in Session list).
key-compare = مقارنة
# The hint line's word for p (in Session list).
key-room-s-screen = شاشة القاعة
# The hint line's word for x (in Session list).
key-report = تقرير
# The hint line's word for e (in Session list).
key-examples = أمثلة
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = تحديث

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = تصفية القائمة
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = إبقاء التصفية

## Example sessions

# A heading in the ? help.
keymap-example-sessions = جلسات الأمثلة
# The hint line's word for Enter/r (in Example sessions).
key-look = عرض
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = جلساتك

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = مقارنة الدورات

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = شاشة القاعة

## Help

# A heading in the ? help.
keymap-help = المساعدة
# The hint line's word for Home (in Help).
key-top = الأعلى
# The hint line's word for End (in Help).
key-bottom = الأسفل
# The hint line's word for R (in Help).
key-right-to-left = من اليمين إلى اليسار
