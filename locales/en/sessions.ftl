### baraza — en: The session list, the comparison view, and what a change or an error says.
### Each message says where it shows and what its variables are.

## The session list: column headings (one line, over the table)

# Each heading fits its column: date 8 letters (10 cells; the sorted column
# adds " ▼"), stage 6 (8), problems 8, votes 5, actions 7.
list-col-date = date
list-col-title = title
list-col-community = community
list-col-stage = stage
list-col-problems = problems
list-col-votes = votes
list-col-actions = actions
# The examples' table: the title column.
list-col-example = example

## The session list: the examples, the filter, a file that cannot be read

# Above the examples when the folder has no session yet (wraps).
list-examples-intro-empty = No sessions in this folder yet. n starts a new one — or look at one of the examples built into baraza: Enter opens it read-only (nothing is saved).
# Above the examples when e showed them (wraps).
list-examples-intro = Examples built into baraza: Enter opens one read-only (nothing is saved); e goes back to your sessions.
# The filter line (/), left of what is typed.
list-filter = Filter:
# Right of the filter. $shown: sessions that match; $all: sessions in the folder.
list-filter-count = { $shown } of { $all }
# In the middle of the list when nothing matches (two lines).
list-no-match = No session matches the filter.
list-no-match-clear = Esc clears it.
# The flag on a row whose file cannot be read (in red, before the file's
# name and the reason).
list-unreadable = unreadable

## The session list: status line messages

# o (sort) cycles the order; the status line says which.
list-sorted-date = sorted by date, newest first
list-sorted-title = sorted by title
list-sorted-community = sorted by community
list-sorted-stage = sorted by stage reached
# e while the folder has no session of its own.
list-no-own-session = no session of your own yet: n starts one
# Enter (or another key on a session) with the list empty.
list-nothing-selected = no session here yet: press n to start one
# A key on a row that cannot be read. $file: the file's name; $error: why
# (the store's words).
list-cannot-open = cannot open { $file }: { $error }
# c on a session that is no next cycle.
list-no-previous = this session does not continue an earlier one (N starts a next cycle)
# x (report) failed. $error: why (the store's words).
list-report-not-written = report not written: { $error }
list-reports-not-logged = reports written next to the session, not in its export log: { $error }

## The session list: the question when a session is open elsewhere (y/n)

# $title: the session's title; $holder: which program and since when.
list-ask-read-only = «{ $title }» is open in { $holder }. Open it read-only here?
# The same for a file that cannot be read. $file: its name.
list-ask-read-only-file = { $file } is open in { $holder }. Open it read-only here?

## The session list: the new-session and next-cycle forms (title, each
## field's label and its help line)

list-form-new = New session
# $title: the session the next cycle continues.
list-form-next-cycle = Next cycle of «{ $title }»
# The end of the title the next cycle of a session gets ("Kibera baraza —
# cycle 2"), in the room's language; a title already ending so counts on
# in any language. $n: the cycle's number.
list-cycle-suffix = — cycle { $n }
list-field-title = Title
list-help-title = what the room will call this meeting
list-field-community = Community
list-help-community = community or location
list-field-date = Date
list-field-facilitators = Facilitators
list-help-facilitators = names, separated by commas
list-help-next-title = carries the groups, unresolved problems and open actions
list-help-next-community = the community stays the same
# Enter with no title.
list-give-title = give the session a title

## The comparison of two cycles (c on the session list)

# The title bar. $before, $now: the two sessions' titles; $before_date,
# $now_date: their dates (as in the file).
compare-title-ranks = How priorities moved · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-title-card = How the score card moved · { $before } ({ $before_date }) → { $now } ({ $now_date })
# The first line, before the whole room and the groups both cycles share.
compare-ranks-of = Ranks of:
compare-whole-room = whole room
# The ranks' headings: now 6 cells, before 8, movement 14; problem takes the rest.
compare-col-now = now
compare-col-before = before
compare-col-movement = movement
compare-col-problem = problem
compare-nothing-ranked = No problems ranked in either cycle yet.
# How a problem's place moved (14 cells at most, signs first). $n: by how
# many places.
compare-move-new = new
compare-move-up = ▲ up { $n }
compare-move-down = ▼ down { $n }
compare-move-same = = same
compare-move-dropped = dropped
compare-move-resolved = ✓ resolved
compare-move-not-ranked = not ranked yet
# A group ranked it before and gave it nothing now; and the other way round.
compare-move-lost = ▼ none now
compare-move-gained = ▲ first votes
# Neither cycle ranked it for this group.
compare-move-neither = · none, both
# The score card (S). Headings: the indicator, the community's score (or
# the group's name), the provider's name, the gap.
compare-col-indicator = indicator
compare-col-community = Community
compare-col-gap = gap
compare-no-card = No score card in this cycle.

## While the folder is read at start (the list is drawn at once and filled in)

# The session list's status line while the folder is read in the background.
# $read, $total: counts already grouped ("1,234"); $n: the total as a number,
# for the plural.
list-reading = reading the folder: { $read } of { $total } { $n ->
    [one] session
   *[other] sessions
}…
# In the list's place while the folder is read and nothing is known yet.
list-reading-folder = Reading the folder…
