### baraza — العربية: شاشات الميسّر.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar`.
### مصطلحات المنهجية في glossary.ftl.

## سطر الحالة

said-language = اللغة: { $name }
said-language-not-kept = اللغة: { $name } (لم تُحفظ: { $error })
