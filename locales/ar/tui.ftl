### baraza — العربية: شاشات الميسّر.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.

## سطر الحالة

said-language = اللغة: { $name }
said-language-not-kept = اللغة: { $name } (لم تُحفظ: { $error })

# الشاشة كلها، حين تكون النافذة أصغر مما يلزم.
too-small = النافذة صغيرة جدًا: { $width }×{ $height }، والمطلوب { $min_width }×{ $min_height }

## حالة الحفظ (الطرف الأيمن من سطر الحالة)

save-unchanged = لا تغييرات بعد
save-saving = جارٍ الحفظ…
save-saved = حُفظ { $time }
save-read-only = للقراءة فقط
save-not-saved = لم يُحفظ!
save-last-saved = آخر حفظ { $time }
save-nothing-saved = لم يُحفظ شيء منذ الفتح
save-failed = لم يُحفظ ({ $last }): { $error } — محفوظ في الذاكرة، تُعاد المحاولة كل ثانيتين وعند كل مفتاح
save-stopped = لم يُحفظ ({ $last }): { $error } — ما تغيّر هنا باقٍ في الذاكرة فقط

## علامات شريط العنوان

flag-wall-blank = الجدار مُطفأ
flag-blind-vote = تصويت سري
flag-example = مثال · للقراءة فقط
flag-read-only = للقراءة فقط
flag-room-language = القاعة: { $name }
flag-timer-paused = ⏸ { $time } متوقف
flag-timer-up = ⏰ انتهى الوقت +{ $time }

## قائمة الجلسات

list-title = baraza · جلسات الأمن المجتمعي
list-count = { $sessions ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}

## رسائل سطر الحالة داخل الجلسة

said-staying = باقٍ هنا
said-left-as-it-was = تُرك كما كان
said-last-step = { -step-learn } هي الخطوة الأخيرة؛ Shift+Tab للرجوع
said-first-step = { -step-prepare } هي الخطوة الأولى؛ Tab للمتابعة
said-nothing-to-undo = لا شيء للتراجع عنه
said-nothing-to-redo = لا شيء لإعادته
said-undone = تم التراجع: { $what }
said-redone = أُعيد: { $what }
said-room-view-on = شاشة القاعة: p مرة أخرى لشاشة الميسّر
said-room-view-off = شاشة الميسّر: p يُظهر شاشة القاعة
said-blank-on = شاشة القاعة مُطفأة (العنوان فقط): . يُظهرها من جديد
said-blank-off = شاشة القاعة تعرض اللوحة من جديد
said-read-only = للقراءة فقط: لا يمكن تغيير شيء هنا؛ q ثم Enter على الجلسة للتعديل
said-timer-stopped = أُوقف المؤقّت
said-timer-started = المؤقّت: { $time } من الآن
said-timer-paused = المؤقّت متوقف مؤقتًا
said-timer-goes-on = المؤقّت يستأنف
said-timer-extended = دقيقة إضافية: بقي { $time }
said-timer = المؤقّت

## أسئلة (مربع y/n: نعم/لا)

ask-leave-not-saved = لم يُحفظ: تعذّرت كتابة التغييرات الأخيرة ({ $error }). هل تغادر على أي حال وتفقدها؟
ask-leave-form-open = هل تغادر؟ ما كُتب في النموذج المفتوح غير محفوظ.

## رسائل القائمة وفتح الجلسات

said-folder-read = أُعيدت قراءة المجلد: { $sessions ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}
said-example-next-cycle = هذا مثال مدمج في baraza: q ثم n يبدأ جلسة خاصة بك
said-theme = المظهر: { $name }
said-theme-not-kept = المظهر: { $name } (لم يُحفظ: { $error })
said-migrated = أنشأ هذا الملفَ إصدارٌ أقدم من baraza (الإصدار { $version })؛ تُحفظ نسخة منه عند أول حفظ
said-opened-read-only = فُتح للقراءة فقط: لا يمكن تغيير شيء هنا
said-cannot-open = تعذّر الفتح: { $error }
said-example-opened = مثال للقراءة فقط: تصفّح كل اللوحات (F1 إلى F6)؛ q للرجوع
said-cannot-open-example = تعذّر فتح المثال: { $error }
said-created = حُفظت جلسة جديدة: أضف الفئات الحاضرة في القاعة
said-cannot-create = تعذّر إنشاء الجلسة: { $error }
said-cannot-read = تعذّرت القراءة: { $error }
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
said-previous-missing = الدورة السابقة (المعرّف { $id }) ليست في هذا المجلد
said-cannot-read-previous = تعذّرت قراءة الدورة السابقة: { $error }
said-cannot-show = تعذّر العرض: { $error }
