### baraza — العربية: المفاتيح.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.
