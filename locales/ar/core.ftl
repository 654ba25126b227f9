### baraza — العربية: الرسائل الأساسية (التواريخ، الأرقام، الحالات، القواعد).
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## How this language writes lists, numbers and dates

# Between the items of a list ("what worked, lessons").
# بين عناصر القائمة: الفاصلة العربية.
list-separator = {"، "}
# Between the whole and the fraction of a number ("2.5").
# الفاصلة العشرية مع الأرقام الغربية ("2.5").
decimal-separator = .
# A date in a sentence or a short cell: strftime patterns (%-d the day,
# %b the short month name, %B the whole month name, %Y the year, %A the
# weekday). Files always keep ISO dates (2026-11-05).
# "5 نوفمبر 2026" (أسماء الأشهر كما في السودان واليمن ومصر)، "الخميس".
# لا تُختصر أسماء الأشهر في العربية.
date-short = %-d %B %Y
date-long = %-d %B %Y
date-weekday = %A

## Words the core gives to screens and reports

# The six steps of the cycle, as the stepper, the panels' titles and the
# reports name them.
stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
# An action's status (Monitor, the room's screen, reports).
status-planned = مخطَّط
status-in-progress = قيد التنفيذ
status-done = منجَز
status-stalled = متعثّر
status-dropped = ملغى
# How the room ranked ("Results by dot voting").
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
