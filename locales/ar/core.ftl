### baraza — العربية: الرسائل الأساسية (التواريخ، الأرقام، الحالات، القواعد).
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### مصطلحات المنهجية في glossary.ftl.

## كيف تُكتب القوائم والأرقام والتواريخ

# بين عناصر القائمة: الفاصلة العربية.
list-separator = {"، "}
# الفاصلة العشرية مع الأرقام الغربية ("2.5").
decimal-separator = .
# "5 نوفمبر 2026" (أسماء الأشهر كما في السودان واليمن ومصر)، "الخميس".
# لا تُختصر أسماء الأشهر في العربية.
date-short = %-d %B %Y
date-long = %-d %B %Y
date-weekday = %A

## كلمات أساسية للشاشات والتقارير (الخطوات، حالات الإجراء، طرق الترتيب)

stage-prepare = { -step-prepare }
stage-identify = { -step-identify }
stage-rank = { -step-rank }
stage-plan = { -step-plan }
stage-monitor = { -step-monitor }
stage-learn = { -step-learn }
status-planned = مخطَّط
status-in-progress = قيد التنفيذ
status-done = منجَز
status-stalled = متعثّر
status-dropped = ملغى
method-dots = { -dot-voting }
method-pairwise = { -pairwise }
method-criteria = { -criteria-scoring }
