# The facilitator's screens: status line, title bar, hints, help, panels
# and forms. Each message says where it shows and what its variables are.

## Status line (the bottom line of the facilitator's screen)

# After L switched the interface language. $name: the language as its
# speakers name it ("Kiswahili", "العربية").
said-language = language: { $name }
# The same, when the config file could not be written to remember it.
# $name: as above; $error: why (the system's words, often English).
said-language-not-kept = language: { $name } (not remembered: { $error })

# The whole screen, when the window is smaller than the facilitator's
# screens need. $width, $height: its size in cells; $min_width,
# $min_height: the least it needs.
too-small = window too small: { $width }×{ $height }, need { $min_width }×{ $min_height }

## Save state (right end of the status line) and save failures

# Nothing changed since the session was opened.
save-unchanged = no changes yet
save-saving = saving…
# $time: when (HH:MM:SS).
save-saved = saved { $time }
save-read-only = read-only
# Short, loud: the last change is not on disk.
save-not-saved = NOT SAVED
# Inside the two messages below. $time: when (HH:MM:SS).
save-last-saved = last saved { $time }
save-nothing-saved = nothing saved since it was opened
# A save failed and is retried. $last: one of the two lines above;
# $error: why (the system's words).
save-failed = NOT SAVED ({ $last }): { $error } — kept in memory, tried again every 2 s and at every key
# Saving stopped (the lock was taken by someone else…). $last, $error: as above.
save-stopped = NOT SAVED ({ $last }): { $error } — what is changed here stays in memory only
# Why a save failed or stopped (the $error above). $folder: the folder of
# sessions; $file: the session's file name; $holder: the program and
# laptop that holds it now; $error: the system's reason, worded; $version:
# a file version; $settings: the settings file's name.
save-why-folder-gone = the folder { $folder } is not there (is the USB stick in?)
save-why-folder-unreachable = cannot reach the folder { $folder }: { $error }
save-why-taken-over = the folder was replaced and { $file } is now open in { $holder }; only that program writes it now, this one no longer does
save-why-lock-lost = cannot take the lock of { $file } again: { $error }
save-why-cannot-look = cannot look at { $file }: { $error }
save-why-not-a-file = { $file } was replaced by something that is not a plain file; this program no longer writes it
save-why-replaced = { $file } was changed by another program while open here; this program no longer writes it
save-why-no-backup = cannot keep a copy of the original (file version { $version }) before saving over it: { $error }
save-why-settings-unreadable = cannot read the folder's encryption settings: { $error }
save-why-settings-gone = { $file } was encrypted, and its folder's encryption settings ({ $settings }) are gone; it is not saved in plain text
save-why-cannot-encrypt = cannot encrypt the session: { $error }

## Title bar flags (top right, capitals where the language has them)

flag-wall-blank = WALL BLANK
flag-blind-vote = BLIND VOTE
flag-example = EXAMPLE · READ-ONLY
flag-read-only = READ-ONLY
# The room's screen speaks another language. $name: that language, as its
# speakers name it.
flag-room-language = room: { $name }
# The timer in the title bar. $time: minutes and seconds ("4:12").
flag-timer-paused = ⏸ { $time } paused
flag-timer-up = ⏰ TIME IS UP +{ $time }

## The session list

# Title bar of the session list.
list-title = baraza · community security sessions
# Top right of the session list. $sessions: how many (a count).
list-count = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}

## Status line messages in a session (left of the status line)

# After "n" to a question asking whether to leave.
said-staying = staying
# After "n" to a question guarding a change (delete, merge…).
said-left-as-it-was = left as it was
# Tab on the last panel / Shift+Tab on the first.
said-last-step = Learn is the last step; Shift+Tab goes back
said-first-step = Prepare is the first step; Tab goes on
said-nothing-to-undo = nothing to undo
said-nothing-to-redo = nothing to redo
# $what: the change, as the audit log words it (in English for now).
said-undone = undone: { $what }
said-redone = redone: { $what }
# p switched this window to the room's screen, and back.
said-room-view-on = the room's screen: p again for the facilitator's
said-room-view-off = the facilitator's screen: p shows the room's
# . blanked the room's screen, and back.
said-blank-on = the room's screen is blank (only the title): . shows it again
said-blank-off = the room's screen shows the panel again
# A key that would change the session, in a session opened read-only.
said-read-only = read-only: nothing can be changed here; q, then Enter on the session, to edit
# A letter typed outside any field where it is no key (someone meant to
# write). $add: the key that starts adding here.
said-not-a-key-add = that key does nothing here: to type something new, press { $add } first; ? lists the keys
# The same where nothing can be added.
said-not-a-key = that key does nothing here; ? lists the keys
# The timer. $time: minutes and seconds ("5:00").
said-timer-stopped = timer stopped
said-timer-started = timer: { $time } from now
said-timer-paused = timer paused
said-timer-goes-on = timer goes on
said-timer-extended = one more minute: { $time } left
said-timer = timer

## Questions (a box with y/n)

# Leaving while a save has failed. $error: why (the system's words).
ask-leave-not-saved = NOT SAVED: the last changes could not be written ({ $error }). Leave anyway and lose them?
ask-leave-form-open = Leave? What is typed in the open form is not saved.
# The last line of every y/n question box.
ask-keys = y yes · n no

## Status line messages of the list and of opening sessions

# r on the list. $sessions: how many sessions the folder holds (a count).
said-folder-read = folder read again: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
# n (next cycle) in an example session.
said-example-next-cycle = this is an example built into baraza: q, then n, starts a session of your own
# T switched the theme. $name: the theme (dark, light, monochrome).
said-theme = theme: { $name }
# …and the config could not be written. $error: why.
said-theme-not-kept = theme: { $name } (not remembered: { $error })
# A file from an older baraza. $version: its format version (a number).
said-migrated = this file was made by an older baraza (version { $version }); a copy is kept when it is first saved
said-opened-read-only = opened read-only: nothing here can be changed
# $error in the messages below: why (the store's words, in English for now).
said-cannot-open = cannot open: { $error }
said-example-opened = an example, read-only: look around every panel (F1 to F6); q goes back
said-cannot-open-example = cannot open the example: { $error }
said-created = new session saved: add the groups in the room
said-cannot-create = cannot create the session: { $error }
said-cannot-read = cannot read it: { $error }
# A new cycle started from an old session. $problems, $actions: how many
# problems and open actions were carried over; $title: the old session's.
said-next-cycle = next cycle: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} and { $actions ->
    [one] { $actions } open action
   *[other] { $actions } open actions
} carried over from «{ $title }»
said-no-previous = this session does not continue an earlier one
# $id: the previous session's id.
said-previous-missing = the previous cycle (id { $id }) is not in this folder
said-cannot-read-previous = cannot read the previous cycle: { $error }
said-cannot-show = cannot show it: { $error }

## The end of the help overlay (?): languages and right-to-left text

# Heading of the block.
help-settings = Language and right-to-left text
# $name: the language, as its speakers name it.
help-interface-language = Interface language: { $name } (L changes it)
# The open session's room language. $name: as above.
help-room-language = The room's screen and the reports: { $name } (set in Prepare, s)
# $setting: auto, on or off (kept as the codes: they are what the config
# file says); $doing: one of the two lines below.
help-rtl = Right to left: { $setting }, { $doing } (R changes it: auto, on, off)
help-rtl-baraza = baraza reorders and joins Arabic letters
help-rtl-terminal = the terminal reorders
# $line: an Arabic test sentence (not to be translated: it is the test).
help-rtl-test = Test line: { $line }
# $first: the sentence's first word.
help-rtl-how = It reads right when { $first } stands at the right end with its letters joined; if it reads backwards or twice reversed, press R.
# The right-to-left setting could not be remembered. $error: why.
said-rtl-not-kept = right to left: not remembered ({ $error })

## The help overlay (?)

# Its title. $keys: its own keys with their words ("↑↓ scroll · Esc close").
help-title = Keys — { $keys }
# After a key that changes the session, in a session opened read-only.
help-not-read-only = (not in read-only)
# The last section's heading: the keys of forms and y/n questions.
help-forms = Forms and questions

## Prepare, the facilitator's panel

# Pane titles.
prepare-groups = Groups in the room
prepare-session = Session
prepare-consent = Consent
prepare-context = Context and conflict analysis
# A pane's key hint, top right ("s edit"). $key: the key, as it is.
prepare-edit-hint = { $key } edit
# The groups table's columns and its total row.
prepare-col-group = Group
prepare-col-people = People
prepare-col-dots = Dots
prepare-in-the-room = In the room
# Under the total. $dots: dots per participant.
prepare-dots-rule = dots = people × { $dots }
prepare-no-groups = No groups yet — press a to add the first: its name, Tab, how many people, Enter.
prepare-no-groups-read-only = No groups in this session.
# On the status line, when a key needs a group and there is none.
prepare-empty-short = no groups yet: press a to add the first
# The Session pane. $dots: dots per participant.
prepare-dots-each = { $dots } per participant
# $dots: the line above; $room: the room's dots in all.
prepare-dots-and-room = { $dots } · { $room } for the room
prepare-no-consent = Not written yet — press c: what the room agrees may be recorded and shared.
prepare-no-consent-read-only = Not written down: what the room agreed may be recorded and shared.
prepare-no-notes = No notes yet — press n to write the context: who is affected, tensions between groups, recent incidents.
prepare-no-notes-read-only = No notes on the context.
# Moving a group. $name: the group's name.
prepare-already-first = «{ $name }» is already first
prepare-already-last = «{ $name }» is already last
# Deleting a group. $name: its name; $people: its head count.
prepare-ask-delete = Delete the group «{ $name }» ({ $people ->
    [one] { $people } person
   *[other] { $people } people
})?
# Added after it. $what: what goes with it (the messages below).
prepare-ask-delete-with = Its { $what } will be removed too.
# $n: how many.
prepare-lost-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dots
}
prepare-lost-pairs = { $n ->
    [one] { $n } pairwise decision
   *[other] { $n } pairwise decisions
}
prepare-lost-scores = { $n ->
    [one] { $n } score
   *[other] { $n } scores
}
# The last of a list. $first: the others, joined; $last: the last one.
prepare-and = { $first } and { $last }

## Prepare's forms (title, then each field's label and its help line)

# $name: the group's name.
prepare-edit-group = Edit group «{ $name }»
prepare-add-group = Add a group
prepare-field-name = Name
prepare-field-name-help = who they are: Women, Youth, Elders, Police, Local authority…
prepare-field-people = People
prepare-field-people-help = how many of them are in the room (0 to 999); each has the session's dots
prepare-details = Session details
prepare-field-title = Title
prepare-field-title-help = what the room calls this meeting
prepare-field-community = Community
prepare-field-community-help = the community or place the session is held in
prepare-field-date = Date
prepare-field-facilitators = Facilitators
prepare-field-facilitators-help = names, separated by commas
prepare-field-dots = Dots each
prepare-field-dots-help = dots each participant places when ranking: 1 to 20, commonly 3 to 5
prepare-field-language = Room language
prepare-field-language-help = what the room's screen and the reports speak (←→ choose)
# The first choice of the room language: follow the facilitator's.
prepare-language-interface = as the interface
prepare-field-notes = Notes
prepare-field-notes-help = who is affected, tensions between groups, recent incidents, who holds power
prepare-field-consent-help = what the room agrees may be recorded and shared, and with whom; read it out
# Why a form cannot be saved yet (shown on the form).
prepare-name-empty = Name: type the group's name, e.g. Women
# $name: the name typed.
prepare-name-taken = Name: there is already a group called «{ $name }»; give this one another name
prepare-title-empty = Title: type a title for the session, e.g. Kibera security baraza
# $iso, $dmy: today's date in the two ways the form takes.
prepare-date-empty = Date: type the date as YYYY-MM-DD or DD/MM/YYYY, e.g. { $iso } or { $dmy }
# $why: the rule broken (in English for now).
prepare-consent-too-long = Consent: { $why }; say it shorter
# On the status line: a form saved with nothing changed.
said-nothing-changed = nothing changed

## The timer's box (t), over the facilitator's screen or the room's

timer-title = Timer
# A preset, in the list. $minutes: how many.
timer-preset = { $minutes } min
timer-type = or type a duration: 7, 7:30, 90s, 1h
timer-start-keys = Enter start · Esc cancel
# A timer running. $length: its whole length ("5:00"); $state: one of the
# three lines below.
timer-of = Timer of { $length }: { $state }
# $time: minutes and seconds.
timer-left = { $time } left
timer-left-paused = { $time } left, paused
timer-up-ago = time is up ({ $time } ago)
timer-running-keys = Space pause or go on · + one more minute
timer-running-keys-2 = s stop · Esc close (it goes on)
# On the status line: what was typed is not a duration.
timer-not-a-duration = not a duration: type minutes (7), minutes:seconds (7:30), 90s or 1h, up to 12 hours

## Learn, the facilitator's panel

# The four boxes: title, the form's short label, and the question shown
# while the box is empty.
learn-worked = What worked
learn-worked-label = Worked
learn-worked-prompt = Which actions, partnerships and ways of meeting went well?
learn-did-not-work = What did not work
learn-did-not-work-label = Did not work
learn-did-not-work-prompt = What stalled or failed, and why?
learn-lessons = Lessons
learn-lessons-label = Lessons
learn-lessons-prompt = What has the community learned about its security and about working together?
learn-improvements = Improvements for the next cycle
learn-improvements-label = Improvements
learn-improvements-prompt = What changes next time: problems to carry over, new partners, other ways to meet?
# Under the question in the selected empty box.
learn-press-enter = Press Enter to write.
# The selected box's key hint, top right.
learn-edit-hint = Enter edit
# The line above the boxes.
learn-no-actions = No actions yet: they are planned in Plan and followed in Monitor.
# $n: how many actions.
learn-actions = Actions this cycle: { $n }
# $n: how many are overdue.
learn-overdue = ! overdue { $n }

## Every form's own words (the line under a form; its fields are the panel's)

# Esc in a form with something typed: asks first.
form-discard = Discard what was typed? y discard · n keep editing
# A number field not taken. $label: the field's name; $min, $max: the range.
form-not-a-number = { $label }: type a whole number from { $min } to { $max }
# A date field not taken. $label: the field; $typed: what was typed; $iso,
# $dmy: an example date in the two ways the form takes.
form-not-a-date = { $label }: «{ $typed }» is not a date; write YYYY-MM-DD or DD/MM/YYYY, e.g. { $iso } or { $dmy }, or +7 for a week from today
form-not-a-date-any-day = { $label }: «{ $typed }» is not a date; write YYYY-MM-DD or DD/MM/YYYY, today, or +7 for a week from today
# A tick box.
form-yes = yes
form-no = no
# A field with suggestions: what → would complete. $option: it.
form-completes = → completes «{ $option }»
# …or the suggestions. $options: them, joined by ·.
form-suggestions = e.g. { $options } — or type anything; first letters + → complete

## Identify, the facilitator's panel

# The list's title. $n: how many problems.
identify-problems = Problems ({ $n })
identify-empty = No problems yet — press a to add the first
identify-empty-read-only = No problems in this session
# The list's columns.
identify-col-problem = Problem
identify-col-category = Category
identify-col-dots = Dots
# Typing problems one after the other (a).
identify-capture = type a problem, Enter adds it and opens the next line; Esc when done
# The room's typing strip while a problem is typed in the capture line: its label.
identify-typing-new-problem = New problem
# $draft: what was typed.
identify-draft-back = «{ $draft }» was left unfinished: it is back in the line — Enter adds it
identify-line-cleared = line cleared — Ctrl+z brings «{ $draft }» back; Esc again when done
identify-line-back = the line is back: Enter adds it
identify-paste-empty = nothing to add: the paste held only empty lines
identify-at-top = already at the top
identify-at-bottom = already at the bottom
# Merging duplicates (m). $mark: the mark of the problem being merged (◆);
# $title: its title.
identify-merge-needs-two = merging needs two problems: this is the only one
identify-merge-marked = { $mark } «{ $title }» marked: move to the problem to keep, then m; Esc cancels
identify-merge-cancelled = merge cancelled
identify-merge-same = this is the problem being merged ({ $mark }): move to the one to keep it in
# The bar over the list while merging. $mark: ◆; $gone: the problem merged
# away; $kept: the one it goes into.
identify-merge-banner = MERGE  { $mark } «{ $gone }»  →  into  ▶ «{ $kept }»
identify-merge-keys = m merges · Esc cancels
identify-merge-move = move to the problem to keep · Esc cancels
# What goes with a problem deleted or merged away. $n: how many.
identify-lost-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dots
}
identify-lost-actions = { $n ->
    [one] { $n } { -action }
   *[other] { $n } actions
}
# Deleting a problem (d). $number: its place in the list; $title: its title.
identify-ask-delete = Delete problem { $number }, «{ $title }»?
identify-ask-delete-nothing = It has no dots or actions yet.
# $what: what goes with it (one thing, or several).
identify-ask-delete-with-one = Its { $what } is deleted with it.
identify-ask-delete-with-many = Its { $what } are deleted with it.
identify-ask-delete-shortlist = It leaves the shortlist.
identify-undoes = (u undoes)
# Merging. $gone: the problem merged away; $kept: the one kept; $what: what
# moves with it.
identify-ask-merge = Merge «{ $gone }» into «{ $kept }»? «{ $gone }» disappears: its causes, effects and details are added to «{ $kept }».
identify-ask-merge-moving-one = Merge «{ $gone }» into «{ $kept }»? «{ $gone }» disappears: its { $what } moves to «{ $kept }», and its causes, effects and details are added to «{ $kept }».
identify-ask-merge-moving-many = Merge «{ $gone }» into «{ $kept }»? «{ $gone }» disappears: its { $what } move to «{ $kept }», and its causes, effects and details are added to «{ $kept }».
# The problem's form (e, Enter). $number: its place; $title: its title.
identify-form-title = Problem { $number }: { $title }
identify-field-title = Title
identify-field-title-help = the problem in the room's own words
identify-field-causes = Causes
identify-field-causes-help = underlying causes, one per line (Alt+Enter: next line): why does it happen?
identify-field-effects = Effects
identify-field-effects-help = effects, one per line (Alt+Enter: next line): what does it lead to?
identify-field-description = Description
identify-field-description-help = what happens, to whom, when
identify-field-category = Category
identify-field-category-help = ←→ choose; or type a new category in the next field
identify-field-new-category = New category
identify-field-new-category-help = a category not in the list: it is added to the list and used here
identify-field-where = Where
identify-field-where-help = where it happens
identify-field-raised-by = Raised by
identify-groups-help = the groups that raised it: ←→ move, Space ticks
identify-groups-none = no groups yet: add them in Prepare
identify-field-escalation = District/national
identify-field-escalation-help = needs action at district or national level (⚑): Space switches
identify-field-resolved = Resolved
identify-field-resolved-help = the problem is resolved (✓): Space switches
identify-gone = that problem is no longer in the list
identify-title-empty = a problem needs a title
# The problem's form saved with nothing changed.
identify-no-changes = no changes

## The problem tree (beside Identify's list)

# The pane's title. $index: the problem's place; $count: how many.
tree-title-of = Problem tree · { $index } of { $count }
tree-title = Problem tree
# While merging: the pane shows where the problem goes.
tree-merge-into = Merge into this problem
# With no problem yet.
tree-empty-heading = causes → problem → effects
tree-empty = Each problem is shown here as a tree: its underlying causes, the problem, and what it leads to.
tree-empty-how = Add problems with a; fill in causes and effects with Enter.
# The two sides. $n: how many causes / effects.
tree-causes = CAUSES ({ $n }) · why it happens
tree-effects = EFFECTS ({ $n }) · what it leads to
# The box in the middle.
tree-problem = PROBLEM
tree-none-named = none named yet
tree-no-dots = none yet
# The label of the description's lines.
tree-about = About
# When not all fit. $n: how many more.
tree-plus-more = (+{ $n } more)
tree-more = … { $n } more
# On the bottom border of a box that holds more than it shows. $arrows:
# ▲, ▼ or ▲▼; $keys: the keys that scroll it ("PgUp/PgDn").
more-marker = { $arrows } more
more-marker-keys = { $arrows } more: { $keys }
# Under the problem, when flagged (after ⚑ and ✓).
tree-flag-escalation = needs district/national action
tree-flag-resolved = resolved

## Plan, the facilitator's panel (the action plan)

# The line above the plan. $problems: how many shortlisted problems it
# shows; $actions: how many actions.
plan-summary = Action plan · { $problems ->
    [one] { $problems } shortlisted { -problem }
   *[other] { $problems } shortlisted { -problems }
} · { $actions ->
    [one] { $actions } { -action }
   *[other] { $actions } actions
}
# Added to the summary line (after " · ") with v, or with no shortlist.
plan-summary-all = showing every problem
plan-summary-none = nothing shortlisted yet
# Above the plan while the shortlist cuts a tie. $rank: the place where the
# tie is; $on: the tied problems on the shortlist («…», «…»); $off: those not.
plan-tie-warning = ! The shortlist cuts a tie at rank { $rank }: { $on } on it, { $off } not, with as many votes — in Rank (F3), b breaks the tie, or s and then a takes every tied problem
# With nothing to plan for (the second of each pair: a session only looked at).
plan-empty-no-problems = No problems yet — name them in Identify and rank them in Rank, then plan actions here
plan-empty-no-problems-read-only = No problems in this session
plan-empty-no-shortlist = Shortlist problems in Rank first (s marks the top 3), or press v to plan for any problem
plan-empty-no-shortlist-read-only = Nothing shortlisted — v shows every problem
# The table's column headings (short: the columns are 10 to 16 cells wide).
plan-col-activity = Activity
plan-col-responsible = Responsible
plan-col-with-whom = With whom
plan-col-start = Start
plan-col-due = Due
plan-col-indicator = Indicator
plan-col-resources = Resources
plan-col-status = Status
# A problem's row. $rank: its place on the shortlist; $title: its title.
plan-heading-ranked = #{ $rank } { $title }
plan-heading-not-shortlisted = { $title } (not shortlisted)
# After the problem's row's title (after " — "). $n: how many actions.
plan-heading-no-actions = no actions yet
plan-heading-no-actions-add = no actions yet: a adds one
plan-heading-actions = { $n ->
    [one] { $n } { -action }
   *[other] { $n } actions
}
# Deleting an action (d). $activity: what it does; the second with $n, how
# many progress notes go with it.
plan-ask-delete = Delete the action «{ $activity }»?
plan-ask-delete-notes = Delete the action «{ $activity }» and its { $n ->
    [one] { $n } { -progress-note }
   *[other] { $n } progress notes
}?
# d on a problem's row.
plan-delete-on-problem = d deletes an action: move to one first (problems are deleted in Identify)
# v switches what is listed.
plan-showing-all = showing every problem
plan-showing-shortlist = showing the shortlist (and problems that have actions)
# The action form saved with nothing changed.
plan-no-changes = nothing changed
# The detail area's title for an action. $status: its status (mark and word).
plan-detail-action = Action · { $status }
# Added to it (after " · "). $n: how many progress notes; $mark: ↻.
plan-detail-notes = { $n ->
    [one] { $n } { -progress-note }
   *[other] { $n } progress notes
}
plan-detail-inherited = { $mark } from last cycle
# The detail area's labels for an action.
plan-label-activity = Activity
plan-label-responsible = Responsible
plan-label-with-whom = With whom
plan-label-when = When
plan-label-resources = Resources
plan-label-indicator = Indicator
plan-label-risks = Risks
plan-label-problem = Problem
plan-label-score-card = Score card
# The detail area's title for a problem. $place: where it is on the
# shortlist (one of the two below); $dots: " · 3 dots" or nothing.
plan-detail-problem = Problem · { $place }{ $dots }
plan-detail-problem-add = Problem · { $place }{ $dots } · a adds an action
# $rank: its place.
plan-detail-place = #{ $rank } on the shortlist
plan-detail-not-shortlisted = not shortlisted
# $n: how many dots it has.
plan-detail-dots = { $n ->
    [one] { $n } { -dot }
   *[other] { $n } dots
}
# The detail area's labels for a problem.
plan-label-about = About
plan-label-where = Where
plan-label-causes = Causes
plan-label-effects = Effects

## The action form (Plan, Monitor, the score card) and how an action's dates
## and status read on the facilitator's screens

# The form's title: adding to a problem ($title: its title), or editing.
action-form-new = New action for «{ $title }»
action-form-edit = Edit action
# Its fields, each with its help line where it has one.
action-field-activity = Activity
action-field-activity-help = what will be done
action-field-responsible = Responsible
action-field-due = Due
action-field-indicator = Indicator
action-field-indicator-help = indicator of success: how the room will know it worked
action-field-with-whom = With whom
action-field-start = Start
action-field-resources = Resources
action-field-resources-help = money, people, materials, transport…
action-field-risks = Risks
action-field-risks-help = risks and conflict sensitivity: who could be harmed, left out or angered
action-field-problem = Problem
# Who usually leads or joins an action, offered as the form's suggestions
# for Responsible and With whom (what is chosen is typed into the session).
action-actor-community = community
action-actor-police = police
action-actor-local-authority = local authority
action-actor-cso = CSO
# Why the form cannot be saved. $due, $start: ISO dates.
action-activity-empty = Activity: say what will be done
action-due-before-start = Due: { $due } is before the start ({ $start })
# The score-card gap an action answers. $name: the indicator; $gap: signed.
action-gap = «{ $name }», gap { $gap }
action-gap-none = «{ $name }»
# How an open action's due date stands. $days: how many days.
action-due-today = due today
action-due-tomorrow = due tomorrow
action-overdue-by = overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
action-due-in = due in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# An action's dates. $start, $due: ISO dates; $note: how the due date stands.
action-dates-both = { $start } → { $due }
action-dates-from = from { $start }, no due date
action-dates-by = by { $due }
action-dates-note = { $span } · { $note }

## Monitor, the facilitator's panel (every action and its progress)

# With no action to follow (the second: a session only looked at).
monitor-empty = No actions yet — plan them in Plan (Shift+Tab goes back), then follow them here
monitor-empty-read-only = No actions in this session
# Dropping an action (5, or s to dropped). $activity: what it does.
monitor-ask-drop = Drop the action «{ $activity }»? It stays in the plan, marked dropped (u brings it back).
# A status set to the one it has. $status: the status's word.
monitor-already = already { $status }
# The form's action is no longer there.
monitor-gone = that action is gone
# The action form saved with nothing changed.
monitor-no-changes = nothing changed
# The progress note form (n). $activity: the action's.
monitor-note-title = Progress note on «{ $activity }»
monitor-field-date = Date
monitor-field-note = Note
monitor-field-note-help = what happened: who did what, what changed
# Why the note cannot be saved. $date, $today: ISO dates.
monitor-date-after-today = Date: { $date } is after today ({ $today }); a note records what has happened
monitor-note-empty = Note: write what happened
# The line above the table. $overdue: how many are overdue; $total: how
# many actions there are.
monitor-overdue = ! { $overdue } of { $total ->
    [one] { $total } { -action }
   *[other] { $total } actions
} overdue
monitor-none-overdue = { $total ->
    [one] { $total } { -action }
   *[other] { $total } actions
} · none overdue
# After the counts per status. $mark: ↻; $n: how many came from last cycle.
monitor-inherited = { $mark } { $n } from last cycle
# The table's column headings (short: most columns are 10 to 16 cells);
# the column after Due has no heading (how the due date stands).
monitor-col-status = Status
monitor-col-activity = Activity
monitor-col-responsible = Responsible
monitor-col-start = Start
monitor-col-due = Due
monitor-col-problem = Problem
monitor-col-last-note = Last note
# In the column after Due, for an open action without one.
monitor-no-due-date = no due date
# The detail area: who. $partners: whom it is done with; $responsible: who leads.
monitor-with = with { $partners }
monitor-who-with = { $responsible } · with { $partners }
# Where an action came from. $mark: ↻; $from: the earlier session's id.
monitor-from-last-cycle = { $mark } from last cycle (session { $from })
# The detail area's labels.
monitor-label-for = For
monitor-label-who = Who
monitor-label-when = When
monitor-label-indicator = Indicator
monitor-label-score-card = Score card
monitor-label-from = From
# The heading of the action's notes. $n: how many.
monitor-notes-none = No progress notes
monitor-notes-none-add = No progress notes yet — n adds one
monitor-notes = Progress notes, newest first ({ $n })
