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
# clap's own words: the headings (": " follows each), the placeholder for a
# command in the usage line (capitals, like the other placeholders), and
# the help and version flags and the help command.
cli-help-usage = الاستخدام
cli-help-commands = الأوامر
cli-help-arguments = المعاملات
cli-help-options = الخيارات
cli-help-command-value = أمر
cli-help-help = اعرض المساعدة
cli-help-version = اعرض الإصدار
cli-help-help-command = اعرض هذه الرسالة أو مساعدة الأوامر الفرعية المذكورة
# The commands under a command, and their options (keep the option names,
# the placeholders in capitals and the commands as they are).
cli-help-encryption-on = شغّل التشفير: مفتاح لهذا الجهاز تحميه عبارة مرور تُكتب مرة عند كل تشغيل، ومفتاح استعادة يُكتب على ورق
cli-help-encryption-on-coordinator = اختم كل جلسة أيضًا للمفتاح العام لمنسّق البرنامج (age1…، من `baraza encryption status` على جهاز المنسّق)
cli-help-encryption-status = هل المجلد مشفّر، ولأي مفاتيح
cli-help-encryption-passphrase = غيّر عبارة المرور (الحالية، ثم الجديدة مرتين)
cli-help-encryption-recover = عبارة مرور مفقودة: مفتاح الاستعادة المكتوب عند الإعداد، ثم عبارة مرور جديدة
cli-help-lang-check = لكل لغة (أو اللغة المذكورة): الرسائل المترجمة، والناقصة (تظهر بالإنجليزية مؤقتًا)، وغير المعروفة، وذات المتغيّر الخاطئ، وغير القابلة للتحليل؛ يخرج بـ 1 حين يلزم تصحيح شيء
cli-help-lang-check-checked = اللغة المراد فحصها (en، sw، fr، ar، so، ru) [الافتراضي: كلها]
cli-help-lang-check-files = افحص ملفات .ftl في هذا المجلد (LOCALES/<lang>/*.ftl، كما في locales/ بالمصدر) بدل المدمجة: ترجمة قيد التحرير، قبل بنائها
cli-help-lang-check-verbose = اسرد كل رسالة ناقصة، لا عددها فقط
cli-help-sync-repository = مستودع البرنامج، مثل /media/usb/programme.git؛ يُحفظ للمرة القادمة [الافتراضي: المحفوظ]
cli-help-sync-laptop = اسم هذا الجهاز في البرنامج، عند أول مزامنة له (a-z، 0-9، -) [الافتراضي: اسم المضيف وأربعة أرقام عشوائية]
cli-help-sync-init = أنشئ مستودعًا للبرنامج (مجلدًا جديدًا على ذاكرة USB أو مجلدًا مشتركًا) واحفظه لهذا الجهاز
cli-help-sync-init-path = أين: مجلد غير موجود بعد، أو فارغ
cli-help-sync-init-laptop = اسم هذا الجهاز في البرنامج (a-z، 0-9، -)
cli-help-sync-resolve = جلسات عُدّلت على جهازين: اسردها، أو اعرض نسخ إحداها، أو احتفظ بواحدة (تبقى الأخرى في سجل البرنامج)
cli-help-sync-resolve-session = الجلسة: معرّفها المختصر أو معرّفها أو عنوانها أو اسم ملفها [الافتراضي: سرد كل جلسة تحتاج إلى حسم]
cli-help-sync-resolve-keep = احتفظ بالنسخة التي على هذا الجهاز (اسمه في البرنامج)
cli-help-sync-resolve-keep_newest = احتفظ بالنسخة الأحدث (المستخدمة حتى الآن)

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

## Why a session file or folder cannot be read or written (the store's
## words): after the file's path on the command line ("FILE: …"), and on
## the facilitator's status line and questions. File names, holders and the
## file parser's own words come in variables, as they are.

# A place in a file. $line, $column: numbers.
store-at = { $line }:{ $column }
# $at: the place (above); $message: the parser's words (English).
store-syntax = { $at }: { $message }
# $version: the file's format version; $supported: the newest this baraza reads.
store-newer = { $at }: كتبه إصدار أحدث من baraza (إصدار الملف { $version }، وهذا الإصدار يقرأ حتى { $supported })؛ حدّث baraza لفتحه
store-unknown-version = { $at }: إصدار ملف غير معروف { $version }
# $problems: the rules' words, separated by "; ".
store-inconsistent = { $at }: غير متّسق: { $problems }
# $holder: who has it open ("baraza (pid 4242) of amina on field-laptop, since 10:42").
store-locked = مفتوح في { $holder }؛ افتحه للقراءة فقط أو أغلقه هناك أولًا
store-encrypted = مشفّر، ولا يوجد مفتاح مفتوح يفتحه؛ شغّل baraza في طرفية لكتابة عبارة مرور المجلد
# $message: why (age's words, English).
store-damaged = مشفّر لكنه تالف: { $message }
# $query: what was typed (keep the command as it is).
store-no-match = لا توجد جلسة تطابق «{ $query }»؛ الأمر `baraza list` يعرض الجلسات
# $matches: the files, separated by commas.
store-ambiguous = «{ $query }» يطابق عدة جلسات: { $matches }؛ اذكر اسم الملف
store-not-a-folder = ليس مجلدًا
store-not-a-plain-file = ليس ملفًا عاديًا
store-not-a-file-name = ليس اسم ملف
store-refused-folder = مجلد، وليس ملف جلسة
store-refused-link = رابط إلى ملف آخر؛ لا يفتح baraza إلا الملفات العادية (انسخ الجلسة إلى المجلد)
store-refused-other = ليس ملفًا عاديًا (أنبوب أو جهاز)
# A session's lock file that baraza will not use. $what: one of the two below,
# or store-not-a-plain-file.
store-not-a-lock = { $what }، وليس ملف قفل: لا يكتب baraza عبره أبدًا؛ احذفه لتحرير هذه الجلسة
store-lock-link-or-folder = رابط أو مجلد
store-lock-hard-link = رابط صلب إلى ملف آخر
store-encrypted-already = مشفّر من قبل
store-not-encrypted = غير مشفّر
# $folder: the folder of sessions.
store-wrong-passphrase = عبارة مرور خاطئة لمفتاح { $folder }
store-wrong-recovery-key = هذا ليس مفتاح الاستعادة الخاص بـ { $folder }
# The system's reasons, by kind.
store-io-not-found = لا يوجد ملف أو مجلد بهذا الاسم
store-io-permission = الإذن مرفوض (لا يحق لهذا المستخدم قراءته أو الكتابة فيه)
store-io-exists = موجود من قبل
store-io-full = القرص ممتلئ
store-io-read-only = القرص للقراءة فقط (ذاكرة USB مقفلة؟)
store-io-is-folder = مجلد
store-io-not-folder = جزء من المسار ليس مجلدًا
# Any other reason: $error, the system's words as they are.
store-io-system = { $error }

## Every command (keep the option names and commands as they are)

# $folder: the folder given; $why: one of the three below.
cli-view-read-only = { $folder }: عرض للبرنامج، للقراءة فقط؛ { $why }
cli-view-why-new = الجلسات الجديدة تُنشأ في المجلد الخاص بالجهاز
cli-view-why-encryption = التشفير يُضبط على المجلد الخاص بكل جهاز
cli-view-why-retention = طبّق قاعدة الاحتفاظ على المجلد الخاص بكل جهاز
cli-no-home = تعذّر إيجاد مجلد منزلي للجلسات؛ حدّد واحدًا بـ --dir DIR
cli-no-such-folder = { $folder }: لا يوجد مجلد جلسات بهذا الاسم؛ تحقّق من --dir أو BARAZA_DIR (الأمر `baraza new` ينشئ أول جلسة)
# $error: the system's words (a closed pipe, a full disk).
cli-cannot-write = تعذّرت الكتابة: { $error }
cli-no-terminal = يحتاج baraza إلى طرفية لعرض الجلسات؛ للنص العادي استخدم `baraza list`
# $error: the system's words.
cli-terminal-setup = تعذّر تهيئة الطرفية: { $error }
cli-terminal-error = خطأ في الطرفية: { $error }
# What was typed for an option, refused (clap puts "invalid value … for
# '--date <DATE>':" before it, in English). $typed: what was typed;
# $iso, $dmy: today, written both ways; $codes: the languages' codes.
cli-bad-date = «{ $typed }» ليس تاريخًا؛ اكتبه YYYY-MM-DD (مثل { $iso }) أو DD/MM/YYYY (مثل { $dmy })، أو today أو +7 أو +2w
cli-bad-lang = «{ $typed }» ليست لغة يعرفها baraza؛ اختر واحدة من { $codes }
# --group (keep NAME:COUNT as it is). $hint: the line below; $max: a number.
cli-group-form = اكتب الفئة بالصيغة NAME:COUNT، مثل نساء:14
cli-bad-group = «{ $typed }»: { $hint }
cli-bad-group-name = «{ $typed }» بلا اسم فئة؛ { $hint }
cli-bad-head-count = «{ $typed }» ليس عدد أشخاص من 0 إلى { $max }؛ { $hint }

## baraza rollup (warnings on stderr; the roll-up itself is the report's)

cli-since-after-until = --since { $since } بعد --until { $until }؛ اذكر اليوم الأبكر أولًا
cli-rollup-csv-stdout = ملفات CSV ملف لكل جدول: اختر واحدًا بـ --table (مثل --table recurring)، أو حدّد -o FILE لكتابتها كلها
cli-rollup-no-folder = { $folder }: لا يوجد مجلد جلسات بهذا الاسم
# $title: the session; $id: its id.
cli-rollup-double = «{ $title }» (المعرّف { $id }) موجودة في المجلد أكثر من مرة بمحتويات مختلفة؛ حُسبت مرة واحدة، كما عُدّلت آخر مرة
# $laptops: their names, separated by commas; $resolve: the command that settles it.
cli-rollup-conflict = عُدّلت «{ $title }» على { $laptops }؛ حُسبت مرة واحدة، كما عُدّلت آخر مرة ({ $resolve })

## baraza retention ($what: what was purged, in English for now)

cli-retention-too-many-days = --older-than { $days }: عدد أيام كبير جدًا
cli-retention-no-age = حدّد --older-than DAYS أو --before DATE
cli-retention-future = --before { $date } بعد اليوم؛ قاعدة الاحتفاظ لا تمحو إلا ما هو أقدم
cli-retention-would-purge = { $file }: سيُمحى { $what }
cli-retention-purged = { $file }: مُحي { $what }
# $why: the store's words, or the line below.
cli-retention-left = تُرك { $file } كما كان: { $why }
cli-retention-open-in = مفتوح في { $holder }
# The last line. $n: sessions; $date: the day (ISO).
cli-retention-done = جلسات مُحي منها نص ما قبل { $date }: { $n }
cli-retention-done-dry = جلسات سيُمحى منها نص ما قبل { $date }: { $n }
cli-retention-backups = ملاحظة: ملفات النسخ الاحتياطية في المجلد (*.ron.bak) ما زالت تحوي نصًا أقدم (عددها: { $n })؛ احذفها متى لم تعد بحاجة إلى العودة إلى إصدار أقدم من baraza
cli-retention-left-over = جلسات تُركت كما كانت (انظر أعلاه): { $n }؛ أعد المحو حين يمكن فتحها

## baraza sync (keep the commands as they are; $laptop, $laptops: names of laptops)

cli-sync-no-repository = لا يوجد مستودع للبرنامج بعد: اذكر مساره مرة واحدة، مثل `baraza sync /media/usb/programme.git` (ينشئه المنسّق بـ `baraza sync init PATH`)
cli-sync-unreachable = { $path }: غير موجود؛ هل ذاكرة USB موصولة (أو المجلد المشترك مركّب)؟
# $why: the line above.
cli-sync-nothing-sent = { $why } لم يُرسل ولم يُستقبل شيء؛ ستذهب جلسات هذا الجهاز في المزامنة القادمة
cli-sync-busy = مزامنة baraza sync أخرى لهذا المجلد جارية؛ انتظر حتى تنتهي
cli-sync-init-made = أُنشئ مستودع البرنامج { $repository } ؛ اسم هذا الجهاز فيه «{ $laptop }»
cli-sync-init-next = التالي: `baraza sync` يرسل جلسات هذا الجهاز؛ وعلى كل جهاز آخر، صِل الذاكرة وشغّل `baraza sync { $repository }`
# $title: the session; $id: its short id.
cli-sync-kept = «{ $title }» ({ $id }): حُفظت نسخة { $laptops }؛ وتبقى الأخرى في سجل البرنامج
cli-sync-replaced = { $file }: استُبدل بتلك النسخة
cli-sync-choice-later = يصل الاختيار إلى البرنامج في المزامنة baraza sync القادمة
cli-sync-renamed = جهاز آخر يرسل جلسات باسم «{ $old }» أيضًا (نسخة من مجلد هذا الجهاز؟): صار هذا الجهاز يزامن باسم «{ $laptop }»
# $sent: sessions sent.
cli-sync-synced = تمت المزامنة مع { $repository } باسم «{ $laptop }»: الجلسات المرسلة { $sent }
cli-sync-nothing-new = (لا جديد منذ المزامنة الأخيرة)
cli-sync-recorded = جلسات سُجّلت على هذا الجهاز باسم «{ $laptop }»: { $sent }
# $why: why (the store's words).
cli-sync-not-sent = لم يُرسل: { $file }: { $why }
# $sessions, $count: numbers; $folder: where the view is.
cli-sync-view = عرض البرنامج: الجلسات { $sessions }، من الأجهزة { $count }، للقراءة فقط، في { $folder }
cli-sync-conflicts = جلسات عُدّلت على أكثر من جهاز: { $n } (لم يُدمج شيء؛ تُستخدم الأحدث حتى تختار):
cli-sync-conflict = «{ $title }» على { $laptops }: baraza sync resolve { $id }
cli-sync-no-conflict = لا توجد جلسة في تعارض: كل جهاز يحمل النسخة نفسها من كل جلسة
# A version of a session. $updated: date and time (ISO); the rest: numbers.
cli-sync-version = آخر تعديل { $updated }، { -problems }: { $problems }، النقاط: { $dots }، الإجراءات: { $actions }
cli-sync-version-unreadable = لا يستطيع هذا الإصدار من baraza قراءتها
cli-sync-version-used = ← المستخدمة الآن (الأحدث)
cli-sync-not-in-conflict = «{ $title }» ({ $id }) ليست في تعارض: كل جهاز يحملها ({ $laptops }) لديه النسخة نفسها
cli-sync-versions = «{ $title }» ({ $id }) لها نسخ عددها { $n }:
cli-sync-every-version = كل النسخ، لفتحها للقراءة فقط: { $folder }
cli-sync-keep-one = احتفظ بواحدة: baraza sync resolve { $id } --keep { $laptop }   (أو --keep-newest)

## baraza encryption, and the passphrase asked at the start ($folder: the
## folder of sessions; $n: a number; $key: an age key, as it is)

cli-enc-already = { $folder } مشفّر من قبل؛ الملفات التي كانت ما تزال نصًا عاديًا خُتمت الآن: { $n }
cli-enc-encrypting = جارٍ تشفير { $folder }.
cli-enc-choose = اختر عبارة مرور: تُطلب مرة واحدة في كل تشغيل لـ baraza. ضياع العبارة يعني ضياع البيانات — لا أحد، ولا حتى البرنامج، يستطيع قراءة هذه الجلسات من دونها أو من دون مفتاح الاستعادة المعروض بعدها.
cli-enc-done = تم التشفير: الملفات المختومة { $n }؛ ومن الآن يُختم كل حفظ أيضًا
cli-enc-recovery-key = مفتاح الاستعادة — اكتبه الآن واحفظه بعيدًا عن هذا الجهاز؛ لا يُعرض إلا هذه المرة، وبه وحده يمكن استبدال عبارة مرور مفقودة:
cli-enc-public-key = المفتاح العام لهذا الجهاز (لخيار --coordinator عند المنسّق): { $key }
cli-enc-coordinator-sealed = تُختم الجلسات أيضًا لمفتاح المنسّق { $key }
cli-enc-reports-plain = ملاحظة: التقارير في المجلد (.md، .html، .csv) غير مشفّرة (عددها: { $n }): انقلها إلى مكان آمن أو احذفها
cli-enc-sync-history = ملاحظة: النسخ التي أرسلها baraza sync قبل الآن تبقى مقروءة في سجل مستودع البرنامج
cli-enc-status-off = { $folder }: غير مشفّر (`baraza encryption on` يفعّله)
cli-enc-status-on = { $folder }: مشفّر
cli-enc-laptop-key = مفتاح هذا الجهاز: { $key }
cli-enc-coordinator-key = مفتاح المنسّق: { $key }
cli-enc-no-coordinator = لا يوجد مفتاح للمنسّق
cli-enc-plain-left = جلسات ما تزال نصًا عاديًا: { $n }؛ `baraza encryption on` يختمها
cli-enc-changed = تغيّرت عبارة المرور
cli-enc-recovered = تمت الاستعادة: عبارة المرور الجديدة تفتح المجلد
cli-enc-not-encrypted = { $folder }: غير مشفّر؛ `baraza encryption on` يفعّله
# Prompts (": " follows each; nothing typed is shown).
cli-pass-for = عبارة المرور لـ { $folder }
cli-pass-choose = عبارة المرور (8 أحرف على الأقل)
cli-pass-choose-new = عبارة المرور الجديدة (8 أحرف على الأقل)
cli-pass-choose-another = عبارة مرور جديدة (8 أحرف على الأقل)
cli-pass-again = العبارة نفسها مرة أخرى
cli-pass-now = عبارة المرور الحالية
cli-pass-recovery = مفتاح الاستعادة المكتوب عند الإعداد (AGE-SECRET-KEY-1…)
cli-pass-no-terminal = يلزم إدخال عبارة مرور، والإدخال القياسي ليس طرفية؛ شغّل baraza في طرفية
# $error: the system's words.
cli-pass-cannot-read = تعذّرت قراءة عبارة المرور: { $error }
cli-pass-none-typed = لم تُكتب عبارة مرور؛ لم يُفعل شيء
cli-pass-short = عبارة المرور أقصر من 8 أحرف؛ لم يُفعل شيء
cli-pass-differ = العبارتان مختلفتان؛ لم يُفعل شيء

## baraza lang check (for translators; $code: the language's code, $name: its own name)

cli-lang-summary = { $code } ({ $name }): الرسائل المترجمة { $translated } من { $total }، والناقصة { $missing } (تظهر بالإنجليزية)
# $id: a message's id.
cli-lang-missing = ناقصة: { $id }
cli-lang-unknown = غير معروفة (ليست في الإنجليزية؛ خطأ إملائي أو بقايا): { $id }
# $variable: the message and variable.
cli-lang-bad-variable = تستخدم متغيّرًا لا تعطيه الإنجليزية: { $variable }
# $error: the file, line and parser's words.
cli-lang-error = خطأ: { $error }
