### baraza — العربية: شاشات الميسّر.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = اللغة: { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = اللغة: { $name } (لم تُحفظ: { $error })
# The whole screen, when the window is smaller than the facilitator's
# screens need. $width, $height: its size in cells; $min_width,
# $min_height: the least it needs.
# الشاشة كلها، حين تكون النافذة أصغر مما يلزم.
too-small = النافذة صغيرة جدًا: { $width }×{ $height }، والمطلوب { $min_width }×{ $min_height }

## Save state (right end of the status line) and save failures

# Nothing changed since the session was opened.
save-unchanged = لا تغييرات بعد
save-saving = جارٍ الحفظ…
# $time: when (HH:MM:SS).
save-saved = حُفظ { $time }
save-read-only = للقراءة فقط
# Short, loud: the last change is not on disk.
save-not-saved = لم يُحفظ!
# Inside the two messages below. $time: when (HH:MM:SS).
save-last-saved = آخر حفظ { $time }
save-nothing-saved = لم يُحفظ شيء منذ الفتح
# A save failed and is retried. $last: one of the two lines above;
# $error: why (the system's words).
save-failed = لم يُحفظ ({ $last }): { $error } — محفوظ في الذاكرة، تُعاد المحاولة كل ثانيتين وعند كل مفتاح
# Saving stopped (the lock was taken by someone else…). $last, $error: as above.
save-stopped = لم يُحفظ ({ $last }): { $error } — ما تغيّر هنا باقٍ في الذاكرة فقط
# Why a save failed or stopped (the $error above). $folder: the folder of
# sessions; $file: the session's file name; $holder: the program and
# laptop that holds it now; $error: the system's reason, worded; $version:
# a file version; $settings: the settings file's name.
save-why-folder-gone = المجلد { $folder } غير موجود (هل ذاكرة USB موصولة؟)
save-why-folder-unreachable = تعذّر الوصول إلى المجلد { $folder }: { $error }
save-why-taken-over = استُبدل المجلد وأصبح { $file } مفتوحًا الآن في { $holder }؛ ذلك البرنامج وحده يكتبه الآن، وهذا لم يعد يكتبه
save-why-lock-lost = تعذّر أخذ قفل { $file } من جديد: { $error }
save-why-cannot-look = تعذّر فحص { $file }: { $error }
save-why-not-a-file = استُبدل { $file } بشيء ليس ملفًا عاديًا؛ هذا البرنامج لم يعد يكتبه
save-why-replaced = غيّر برنامج آخر { $file } وهو مفتوح هنا؛ هذا البرنامج لم يعد يكتبه
save-why-no-backup = تعذّر الاحتفاظ بنسخة من الأصل (إصدار الملف { $version }) قبل الكتابة فوقه: { $error }
save-why-settings-unreadable = تعذّرت قراءة إعدادات تشفير المجلد: { $error }
save-why-settings-gone = كان { $file } مشفّرًا، وإعدادات تشفير مجلده ({ $settings }) اختفت؛ لا يُحفظ كنص غير مشفّر
save-why-cannot-encrypt = تعذّر تشفير الجلسة: { $error }

## Title bar flags (top right, capitals where the language has them)

flag-wall-blank = الجدار مُطفأ
flag-blind-vote = تصويت سري
flag-example = مثال · للقراءة فقط
flag-read-only = للقراءة فقط
# The room's screen speaks another language. $name: that language, as its
# speakers name it.
flag-room-language = القاعة: { $name }
# The timer in the title bar. $time: minutes and seconds ("4:12").
flag-timer-paused = ⏸ { $time } متوقف
flag-timer-up = ⏰ انتهى الوقت +{ $time }

## The session list

# Title bar of the session list.
list-title = baraza · جلسات الأمن المجتمعي
# Top right of the session list. $sessions: how many (a count).
list-count = { $sessions ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}

## Status line messages in a session (left of the status line)

# After "n" to a question asking whether to leave.
said-staying = باقٍ هنا
# After "n" to a question guarding a change (delete, merge…).
said-left-as-it-was = تُرك كما كان
# Tab on the last panel / Shift+Tab on the first.
said-last-step = { -step-learn } هي الخطوة الأخيرة؛ Shift+Tab للرجوع
said-first-step = { -step-prepare } هي الخطوة الأولى؛ Tab للمتابعة
said-nothing-to-undo = لا شيء للتراجع عنه
said-nothing-to-redo = لا شيء لإعادته
# $what: the change, as the audit log words it (in English for now).
said-undone = تم التراجع: { $what }
said-redone = أُعيد: { $what }
# p switched this window to the room's screen, and back.
said-room-view-on = شاشة القاعة: p مرة أخرى لشاشة الميسّر
said-room-view-off = شاشة الميسّر: p يُظهر شاشة القاعة
# . blanked the room's screen, and back.
said-blank-on = شاشة القاعة مُطفأة (العنوان فقط): . يُظهرها من جديد
said-blank-off = شاشة القاعة تعرض اللوحة من جديد
# A key that would change the session, in a session opened read-only.
said-read-only = للقراءة فقط: لا يمكن تغيير شيء هنا؛ q ثم Enter على الجلسة للتعديل
# A letter typed outside any field where it is no key (someone meant to
# write). $add: the key that starts adding here.
said-not-a-key-add = هذا المفتاح لا يفعل شيئًا هنا: لكتابة شيء جديد اضغط { $add } أولًا؛ ? يعرض المفاتيح
# The same where nothing can be added.
said-not-a-key = هذا المفتاح لا يفعل شيئًا هنا؛ ? يعرض المفاتيح
# The timer. $time: minutes and seconds ("5:00").
said-timer-stopped = أُوقف المؤقّت
said-timer-started = المؤقّت: { $time } من الآن
said-timer-paused = المؤقّت متوقف مؤقتًا
said-timer-goes-on = المؤقّت يستأنف
said-timer-extended = دقيقة إضافية: بقي { $time }
said-timer = المؤقّت

## Questions (a box with y/n)

# Leaving while a save has failed. $error: why (the system's words).
ask-leave-not-saved = لم يُحفظ: تعذّرت كتابة التغييرات الأخيرة ({ $error }). هل تغادر على أي حال وتفقدها؟
ask-leave-form-open = هل تغادر؟ ما كُتب في النموذج المفتوح غير محفوظ.
# The last line of every y/n question box.
ask-keys = y نعم · n لا

## Status line messages of the list and of opening sessions

# r on the list. $sessions: how many sessions the folder holds (a count).
said-folder-read = أُعيدت قراءة المجلد: { $sessions ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}
# n (next cycle) in an example session.
said-example-next-cycle = هذا مثال مدمج في baraza: q ثم n يبدأ جلسة خاصة بك
# T switched the theme. $name: the theme (dark, light, monochrome).
said-theme = المظهر: { $name }
# …and the config could not be written. $error: why.
said-theme-not-kept = المظهر: { $name } (لم يُحفظ: { $error })
# A file from an older baraza. $version: its format version (a number).
said-migrated = أنشأ هذا الملفَ إصدارٌ أقدم من baraza (الإصدار { $version })؛ تُحفظ نسخة منه عند أول حفظ
said-opened-read-only = فُتح للقراءة فقط: لا يمكن تغيير شيء هنا
# $error in the messages below: why (the store's words, in English for now).
said-cannot-open = تعذّر الفتح: { $error }
said-example-opened = مثال للقراءة فقط: تصفّح كل اللوحات (F1 إلى F6)؛ q للرجوع
said-cannot-open-example = تعذّر فتح المثال: { $error }
said-created = حُفظت جلسة جديدة: أضف الفئات الحاضرة في القاعة
said-cannot-create = تعذّر إنشاء الجلسة: { $error }
said-cannot-read = تعذّرت القراءة: { $error }
# A new cycle started from an old session. $problems, $actions: how many
# problems and open actions were carried over; $title: the old session's.
said-next-cycle = دورة جديدة: نُقلت { $problems ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $problems } مشكلات
    [many] { $problems } مشكلة
   *[other] { $problems } مشكلة
} و{ $actions ->
    [zero] لا إجراءات مفتوحة
    [one] إجراء واحد مفتوح
    [two] إجراءان مفتوحان
    [few] { $actions } إجراءات مفتوحة
    [many] { $actions } إجراءً مفتوحًا
   *[other] { $actions } إجراء مفتوح
} من «{ $title }»
said-no-previous = هذه الجلسة لا تُكمل جلسة سابقة
# $id: the previous session's id.
said-previous-missing = الدورة السابقة (المعرّف { $id }) ليست في هذا المجلد
said-cannot-read-previous = تعذّرت قراءة الدورة السابقة: { $error }
said-cannot-show = تعذّر العرض: { $error }

## The end of the help overlay (?): languages and right-to-left text

# Heading of the block.
help-settings = اللغة والنص من اليمين إلى اليسار
# $name: the language, as its speakers name it.
help-interface-language = لغة الواجهة: { $name } (L لتغييرها)
# The open session's room language. $name: as above.
help-room-language = شاشة القاعة والتقارير: { $name } (تُضبط في { -step-prepare }، s)
# $setting: auto, on or off (kept as the codes: they are what the config
# file says); $doing: one of the two lines below.
help-rtl = من اليمين إلى اليسار: { $setting }، { $doing } (R للتغيير: auto، on، off)
help-rtl-baraza = يعيد baraza ترتيب الحروف العربية ويصلها
help-rtl-terminal = الطرفية تعيد الترتيب
# $line: an Arabic test sentence (not to be translated: it is the test).
help-rtl-test = سطر الاختبار: { $line }
# $first: the sentence's first word.
help-rtl-how = يُقرأ السطر صحيحًا حين تقف { $first } في الطرف الأيمن بحروف متصلة؛ إن قُرئ معكوسًا أو مقلوبًا مرتين فاضغط R.
# The right-to-left setting could not be remembered. $error: why.
said-rtl-not-kept = من اليمين إلى اليسار: لم يُحفظ ({ $error })

## The help overlay (?)

# Its title. $keys: its own keys with their words ("↑↓ scroll · Esc close").
help-title = المفاتيح — { $keys }
# After a key that changes the session, in a session opened read-only.
help-not-read-only = (ليس في وضع القراءة فقط)
# The last section's heading: the keys of forms and y/n questions.
help-forms = النماذج والأسئلة

## Prepare, the facilitator's panel

# Pane titles.
prepare-groups = الفئات الحاضرة
prepare-session = الجلسة
prepare-consent = الموافقة
prepare-context = السياق وتحليل النزاع
# A pane's key hint, top right ("s edit"). $key: the key, as it is.
prepare-edit-hint = { $key } تعديل
# The groups table's columns and its total row.
prepare-col-group = الفئة
prepare-col-people = العدد
prepare-col-dots = النقاط
prepare-in-the-room = في القاعة
# Under the total. $dots: dots per participant.
prepare-dots-rule = النقاط = الأشخاص × { $dots }
prepare-no-groups = لا توجد فئات بعد — اضغط a لإضافة الأولى: اسمها، Tab، عدد أفرادها، Enter.
prepare-no-groups-read-only = لا فئات في هذه الجلسة.
# On the status line, when a key needs a group and there is none.
prepare-empty-short = لا توجد فئات بعد: اضغط a لإضافة الأولى
# The Session pane. $dots: dots per participant.
prepare-dots-each = { $dots } لكل مشارك
# $dots: the line above; $room: the room's dots in all.
prepare-dots-and-room = { $dots } · { $room } للقاعة كلها
prepare-no-consent = لم تُكتب بعد — اضغط c: ما يوافق الحاضرون على تسجيله ومشاركته.
prepare-no-consent-read-only = لم تُكتب: ما وافق الحاضرون على تسجيله ومشاركته.
prepare-no-notes = لا ملاحظات بعد — اضغط n لكتابة السياق: من المتضرر، التوترات بين الفئات، الحوادث الأخيرة.
prepare-no-notes-read-only = لا ملاحظات عن السياق.
# Moving a group. $name: the group's name.
prepare-already-first = «{ $name }» هي الأولى أصلًا
prepare-already-last = «{ $name }» هي الأخيرة أصلًا
# Deleting a group. $name: its name; $people: its head count.
prepare-ask-delete = هل تحذف الفئة «{ $name }» ({ $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
})؟
# Added after it. $what: what goes with it (the messages below).
prepare-ask-delete-with = سيُحذف معها أيضًا: { $what }.
# $n: how many.
prepare-lost-dots = { $n ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $n } نقاط
    [many] { $n } نقطة
   *[other] { $n } نقطة
}
prepare-lost-pairs = { $n ->
    [zero] لا قرارات مقارنة زوجية
    [one] قرار مقارنة زوجية واحد
    [two] قرارا مقارنة زوجية
    [few] { $n } قرارات مقارنة زوجية
    [many] { $n } قرارًا في المقارنة الزوجية
   *[other] { $n } قرار مقارنة زوجية
}
prepare-lost-scores = { $n ->
    [zero] لا درجات
    [one] درجة واحدة
    [two] درجتان
    [few] { $n } درجات
    [many] { $n } درجة
   *[other] { $n } درجة
}
# The last of a list. $first: the others, joined; $last: the last one.
prepare-and = { $first } و{ $last }

## Prepare's forms (title, then each field's label and its help line)

# $name: the group's name.
prepare-edit-group = تعديل الفئة «{ $name }»
prepare-add-group = إضافة فئة
prepare-field-name = الاسم
prepare-field-name-help = من هم: النساء، الشباب، كبار السن، الشرطة، السلطة المحلية…
prepare-field-people = الأشخاص
prepare-field-people-help = كم منهم في القاعة (من 0 إلى 999)؛ لكل منهم نقاط الجلسة
prepare-details = تفاصيل الجلسة
prepare-field-title = العنوان
prepare-field-title-help = ما يسمّي به الحاضرون هذا اللقاء
prepare-field-community = المجتمع
prepare-field-community-help = المجتمع المحلي أو المكان الذي تُعقد فيه الجلسة
prepare-field-date = التاريخ
prepare-field-facilitators = الميسّرون
prepare-field-facilitators-help = الأسماء، تفصل بينها فواصل
prepare-field-dots = النقاط لكل مشارك
prepare-field-dots-help = النقاط التي يضعها كل مشارك عند الترتيب: من 1 إلى 20، وعادةً من 3 إلى 5
prepare-field-language = لغة القاعة
prepare-field-language-help = لغة شاشة القاعة والتقارير (←→ للاختيار)
# The first choice of the room language: follow the facilitator's.
prepare-language-interface = مثل الواجهة
prepare-field-notes = الملاحظات
prepare-field-notes-help = من المتضرر، التوترات بين الفئات، الحوادث الأخيرة، من يملك السلطة
prepare-field-consent-help = ما يوافق الحاضرون على تسجيله ومشاركته، ومع من؛ اقرأه بصوت عالٍ
# Why a form cannot be saved yet (shown on the form).
prepare-name-empty = الاسم: اكتب اسم الفئة، مثلًا النساء
# $name: the name typed.
prepare-name-taken = الاسم: توجد فئة باسم «{ $name }»؛ أعطِ هذه اسمًا آخر
prepare-title-empty = العنوان: اكتب عنوانًا للجلسة، مثلًا لقاء الأمن في كيبيرا
# $iso, $dmy: today's date in the two ways the form takes.
prepare-date-empty = التاريخ: اكتبه بصيغة YYYY-MM-DD أو DD/MM/YYYY، مثلًا { $iso } أو { $dmy }
# $why: the rule broken (in English for now).
prepare-consent-too-long = الموافقة: { $why }؛ اختصرها
# On the status line: a form saved with nothing changed.
said-nothing-changed = لم يتغير شيء

## The timer's box (t), over the facilitator's screen or the room's

timer-title = المؤقّت
# A preset, in the list. $minutes: how many.
timer-preset = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
timer-type = أو اكتب مدة: 7، 7:30، 90s، 1h
timer-start-keys = Enter بدء · Esc إلغاء
# A timer running. $length: its whole length ("5:00"); $state: one of the
# three lines below.
timer-of = مؤقّت { $length }: { $state }
# $time: minutes and seconds.
timer-left = بقي { $time }
timer-left-paused = بقي { $time }، متوقف مؤقتًا
timer-up-ago = انتهى الوقت (منذ { $time })
timer-running-keys = Space إيقاف مؤقت أو استئناف · + دقيقة إضافية
timer-running-keys-2 = s إيقاف · Esc إغلاق (يستمر)
# On the status line: what was typed is not a duration.
timer-not-a-duration = ليست مدة: اكتب دقائق (7)، دقائق:ثوانٍ (7:30)، 90s أو 1h، حتى 12 ساعة

## Learn, the facilitator's panel

# The four boxes: title, the form's short label, and the question shown
# while the box is empty.
learn-worked = ما نجح
learn-worked-label = نجح
learn-worked-prompt = أي الإجراءات والشراكات وطرق الاجتماع سارت جيدًا؟
learn-did-not-work = ما لم ينجح
learn-did-not-work-label = لم ينجح
learn-did-not-work-prompt = ما الذي تعثّر أو فشل، ولماذا؟
learn-lessons = الدروس
learn-lessons-label = الدروس
learn-lessons-prompt = ماذا تعلّم المجتمع عن أمنه وعن العمل معًا؟
learn-improvements = تحسينات للدورة القادمة
learn-improvements-label = التحسينات
learn-improvements-prompt = ما الذي يتغير في المرة القادمة: مشكلات تُنقل، شركاء جدد، طرق أخرى للاجتماع؟
# Under the question in the selected empty box.
learn-press-enter = اضغط Enter للكتابة.
# The selected box's key hint, top right.
learn-edit-hint = Enter تعديل
# The line above the boxes.
learn-no-actions = لا إجراءات بعد: يُخطَّط لها في { -step-plan } وتُتابَع في { -step-monitor }.
# $n: how many actions.
learn-actions = إجراءات هذه الدورة: { $n }
# $n: how many are overdue.
learn-overdue = ! متأخرة: { $n }

## Every form's own words (the line under a form; its fields are the panel's)

# Esc in a form with something typed: asks first.
form-discard = تجاهل ما كُتب؟ y تجاهل · n متابعة التعديل
# A number field not taken. $label: the field's name; $min, $max: the range.
form-not-a-number = { $label }: اكتب عددًا صحيحًا من { $min } إلى { $max }
# A date field not taken. $label: the field; $typed: what was typed; $iso,
# $dmy: an example date in the two ways the form takes.
form-not-a-date = { $label }: «{ $typed }» ليس تاريخًا؛ اكتب YYYY-MM-DD أو DD/MM/YYYY، مثلًا { $iso } أو { $dmy }، أو +7 لأسبوع من اليوم
form-not-a-date-any-day = { $label }: «{ $typed }» ليس تاريخًا؛ اكتب YYYY-MM-DD أو DD/MM/YYYY، أو today، أو +7 لأسبوع من اليوم
# A tick box.
form-yes = نعم
form-no = لا
# A field with suggestions: what → would complete. $option: it.
form-completes = → يُكمل «{ $option }»
# …or the suggestions. $options: them, joined by ·.
form-suggestions = مثلًا { $options } — أو اكتب أي شيء؛ الحروف الأولى + → للإكمال

## Identify, the facilitator's panel

# The list's title. $n: how many problems.
identify-problems = المشكلات ({ $n })
identify-empty = لا مشكلات بعد — اضغط a لإضافة الأولى
identify-empty-read-only = لا مشكلات في هذه الجلسة
# The list's columns.
identify-col-problem = المشكلة
identify-col-category = التصنيف
identify-col-dots = نقاط
# Typing problems one after the other (a).
identify-capture = اكتب مشكلة، Enter يضيفها ويفتح السطر التالي؛ Esc عند الانتهاء
# The room's typing strip while a problem is typed in the capture line: its label.
identify-typing-new-problem = مشكلة جديدة
# $draft: what was typed.
identify-draft-back = «{ $draft }» لم تكتمل: عادت إلى السطر — Enter يضيفها
identify-line-cleared = مُسح السطر — Ctrl+z يعيد «{ $draft }»؛ Esc مرة أخرى عند الانتهاء
identify-line-back = عاد السطر: Enter يضيفه
identify-paste-empty = لا شيء للإضافة: لم يحوِ اللصق إلا أسطرًا فارغة
identify-at-top = في الأعلى أصلًا
identify-at-bottom = في الأسفل أصلًا
# Merging duplicates (m). $mark: the mark of the problem being merged (◆);
# $title: its title.
identify-merge-needs-two = الدمج يحتاج إلى مشكلتين: هذه هي الوحيدة
identify-merge-marked = { $mark } وُسمت «{ $title }»: انتقل إلى المشكلة التي تبقى، ثم m؛ Esc يلغي
identify-merge-cancelled = أُلغي الدمج
identify-merge-same = هذه هي المشكلة التي تُدمج ({ $mark }): انتقل إلى التي ستُدمج فيها
# The bar over the list while merging. $mark: ◆; $gone: the problem merged
# away; $kept: the one it goes into.
identify-merge-banner = دمج  { $mark } «{ $gone }»  ←  في  ▶ «{ $kept }»
identify-merge-keys = m يدمج · Esc يلغي
identify-merge-move = انتقل إلى المشكلة التي تبقى · Esc يلغي
# What goes with a problem deleted or merged away. $n: how many.
identify-lost-dots = { $n ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $n } نقاط
    [many] { $n } نقطة
   *[other] { $n } نقطة
}
identify-lost-actions = { $n ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $n } إجراءات
    [many] { $n } إجراءً
   *[other] { $n } إجراء
}
# Deleting a problem (d). $number: its place in the list; $title: its title.
identify-ask-delete = هل تحذف المشكلة { $number }، «{ $title }»؟
identify-ask-delete-nothing = ليس لها نقاط ولا إجراءات بعد.
# $what: what goes with it (one thing, or several).
identify-ask-delete-with-one = يُحذف معها: { $what }.
identify-ask-delete-with-many = يُحذف معها: { $what }.
identify-ask-delete-shortlist = تخرج من القائمة المختصرة.
identify-undoes = (u للتراجع)
# Merging. $gone: the problem merged away; $kept: the one kept; $what: what
# moves with it.
identify-ask-merge = هل تدمج «{ $gone }» في «{ $kept }»؟ تختفي «{ $gone }»: تُضاف أسبابها وآثارها وتفاصيلها إلى «{ $kept }».
identify-ask-merge-moving-one = هل تدمج «{ $gone }» في «{ $kept }»؟ تختفي «{ $gone }»: يُنقل إلى «{ $kept }»: { $what }، وتُضاف إليها أسبابها وآثارها وتفاصيلها.
identify-ask-merge-moving-many = هل تدمج «{ $gone }» في «{ $kept }»؟ تختفي «{ $gone }»: يُنقل إلى «{ $kept }»: { $what }، وتُضاف إليها أسبابها وآثارها وتفاصيلها.
# The problem's form (e, Enter). $number: its place; $title: its title.
identify-form-title = المشكلة { $number }: { $title }
identify-field-title = العنوان
identify-field-title-help = المشكلة بكلمات الحاضرين أنفسهم
identify-field-causes = الأسباب
identify-field-causes-help = الأسباب الكامنة، سبب في كل سطر (Alt+Enter: السطر التالي): لماذا تحدث؟
identify-field-effects = الآثار
identify-field-effects-help = الآثار، أثر في كل سطر (Alt+Enter: السطر التالي): إلامَ تؤدي؟
identify-field-description = الوصف
identify-field-description-help = ما يحدث، ولمن، ومتى
identify-field-category = التصنيف
identify-field-category-help = ←→ للاختيار؛ أو اكتب تصنيفًا جديدًا في الحقل التالي
identify-field-new-category = تصنيف جديد
identify-field-new-category-help = تصنيف ليس في القائمة: يُضاف إليها ويُستخدم هنا
identify-field-where = المكان
identify-field-where-help = أين تحدث
identify-field-raised-by = طرحها
identify-groups-help = الفئات التي طرحتها: ←→ للتنقل، Space للتأشير
identify-groups-none = لا فئات بعد: أضفها في { -step-prepare }
identify-field-escalation = المنطقة/الدولة
identify-field-escalation-help = تحتاج إلى تحرّك على مستوى المنطقة أو الدولة (⚑): Space يبدّل
identify-field-resolved = حُلّت
identify-field-resolved-help = حُلّت المشكلة (✓): Space يبدّل
identify-gone = لم تعد تلك المشكلة في القائمة
identify-title-empty = تحتاج المشكلة إلى عنوان
# The problem's form saved with nothing changed.
identify-no-changes = لا تغييرات

## The problem tree (beside Identify's list)

# The pane's title. $index: the problem's place; $count: how many.
tree-title-of = شجرة المشكلة · { $index } من { $count }
tree-title = شجرة المشكلة
# While merging: the pane shows where the problem goes.
tree-merge-into = الدمج في هذه المشكلة
# With no problem yet.
tree-empty-heading = الأسباب ← المشكلة ← الآثار
tree-empty = تُعرض كل مشكلة هنا شجرةً: أسبابها الكامنة، والمشكلة، وما تؤدي إليه.
tree-empty-how = أضف مشكلات بـ a؛ واملأ الأسباب والآثار بـ Enter.
# The two sides. $n: how many causes / effects.
tree-causes = الأسباب ({ $n }) · لماذا تحدث
tree-effects = الآثار ({ $n }) · إلامَ تؤدي
# The box in the middle.
tree-problem = المشكلة
tree-none-named = لم يُذكر شيء بعد
tree-no-dots = لا شيء بعد
# The label of the description's lines.
tree-about = عنها
# When not all fit. $n: how many more.
tree-plus-more = (+{ $n } أخرى)
tree-more = … { $n } أخرى
# On the bottom border of a box that holds more than it shows. $arrows:
# ▲, ▼ or ▲▼; $keys: the keys that scroll it ("PgUp/PgDn").
more-marker = { $arrows } المزيد
more-marker-keys = { $arrows } المزيد: { $keys }
# Under the problem, when flagged (after ⚑ and ✓).
tree-flag-escalation = تحتاج إلى تحرّك على مستوى المنطقة أو الدولة
tree-flag-resolved = حُلّت

## Plan, the facilitator's panel (the action plan)

# The line above the plan. $problems: how many shortlisted problems it
# shows; $actions: how many actions.
plan-summary = خطة العمل · { $problems ->
    [zero] لا مشكلات في القائمة المختصرة
    [one] مشكلة واحدة في القائمة المختصرة
    [two] مشكلتان في القائمة المختصرة
    [few] { $problems } مشكلات في القائمة المختصرة
    [many] { $problems } مشكلة في القائمة المختصرة
   *[other] { $problems } مشكلة في القائمة المختصرة
} · { $actions ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $actions } إجراءات
    [many] { $actions } إجراءً
   *[other] { $actions } إجراء
}
# Added to the summary line (after " · ") with v, or with no shortlist.
plan-summary-all = تُعرض كل المشكلات
plan-summary-none = لا شيء في القائمة المختصرة بعد
# Above the plan while the shortlist cuts a tie. $rank: the place where the
# tie is; $on: the tied problems on the shortlist («…», «…»); $off: those not.
plan-tie-warning = ! القائمة المختصرة تقطع { -tie } في المرتبة { $rank }: { $on } فيها، و{ $off } خارجها، بعدد الأصوات نفسه — في { -step-rank } (F3)، b يكسر التعادل، أو s ثم a يأخذ كل المشكلات المتعادلة
# With nothing to plan for (the second of each pair: a session only looked at).
plan-empty-no-problems = لا مشكلات بعد — سمّها في { -step-identify } ورتّبها في { -step-rank }، ثم خطّط للإجراءات هنا
plan-empty-no-problems-read-only = لا مشكلات في هذه الجلسة
plan-empty-no-shortlist = ضع المشكلات في القائمة المختصرة أولًا في { -step-rank } (s يضع الثلاث الأولى)، أو اضغط v للتخطيط لأي مشكلة
plan-empty-no-shortlist-read-only = لا شيء في القائمة المختصرة — v يعرض كل المشكلات
# The table's column headings (short: the columns are 10 to 16 cells wide).
plan-col-activity = النشاط
plan-col-responsible = المسؤول
plan-col-with-whom = بالتعاون مع
plan-col-start = البداية
plan-col-due = الأجل
plan-col-indicator = المؤشر
plan-col-resources = الموارد
plan-col-status = الحالة
# A problem's row. $rank: its place on the shortlist; $title: its title.
plan-heading-ranked = #{ $rank } { $title }
plan-heading-not-shortlisted = { $title } (ليست في القائمة المختصرة)
# After the problem's row's title (after " — "). $n: how many actions.
plan-heading-no-actions = لا إجراءات بعد
plan-heading-no-actions-add = لا إجراءات بعد: a يضيف إجراءً
plan-heading-actions = { $n ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $n } إجراءات
    [many] { $n } إجراءً
   *[other] { $n } إجراء
}
# Deleting an action (d). $activity: what it does; the second with $n, how
# many progress notes go with it.
plan-ask-delete = هل تحذف الإجراء «{ $activity }»؟
plan-ask-delete-notes = هل تحذف الإجراء «{ $activity }» ومعه { $n ->
    [zero] لا ملاحظات متابعة
    [one] ملاحظة متابعة واحدة
    [two] ملاحظتا متابعة
    [few] { $n } ملاحظات متابعة
    [many] { $n } ملاحظة متابعة
   *[other] { $n } ملاحظة متابعة
}؟
# d on a problem's row.
plan-delete-on-problem = d يحذف إجراءً: انتقل إلى أحدها أولًا (المشكلات تُحذف في { -step-identify })
# v switches what is listed.
plan-showing-all = تُعرض كل المشكلات
plan-showing-shortlist = تُعرض القائمة المختصرة (والمشكلات التي لها إجراءات)
# The action form saved with nothing changed.
plan-no-changes = لم يتغيّر شيء
# The detail area's title for an action. $status: its status (mark and word).
plan-detail-action = الإجراء · { $status }
# Added to it (after " · "). $n: how many progress notes; $mark: ↻.
plan-detail-notes = { $n ->
    [zero] لا ملاحظات متابعة
    [one] ملاحظة متابعة واحدة
    [two] ملاحظتا متابعة
    [few] { $n } ملاحظات متابعة
    [many] { $n } ملاحظة متابعة
   *[other] { $n } ملاحظة متابعة
}
plan-detail-inherited = { $mark } من الدورة السابقة
# The detail area's labels for an action.
plan-label-activity = النشاط
plan-label-responsible = المسؤول
plan-label-with-whom = بالتعاون مع
plan-label-when = متى
plan-label-resources = الموارد
plan-label-indicator = المؤشر
plan-label-risks = المخاطر
plan-label-problem = المشكلة
plan-label-score-card = بطاقة الأداء
# The detail area's title for a problem. $place: where it is on the
# shortlist (one of the two below); $dots: " · 3 dots" or nothing.
plan-detail-problem = المشكلة · { $place }{ $dots }
plan-detail-problem-add = المشكلة · { $place }{ $dots } · a يضيف إجراءً
# $rank: its place.
plan-detail-place = #{ $rank } في القائمة المختصرة
plan-detail-not-shortlisted = ليست في القائمة المختصرة
# $n: how many dots it has.
plan-detail-dots = { $n ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $n } نقاط
    [many] { $n } نقطة
   *[other] { $n } نقطة
}
# The detail area's labels for a problem.
plan-label-about = الوصف
plan-label-where = أين
plan-label-causes = الأسباب
plan-label-effects = الآثار

## The action form (Plan, Monitor, the score card) and how an action's dates
## and status read on the facilitator's screens

# The form's title: adding to a problem ($title: its title), or editing.
action-form-new = إجراء جديد لـ«{ $title }»
action-form-edit = تعديل الإجراء
# Its fields, each with its help line where it has one.
action-field-activity = النشاط
action-field-activity-help = ما الذي سيُنجز
action-field-responsible = المسؤول
action-field-due = الموعد النهائي
action-field-indicator = المؤشر
action-field-indicator-help = { -indicator }: كيف سيعرف الحاضرون أن الإجراء نجح
action-field-with-whom = بالتعاون مع
action-field-start = البداية
action-field-resources = الموارد
action-field-resources-help = المال، الأشخاص، المواد، النقل…
action-field-risks = المخاطر
action-field-risks-help = المخاطر ومراعاة حساسية النزاع: من قد يتضرّر أو يُستبعد أو يغضب
action-field-problem = المشكلة
# Who usually leads or joins an action, offered as the form's suggestions
# for Responsible and With whom (what is chosen is typed into the session).
action-actor-community = المجتمع
action-actor-police = الشرطة
action-actor-local-authority = السلطة المحلية
action-actor-cso = منظمات المجتمع المدني
# Why the form cannot be saved. $due, $start: ISO dates.
action-activity-empty = النشاط: اذكر ما الذي سيُنجز
action-due-before-start = الموعد النهائي: { $due } قبل البداية ({ $start })
# The score-card gap an action answers. $name: the indicator; $gap: signed.
action-gap = «{ $name }»، الفجوة { $gap }
action-gap-none = «{ $name }»
# How an open action's due date stands. $days: how many days.
action-due-today = موعده اليوم
action-due-tomorrow = موعده غدًا
action-overdue-by = متأخر { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
action-due-in = موعده بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# An action's dates. $start, $due: ISO dates; $note: how the due date stands.
action-dates-both = من { $start } إلى { $due }
action-dates-from = من { $start }، دون موعد نهائي
action-dates-by = بحلول { $due }
action-dates-note = { $span } · { $note }

## Monitor, the facilitator's panel (every action and its progress)

# With no action to follow (the second: a session only looked at).
monitor-empty = لا إجراءات بعد — خطّط لها في { -step-plan } (Shift+Tab يعود)، ثم تابعها هنا
monitor-empty-read-only = لا إجراءات في هذه الجلسة
# Dropping an action (5, or s to dropped). $activity: what it does.
monitor-ask-drop = هل تُلغي الإجراء «{ $activity }»؟ يبقى في الخطة موسومًا بأنه ملغى (u يعيده).
# A status set to the one it has. $status: the status's word.
monitor-already = الحالة أصلًا: { $status }
# The form's action is no longer there.
monitor-gone = هذا الإجراء لم يعد موجودًا
# The action form saved with nothing changed.
monitor-no-changes = لم يتغيّر شيء
# The progress note form (n). $activity: the action's.
monitor-note-title = { -progress-note } على «{ $activity }»
monitor-field-date = التاريخ
monitor-field-note = الملاحظة
monitor-field-note-help = ما الذي حدث: من فعل ماذا، وما الذي تغيّر
# Why the note cannot be saved. $date, $today: ISO dates.
monitor-date-after-today = التاريخ: { $date } بعد اليوم ({ $today })؛ الملاحظة تسجّل ما حدث فعلًا
monitor-note-empty = الملاحظة: اكتب ما الذي حدث
# The line above the table. $overdue: how many are overdue; $total: how
# many actions there are.
monitor-overdue = ! المتأخر: { $overdue } من { $total ->
    [zero] { $total } إجراء
    [one] إجراء واحد
    [two] إجراءين
    [few] { $total } إجراءات
    [many] { $total } إجراءً
   *[other] { $total } إجراء
}
monitor-none-overdue = { $total ->
    [zero] لا إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $total } إجراءات
    [many] { $total } إجراءً
   *[other] { $total } إجراء
} · لا شيء متأخر
# After the counts per status. $mark: ↻; $n: how many came from last cycle.
monitor-inherited = { $mark } { $n } من الدورة السابقة
# The table's column headings (short: most columns are 10 to 16 cells);
# the column after Due has no heading (how the due date stands).
monitor-col-status = الحالة
monitor-col-activity = النشاط
monitor-col-responsible = المسؤول
monitor-col-start = البداية
monitor-col-due = الموعد
monitor-col-problem = المشكلة
monitor-col-last-note = آخر ملاحظة
# In the column after Due, for an open action without one.
monitor-no-due-date = بلا موعد نهائي
# The detail area: who. $partners: whom it is done with; $responsible: who leads.
monitor-with = بالتعاون مع { $partners }
monitor-who-with = { $responsible } · بالتعاون مع { $partners }
# Where an action came from. $mark: ↻; $from: the earlier session's id.
monitor-from-last-cycle = { $mark } من الدورة السابقة (الجلسة { $from })
# The detail area's labels.
monitor-label-for = لأجل
monitor-label-who = من
monitor-label-when = متى
monitor-label-indicator = المؤشر
monitor-label-score-card = بطاقة الأداء
monitor-label-from = المصدر
# The heading of the action's notes. $n: how many.
monitor-notes-none = لا ملاحظات متابعة
monitor-notes-none-add = لا ملاحظات متابعة بعد — n يضيف واحدة
monitor-notes = ملاحظات المتابعة، الأحدث أولًا ({ $n })
