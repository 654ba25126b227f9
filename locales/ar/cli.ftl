### baraza — العربية: سطر الأوامر.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## baraza export

# --table given without --format csv (keep the option names as they are).
cli-export-table-not-csv = الخيار --table لملفات CSV فقط؛ أضف --format csv أو احذف --table
# -o - with CSV and no --table.
cli-export-csv-stdout = ملفات CSV ملف لكل جدول: اختر جدولًا بـ --table (مثلًا --table problems) لكتابته على المخرج القياسي
# $path: the session file, in the programme view.
cli-export-in-view = { $path }: نسخة في عرض البرنامج، وهو للقراءة فقط؛ اكتب التقرير في مكان آخر بـ -o FILE أو -o FOLDER
# A note after writing a report of a file from outside the folder.
cli-export-not-own = ملاحظة: الجلسة ليست في مجلد الجلسات على هذا الحاسوب؛ تُركت كما هي، ولا يُسجَّل هذا التصدير في سجل تصديرها
# $error: why the export log could not be written (the store's words).
cli-export-not-logged = كُتب التقرير، لكنه لم يُسجَّل في سجل تصدير الجلسة: { $error }

## baraza new

# No terminal to open the new session in.
cli-new-not-opened = حُفظت الجلسة؛ ولم تُفتح لعدم وجود طرفية هنا (افتحها لاحقًا بـ `baraza open`)

## file name in every language: scripts look for it)

# $file: the file; $sealed: the mark below, or nothing.
cli-check-ok = { $file }: ok{ $sealed }
# An old file. $version: its format version.
cli-check-ok-old = { $file }: ok{ $sealed } (إصدار الملف { $version }، يُحدَّث عند الحفظ التالي)
# After "ok" for an encrypted file.
cli-check-encrypted-mark = ، مشفّر
cli-check-not-checked = { $file }: مشفّر، لم يُفحص
cli-check-cue = { $file }: ok (موضع نافذة الميسّر، لشاشة القاعة؛ ليس جلسة)
cli-check-no-file = { $file }: لا يوجد ملف بهذا الاسم

## such as "Usage" and "Options", stay English)

# The program, in one sentence, at the top of `baraza --help`.
cli-help-about = يقود baraza ورشة عمل للأمن المجتمعي، لوحةً لوحة — التحضير، وتحديد المشكلات، وترتيبها، وتخطيط الإجراءات، والمتابعة، والتعلّم — ويحفظ كل جلسة في ملف RON.
cli-help-no-command = بلا أمر، يفتح قائمة الجلسات.
# The options every command takes.
cli-help-dir = مجلد ملفات الجلسات [الافتراضي: مجلد بيانات النظام، وفي Linux ~/.local/share/baraza/sessions]
cli-help-lang = لغة الشاشات والرسائل: en، sw، fr، ar، so، ru [الافتراضي: لغة الإعدادات، وإلا LC_ALL/LC_MESSAGES/LANG، وإلا en]. في `export`: لغة التقرير [الافتراضي: لغة القاعة في الجلسة]
# Each command, in one line (the list under "Commands").
cli-help-new = إنشاء جلسة، وطباعة مسارها وفتحها
cli-help-open = فتح جلسة بالمسار أو اسم الملف أو الـ slug أو المعرّف
cli-help-present = عرض شاشة القاعة لجلسة على جهاز العرض: تتبع نافذة الميسّر مباشرة وهي للقراءة فقط (دون قفل)
cli-help-list = سرد الجلسات في المجلد، الأحدث أولًا
cli-help-check = فحص ملفات الجلسات؛ يطبع `ok` أو الخطأ مع السطر والعمود
cli-help-export = كتابة جلسة تقريرًا: Markdown، أو جداول CSV، أو صفحة HTML واحدة
cli-help-rollup = تجميع كل جلسات المجلد: المشكلات المتكررة، إنجاز الإجراءات، الإجراءات المتأخرة، المشكلات التي تحتاج إلى تحرّك على مستوى المنطقة أو الدولة
cli-help-retention = حذف النص الحر الأقدم من عمر محدد (ملاحظات السياق، نصوص ملاحظات المتابعة…)، مع إبقاء الأعداد والمراتب والحالات والتواريخ
cli-help-sync = جمع جلسات أجهزة كثيرة: إرسال جلسات هذا الجهاز إلى مستودع البرنامج (ذاكرة USB، مجلد مشترك)، واستقبال جلسات الآخرين في عرض البرنامج
cli-help-encryption = تشفير جلسات المجلد المخزّنة (age)، ومعرفة طريقة تشفيره، وتغيير عبارة المرور، أو استعادة عبارة مفقودة بمفتاح الاستعادة
cli-help-lang-command = لغات baraza: فحص ترجمة (الناقص، والمكتوب خطأً، والمعطوب)، لمن يصححها

## baraza list (the table; TSV keeps English headings for scripts)

cli-list-col-date = التاريخ
cli-list-col-title = العنوان
cli-list-col-location = المكان
cli-list-col-stage = المرحلة
cli-list-col-problems = المشكلات
cli-list-col-votes = النقاط
cli-list-col-actions = الإجراءات
cli-list-col-file = الملف
cli-list-unreadable = غير مقروء: { $error }
cli-list-skipped-unreadable = تُخطّي ملف غير مقروء { $file }: { $error }
cli-list-empty = لا جلسات في { $folder }؛ ابدأ واحدة بـ `baraza new --title "..."`
cli-list-no-programme-view = لا يوجد عرض للبرنامج بعد: `baraza sync` ينشئه (أول مرة: baraza sync /media/usb/programme.git)
cli-list-cannot-write = تعذّرت كتابة القائمة: { $error }
