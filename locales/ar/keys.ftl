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
# The ? help's description of Tab (in Everywhere).
keyhelp-nextpanel-02c23a96 = اللوحة التالية
# The hint line's word for Shift+Tab (in Everywhere).
key-back = السابق
# The ? help's description of Shift+Tab (in Everywhere).
keyhelp-prevpanel-605c5256 = اللوحة السابقة
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = اللوحة
# The ? help's description of F1-F6, Alt+1-6 (in Everywhere).
keyhelp-gotopanel-0-ac1f437c = انتقال مباشر إلى خطوة: F1 { -step-prepare } … F6 { -step-learn }، أو Alt مع رقم الخطوة (Alt+1 … Alt+6)؛ يعرضها شريط الخطوات
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The ? help's description of F2/Alt+2 (in Everywhere).
keyhelp-gotopanel-1-ccb14878 = انتقال مباشر إلى { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The ? help's description of F3/Alt+3 (in Everywhere).
keyhelp-gotopanel-2-c5df4ac2 = انتقال مباشر إلى { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The ? help's description of F4/Alt+4 (in Everywhere).
keyhelp-gotopanel-3-b0a288bf = انتقال مباشر إلى { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The ? help's description of F5/Alt+5 (in Everywhere).
keyhelp-gotopanel-4-8d0b0282 = انتقال مباشر إلى { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The ? help's description of F6/Alt+6 (in Everywhere).
keyhelp-gotopanel-5-bcd1eca2 = انتقال مباشر إلى { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = تراجع
# The ? help's description of Ctrl+z/u (in Everywhere).
keyhelp-undo-0bae4e5a = التراجع عن آخر تغيير (بما في ذلك الأصوات)
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = إعادة
# The ? help's description of Ctrl+y/U (in Everywhere).
keyhelp-redo-510bd903 = إعادة ما تم التراجع عنه
# The hint line's word for T (in Everywhere).
key-theme = المظهر
# The ? help's description of T (in Everywhere).
keyhelp-cycletheme-bbb04c88 = تبديل المظهر: داكن، فاتح (لأجهزة العرض)، أحادي اللون
# The hint line's word for L (in Everywhere).
key-language = اللغة
# The ? help's description of L (in Everywhere).
keyhelp-cyclelanguage-6b5bf4b4 = تبديل لغة الواجهة: English، Kiswahili، Français، العربية، Soomaali، Русский
# The hint line's word for p (in Everywhere).
key-room-view = عرض القاعة
# The ? help's description of p (in Everywhere).
keyhelp-roomview-69602ba9 = عرض شاشة القاعة هنا: كبيرة، عناوين كاملة، لا شيء خاص (p مرة أخرى: رجوع؛ المفاتيح نفسها تعمل)
# The hint line's word for . (in Everywhere).
key-blank = إطفاء
# The ? help's description of . (in Everywhere).
keyhelp-blank-988af4a8 = إطفاء شاشة القاعة: يظهر عنوان الجلسة فقط، حتى . مرة أخرى
# The hint line's word for t (in Everywhere).
key-timer = المؤقّت
# The ? help's description of t (in Everywhere).
keyhelp-timer-58683f60 = عدّ تنازلي على شاشة القاعة: مدة جاهزة أو مكتوبة؛ ثم إيقاف مؤقت، +1 دقيقة، إيقاف
# The hint line's word for x (in Everywhere).
key-export = تصدير
# The ? help's description of x (in Everywhere).
keyhelp-export-1660b17e = كتابة الجلسة تقريرًا (Markdown و HTML) بجانب ملفها
# The hint line's word for ? (in Everywhere).
key-help = مساعدة
# The ? help's description of ? (in Everywhere).
keyhelp-help-7fe5d78c = عرض كل المفاتيح
# The hint line's word for q (in Everywhere).
key-quit = خروج
# The ? help's description of q (in Everywhere).
keyhelp-quit-41076025 = الرجوع إلى قائمة الجلسات؛ ومن القائمة: الخروج
# The ? help's description of Ctrl+c (in Everywhere).
keyhelp-forcequit-cacdab5b = الخروج من أي مكان (كل تغيير محفوظ؛ يسأل أولًا إن فشل الحفظ أو كان نموذج مفتوحًا)

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = تحريك
# The ? help's description of ↑/k (in Prepare).
keyhelp-up-3357b8a1 = تحريك لأعلى
# The hint line's word for ↓/j (in Prepare).
key-down = أسفل
# The ? help's description of ↓/j (in Prepare).
keyhelp-down-4fa38b08 = تحريك لأسفل
# The hint line's word for a (in Prepare).
key-add = إضافة
# The ? help's description of a (in Prepare).
keyhelp-add-7307a375 = إضافة فئة: الاسم، Tab، العدد، Enter
# The hint line's word for Enter/e (in Prepare).
key-edit = تعديل
# The ? help's description of Enter/e (in Prepare).
keyhelp-edit-cbbf89e9 = تعديل الفئة المختارة: الاسم والعدد
# The hint line's word for d (in Prepare).
key-delete = حذف
# The ? help's description of d (in Prepare).
keyhelp-delete-2dc20451 = حذف الفئة المختارة ونقاطها (يسأل y/n)
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = إعادة ترتيب
# The ? help's description of K/Shift+↑ (in Prepare).
keyhelp-moveup-ae49fca0 = رفع الفئة المختارة
# The ? help's description of J/Shift+↓ (in Prepare).
keyhelp-movedown-55a9c695 = خفض الفئة المختارة
# The hint line's word for s (in Prepare).
key-details = التفاصيل
# The ? help's description of s (in Prepare).
keyhelp-editdetails-d56b0e30 = تعديل العنوان، المجتمع المحلي، التاريخ، الميسّرين، النقاط لكل مشارك
# The hint line's word for n (in Prepare).
key-notes = الملاحظات
# The ? help's description of n (in Prepare).
keyhelp-editnotes-7f673673 = كتابة ملاحظات السياق وتحليل النزاع
# The hint line's word for c (in Prepare).
key-consent = الموافقة
# The ? help's description of c (in Prepare).
keyhelp-editconsent-0d4c232f = كتابة ما يوافق الحاضرون على تسجيله ومشاركته
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = تمرير الملاحظات
# The ? help's description of PgUp (in Prepare).
keyhelp-pageup-fa6730e3 = تمرير الملاحظات لأعلى
# The ? help's description of PgDn (in Prepare).
keyhelp-pagedown-e5be7876 = تمرير الملاحظات لأسفل
# The hint line's word for Home (in Prepare).
key-first = الأول
# The ? help's description of Home (in Prepare).
keyhelp-first-23dff211 = إلى الصف الأول
# The hint line's word for End (in Prepare).
key-last = الأخير
# The ? help's description of End (in Prepare).
keyhelp-last-1e774909 = إلى الصف الأخير

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The ? help's description of a (in Identify).
keyhelp-add-5515f493 = إضافة مشكلات: اكتب عنوانًا، Enter، اكتب التالي؛ Esc عند الانتهاء
# The ? help's description of Enter/e (in Identify).
keyhelp-edit-e0ca61c7 = تعديل المشكلة: الوصف، التصنيف، المكان، من طرحها، الأسباب، الآثار
# The ? help's description of d (in Identify).
keyhelp-delete-637567d5 = حذف المشكلة مع نقاطها وإجراءاتها (يسأل أولًا)
# The hint line's word for m (in Identify).
key-merge = دمج
# The ? help's description of m (in Identify).
keyhelp-merge-7402ebdb = دمج مكرر: m عليه، انتقل إلى المشكلة التي تبقى، m مرة أخرى
# The hint line's word for ! (in Identify).
key-district = المنطقة
# The ? help's description of ! (in Identify).
keyhelp-toggleescalation-92ce9efb = وضع الإشارة أو إزالتها: تحتاج إلى تحرّك على مستوى المنطقة أو الدولة (⚑)
# The ? help's description of K/Shift+↑ (in Identify).
keyhelp-moveup-55a74b1e = رفع المشكلة في القائمة
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = تحريك لأسفل
# The ? help's description of J/Shift+↓ (in Identify).
keyhelp-movedown-994084b5 = خفض المشكلة في القائمة
# The hint line's word for r (in Identify).
key-resolved = حُلّت
# The ? help's description of r (in Identify).
keyhelp-toggleresolved-d81b7ffd = وسم المشكلة بأنها حُلّت (✓) أو إعادة فتحها
# The hint line's word for PgUp (in Identify).
key-page-up = صفحة لأعلى
# The ? help's description of PgUp (in Identify).
keyhelp-pageup-fcb3002e = شاشة واحدة لأعلى
# The hint line's word for PgDn (in Identify).
key-page-down = صفحة لأسفل
# The ? help's description of PgDn (in Identify).
keyhelp-pagedown-d189d717 = شاشة واحدة لأسفل
# The hint line's word for w (in Identify).
key-where-when = أين ومتى
# The ? help's description of w (in Identify).
keyhelp-showwherewhen-d0962928 = أين ومتى يحدث انعدام الأمن: الأماكن حسب أوقات اليوم أو الأشهر، تعطيها كل فئة درجة من 0 إلى 3

## Adding problems

# A heading in the ? help.
keymap-adding-problems = إضافة المشكلات
# The hint line's word for Enter (in Adding problems).
key-add-next = إضافة، التالية
# The ? help's description of Enter (in Adding problems).
keyhelp-submit-2b279111 = إضافة المشكلة وبدء التالية (Enter على سطر فارغ ينهي)
# The ? help's description of Ctrl+z (in Adding problems).
keyhelp-undo-a662696a = إعادة السطر الذي مسحه Esc؛ وإلا التراجع عن آخر تغيير (المشكلة المضافة للتو)
# The ? help's description of Ctrl+y (in Adding problems).
keyhelp-redo-eede761d = إعادة ما تراجع عنه Ctrl+z
# The hint line's word for Esc (in Adding problems).
key-done = انتهى
# The ? help's description of Esc (in Adding problems).
keyhelp-cancel-e66f86c8 = التوقف عن الإضافة (يُمسح أولًا السطر المكتوب جزئيًا، و Ctrl+z يعيده)

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = دمج المكررات
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = دمج هنا
# The ? help's description of m/Enter (in Merging duplicates).
keyhelp-merge-e913ae72 = دمج المشكلة الموسومة (◆) في المختارة (يسأل أولًا)
# The hint line's word for Esc (in Merging duplicates).
key-cancel = إلغاء
# The ? help's description of Esc (in Merging duplicates).
keyhelp-cancel-d339344e = إيقاف الدمج

## Identify: where and when

# A heading in the ? help.
keymap-identify-where-and-when = { -step-identify }: أين ومتى
# The hint line's word for ←/h (in Identify: where and when).
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = اليسار
# The ? help's description of ←/h (in Identify: where and when).
keyhelp-cellleft-a7c95378 = الوقت السابق
# The hint line's word for →/l (in Identify: where and when).
# The hint line's word for → (in Rank: pairwise).
key-right = اليمين
# The ? help's description of →/l (in Identify: where and when).
keyhelp-cellright-bd79f5a7 = الوقت التالي
# The hint line's word for 0 (in Identify: where and when).
key-mark = درجة
# The ? help's description of 0-3 (in Identify: where and when).
keyhelp-score-0-6587f92e = درجة الخانة للفئة: 0 آمن، 1 قليلًا، 2 غير آمن، 3 خطير جدًا؛ ثم الوقت التالي
# The hint line's word for 1 (in Identify: where and when).
key-1 = 1
# The ? help's description of 1 (in Identify: where and when).
keyhelp-score-1-5c4d05a3 = الدرجة 1
# The hint line's word for 2 (in Identify: where and when).
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The ? help's description of 2 (in Identify: where and when).
keyhelp-score-2-5d4d0736 = الدرجة 2
# The hint line's word for 3 (in Identify: where and when).
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The ? help's description of 3 (in Identify: where and when).
keyhelp-score-3-5e4d08c9 = الدرجة 3
# The hint line's word for g (in Identify: where and when).
# The hint line's word for g (in Rank: dot voting).
key-group = الفئة
# The ? help's description of g (in Identify: where and when).
keyhelp-nextgroup-177ee743 = الفئة التالية التي تعطي الدرجات (شبكتها على اليسار، وشبكة جميع الحاضرين بجانبها)
# The hint line's word for G (in Identify: where and when).
# The hint line's word for G (in Rank: dot voting).
key-previous-group = الفئة السابقة
# The ? help's description of G (in Identify: where and when).
keyhelp-prevgroup-d7adf3c5 = الفئة السابقة التي تعطي الدرجات
# The hint line's word for a (in Identify: where and when).
key-place = مكان
# The ? help's description of a (in Identify: where and when).
keyhelp-add-81b719f2 = إضافة مكان باسمه كما يسمّيه الحاضرون (دون عناوين ولا إحداثيات)
# The hint line's word for m (in Identify: where and when).
key-months = الأشهر
# The ? help's description of m (in Identify: where and when).
keyhelp-toggleclock-76ba482b = أوقات اليوم، أو أشهر التقويم الموسمي
# The hint line's word for Enter/e (in Identify: where and when).
key-problems = المشكلات
# The ? help's description of Enter/e (in Identify: where and when).
keyhelp-edit-273660ea = درجة الخانة مع المشكلات التي تحدث هناك في ذلك الوقت
# The ? help's description of w (in Identify: where and when).
keyhelp-showwherewhen-8809a12c = الرجوع إلى المشكلات
# The hint line's word for Del/Backspace (in Identify: where and when).
# The hint line's word for Esc (in Rank: dot voting).
key-clear = مسح
# The ? help's description of Del/Backspace (in Identify: where and when).
keyhelp-clearscore-55096a37 = مسح درجة الفئة في الخانة
# The hint line's word for i (in Identify: where and when).
key-rename = إعادة تسمية
# The ? help's description of i (in Identify: where and when).
keyhelp-rename-0e3f516c = إعادة تسمية مكان هذا الصف
# The ? help's description of d (in Identify: where and when).
keyhelp-delete-84448d62 = حذف مكان هذا الصف مع درجاته (يسأل أولًا)

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = النقاط
# The ? help's description of 0-9 (in Rank: dot voting).
keyhelp-digit-1-09d9c7eb = اكتب نقاط الفئة النشطة على المشكلة المختارة، ثم Enter: 1 4 Enter تعني 14
# The hint line's word for +/= (in Rank: dot voting).
key-dot = نقطة
# The ? help's description of +/= (in Rank: dot voting).
keyhelp-voteplus-6712c756 = نقطة واحدة من الفئة النشطة للمشكلة المختارة
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = إزالة نقطة
# The ? help's description of - (in Rank: dot voting).
keyhelp-voteminus-23401a07 = سحب آخر نقطة للفئة النشطة على المشكلة المختارة
# The ? help's description of g (in Rank: dot voting).
keyhelp-nextgroup-61db8275 = اختيار الفئة التي تُعدّ نقاطها (g ثم رقمها؛ g Enter: التالية)
# The ? help's description of G (in Rank: dot voting).
keyhelp-prevgroup-7c2a45e2 = اختيار الفئة، بدءًا من السابقة
# The hint line's word for c (in Rank: dot voting).
key-tally = العدّ
# The ? help's description of c (in Rank: dot voting).
keyhelp-tally-f63db14a = عدّ نقاط الفئة النشطة مشكلةً مشكلة: اكتب كل رقم، و Enter للمتابعة
# The hint line's word for v (in Rank: dot voting).
key-view = العرض
# The ? help's description of v (in Rank: dot voting).
keyhelp-togglegroupview-085ed6b3 = عرض ترتيب الفئة النشطة وحدها، أو ترتيب جميع الحاضرين
# The hint line's word for s (in Rank: dot voting).
key-shortlist = القائمة المختصرة
# The ? help's description of s (in Rank: dot voting).
keyhelp-shortlisttop-364a5c13 = وسم أول N في ترتيب الحاضرين قائمةً مختصرة للتخطيط (يسأل إن قطع N تعادلًا)
# The hint line's word for Space (in Rank: dot voting).
key-pick = اختيار
# The ? help's description of Space (in Rank: dot voting).
keyhelp-toggleshortlist-d1b79639 = وضع المشكلة المختارة في القائمة المختصرة أو إخراجها يدويًا
# The hint line's word for ]/> (in Rank: dot voting).
key-size = الحجم
# The ? help's description of ]/> (in Rank: dot voting).
keyhelp-shortlistmore-9da186ac = زيادة أول N في القائمة المختصرة واحدًا
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = أصغر
# The ? help's description of [/< (in Rank: dot voting).
keyhelp-shortlistfewer-b06336ea = إنقاص أول N في القائمة المختصرة واحدًا
# The hint line's word for h (in Rank: dot voting).
key-blind = سري
# The ? help's description of h (in Rank: dot voting).
keyhelp-toggleblind-b27d64c0 = تصويت سري: تخفي شاشة القاعة المجاميع (وتعرض النقاط التي وضعتها كل فئة) حتى يكشفها h
# The hint line's word for o (in Rank: dot voting).
key-order = الترتيب
# The ? help's description of o (in Rank: dot voting).
keyhelp-toggleorder-cc871e6c = الفرز حسب النقاط، أو عرض المشكلات بترتيب طرحها
# The hint line's word for b (in Rank: dot voting).
key-break-tie = كسر التعادل
# The ? help's description of b (in Rank: dot voting).
keyhelp-breaktie-7add5b5a = كسر تعادل يقطعه حد القائمة المختصرة: جولة إعادة، مواجهة مباشرة، أو قرار
# The hint line's word for r (in Rank: dot voting).
key-results = النتائج
# The ? help's description of r (in Rank: dot voting).
keyhelp-showresults-4ae20450 = النتائج: الترتيب الإجمالي، الرسم البياني ومراتب كل فئة جنبًا إلى جنب (r مرة أخرى: رجوع)
# The hint line's word for M (in Rank: dot voting).
key-method = الطريقة
# The ? help's description of M (in Rank: dot voting).
keyhelp-nextmethod-bcd7a814 = تبديل طريقة الترتيب: التصويت بالنقاط ← المقارنة الزوجية ← المعايير (لا يضيع شيء مسجَّل)
# The hint line's word for Enter (in Rank: dot voting).
key-set = تعيين
# The ? help's description of Enter (in Rank: dot voting).
keyhelp-submit-9f8f02de = جعل نقاط الفئة النشطة على المشكلة المختارة مساوية للرقم المكتوب
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = مسح رقم
# The ? help's description of Backspace (in Rank: dot voting).
keyhelp-erasedigit-799f8663 = مسح آخر رقم مكتوب
# The ? help's description of Esc (in Rank: dot voting).
keyhelp-cancel-d1535165 = مسح الأرقام المكتوبة
# The hint line's word for 0 (in Rank: dot voting).
key-digit = رقم
# The ? help's description of 0 (in Rank: dot voting).
keyhelp-digit-0-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 2 (in Rank: dot voting).
keyhelp-digit-2-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 3 (in Rank: dot voting).
keyhelp-digit-3-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 4 (in Rank: dot voting).
keyhelp-digit-4-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 5 (in Rank: dot voting).
keyhelp-digit-5-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 6 (in Rank: dot voting).
keyhelp-digit-6-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 7 (in Rank: dot voting).
keyhelp-digit-7-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 8 (in Rank: dot voting).
keyhelp-digit-8-8b0d9a0f = رقم من أرقام النقاط
# The ? help's description of 9 (in Rank: dot voting).
keyhelp-digit-9-8b0d9a0f = رقم من أرقام النقاط
# The hint line's word for S (in Rank: dot voting).
key-score-card = بطاقة الأداء
# The ? help's description of S (in Rank: dot voting).
keyhelp-showscorecard-781baf9e = بطاقة الأداء: تقيّم كل فئة ومقدّم الخدمة الخدمةَ، جنبًا إلى جنب مع الفجوات

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: عدّ نقاط فئة
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = تسجيل، التالية
# The ? help's description of Enter (in Rank: a group's tally).
keyhelp-submit-efa7e75f = تسجيل الرقم المكتوب (إن لم يُكتب شيء: يبقى كما هو) والانتقال إلى المشكلة التالية
# The ? help's description of Esc (in Rank: a group's tally).
keyhelp-cancel-08085b04 = مسح الأرقام المكتوبة؛ وإن لم توجد، إنهاء العدّ

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: أكثر من النقاط المخصّصة؟
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = تسجيل على أي حال
# The ? help's description of y (in Rank: over the dot budget?).
keyhelp-yes-a23fb20c = تسجيل العدّ رغم تجاوز الفئة نقاطها المخصّصة
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = لا
# The ? help's description of n/Esc (in Rank: over the dot budget?).
keyhelp-no-f6d391e8 = ترك العدد كما كان

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The ? help's description of ← (in Rank: pairwise).
keyhelp-pickleft-08361269 = المشكلة اليسرى أهم
# The ? help's description of → (in Rank: pairwise).
keyhelp-pickright-f8a16b2c = المشكلة اليمنى أهم
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = متساويتان
# The ? help's description of =/↓ (in Rank: pairwise).
keyhelp-picktie-40580bc1 = الاثنتان بالأهمية نفسها (تعادل: نصف فوز لكل منهما)
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = لماذا
# The ? help's description of Enter/e (in Rank: pairwise).
keyhelp-edit-a6a8f94f = كتابة سبب قرار الحاضرين (قبل الاختيار أو بعده)
# The ? help's description of Space (in Rank: pairwise).
keyhelp-nextundecided-b0f39b86 = الزوج التالي الذي لم يُحسم بعد
# The hint line's word for g (in Rank: pairwise).
key-who-decides = من يقرر
# The ? help's description of g (in Rank: pairwise).
keyhelp-nextgroup-5741edd1 = اختيار من يقرر: جميع الحاضرين (0) أو فئة واحدة (رقمها)
# The ? help's description of G (in Rank: pairwise).
keyhelp-prevgroup-517f40f9 = اختيار من يقرر، بدءًا من السابق
# The hint line's word for m (in Rank: pairwise).
key-matrix = المصفوفة
# The ? help's description of m (in Rank: pairwise).
keyhelp-showmatrix-213823ec = مصفوفة كل الأزواج، كما على ورق اللوح القلاب
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = الأزواج
# The ? help's description of ]/PgDn (in Rank: pairwise).
keyhelp-nextpair-058a968c = الزوج التالي
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = الزوج السابق
# The ? help's description of [/PgUp (in Rank: pairwise).
keyhelp-prevpair-d924654c = الزوج السابق
# The ? help's description of Backspace/Del (in Rank: pairwise).
keyhelp-clearpick-c86e38dc = إلغاء القرار في هذا الزوج
# The hint line's word for a (in Rank: pairwise).
key-scope = النطاق
# The ? help's description of a (in Rank: pairwise).
keyhelp-togglepairscope-fd0b496c = مقارنة القائمة المختصرة، أو كل المشكلات

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: كتابة السبب
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = حفظ
# The ? help's description of Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
keyhelp-submit-3860aca3 = حفظ السبب (مع الاختيار، إن لم يكن بعد)
# The ? help's description of Esc (in Rank: writing why).
keyhelp-cancel-3744c351 = ترك السبب كما كان

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: مصفوفة المقارنة الزوجية
# The ? help's description of ←/h (in Rank: pairwise matrix).
keyhelp-cellleft-0e9899c8 = عمود واحد يسارًا
# The ? help's description of →/l (in Rank: pairwise matrix).
keyhelp-cellright-70bb505d = عمود واحد يمينًا
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = فتح الزوج
# The ? help's description of Enter (in Rank: pairwise matrix).
keyhelp-edit-0de71db6 = عرض هذا الزوج بحجم كبير، لحسمه أو تغييره
# The ? help's description of m/Esc (in Rank: pairwise matrix).
keyhelp-showmatrix-973f2964 = الرجوع إلى الزوج

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The ? help's description of ←/h (in Rank: criteria scoring).
keyhelp-cellleft-356fa3df = المعيار السابق
# The ? help's description of →/l (in Rank: criteria scoring).
keyhelp-cellright-2f517b1f = المعيار التالي
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = الدرجة
# The ? help's description of 1 (in Rank: criteria scoring).
keyhelp-score-1-936ceecd = الدرجة 1 (منخفضة) … 5 (مرتفعة)، ثم المعيار التالي
# The ? help's description of 2 (in Rank: criteria scoring).
keyhelp-score-2-cde27fe7 = الدرجة 2
# The ? help's description of 3 (in Rank: criteria scoring).
keyhelp-score-3-cce27e54 = الدرجة 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The ? help's description of 4 (in Rank: criteria scoring).
keyhelp-score-4-cbe27cc1 = الدرجة 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The ? help's description of 5 (in Rank: criteria scoring).
keyhelp-score-5-cae27b2e = الدرجة 5
# The ? help's description of 0/Backspace/Del (in Rank: criteria scoring).
keyhelp-clearscore-7ad545ad = مسح درجة الخانة
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = معيار
# The ? help's description of a (in Rank: criteria scoring).
keyhelp-add-29033117 = إضافة معيار (اسم ووزن)
# The ? help's description of Enter/e (in Rank: criteria scoring).
keyhelp-edit-3f476b1d = إعادة تسمية معيار هذا العمود، أو تغيير وزنه
# The ? help's description of d (in Rank: criteria scoring).
keyhelp-delete-23ea14b9 = حذف معيار هذا العمود مع درجاته (يسأل أولًا)

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: النتائج
# The hint line's word for g (in Rank: results).
key-look-at = عرض
# The ? help's description of g (in Rank: results).
keyhelp-nextgroup-6418d2d2 = عرض ترتيب فئة واحدة، أو ترتيب جميع الحاضرين (من يقرر لا يتغير)
# The ? help's description of G (in Rank: results).
keyhelp-prevgroup-4311673d = عرض ترتيب فئة، بدءًا من السابقة
# The ? help's description of s (in Rank: results).
keyhelp-shortlisttop-702b9521 = وسم أول N في ترتيب الحاضرين قائمةً مختصرة (التعادل المكسور يُحتسب)
# The ? help's description of r/Esc (in Rank: results).
keyhelp-showresults-fad256c8 = الرجوع إلى التسجيل

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: كسر التعادل
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = اختيار
# The ? help's description of 1 (in Rank: breaking a tie).
keyhelp-choose-0-c24641cf = جولة إعادة بالنقاط بين المشكلات المتعادلة وحدها
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = المواجهة المباشرة
# The ? help's description of 2 (in Rank: breaking a tie).
keyhelp-choose-1-f99215a6 = نتيجة المقارنة الزوجية المباشرة بينها
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = قرار
# The ? help's description of 3 (in Rank: breaking a tie).
keyhelp-choose-2-2f3d8f4d = الميسّر يقرر الترتيب، مع ذكر السبب
# The ? help's description of Enter (in Rank: breaking a tie).
keyhelp-submit-85a1758a = كسر التعادل بالطريقة التي عليها المؤشر
# The ? help's description of Esc (in Rank: breaking a tie).
keyhelp-cancel-7cc204ae = رجوع، مع ترك التعادل كما هو

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The ? help's description of + (in Rank: run-off vote).
keyhelp-voteplus-14aa0bdd = نقطة إعادة واحدة من الفئة النشطة للمشكلة المختارة
# The ? help's description of - (in Rank: run-off vote).
keyhelp-voteminus-f705cb76 = سحب آخر نقطة إعادة للفئة النشطة على المشكلة المختارة
# The ? help's description of g (in Rank: run-off vote).
keyhelp-nextgroup-1648aacc = اختيار الفئة التي تُعدّ نقاط إعادتها (g ثم رقمها)
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = تأكيد
# The ? help's description of Enter (in Rank: run-off vote).
keyhelp-submit-3d8bd061 = تأكيد الترتيب الذي أعطته جولة الإعادة وتسجيل كسر التعادل
# The hint line's word for d (in Rank: run-off vote).
key-drop = إسقاط
# The ? help's description of d (in Rank: run-off vote).
keyhelp-delete-5f731119 = إسقاط جولة الإعادة هذه ونقاطها (يسأل أولًا)
# The ? help's description of Esc (in Rank: run-off vote).
keyhelp-cancel-ea866136 = الرجوع إلى الطرق الثلاث (تبقى نقاط جولة الإعادة مسجّلة)

## Rank: score card

# A heading in the ? help.
keymap-rank-score-card = { -step-rank }: بطاقة الأداء
# The ? help's description of ←/h (in Rank: score card).
keyhelp-cellleft-34f1cbfa = الفئة (أو مقدّم الخدمة) على اليسار
# The ? help's description of →/l (in Rank: score card).
keyhelp-cellright-eaa97cc7 = الفئة (أو مقدّم الخدمة) على اليمين
# The ? help's description of 0-9 (in Rank: score card).
keyhelp-digit-1-ddc7f364 = اكتب درجة الخانة، ثم Enter: 6 5 Enter تسجّل 65 وتنزل
# The ? help's description of 0 (in Rank: score card).
keyhelp-digit-0-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 2 (in Rank: score card).
keyhelp-digit-2-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 3 (in Rank: score card).
keyhelp-digit-3-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 4 (in Rank: score card).
keyhelp-digit-4-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 5 (in Rank: score card).
keyhelp-digit-5-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 6 (in Rank: score card).
keyhelp-digit-6-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 7 (in Rank: score card).
keyhelp-digit-7-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 8 (in Rank: score card).
keyhelp-digit-8-9224c087 = رقم من أرقام الدرجة
# The ? help's description of 9 (in Rank: score card).
keyhelp-digit-9-9224c087 = رقم من أرقام الدرجة
# The hint line's word for Enter (in Rank: score card).
key-record = تسجيل
# The ? help's description of Enter (in Rank: score card).
keyhelp-submit-21151204 = تسجيل الدرجة المكتوبة والنزول؛ إن لم يُكتب شيء: الدرجة وسببها في نموذج
# The hint line's word for P (in Rank: score card).
key-plan-action = تخطيط إجراء
# The ? help's description of P (in Rank: score card).
keyhelp-plangap-9bfdd875 = تخطيط إجراء في { -step-plan } لفجوة هذا المؤشر (مرتبط به)
# The hint line's word for e (in Rank: score card).
key-reason = السبب
# The ? help's description of e (in Rank: score card).
keyhelp-edit-1c8eeb80 = درجة الخانة والسبب الذي تذكره الفئة
# The ? help's description of Del (in Rank: score card).
keyhelp-clearscore-00fe3624 = مسح درجة الخانة (u يعيدها)
# The hint line's word for a (in Rank: score card).
key-indicator = مؤشر
# The ? help's description of a (in Rank: score card).
keyhelp-add-fbb53d1e = إضافة مؤشر بكلمات الحاضرين
# The hint line's word for o (in Rank: score card).
key-provider = مقدّم الخدمة
# The ? help's description of o (in Rank: score card).
keyhelp-editdetails-b5622a00 = من يُقيَّم ويقيّم نفسه (مركز الشرطة، مكتب الشيخ)، والمقياس
# The hint line's word for I (in Rank: score card).
key-starter-set = مجموعة أولية
# The ? help's description of I (in Rank: score card).
keyhelp-starterset-81589d68 = إضافة المؤشرات المقترحة لخدمات الشرطة (الاستجابة، الاحترام، الإنصاف…)
# The ? help's description of i (in Rank: score card).
keyhelp-rename-4828f3e9 = إعادة صياغة مؤشر هذا الصف
# The ? help's description of d (in Rank: score card).
keyhelp-delete-c6889e87 = حذف مؤشر هذا الصف مع درجاته (يسأل أولًا)
# The hint line's word for Esc (in Rank: score card).
key-clear-digits = مسح الأرقام

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: اختيار فئة
# The ? help's description of 0-9 (in Rank: choosing a group).
keyhelp-choose-1-da217707 = اختيار الفئة بهذا الرقم (0: جميع الحاضرين، حيث يمكنهم القرار)
# The ? help's description of 2 (in Rank: choosing a group).
keyhelp-choose-2-72e3db42 = الفئة 2
# The ? help's description of 3 (in Rank: choosing a group).
keyhelp-choose-3-73e3dcd5 = الفئة 3
# The ? help's description of 4 (in Rank: choosing a group).
keyhelp-choose-4-6ce3d1d0 = الفئة 4
# The ? help's description of 5 (in Rank: choosing a group).
keyhelp-choose-5-6de3d363 = الفئة 5
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The ? help's description of 6 (in Rank: choosing a group).
keyhelp-choose-6-6ee3d4f6 = الفئة 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The ? help's description of 7 (in Rank: choosing a group).
keyhelp-choose-7-6fe3d689 = الفئة 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The ? help's description of 8 (in Rank: choosing a group).
keyhelp-choose-8-78e3e4b4 = الفئة 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The ? help's description of 9 (in Rank: choosing a group).
keyhelp-choose-9-79e3e647 = الفئة 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = القاعة
# The ? help's description of 0 (in Rank: choosing a group).
keyhelp-choose-0-e5f5f8fa = جميع الحاضرين
# The ? help's description of g (in Rank: choosing a group).
keyhelp-down-c1be59d5 = التالي
# The hint line's word for G (in Rank: choosing a group).
key-previous = السابق
# The ? help's description of G (in Rank: choosing a group).
keyhelp-up-9b332a83 = السابق
# The ? help's description of Enter (in Rank: choosing a group).
keyhelp-submit-326d97d8 = اختيار ما عليه المؤشر
# The ? help's description of Esc (in Rank: choosing a group).
keyhelp-cancel-4b0e2d40 = إبقاء الفئة كما كانت

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: تعادل عند حد القائمة المختصرة
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = اكسره الآن
# The ? help's description of b (in Rank: a tie at the shortlist boundary).
keyhelp-breaktie-556ba8f9 = كسر التعادل الآن: جولة إعادة، مواجهة مباشرة أو قرار
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = ضمّ كل المتعادلة
# The ? help's description of a (in Rank: a tie at the shortlist boundary).
keyhelp-includetied-1c5011a9 = ضمّ كل المشكلات المتعادلة إلى القائمة المختصرة (تطول بقدر التعادل)
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = اتركه
# The ? help's description of Esc/n (in Rank: a tie at the shortlist boundary).
keyhelp-cancel-9d275104 = ترك القائمة المختصرة كما هي

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The ? help's description of a (in Plan).
keyhelp-add-0c28c149 = إضافة إجراء للمشكلة التي عليها المؤشر
# The ? help's description of Enter/e (in Plan).
keyhelp-edit-99cae40c = تعديل الإجراء المختار (على مشكلة: إضافة إجراء لها)
# The hint line's word for v (in Plan).
key-show-all = عرض الكل
# The ? help's description of v (in Plan).
keyhelp-toggleallproblems-f87bdc45 = عرض كل المشكلات، أو القائمة المختصرة فقط (والمشكلات التي لها إجراءات)
# The ? help's description of d (in Plan).
keyhelp-delete-1d8dec53 = حذف الإجراء المختار (يسأل أولًا)

## In a form

# A heading in the ? help.
keymap-in-a-form = في نموذج
# The hint line's word for Tab (in In a form).
key-next-field = الحقل التالي
# The ? help's description of Tab (in In a form).
keyhelp-focusnext-4657e254 = الحقل التالي
# The ? help's description of Shift+Tab (in In a form).
keyhelp-focusprev-8e853514 = الحقل السابق
# The ? help's description of Enter/Ctrl+s (in In a form).
keyhelp-submit-efc314e7 = حفظ النموذج من أي حقل (و Ctrl+s أيضًا)
# The ? help's description of Esc (in In a form).
keyhelp-cancel-de80c72c = إلغاء (يسأل أولًا إن كُتب شيء)
# The ? help's description of ↑ (in In a form).
keyhelp-focusprev-d92fbdad = الحقل السابق (في حقل متعدد الأسطر: من سطره الأول)
# The ? help's description of ↓ (in In a form).
keyhelp-focusnext-b94b90bf = الحقل التالي (في حقل متعدد الأسطر: من سطره الأخير)

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = الحالة
# The ? help's description of s (in Monitor).
keyhelp-nextstatus-7afba1cb = الحالة التالية: مخطَّط ← قيد التنفيذ ← منجَز ← متعثّر ← ملغى (الإلغاء يسأل أولًا)
# The ? help's description of 1 (in Monitor).
keyhelp-setstatus-0-b27875e7 = وسم: مخطَّط (من 1 إلى 5 تعيّن الحالة مباشرة)
# The hint line's word for 2 (in Monitor).
key-in-progress = قيد التنفيذ
# The ? help's description of 2 (in Monitor).
keyhelp-setstatus-1-529599fe = وسم: قيد التنفيذ
# The ? help's description of 3 (in Monitor).
keyhelp-setstatus-2-ab6e5fb0 = وسم: منجَز
# The hint line's word for 4 (in Monitor).
key-stalled = متعثّر
# The ? help's description of 4 (in Monitor).
keyhelp-setstatus-3-150fd113 = وسم: متعثّر
# The hint line's word for 5 (in Monitor).
key-dropped = ملغى
# The ? help's description of 5 (in Monitor).
keyhelp-setstatus-4-eab43245 = وسم: ملغى (يسأل أولًا)
# The hint line's word for n (in Monitor).
key-note = ملاحظة
# The ? help's description of n (in Monitor).
keyhelp-addnote-fddcf145 = إضافة ملاحظة متابعة مؤرخة للإجراء المختار
# The ? help's description of Enter/e (in Monitor).
keyhelp-edit-18dd167b = تعديل الإجراء المختار (التواريخ، من، …)
# The hint line's word for f (in Monitor).
key-follow-up = متابعة الرفع
# The ? help's description of f (in Monitor).
keyhelp-showledger-ded7e564 = سجل المتابعة: المشكلات المرفوعة، إلى من، ومتى، وكل رد منذ ذلك

## Monitor: follow-up of escalations

# A heading in the ? help.
keymap-monitor-follow-up-of-escalations = { -step-monitor }: متابعة المشكلات المرفوعة
# The hint line's word for n (in Monitor: follow-up of escalations).
key-reply = رد
# The ? help's description of n (in Monitor: follow-up of escalations).
keyhelp-addnote-5f122a10 = تسجيل ما عاد، مؤرخًا: لا رد، رد، إجراء اتُّخذ، أو انتهى
# The hint line's word for a (in Monitor: follow-up of escalations).
key-escalate = رفع
# The ? help's description of a (in Monitor: follow-up of escalations).
keyhelp-add-4591f4a2 = تسجيل أن مشكلة رُفعت إلى جهة خارج المجتمع المحلي، ومتى
# The ? help's description of Enter/e (in Monitor: follow-up of escalations).
keyhelp-edit-0b3d334e = تعديل الجهة التي رُفعت إليها المشكلة المختارة ومتى
# The hint line's word for f (in Monitor: follow-up of escalations).
key-actions = الإجراءات
# The ? help's description of f (in Monitor: follow-up of escalations).
keyhelp-showledger-eedec6eb = الرجوع إلى الإجراءات
# The ? help's description of d (in Monitor: follow-up of escalations).
keyhelp-delete-19a90cea = حذف الرفع المختار مع ردوده (يسأل أولًا)

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The ? help's description of ←/h (in Learn).
keyhelp-focusprev-7cf09bb2 = المربع الأيسر (السابق حين تكون المربعات فوق بعضها)
# The ? help's description of →/l (in Learn).
keyhelp-focusnext-b0e98307 = المربع الأيمن (التالي حين تكون المربعات فوق بعضها)
# The ? help's description of Enter/e (in Learn).
keyhelp-edit-13c1660c = الكتابة في المربع المختار (Enter يحفظ؛ Alt+Enter يبدأ سطرًا جديدًا)
# The hint line's word for N (in Learn).
key-next-cycle = الدورة التالية
# The ? help's description of N (in Learn).
keyhelp-nextcycle-48a50a20 = بدء الدورة التالية: جلسة جديدة بهذه الفئات والمشكلات غير المحلولة والإجراءات المفتوحة
# The hint line's word for PgUp (in Learn).
key-scroll = تمرير
# The ? help's description of PgUp (in Learn).
keyhelp-pageup-6690990a = تمرير المربع المختار لأعلى
# The hint line's word for PgDn (in Learn).
key-scroll-down = تمرير لأسفل
# The ? help's description of PgDn (in Learn).
keyhelp-pagedown-88523f6b = تمرير المربع المختار لأسفل
# The ? help's description of Home (in Learn).
keyhelp-first-3c423d12 = المربع الأول (ما نجح)
# The ? help's description of End (in Learn).
keyhelp-last-5dc800c7 = المربع الأخير (التحسينات)

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = في حقل متعدد الأسطر
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = سطر جديد
# The ? help's description of Alt+Enter/Ctrl+j (in In a multi-line field).
keyhelp-fieldkey-cc6c9f38 = بدء سطر جديد (Alt+Enter، أو Ctrl+j)

## On a choice

# A heading in the ? help.
keymap-on-a-choice = على خيار
# The ? help's description of ←→ (in On a choice).
keyhelp-fieldkey-27d114c6 = اختيار خيار آخر (و Space أيضًا؛ في نعم/لا، Space يبدّل)

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = على قائمة اختيارات
# The ? help's description of ←→ (in On a list of ticks).
keyhelp-fieldkey-51d91892 = التنقل بين الخيارات
# The hint line's word for Space (in On a list of ticks).
key-tick = تأشير
# The ? help's description of Space (in On a list of ticks).
keyhelp-fieldkey-d20f2699 = تأشير أو إلغاء التأشير

## Discard?

# A heading in the ? help.
keymap-discard = تجاهل المكتوب؟
# The hint line's word for y (in Discard?).
key-discard = تجاهل
# The ? help's description of y (in Discard?).
keyhelp-yes-76cc5fd2 = تجاهل ما كُتب
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = متابعة التعديل
# The ? help's description of n/Esc (in Discard?).
keyhelp-no-971c0e2a = الرجوع إلى النموذج

## Confirm

# A heading in the ? help.
keymap-confirm = تأكيد
# The hint line's word for y (in Confirm).
key-yes = نعم
# The ? help's description of y (in Confirm).
keyhelp-yes-c5923342 = نعم، نفّذ
# The ? help's description of n/Esc (in Confirm).
keyhelp-no-d259d5e2 = لا، اتركه

## Timer

# A heading in the ? help.
keymap-timer = المؤقّت
# The hint line's word for Enter (in Timer).
key-start = بدء
# The ? help's description of Enter (in Timer).
keyhelp-submit-da7e11a2 = تشغيل المدة التي عليها المؤشر، أو المدة المكتوبة
# The ? help's description of Esc (in Timer).
keyhelp-cancel-2e77beb5 = إغلاق دون مؤقّت

## Timer running

# A heading in the ? help.
keymap-timer-running = المؤقّت يعمل
# The hint line's word for Space (in Timer running).
key-pause = إيقاف مؤقت
# The ? help's description of Space (in Timer running).
keyhelp-pausetimer-f0b9f89e = إيقاف المؤقّت مؤقتًا، أو استئنافه
# The hint line's word for +/= (in Timer running).
key-1-min = +1 دقيقة
# The ? help's description of +/= (in Timer running).
keyhelp-extendtimer-19603a90 = دقيقة إضافية
# The hint line's word for s (in Timer running).
key-stop = إيقاف
# The ? help's description of s (in Timer running).
keyhelp-stoptimer-a861eccf = إيقاف المؤقّت وإزالته من شاشة القاعة
# The hint line's word for Esc/t (in Timer running).
key-close = إغلاق
# The ? help's description of Esc/t (in Timer running).
keyhelp-cancel-8f788ee8 = إغلاق هذا المربع؛ المؤقّت يستمر

## Session list

# A heading in the ? help.
keymap-session-list = قائمة الجلسات
# The hint line's word for Enter (in Session list).
key-open = فتح
# The ? help's description of Enter (in Session list).
keyhelp-open-a6cd6cfe = فتح الجلسة للعمل عليها
# The hint line's word for n (in Session list).
key-new = جديدة
# The ? help's description of n (in Session list).
keyhelp-new-6394b752 = بدء جلسة جديدة
# The hint line's word for r (in Session list).
key-read-only = للقراءة فقط
# The ? help's description of r (in Session list).
keyhelp-readonly-ebd0fdff = فتح الجلسة للقراءة فقط (للمراجعة؛ لا يمكن تغيير شيء)
# The hint line's word for / (in Session list).
key-filter = تصفية
# The ? help's description of / (in Session list).
keyhelp-filter-3fde4cc9 = التصفية بأي نص: العنوان، المجتمع المحلي، الميسّر، المشكلة
# The hint line's word for o (in Session list).
key-sort = فرز
# The ? help's description of o (in Session list).
keyhelp-sort-883ef414 = الفرز حسب التاريخ أو العنوان أو المجتمع المحلي أو الخطوة
# The ? help's description of N (in Session list).
keyhelp-nextcycle-65de5c6c = بدء الدورة التالية للجلسة المختارة
# The hint line's word for c (in Session list).
key-compare = مقارنة
# The ? help's description of c (in Session list).
keyhelp-compare-d64e19fd = المقارنة بالدورة السابقة: كيف تغيّرت الأولويات
# The hint line's word for p (in Session list).
key-room-s-screen = شاشة القاعة
# The ? help's description of p (in Session list).
keyhelp-present-a97c349b = جعل هذه النافذة شاشة القاعة للجلسة (لجهاز العرض): تتبع نافذة الميسّر، للقراءة فقط
# The hint line's word for x (in Session list).
key-report = تقرير
# The ? help's description of x (in Session list).
keyhelp-export-7b5f4973 = كتابة تقرير الجلسة المختارة (Markdown و HTML) بجانبها
# The hint line's word for e (in Session list).
key-examples = أمثلة
# The ? help's description of e (in Session list).
keyhelp-examples-a0d320f0 = جلسات الأمثلة المدمجة في baraza: شاهد ورشة كاملة، للقراءة فقط
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = تحديث
# The ? help's description of F5/Ctrl+r (in Session list).
keyhelp-refresh-460fd697 = إعادة قراءة المجلد: جلسات أضافها برنامج آخر أو نُسخت إليه
# The ? help's description of q (in Session list).
keyhelp-quit-b46de75f = الخروج من baraza
# The ? help's description of Ctrl+c (in Session list).
keyhelp-forcequit-27314313 = الخروج من baraza، حتى من نموذج أو من التصفية

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = تصفية القائمة
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = إبقاء التصفية
# The ? help's description of Enter/↓ (in Filtering the list).
keyhelp-submit-f1f0bf6f = إبقاء التصفية والتنقل في القائمة
# The ? help's description of Esc (in Filtering the list).
keyhelp-cancel-207838d1 = مسح التصفية

## Example sessions

# A heading in the ? help.
keymap-example-sessions = جلسات الأمثلة
# The hint line's word for Enter/r (in Example sessions).
key-look = عرض
# The ? help's description of Enter/r (in Example sessions).
keyhelp-readonly-3a56aab4 = فتح المثال للقراءة فقط: كل اللوحات، لا يمكن تغيير شيء أو حفظه
# The ? help's description of n (in Example sessions).
keyhelp-new-60e4a596 = بدء جلسة خاصة بك
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = جلساتك
# The ? help's description of e/Esc (in Example sessions).
keyhelp-examples-5cf2029d = الرجوع إلى الجلسات في المجلد

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = مقارنة الدورات
# The ? help's description of g (in Comparing cycles).
keyhelp-nextgroup-6eec0074 = عرض مراتب فئة واحدة (يتنقل بين الفئات، ثم جميع الحاضرين)
# The ? help's description of G (in Comparing cycles).
keyhelp-prevgroup-5125d67b = الفئة السابقة
# The ? help's description of S (in Comparing cycles).
keyhelp-showscorecard-ceca693e = كيف تغيّرت بطاقة الأداء: درجة المجتمع والتقييم الذاتي والفجوة لكل مؤشر (S مرة أخرى: المراتب)
# The ? help's description of Esc/q (in Comparing cycles).
keyhelp-quit-0aa177cc = الرجوع إلى قائمة الجلسات
# The ? help's description of Ctrl+c (in Comparing cycles).
keyhelp-forcequit-b46de75f = الخروج من baraza

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = شاشة القاعة
# The ? help's description of q (in Room's screen).
keyhelp-quit-d0f78148 = إغلاق شاشة القاعة (الجلسة لا تُمس)

## Help

# A heading in the ? help.
keymap-help = المساعدة
# The ? help's description of ↑/k (in Help).
keyhelp-up-c3bb7449 = تمرير لأعلى
# The ? help's description of ↓/j (in Help).
keyhelp-down-bd81c830 = تمرير لأسفل
# The hint line's word for Home (in Help).
key-top = الأعلى
# The ? help's description of Home (in Help).
keyhelp-first-c03b1b55 = إلى الأعلى: المفاتيح التي تعمل في كل مكان
# The hint line's word for End (in Help).
key-bottom = الأسفل
# The ? help's description of End (in Help).
keyhelp-last-9a8b7f02 = إلى الأسفل
# The hint line's word for R (in Help).
key-right-to-left = من اليمين إلى اليسار
# The ? help's description of R (in Help).
keyhelp-cyclertl-ac2b4b46 = النص من اليمين إلى اليسار: auto، on (يعيد baraza الترتيب)، off (الطرفية تفعل ذلك)؛ سطر الاختبار في الأسفل يبيّن الصحيح
# The ? help's description of Esc (in Help).
keyhelp-cancel-a72b1b14 = إغلاق (وكذلك أي مفتاح آخر)
# The ? help's description of Ctrl+c (in Help).
keyhelp-forcequit-47878736 = خروج
