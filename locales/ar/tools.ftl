### baraza — العربية: بطاقة الأداء، أين ومتى، وسجل المتابعة: اللوحات، شاشة القاعة وأقسام التقارير.
### هذه الترجمة بانتظار المراجعة من ميسّر لغته الأم العربية
### (awaits review by a native-speaking facilitator).
### للتصحيح: عدّل هذا الملف، ثم شغّل `baraza lang check ar --files locales`.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Where and when: the words of the model (panel, room's screen, reports)

# A view of time: the title of the grid, the wall's heading, `m`'s message.
ww-clock-day = أوقات اليوم
ww-clock-season = الأشهر
# A time band's name, over a column of the grid and the reports' tables.
# $band: morning, afternoon, evening, night or month; $month: the month's
# number (1–12) when $band is month.
ww-band = { $band ->
    [morning] الصباح
    [afternoon] الظهر
    [evening] المساء
    [night] الليل
   *[month] { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
}
# The same in at most five cells for a time of day, three for a month (the
# seasonal grid's narrow columns). $band, $month: as above.
ww-band-short = { $band ->
    [morning] صباح
    [afternoon] ظهر
    [evening] مساء
    [night] ليل
   *[month] { $month ->
        [1] ينا
        [2] فبر
        [3] مار
        [4] أبر
        [5] ماي
        [6] يون
        [7] يول
        [8] أغس
        [9] سبت
        [10] أكت
        [11] نوف
       *[12] ديس
    }
}
# When, as a sentence says it ("«the borehole» at night"). $band, $month: as
# above.
ww-when = { $band ->
    [morning] صباحًا
    [afternoon] بعد الظهر
    [evening] مساءً
    [night] ليلًا
   *[month] في { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
}
# What a mark means, as the room hears it. $level: 0 to 3.
ww-level = { $level ->
    [0] آمن
    [1] غير آمن قليلًا
    [2] غير آمن
   *[3] غير آمن جدًا
}
# The heading of the column of places (grid, wall, reports).
ww-map-place = المكان
# The heading of the whole room's grid. $groups: how many groups marked.
ww-map-whole-room = القاعة كلها ({ $groups ->
    [zero] { $groups } مجموعة
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $groups } مجموعات
    [many] { $groups } مجموعة
   *[other] { $groups } مجموعة
})
# After the cell in words: the whole room's mean. $level: it ("2.3").
ww-whole-room = القاعة كلها { $level }

## Where and when, the facilitator's view of Identify (w)

# Title. $clock: the view shown (ww-clock-…); $other: the view m shows.
ww-title = أين ومتى · { $clock } (m: { $other })
# …with the group marking. $group: its name.
ww-title-marking = أين ومتى · { $clock } (m: { $other }) · تقيّم: { $group } (g)
# m pressed. $clock: the view now shown.
ww-showing = المعروض: { $clock }
# g, or a digit, with no groups.
ww-no-groups = لا مجموعات بعد — أضف المجموعات في { -step-prepare } أولًا (F1)
# g pressed. $group: the group now marking.
ww-marking = المجموعة التي تقيّم: { $group }
# A key that needs a place, with none.
ww-no-places = لا أماكن بعد — a يضيف مكانًا، باسمه كما تسمّيه القاعة (طريق السوق، البئر)
# The view with no places (the room has not named any).
ww-empty = لا أماكن بعد — a يضيف مكانًا، باسمه كما تسمّيه القاعة (طريق السوق، البئر، موقف الحافلات)؛ ثم تقيّم كل مجموعة مدى انعدام الأمان فيه في كل وقت
# …opened read-only.
ww-empty-read-only = لم يُسمَّ أي مكان بعد
# The cell under the cursor in words. $name: the place; $when: ww-when;
# $group: the group; $level: its mark (0–3); $word: what it means (ww-level).
ww-detail-mark = ▶ «{ $name }» { $when } — { $group }: { $level } ({ $word })
# …the group has not marked it.
ww-detail-not-marked = ▶ «{ $name }» { $when } — { $group }: لم يُقيَّم بعد
# …no group in the room.
ww-detail-no-group = ▶ «{ $name }» { $when } — لا مجموعة
# Under the grid: what the shades mean.
ww-legend = ▓ 3 غير آمن جدًا · ▒ 2 غير آمن · ░ 1 قليلًا · · 0 آمن · فارغ: لم يُقيَّم
# The window too narrow for any grid.
ww-widen = وسّع النافذة لترى الجدول
# Delete on a mark the group has not made. $group, $name (the place), $when.
ww-not-marked = لم تقيّم { $group } «{ $name }» { $when }
# d: the question. $name: the place; $marks: how many marks go with it.
ww-ask-delete = { $marks ->
    [0] هل تحذف المكان «{ $name }»؟ (u تعيده)
    [one] هل تحذف المكان «{ $name }»؟ تذهب معه علامته الوحيدة. (u تعيده)
    [two] هل تحذف المكان «{ $name }»؟ تذهب معه علامتاه. (u تعيده)
    [few] هل تحذف المكان «{ $name }»؟ تذهب معه { $marks } علامات. (u تعيده)
    [many] هل تحذف المكان «{ $name }»؟ تذهب معه { $marks } علامة. (u تعيده)
   *[other] هل تحذف المكان «{ $name }»؟ تذهب معه { $marks } علامة. (u تعيده)
}
# The place form's title, adding.
ww-form-add-place = إضافة مكان
# …renaming. $name: the place.
ww-form-place = المكان «{ $name }»
# Its field and the field's help.
ww-field-place = المكان
ww-field-place-help = كما تسمّيه القاعة: «ممر السكة الحديد»، «كشك مياه كياندا»
# Why the name is not taken: none typed; another place has it ($name).
ww-place-empty = المكان: المكان يحتاج إلى اسم
ww-place-taken = المكان: يوجد مكان باسم «{ $name }» بالفعل
# The mark form's title. $group, $name (the place), $when: as above.
ww-form-mark = { $group }: «{ $name }» { $when }
# Its fields and the help of the problems'.
ww-field-unsafe = انعدام الأمان
ww-field-problems = المشكلات
ww-field-problems-help = المشكلات التي تحدث هنا في هذا الوقت (المسافة تحدّد)

## Where and when on the room's screen

# Heading. $clock: the view shown (ww-clock-…).
ww-room-heading = أين ومتى يحدث انعدام الأمن · { $clock }
# No places.
ww-room-empty = لم يُسمَّ أي مكان بعد.
# The cell the facilitator is on. $name: the place; $when: ww-when; $group:
# the group marking; $mark: ww-room-level or ww-room-not-marked.
ww-room-cell = ▶ { $name } { $when } — { $group }: { $mark }
# $level: the mark (0–3); $word: what it means (ww-level).
ww-room-level = { $level } ({ $word })
ww-room-not-marked = لم يُقيَّم بعد
# Under the map: what the shades mean.
ww-room-legend = ▓ 3 غير آمن جدًا · ▒ 2 غير آمن · ░ 1 قليلًا · · 0 آمن
# The wall too narrow for the map.
ww-room-widen = وسّع النافذة لترى الخريطة.

## Where and when in the reports (Markdown, HTML)

report-ww-heading = أين ومتى
report-ww-intro = قيّمت كل مجموعة مدى انعدام الأمان في كل مكان في كل وقت: 0 آمن، 1 قليلًا، 2 غير آمن، 3 غير آمن جدًا (▓ 3، ▒ 2، ░ 1، · 0؛ فارغ: لم يُقيَّم). تقييم القاعة كلها هو متوسط المجموعات التي قيّمت الخانة، وتُحسب كل مجموعة مرة واحدة.
# A sub-heading. $clock: day or season.
report-ww-by = { $clock ->
    [day] حسب أوقات اليوم
   *[season] حسب أشهر السنة
}
# A grid's caption: the whole room's, a group's ($group). $clock: as above.
report-ww-room-grid = { $clock ->
    [day] القاعة كلها، أوقات اليوم
   *[season] القاعة كلها، أشهر السنة
}
report-ww-group-grid = { $clock ->
    [day] { $group }، أوقات اليوم
   *[season] { $group }، أشهر السنة
}
# Before the list of the cells marked highest.
report-ww-hottest = الأعلى تقييمًا لدى القاعة كلها:
# One of them. $place: its name; $band: the time (ww-band).
report-ww-hot-spot = { $place }، { $band }
# No marks at all. $places: the places named, as a list.
report-ww-not-marked = أماكن سُمّيت ولم تُقيَّم بعد: { $places }.

## The follow-up ledger: the words of the model (panel, room's screen, reports)

# What came back, as the reply form offers it and the lists show it.
ledger-kind-no-reply = لا رد
ledger-kind-reply = رد
ledger-kind-action = اتُّخذ إجراء
ledger-kind-done = انتهى
# Where an escalation stands (the wall's counts, the reports' Stands column).
ledger-standing-awaiting-reply = بانتظار رد
ledger-standing-awaiting-action = جاء الرد، بانتظار إجراء
ledger-standing-in-action = الإجراء جارٍ
ledger-standing-done = انتهى
# Where it stands, short enough for the 26-cell Stands column. $days: how
# many days it has waited for a reply / for an action since the reply, or
# took to done; $day: the day of the first action.
ledger-stands-awaiting-reply = لا رد · { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
ledger-stands-awaiting-action = رد · بلا إجراء { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
ledger-stands-in-action = ▶ أول إجراء في اليوم { $day }
ledger-stands-done = ✓ انتهى في { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# How long it has waited, or took (under its replies; the reports' Waiting
# column). $days: the days.
ledger-waited-done = انتهى بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
ledger-waited-in-action = أول إجراء بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
ledger-waited-awaiting-action = جاء الرد، بلا إجراء منذ { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
ledger-waited-awaiting-reply = بانتظار رد منذ { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# A date of the wall's lines without its year ("5 Nov"): strftime, as
# date-short in core.ftl.
date-day-month = %-d %B

## The follow-up ledger, the facilitator's view of Monitor (f)

# Title. $awaited: how many are still awaited; $done: how many are done.
ledger-title = متابعة المشكلات المرفوعة · { $awaited } بالانتظار · { $done } انتهت
# Nothing escalated (the view, and a key that needs an escalation).
ledger-empty = لم يُرفع شيء بعد — a يسجّل مشكلة رُفعت خارج المجتمع: إلى من، ومتى؛ ثم n يسجّل كل رد، أو أنه لم يأتِ رد
ledger-empty-read-only = لم يُرفع شيء في هذه الجلسة
ledger-nothing-yet = لم يُرفع شيء بعد — a يسجّل مشكلة رُفعت خارج المجتمع
# The table's headings (and the reports').
ledger-col-problem = المشكلة
ledger-col-to = رُفعت إلى
ledger-col-raised = التاريخ
ledger-col-stands = الحال
# Over the selected one's replies. $problem: its title; $to: to whom it
# went; $raised: the day (ISO).
ledger-detail-rule = ── «{ $problem }» · { $to } · رُفعت { $raised }{ " " }
# No reply recorded yet.
ledger-no-replies = لم يُسجَّل شيء منذ رفعها — n يسجّل ردًا، أو أنه لم يأتِ رد
# Under its replies. $first: days to the first action; $done: days to done.
ledger-days-done = أول إجراء بعد { $first ->
    [zero] { $first } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $first } أيام
    [many] { $first } يومًا
   *[other] { $first } يوم
} · انتهى بعد { $done ->
    [zero] { $done } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $done } أيام
    [many] { $done } يومًا
   *[other] { $done } يوم
}
ledger-days-acting = أول إجراء بعد { $first ->
    [zero] { $first } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $first } أيام
    [many] { $first } يومًا
   *[other] { $first } يوم
} · لم ينتهِ بعد
# d: the question. $problem, $to: as above; $replies: how many go with it.
ledger-ask-delete = { $replies ->
    [0] هل تحذف رفع «{ $problem }» إلى { $to }؟ (u تعيده)
    [one] هل تحذف رفع «{ $problem }» إلى { $to }؟ يذهب معه رده الوحيد. (u تعيده)
    [two] هل تحذف رفع «{ $problem }» إلى { $to }؟ يذهب معه رداه. (u تعيده)
    [few] هل تحذف رفع «{ $problem }» إلى { $to }؟ تذهب معه { $replies } ردود. (u تعيده)
    [many] هل تحذف رفع «{ $problem }» إلى { $to }؟ يذهب معه { $replies } ردًّا. (u تعيده)
   *[other] هل تحذف رفع «{ $problem }» إلى { $to }؟ يذهب معه { $replies } رد. (u تعيده)
}
# a with no problems named.
ledger-no-problems = لا مشكلات بعد — سمّها في { -step-identify } (F2)، ثم ارفع إحداها هنا
# The escalation form's title: new, or editing one ($problem: its title).
ledger-form-raise = رُفعت خارج المجتمع
ledger-form-escalation = رفع «{ $problem }»
# Its fields and their help.
ledger-field-problem = المشكلة
ledger-field-to = إلى من
ledger-field-to-help = المكتب أو اللجنة، لا اسم شخص
ledger-field-raised = تاريخ الرفع
# Offered in To whom (typed as they read when picked).
ledger-body-district-committee = لجنة الأمن في المنطقة
ledger-body-sub-county-committee = لجنة الأمن في المقاطعة الفرعية
ledger-body-county-commander = قائد شرطة المقاطعة
ledger-body-county-commissioner = مفوّض المقاطعة
ledger-body-gender-office = مكتب شؤون النوع الاجتماعي في المقاطعة
ledger-body-interior = وزارة الداخلية
# Why the form is not taken: nobody named; a date after today ($day, $today,
# ISO); the raised date after a reply ($day); a reply before the problem was
# raised ($day, $raised).
ledger-to-empty = إلى من: قل إلى من رُفعت المشكلة
ledger-date-future = التاريخ: { $day } بعد اليوم ({ $today })؛ السجل يدوّن ما حدث
ledger-raised-after-reply = تاريخ الرفع: { $day } بعد رد مسجَّل بالفعل
ledger-date-before-raised = التاريخ: { $day } قبل رفع المشكلة ({ $raised })
# The reply form's title. $to: to whom; $problem: the problem's title.
ledger-form-reply = ما جاء من { $to } بشأن «{ $problem }»
# Its fields and their help.
ledger-field-date = التاريخ
ledger-field-what = ماذا
ledger-field-what-help = لا رد: تمت المتابعة ولم يأتِ شيء؛ انتهى: لا شيء منتظر بعد
ledger-field-note = ملاحظة
ledger-field-note-help = ما قيل أو فُعل، ومن (اختياري)
# The escalation was deleted while its form was open.
ledger-gone = ذلك الرفع لم يعد موجودًا
# The status line when a session opens with escalations from the last cycle
# still awaited. $problem: the first's title; $to: to whom; $stands: where
# it stands (ledger-stands-…); $more: how many others.
ledger-still-awaited = { $more ->
    [0] ما زال منتظرًا من الدورة السابقة: «{ $problem }» ({ $to }، { $stands }) — f في { -step-monitor } (F5) للمتابعة
   *[other] ما زال منتظرًا من الدورة السابقة: «{ $problem }» ({ $to }، { $stands }) و{ $more } غيرها — f في { -step-monitor } (F5) للمتابعة
}

## The follow-up ledger on the room's screen

# Heading. $awaited: how many are still awaited.
ledger-room-heading = متابعة ما رُفع: { $awaited } بالانتظار
ledger-room-empty = لم يُرفع شيء خارج المجتمع بعد.
# Under the big counts (four columns share 76 cells at 80×24: short).
ledger-room-await-reply = بانتظار رد
ledger-room-await-action = بانتظار إجراء
ledger-room-under-way = جارية
ledger-room-done = انتهت
# Under each escalation's title. $to: to whom; $since: the day raised, in
# words; $stands: where it stands (ledger-stands-…).
ledger-room-detail = إلى { $to } منذ { $since } · { $stands }

## The follow-up ledger in the reports (Markdown, HTML)

report-ledger-heading = متابعة المشكلات المرفوعة
# The summary, in three parts: this, then (in bold) report-ledger-awaited,
# then report-as-of-date. $n: how many problems were raised.
report-ledger-raised = { $n ->
    [zero] لم تُرفع أي مشكلة
    [one] رُفعت مشكلة واحدة
    [two] رُفعت مشكلتان
    [few] رُفعت { $n } مشكلات
    [many] رُفعت { $n } مشكلةً
   *[other] رُفعت { $n } مشكلة
} خارج المجتمع؛{ " " }
# $n: how many are still awaited (in bold).
report-ledger-awaited = { $n } ما زالت بالانتظار
# The table's headings beyond the panel's (ledger-col-…).
report-ledger-col-no = رقم
report-ledger-col-first-reply = أول رد
report-ledger-col-days-to-action = أيام حتى أول إجراء
report-ledger-col-days-to-done = أيام حتى الانتهاء
report-ledger-col-waiting = الانتظار
# A problem carried from an earlier cycle. $problem: its title.
report-ledger-inherited = { $problem } (من دورة سابقة)
# Over an escalation's replies. $problem: its title; $to: to whom.
report-ledger-replies-heading = «{ $problem }»، رُفعت إلى { $to }

## The score card: the words of the model (panel, room's screen, reports)

# The scales the room scores on (the settings form; the reports' note).
card-scale-hundred = 0–100، مثل درجة المعلّم
card-scale-five = 1–5، من سيئ جدًا إلى جيد جدًا
# The provider while the room has not named it.
card-provider = مقدّم الخدمة
# The table's headings (panel, wall; Indicator, Gap and Mean in the
# reports): at most 5 cells for the short community's and the gap's.
card-col-indicator = المؤشر
card-col-community-short = مجتمع
card-col-gap = فجوة
card-mean = المتوسط
# The provider's column headed by a letter (its name in the legend).
card-col-provider-short = م
# Under the table. $big: the biggest gaps' mark (◆); $planned: the mark of
# an action planned on a gap (→).
card-legend = { $big } أكبر الفجوات · { $planned } إجراء مخطط · الفجوة = المجتمع − مقدّم الخدمة
# …where that does not fit (the wall).
card-legend-short = { $big } أكبر الفجوات · { $planned } إجراء مخطط

## The score card, the facilitator's view of Rank (S)

# Title. $provider: who is scored; $scale: 0–100 or 1–5.
card-title = بطاقة الأداء · { $provider } · { $scale }
# Beside it. $scored: the scores given; $cells: the cells of the card.
card-scored = { $scored } من { $cells } مقيّمة
# No indicators yet (the view, and a key that needs one).
card-empty = لا مؤشرات بعد — I يضيف المجموعة الأولى لخدمات الشرطة (الاستجابة، الاحترام، الإنصاف مع النساء والشباب، النزاهة، الحضور…)، a مؤشرًا بكلمات القاعة، o يسمّي من يُقيَّم
card-empty-read-only = لا مؤشرات بعد
card-no-indicators = لا مؤشرات بعد — I يضيف المجموعة الأولى لخدمات الشرطة، a مؤشرًا من القاعة
# The cell under the cursor in words. $name: the indicator; $who: the group
# or the provider; $score: the score; $reason: the reason given.
card-detail-reason = ▶ «{ $name }» — { $who }: { $score } · «{ $reason }»
card-detail-score = ▶ «{ $name }» — { $who }: { $score } (e يعطي السبب)
card-detail-unscored = ▶ «{ $name }» — { $who }: لم يُقيَّم بعد
# Digits typed, then the cursor moved. $typed: the digits.
card-moved = لم يُسجَّل { $typed }: تحرّك المؤشر قبل Enter
# I with every starter indicator on the card.
card-starter-complete = في البطاقة كل مؤشرات المجموعة الأولى
# A digit too many. $n: the most a score has.
card-max-digits = للدرجة { $n } أرقام على الأكثر
# Esc with digits typed.
card-digits-cleared = مُسحت الأرقام
# Enter on digits outside the scale. $typed: them; $min, $max: the scale.
card-out-of-scale = لم يُسجَّل { $typed }: الدرجة من { $min } إلى { $max } في هذه البطاقة
# Delete on a cell with no score. $who: the group or provider; $name: the
# indicator.
card-nothing-to-clear = لم تعطِ { $who } درجة على «{ $name }» لتُمسح
# d: the question. $name: the indicator; $scores: how many go with it.
card-ask-delete = { $scores ->
    [0] هل تحذف المؤشر «{ $name }»؟ (u تعيده)
    [one] هل تحذف المؤشر «{ $name }»؟ تذهب معه درجته الوحيدة. (u تعيده)
    [two] هل تحذف المؤشر «{ $name }»؟ تذهب معه درجتاه. (u تعيده)
    [few] هل تحذف المؤشر «{ $name }»؟ تذهب معه { $scores } درجات. (u تعيده)
    [many] هل تحذف المؤشر «{ $name }»؟ تذهب معه { $scores } درجة. (u تعيده)
   *[other] هل تحذف المؤشر «{ $name }»؟ تذهب معه { $scores } درجة. (u تعيده)
}
# The score form's title. $who, $name: as above.
card-form-score = { $who } على «{ $name }»
# Its fields and their help (one per scale).
card-field-score = الدرجة
card-field-score-help-hundred = 0 إلى 100، مثل درجة المعلّم
card-field-score-help-five = 1 سيئ جدًا … 5 جيد جدًا
card-field-reason = السبب
card-field-reason-help = لماذا تعطي المجموعة هذه الدرجة، بكلماتها
# The indicator form's title: adding, or rewording ($name).
card-form-add-indicator = إضافة مؤشر
card-form-indicator = المؤشر «{ $name }»
card-field-indicator = المؤشر
card-field-indicator-help = ما تحكم به القاعة على الخدمة، مثلًا «تأتي عند الطلب ليلًا»
# Why the name is not taken: none typed; another indicator has it ($name).
card-indicator-empty = المؤشر: المؤشر يحتاج إلى اسم
card-indicator-taken = المؤشر: يوجد مؤشر «{ $name }» بالفعل
# The settings form (o).
card-form-settings = بطاقة الأداء
card-field-provider = مقدّم الخدمة
card-field-provider-help = الخدمة المقيَّمة، التي تقيّم نفسها: «مركز شرطة كيبيرا»
card-field-scale = المقياس
card-field-scale-help = يُختار قبل أول درجة
card-scale-locked = المقياس: يُختار قبل أول درجة (امسح الدرجات لتغييره)
# P with no problem to plan for.
card-action-no-problem = الإجراء يخص مشكلة: سمِّ واحدة في { -step-identify } أولًا (F2)
# The action form's title (P). $name: the indicator.
card-form-action = إجراء على فجوة «{ $name }»
# The indicator of success the action form starts with: the baseline it is
# measured from. $name: the indicator; $score: the community's mean; $gap:
# the gap, signed.
card-measure-gap = ارتفاع درجة المجتمع على «{ $name }» من { $score } (الفجوة { $gap })
card-measure = ارتفاع درجة المجتمع على «{ $name }» من { $score }
card-measure-next = ارتفاع درجة المجتمع على «{ $name }» في الدورة القادمة
# The action saved. $name: the indicator.
card-action-planned = خُطط إجراء على فجوة «{ $name }»: هو في { -step-plan } (F4)

## The score card on the room's screen

# Heading. $provider: who is scored.
card-room-heading = بطاقة الأداء: المجتمع و{ $provider }، جنبًا إلى جنب
# No indicators (the wall; the reports too).
card-room-empty = لم يُتفق على مؤشرات بعد.
# An indicator's scores in a line. $community: the community's mean;
# $provider: who is scored; $score: its own score; $gap: the gap, signed.
card-room-scores = المجتمع { $community } · { $provider } { $score } · الفجوة { $gap }
# Under the big digits: the community's ($groups: how many groups), the gap's
# (with $big, the mark, when among the biggest).
card-room-community = المجتمع ({ $groups ->
    [zero] { $groups } مجموعة
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $groups } مجموعات
    [many] { $groups } مجموعة
   *[other] { $groups } مجموعة
})
card-room-gap = الفجوة
card-room-gap-biggest = { $big } فجوة، من الأكبر

## The score card in the reports (Markdown, HTML)

# Heading. $provider: who is scored.
report-card-heading = بطاقة الأداء: { $provider }
# Under it. $scale: the scale (card-scale-…); $provider: as above; $mark:
# the biggest gaps' mark (◆); $n: how many biggest gaps are marked.
report-card-intro = المقياس: { $scale }. متوسط المجتمع هو متوسط المجموعات التي قيّمت المؤشر، وتُحسب كل مجموعة مرة واحدة؛ الفجوة هي هذا المتوسط ناقص درجة { $provider } لنفسه (فجوة سالبة: مقدّم الخدمة يرى نفسه أفضل مما يراه المجتمع). { $mark } يعلّم أكبر { $n } فجوات (أكثر إن تشاركت الثالثة).
# The table's columns of the community's mean and of the gap (the panel's
# heading is short; a report has the room for the whole word).
report-card-col-community = المجتمع
report-card-col-gap = الفجوة
# Anonymised copies.
report-card-reasons-left-out = أسباب الدرجات محذوفة من النسخ مجهولة الهوية.
report-card-reasons = الأسباب المعطاة
report-card-gap-actions = الإجراءات المخططة على الفجوات
