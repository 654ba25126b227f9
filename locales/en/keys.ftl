# The keys: the words the hint line (bottom of the facilitator's screen) and
# the ? help say of each key. The keys themselves stay the same letters in
# every language and are not here.
#
# Made from the keymaps (tests/suite/language.rs, keys_ftl): a description's
# id ends with a fingerprint of its English, so a changed English text gets
# a new id and shows in English until it is translated again.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Everywhere
# The hint line's word for Tab (in Everywhere).
key-next = next
# The ? help's description of Tab (in Everywhere).
keyhelp-nextpanel-02c23a96 = next panel
# The hint line's word for Shift+Tab (in Everywhere).
key-back = back
# The ? help's description of Shift+Tab (in Everywhere).
keyhelp-prevpanel-605c5256 = previous panel
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = panel
# The ? help's description of F1-F6, Alt+1-6 (in Everywhere).
keyhelp-gotopanel-0-ac1f437c = straight to a step: F1 Prepare … F6 Learn, or Alt with the step's number (Alt+1 … Alt+6); the stepper shows them
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = Identify
# The ? help's description of F2/Alt+2 (in Everywhere).
keyhelp-gotopanel-1-ccb14878 = straight to Identify
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = Rank
# The ? help's description of F3/Alt+3 (in Everywhere).
keyhelp-gotopanel-2-c5df4ac2 = straight to Rank
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = Plan
# The ? help's description of F4/Alt+4 (in Everywhere).
keyhelp-gotopanel-3-b0a288bf = straight to Plan
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = Monitor
# The ? help's description of F5/Alt+5 (in Everywhere).
keyhelp-gotopanel-4-8d0b0282 = straight to Monitor
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = Learn
# The ? help's description of F6/Alt+6 (in Everywhere).
keyhelp-gotopanel-5-bcd1eca2 = straight to Learn
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = undo
# The ? help's description of Ctrl+z/u (in Everywhere).
keyhelp-undo-0bae4e5a = undo the last change (votes included)
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = redo
# The ? help's description of Ctrl+y/U (in Everywhere).
keyhelp-redo-510bd903 = redo what was undone
# The hint line's word for T (in Everywhere).
key-theme = theme
# The ? help's description of T (in Everywhere).
keyhelp-cycletheme-bbb04c88 = switch theme: dark, light (for projectors), monochrome
# The hint line's word for L (in Everywhere).
key-language = language
# The ? help's description of L (in Everywhere).
keyhelp-cyclelanguage-6b5bf4b4 = switch the interface language: English, Kiswahili, Français, العربية, Soomaali, Русский
# The hint line's word for p (in Everywhere).
key-room-view = room view
# The ? help's description of p (in Everywhere).
keyhelp-roomview-69602ba9 = show the room's screen here: big, whole titles, nothing private (p again: back; the same keys work)
# The hint line's word for . (in Everywhere).
key-blank = blank
# The ? help's description of . (in Everywhere).
keyhelp-blank-988af4a8 = blank the room's screen: only the session title shows, until . again
# The hint line's word for t (in Everywhere).
key-timer = timer
# The ? help's description of t (in Everywhere).
keyhelp-timer-58683f60 = a countdown on the room's screen: a preset or a typed duration; then pause, +1 min, stop
# The hint line's word for x (in Everywhere).
key-export = export
# The ? help's description of x (in Everywhere).
keyhelp-export-1660b17e = write the session as a report (Markdown and HTML) next to its file
# The hint line's word for ? (in Everywhere).
key-help = help
# The ? help's description of ? (in Everywhere).
keyhelp-help-7fe5d78c = show every key
# The hint line's word for q (in Everywhere).
key-quit = quit
# The ? help's description of q (in Everywhere).
keyhelp-quit-41076025 = back to the session list; quit from the list
# The ? help's description of Ctrl+c (in Everywhere).
keyhelp-forcequit-cacdab5b = quit from anywhere (every change is saved; asks first if a save failed or a form is open)

## Prepare

# A heading in the ? help.
keymap-prepare = Prepare
# The hint line's word for ↑/k (in Prepare).
key-move = move
# The ? help's description of ↑/k (in Prepare).
keyhelp-up-3357b8a1 = move up
# The hint line's word for ↓/j (in Prepare).
key-down = down
# The ? help's description of ↓/j (in Prepare).
keyhelp-down-4fa38b08 = move down
# The hint line's word for a (in Prepare).
key-add = add
# The ? help's description of a (in Prepare).
keyhelp-add-7307a375 = add a group: name, Tab, head count, Enter
# The hint line's word for Enter/e (in Prepare).
key-edit = edit
# The ? help's description of Enter/e (in Prepare).
keyhelp-edit-cbbf89e9 = edit the selected group: name and head count
# The hint line's word for d (in Prepare).
key-delete = delete
# The ? help's description of d (in Prepare).
keyhelp-delete-2dc20451 = delete the selected group and its dots (asks y/n)
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = reorder
# The ? help's description of K/Shift+↑ (in Prepare).
keyhelp-moveup-ae49fca0 = move the selected group up
# The ? help's description of J/Shift+↓ (in Prepare).
keyhelp-movedown-55a9c695 = move the selected group down
# The hint line's word for s (in Prepare).
key-details = details
# The ? help's description of s (in Prepare).
keyhelp-editdetails-d56b0e30 = edit title, community, date, facilitators, dots each
# The hint line's word for n (in Prepare).
key-notes = notes
# The ? help's description of n (in Prepare).
keyhelp-editnotes-7f673673 = write the context and conflict-analysis notes
# The hint line's word for c (in Prepare).
key-consent = consent
# The ? help's description of c (in Prepare).
keyhelp-editconsent-0d4c232f = write what the room agrees may be recorded and shared
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = scroll notes
# The ? help's description of PgUp (in Prepare).
keyhelp-pageup-fa6730e3 = scroll the notes up
# The ? help's description of PgDn (in Prepare).
keyhelp-pagedown-e5be7876 = scroll the notes down
# The hint line's word for Home (in Prepare).
key-first = first
# The ? help's description of Home (in Prepare).
keyhelp-first-23dff211 = to the first row
# The hint line's word for End (in Prepare).
key-last = last
# The ? help's description of End (in Prepare).
keyhelp-last-1e774909 = to the last row

## Identify

# A heading in the ? help.
keymap-identify = Identify
# The ? help's description of a (in Identify).
keyhelp-add-5515f493 = add problems: type a title, Enter, type the next; Esc when done
# The ? help's description of Enter/e (in Identify).
keyhelp-edit-e0ca61c7 = edit the problem: description, category, where, who raised it, causes, effects
# The ? help's description of d (in Identify).
keyhelp-delete-637567d5 = delete the problem with its dots and actions (asks first)
# The hint line's word for m (in Identify).
key-merge = merge
# The ? help's description of m (in Identify).
keyhelp-merge-7402ebdb = merge a duplicate: m on it, move to the problem to keep, m again
# The hint line's word for ! (in Identify).
key-district = district
# The ? help's description of ! (in Identify).
keyhelp-toggleescalation-92ce9efb = flag or unflag: needs district/national action (⚑)
# The ? help's description of K/Shift+↑ (in Identify).
keyhelp-moveup-55a74b1e = move the problem up the list
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = move down
# The ? help's description of J/Shift+↓ (in Identify).
keyhelp-movedown-994084b5 = move the problem down the list
# The hint line's word for r (in Identify).
key-resolved = resolved
# The ? help's description of r (in Identify).
keyhelp-toggleresolved-d81b7ffd = mark the problem resolved (✓) or open again
# The hint line's word for PgUp (in Identify).
key-page-up = page up
# The ? help's description of PgUp (in Identify).
keyhelp-pageup-fcb3002e = one screen up
# The hint line's word for PgDn (in Identify).
key-page-down = page down
# The ? help's description of PgDn (in Identify).
keyhelp-pagedown-d189d717 = one screen down
# The hint line's word for w (in Identify).
key-where-when = where & when
# The ? help's description of w (in Identify).
keyhelp-showwherewhen-d0962928 = where and when insecurity happens: places by times of day or months, marked 0–3 by each group

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Adding problems
# The hint line's word for Enter (in Adding problems).
key-add-next = add, next
# The ? help's description of Enter (in Adding problems).
keyhelp-submit-2b279111 = add the problem and start the next one (Enter on an empty line ends)
# The ? help's description of Ctrl+z (in Adding problems).
keyhelp-undo-a662696a = bring back the line Esc cleared; else take back the last change (the problem just added)
# The ? help's description of Ctrl+y (in Adding problems).
keyhelp-redo-eede761d = redo what Ctrl+z took back
# The hint line's word for Esc (in Adding problems).
key-done = done
# The ? help's description of Esc (in Adding problems).
keyhelp-cancel-e66f86c8 = stop adding (a half-typed line is cleared first, and Ctrl+z brings it back)

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Merging duplicates
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = merge here
# The ? help's description of m/Enter (in Merging duplicates).
keyhelp-merge-e913ae72 = merge the marked problem (◆) into the selected one (asks first)
# The hint line's word for Esc (in Merging duplicates).
key-cancel = cancel
# The ? help's description of Esc (in Merging duplicates).
keyhelp-cancel-d339344e = stop merging

## Identify: where and when

# A heading in the ? help.
keymap-identify-where-and-when = Identify: where and when
# The hint line's word for ←/h (in Identify: where and when).
key-left = left
# The ? help's description of ←/h (in Identify: where and when).
keyhelp-cellleft-a7c95378 = the time before
# The hint line's word for →/l (in Identify: where and when).
key-right = right
# The ? help's description of →/l (in Identify: where and when).
keyhelp-cellright-bd79f5a7 = the time after
# The hint line's word for 0 (in Identify: where and when).
key-mark = mark
# The ? help's description of 0-3 (in Identify: where and when).
keyhelp-score-0-6587f92e = mark the cell for the group: 0 safe, 1 a little, 2 unsafe, 3 very unsafe; on to the next time
# The hint line's word for 1 (in Identify: where and when).
key-1 = 1
# The ? help's description of 1 (in Identify: where and when).
keyhelp-score-1-5c4d05a3 = mark 1
# The hint line's word for 2 (in Identify: where and when).
key-2 = 2
# The ? help's description of 2 (in Identify: where and when).
keyhelp-score-2-5d4d0736 = mark 2
# The hint line's word for 3 (in Identify: where and when).
key-3 = 3
# The ? help's description of 3 (in Identify: where and when).
keyhelp-score-3-5e4d08c9 = mark 3
# The hint line's word for g (in Identify: where and when).
key-group = group
# The ? help's description of g (in Identify: where and when).
keyhelp-nextgroup-177ee743 = the next group marking (its grid is on the left, the whole room's beside it)
# The hint line's word for G (in Identify: where and when).
key-previous-group = previous group
# The ? help's description of G (in Identify: where and when).
keyhelp-prevgroup-d7adf3c5 = the group before marking
# The hint line's word for a (in Identify: where and when).
key-place = place
# The ? help's description of a (in Identify: where and when).
keyhelp-add-81b719f2 = add a place, named as the room names it (no addresses, no coordinates)
# The hint line's word for m (in Identify: where and when).
key-months = months
# The ? help's description of m (in Identify: where and when).
keyhelp-toggleclock-76ba482b = times of day, or the months of the seasonal calendar
# The hint line's word for Enter/e (in Identify: where and when).
key-problems = problems
# The ? help's description of Enter/e (in Identify: where and when).
keyhelp-edit-273660ea = the mark of the cell with the problems that happen there then
# The ? help's description of w (in Identify: where and when).
keyhelp-showwherewhen-8809a12c = back to the problems
# The hint line's word for Del/Backspace (in Identify: where and when).
key-clear = clear
# The ? help's description of Del/Backspace (in Identify: where and when).
keyhelp-clearscore-55096a37 = clear the group's mark of the cell
# The hint line's word for i (in Identify: where and when).
key-rename = rename
# The ? help's description of i (in Identify: where and when).
keyhelp-rename-0e3f516c = rename the place of this row
# The ? help's description of d (in Identify: where and when).
keyhelp-delete-84448d62 = delete the place of this row with its marks (asks first)

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = Rank: dot voting
# The hint line's word for 1 (in Rank: dot voting).
key-dots = dots
# The ? help's description of 0-9 (in Rank: dot voting).
keyhelp-digit-1-09d9c7eb = type the active group's dots on the selected problem, then Enter: 1 4 Enter sets 14
# The hint line's word for +/= (in Rank: dot voting).
key-dot = dot
# The ? help's description of +/= (in Rank: dot voting).
keyhelp-voteplus-6712c756 = one dot for the selected problem from the active group
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = remove dot
# The ? help's description of - (in Rank: dot voting).
keyhelp-voteminus-23401a07 = take back the active group's latest dot on the selected problem
# The ? help's description of g (in Rank: dot voting).
keyhelp-nextgroup-61db8275 = pick the group whose dots are being counted (g, then its number; g Enter: the next)
# The ? help's description of G (in Rank: dot voting).
keyhelp-prevgroup-7c2a45e2 = pick the group, starting from the one before
# The hint line's word for c (in Rank: dot voting).
key-tally = tally
# The ? help's description of c (in Rank: dot voting).
keyhelp-tally-f63db14a = count the active group's dots problem by problem: type each number, Enter goes on
# The hint line's word for v (in Rank: dot voting).
key-view = view
# The ? help's description of v (in Rank: dot voting).
keyhelp-togglegroupview-085ed6b3 = show the active group's ranking alone, or the whole room's
# The hint line's word for s (in Rank: dot voting).
key-shortlist = shortlist
# The ? help's description of s (in Rank: dot voting).
keyhelp-shortlisttop-364a5c13 = mark the top N of the room's ranking as the shortlist for planning (asks when N cuts a tie)
# The hint line's word for Space (in Rank: dot voting).
key-pick = pick
# The ? help's description of Space (in Rank: dot voting).
keyhelp-toggleshortlist-d1b79639 = put the selected problem on or off the shortlist by hand
# The hint line's word for ]/> (in Rank: dot voting).
key-size = size
# The ? help's description of ]/> (in Rank: dot voting).
keyhelp-shortlistmore-9da186ac = make the top N of the shortlist one longer
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = smaller
# The ? help's description of [/< (in Rank: dot voting).
keyhelp-shortlistfewer-b06336ea = make the top N of the shortlist one shorter
# The hint line's word for h (in Rank: dot voting).
key-blind = blind
# The ? help's description of h (in Rank: dot voting).
keyhelp-toggleblind-b27d64c0 = a blind vote: the room's screen hides the totals (shows each group's dots placed) until h reveals them
# The hint line's word for o (in Rank: dot voting).
key-order = order
# The ? help's description of o (in Rank: dot voting).
keyhelp-toggleorder-cc871e6c = sort by dots, or list the problems in the order they were named
# The hint line's word for b (in Rank: dot voting).
key-break-tie = break tie
# The ? help's description of b (in Rank: dot voting).
keyhelp-breaktie-7add5b5a = break a tie the shortlist boundary cuts through: run-off vote, head-to-head, or a decision
# The hint line's word for r (in Rank: dot voting).
key-results = results
# The ? help's description of r (in Rank: dot voting).
keyhelp-showresults-4ae20450 = the results: overall ranking, chart and each group's ranks side by side (r again: back)
# The hint line's word for M (in Rank: dot voting).
key-method = method
# The ? help's description of M (in Rank: dot voting).
keyhelp-nextmethod-bcd7a814 = switch the ranking method: dot voting → pairwise → criteria (nothing recorded is lost)
# The hint line's word for Enter (in Rank: dot voting).
key-set = set
# The ? help's description of Enter (in Rank: dot voting).
keyhelp-submit-9f8f02de = set the active group's dots on the selected problem to the number typed
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = erase
# The ? help's description of Backspace (in Rank: dot voting).
keyhelp-erasedigit-799f8663 = take back the last digit typed
# The ? help's description of Esc (in Rank: dot voting).
keyhelp-cancel-d1535165 = clear the digits typed
# The hint line's word for 0 (in Rank: dot voting).
key-digit = digit
# The ? help's description of 0 (in Rank: dot voting).
keyhelp-digit-0-8b0d9a0f = a digit of the dots
# The ? help's description of 2 (in Rank: dot voting).
keyhelp-digit-2-8b0d9a0f = a digit of the dots
# The ? help's description of 3 (in Rank: dot voting).
keyhelp-digit-3-8b0d9a0f = a digit of the dots
# The ? help's description of 4 (in Rank: dot voting).
keyhelp-digit-4-8b0d9a0f = a digit of the dots
# The ? help's description of 5 (in Rank: dot voting).
keyhelp-digit-5-8b0d9a0f = a digit of the dots
# The ? help's description of 6 (in Rank: dot voting).
keyhelp-digit-6-8b0d9a0f = a digit of the dots
# The ? help's description of 7 (in Rank: dot voting).
keyhelp-digit-7-8b0d9a0f = a digit of the dots
# The ? help's description of 8 (in Rank: dot voting).
keyhelp-digit-8-8b0d9a0f = a digit of the dots
# The ? help's description of 9 (in Rank: dot voting).
keyhelp-digit-9-8b0d9a0f = a digit of the dots
# The hint line's word for S (in Rank: dot voting).
key-score-card = score card
# The ? help's description of S (in Rank: dot voting).
keyhelp-showscorecard-781baf9e = the score card: each group and the provider score the service, side by side with the gaps

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = Rank: a group's tally
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = record, next
# The ? help's description of Enter (in Rank: a group's tally).
keyhelp-submit-efa7e75f = record the number typed (nothing typed: leave it) and go to the next problem
# The ? help's description of Esc (in Rank: a group's tally).
keyhelp-cancel-08085b04 = clear the digits typed; with none, end the tally

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = Rank: over the dot budget?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = record anyway
# The ? help's description of y (in Rank: over the dot budget?).
keyhelp-yes-a23fb20c = record the tally although the group goes over its budget
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = no
# The ? help's description of n/Esc (in Rank: over the dot budget?).
keyhelp-no-f6d391e8 = leave the count as it was

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = Rank: pairwise
# The ? help's description of ← (in Rank: pairwise).
keyhelp-pickleft-08361269 = the left problem matters more
# The ? help's description of → (in Rank: pairwise).
keyhelp-pickright-f8a16b2c = the right problem matters more
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = equal
# The ? help's description of =/↓ (in Rank: pairwise).
keyhelp-picktie-40580bc1 = the two matter as much (a tie: half a win each)
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = why
# The ? help's description of Enter/e (in Rank: pairwise).
keyhelp-edit-a6a8f94f = write why the room decided so (before or after the pick)
# The ? help's description of Space (in Rank: pairwise).
keyhelp-nextundecided-b0f39b86 = the next pair still to decide
# The hint line's word for g (in Rank: pairwise).
key-who-decides = who decides
# The ? help's description of g (in Rank: pairwise).
keyhelp-nextgroup-5741edd1 = pick who is deciding: the whole room (0) or one group (its number)
# The ? help's description of G (in Rank: pairwise).
keyhelp-prevgroup-517f40f9 = pick who is deciding, starting from the one before
# The hint line's word for m (in Rank: pairwise).
key-matrix = matrix
# The ? help's description of m (in Rank: pairwise).
keyhelp-showmatrix-213823ec = the matrix of every pair, as on flip-chart paper
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = pairs
# The ? help's description of ]/PgDn (in Rank: pairwise).
keyhelp-nextpair-058a968c = next pair
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = previous pair
# The ? help's description of [/PgUp (in Rank: pairwise).
keyhelp-prevpair-d924654c = previous pair
# The ? help's description of Backspace/Del (in Rank: pairwise).
keyhelp-clearpick-c86e38dc = forget the decision on this pair
# The hint line's word for a (in Rank: pairwise).
key-scope = scope
# The ? help's description of a (in Rank: pairwise).
keyhelp-togglepairscope-fd0b496c = compare the shortlist, or every problem

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = Rank: writing why
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = save
# The ? help's description of Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
keyhelp-submit-3860aca3 = keep the reason (with the pick, if none yet)
# The ? help's description of Esc (in Rank: writing why).
keyhelp-cancel-3744c351 = leave the reason as it was

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = Rank: pairwise matrix
# The ? help's description of ←/h (in Rank: pairwise matrix).
keyhelp-cellleft-0e9899c8 = one column left
# The ? help's description of →/l (in Rank: pairwise matrix).
keyhelp-cellright-70bb505d = one column right
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = open pair
# The ? help's description of Enter (in Rank: pairwise matrix).
keyhelp-edit-0de71db6 = show this pair large, to decide or change it
# The ? help's description of m/Esc (in Rank: pairwise matrix).
keyhelp-showmatrix-973f2964 = back to the pair

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = Rank: criteria scoring
# The ? help's description of ←/h (in Rank: criteria scoring).
keyhelp-cellleft-356fa3df = previous criterion
# The ? help's description of →/l (in Rank: criteria scoring).
keyhelp-cellright-2f517b1f = next criterion
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = score
# The ? help's description of 1 (in Rank: criteria scoring).
keyhelp-score-1-936ceecd = score 1 (low) … 5 (high), then on to the next criterion
# The ? help's description of 2 (in Rank: criteria scoring).
keyhelp-score-2-cde27fe7 = score 2
# The ? help's description of 3 (in Rank: criteria scoring).
keyhelp-score-3-cce27e54 = score 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The ? help's description of 4 (in Rank: criteria scoring).
keyhelp-score-4-cbe27cc1 = score 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The ? help's description of 5 (in Rank: criteria scoring).
keyhelp-score-5-cae27b2e = score 5
# The ? help's description of 0/Backspace/Del (in Rank: criteria scoring).
keyhelp-clearscore-7ad545ad = clear the score of the cell
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = criterion
# The ? help's description of a (in Rank: criteria scoring).
keyhelp-add-29033117 = add a criterion (a name and a weight)
# The ? help's description of Enter/e (in Rank: criteria scoring).
keyhelp-edit-3f476b1d = rename the criterion of this column, or change its weight
# The ? help's description of d (in Rank: criteria scoring).
keyhelp-delete-23ea14b9 = delete the criterion of this column, with its scores (asks first)

## Rank: results

# A heading in the ? help.
keymap-rank-results = Rank: results
# The hint line's word for g (in Rank: results).
key-look-at = look at
# The ? help's description of g (in Rank: results).
keyhelp-nextgroup-6418d2d2 = look at one group's ranking, or the whole room's (who decides does not change)
# The ? help's description of G (in Rank: results).
keyhelp-prevgroup-4311673d = look at a group's ranking, starting from the one before
# The ? help's description of s (in Rank: results).
keyhelp-shortlisttop-702b9521 = mark the top N of the room's ranking as the shortlist (a broken tie counts)
# The ? help's description of r/Esc (in Rank: results).
keyhelp-showresults-fad256c8 = back to recording

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = Rank: breaking a tie
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = choose
# The ? help's description of 1 (in Rank: breaking a tie).
keyhelp-choose-0-c24641cf = a run-off dot vote among the tied problems only
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = head-to-head
# The ? help's description of 2 (in Rank: breaking a tie).
keyhelp-choose-1-f99215a6 = the head-to-head pairwise result between them
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = decision
# The ? help's description of 3 (in Rank: breaking a tie).
keyhelp-choose-2-2f3d8f4d = the facilitator decides the order, with a reason
# The ? help's description of Enter (in Rank: breaking a tie).
keyhelp-submit-85a1758a = break the tie the way under the cursor
# The ? help's description of Esc (in Rank: breaking a tie).
keyhelp-cancel-7cc204ae = back, leaving the tie as it is

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = Rank: run-off vote
# The ? help's description of + (in Rank: run-off vote).
keyhelp-voteplus-14aa0bdd = one run-off dot for the selected problem from the active group
# The ? help's description of - (in Rank: run-off vote).
keyhelp-voteminus-f705cb76 = take back the active group's latest run-off dot on the selected problem
# The ? help's description of g (in Rank: run-off vote).
keyhelp-nextgroup-1648aacc = pick the group whose run-off dots are being counted (g, then its number)
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = confirm
# The ? help's description of Enter (in Rank: run-off vote).
keyhelp-submit-3d8bd061 = confirm the order the run-off gives and record the tie-break
# The hint line's word for d (in Rank: run-off vote).
key-drop = drop
# The ? help's description of d (in Rank: run-off vote).
keyhelp-delete-5f731119 = drop this run-off and its dots (asks first)
# The ? help's description of Esc (in Rank: run-off vote).
keyhelp-cancel-ea866136 = back to the three ways (the run-off's dots stay recorded)

## Rank: score card

# A heading in the ? help.
keymap-rank-score-card = Rank: score card
# The ? help's description of ←/h (in Rank: score card).
keyhelp-cellleft-34f1cbfa = the group (or the provider) on the left
# The ? help's description of →/l (in Rank: score card).
keyhelp-cellright-eaa97cc7 = the group (or the provider) on the right
# The ? help's description of 0-9 (in Rank: score card).
keyhelp-digit-1-ddc7f364 = type the score of the cell, then Enter: 6 5 Enter records 65 and goes down
# The ? help's description of 0 (in Rank: score card).
keyhelp-digit-0-9224c087 = a digit of the score
# The ? help's description of 2 (in Rank: score card).
keyhelp-digit-2-9224c087 = a digit of the score
# The ? help's description of 3 (in Rank: score card).
keyhelp-digit-3-9224c087 = a digit of the score
# The ? help's description of 4 (in Rank: score card).
keyhelp-digit-4-9224c087 = a digit of the score
# The ? help's description of 5 (in Rank: score card).
keyhelp-digit-5-9224c087 = a digit of the score
# The ? help's description of 6 (in Rank: score card).
keyhelp-digit-6-9224c087 = a digit of the score
# The ? help's description of 7 (in Rank: score card).
keyhelp-digit-7-9224c087 = a digit of the score
# The ? help's description of 8 (in Rank: score card).
keyhelp-digit-8-9224c087 = a digit of the score
# The ? help's description of 9 (in Rank: score card).
keyhelp-digit-9-9224c087 = a digit of the score
# The hint line's word for Enter (in Rank: score card).
key-record = record
# The ? help's description of Enter (in Rank: score card).
keyhelp-submit-21151204 = record the score typed and go down; nothing typed: the score and its reason in a form
# The hint line's word for P (in Rank: score card).
key-plan-action = plan action
# The ? help's description of P (in Rank: score card).
keyhelp-plangap-9bfdd875 = plan an action in Plan on the gap of this indicator (linked to it)
# The hint line's word for e (in Rank: score card).
key-reason = reason
# The ? help's description of e (in Rank: score card).
keyhelp-edit-1c8eeb80 = the score of the cell and the reason the group gives for it
# The ? help's description of Del (in Rank: score card).
keyhelp-clearscore-00fe3624 = clear the score of the cell (u brings it back)
# The hint line's word for a (in Rank: score card).
key-indicator = indicator
# The ? help's description of a (in Rank: score card).
keyhelp-add-fbb53d1e = add an indicator, in the room's words
# The hint line's word for o (in Rank: score card).
key-provider = provider
# The ? help's description of o (in Rank: score card).
keyhelp-editdetails-b5622a00 = who is scored and scores itself (the police post, the chief's office), and the scale
# The hint line's word for I (in Rank: score card).
key-starter-set = starter set
# The ? help's description of I (in Rank: score card).
keyhelp-starterset-81589d68 = add the indicators offered for police services (responsiveness, respect, fairness…)
# The ? help's description of i (in Rank: score card).
keyhelp-rename-4828f3e9 = reword the indicator of this row
# The ? help's description of d (in Rank: score card).
keyhelp-delete-c6889e87 = delete the indicator of this row, with its scores (asks first)
# The hint line's word for Esc (in Rank: score card).
key-clear-digits = clear digits

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = Rank: choosing a group
# The ? help's description of 0-9 (in Rank: choosing a group).
keyhelp-choose-1-da217707 = pick the group with this number (0: the whole room, where it can decide)
# The ? help's description of 2 (in Rank: choosing a group).
keyhelp-choose-2-72e3db42 = group 2
# The ? help's description of 3 (in Rank: choosing a group).
keyhelp-choose-3-73e3dcd5 = group 3
# The ? help's description of 4 (in Rank: choosing a group).
keyhelp-choose-4-6ce3d1d0 = group 4
# The ? help's description of 5 (in Rank: choosing a group).
keyhelp-choose-5-6de3d363 = group 5
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The ? help's description of 6 (in Rank: choosing a group).
keyhelp-choose-6-6ee3d4f6 = group 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The ? help's description of 7 (in Rank: choosing a group).
keyhelp-choose-7-6fe3d689 = group 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The ? help's description of 8 (in Rank: choosing a group).
keyhelp-choose-8-78e3e4b4 = group 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The ? help's description of 9 (in Rank: choosing a group).
keyhelp-choose-9-79e3e647 = group 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = room
# The ? help's description of 0 (in Rank: choosing a group).
keyhelp-choose-0-e5f5f8fa = the whole room
# The ? help's description of g (in Rank: choosing a group).
keyhelp-down-c1be59d5 = the next one
# The hint line's word for G (in Rank: choosing a group).
key-previous = previous
# The ? help's description of G (in Rank: choosing a group).
keyhelp-up-9b332a83 = the one before
# The ? help's description of Enter (in Rank: choosing a group).
keyhelp-submit-326d97d8 = pick the one under the cursor
# The ? help's description of Esc (in Rank: choosing a group).
keyhelp-cancel-4b0e2d40 = keep the group as it was

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = Rank: a tie at the shortlist boundary
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = break it now
# The ? help's description of b (in Rank: a tie at the shortlist boundary).
keyhelp-breaktie-556ba8f9 = break the tie now: run-off, head-to-head or a decision
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = include all tied
# The ? help's description of a (in Rank: a tie at the shortlist boundary).
keyhelp-includetied-1c5011a9 = take every tied problem onto the shortlist (it grows by the tie)
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = leave
# The ? help's description of Esc/n (in Rank: a tie at the shortlist boundary).
keyhelp-cancel-9d275104 = leave the shortlist as it is

## Plan

# A heading in the ? help.
keymap-plan = Plan
# The ? help's description of a (in Plan).
keyhelp-add-0c28c149 = add an action to the problem under the cursor
# The ? help's description of Enter/e (in Plan).
keyhelp-edit-99cae40c = edit the selected action (on a problem: add one to it)
# The hint line's word for v (in Plan).
key-show-all = show all
# The ? help's description of v (in Plan).
keyhelp-toggleallproblems-f87bdc45 = show every problem, or only the shortlist (and problems with actions)
# The ? help's description of d (in Plan).
keyhelp-delete-1d8dec53 = delete the selected action (asks first)

## In a form

# A heading in the ? help.
keymap-in-a-form = In a form
# The hint line's word for Tab (in In a form).
key-next-field = next field
# The ? help's description of Tab (in In a form).
keyhelp-focusnext-4657e254 = next field
# The ? help's description of Shift+Tab (in In a form).
keyhelp-focusprev-8e853514 = previous field
# The ? help's description of Enter/Ctrl+s (in In a form).
keyhelp-submit-efc314e7 = save the form, from any field (Ctrl+s too)
# The ? help's description of Esc (in In a form).
keyhelp-cancel-de80c72c = cancel (asks first if anything was typed)
# The ? help's description of ↑ (in In a form).
keyhelp-focusprev-d92fbdad = previous field (in a multi-line field: from its first line)
# The ? help's description of ↓ (in In a form).
keyhelp-focusnext-b94b90bf = next field (in a multi-line field: from its last line)

## Monitor

# A heading in the ? help.
keymap-monitor = Monitor
# The hint line's word for s (in Monitor).
key-status = status
# The ? help's description of s (in Monitor).
keyhelp-nextstatus-7afba1cb = next status: planned → in progress → done → stalled → dropped (dropping asks first)
# The ? help's description of 1 (in Monitor).
keyhelp-setstatus-0-b27875e7 = mark planned (1–5 set a status directly)
# The hint line's word for 2 (in Monitor).
key-in-progress = in progress
# The ? help's description of 2 (in Monitor).
keyhelp-setstatus-1-529599fe = mark in progress
# The ? help's description of 3 (in Monitor).
keyhelp-setstatus-2-ab6e5fb0 = mark done
# The hint line's word for 4 (in Monitor).
key-stalled = stalled
# The ? help's description of 4 (in Monitor).
keyhelp-setstatus-3-150fd113 = mark stalled
# The hint line's word for 5 (in Monitor).
key-dropped = dropped
# The ? help's description of 5 (in Monitor).
keyhelp-setstatus-4-eab43245 = mark dropped (asks first)
# The hint line's word for n (in Monitor).
key-note = note
# The ? help's description of n (in Monitor).
keyhelp-addnote-fddcf145 = add a dated progress note to the selected action
# The ? help's description of Enter/e (in Monitor).
keyhelp-edit-18dd167b = edit the selected action (dates, who, …)
# The hint line's word for f (in Monitor).
key-follow-up = follow-up
# The ? help's description of f (in Monitor).
keyhelp-showledger-ded7e564 = the follow-up ledger: problems escalated, to whom, when, and every reply since

## Monitor: follow-up of escalations

# A heading in the ? help.
keymap-monitor-follow-up-of-escalations = Monitor: follow-up of escalations
# The hint line's word for n (in Monitor: follow-up of escalations).
key-reply = reply
# The ? help's description of n (in Monitor: follow-up of escalations).
keyhelp-addnote-5f122a10 = record what came back, dated: no reply, a reply, an action taken, or done
# The hint line's word for a (in Monitor: follow-up of escalations).
key-escalate = escalate
# The ? help's description of a (in Monitor: follow-up of escalations).
keyhelp-add-4591f4a2 = record that a problem was raised with someone beyond the community, and when
# The ? help's description of Enter/e (in Monitor: follow-up of escalations).
keyhelp-edit-0b3d334e = edit to whom and when the selected problem was raised
# The hint line's word for f (in Monitor: follow-up of escalations).
key-actions = actions
# The ? help's description of f (in Monitor: follow-up of escalations).
keyhelp-showledger-eedec6eb = back to the actions
# The ? help's description of d (in Monitor: follow-up of escalations).
keyhelp-delete-19a90cea = delete the selected escalation with its replies (asks first)

## Learn

# A heading in the ? help.
keymap-learn = Learn
# The ? help's description of ←/h (in Learn).
keyhelp-focusprev-7cf09bb2 = the box on the left (the previous one when stacked)
# The ? help's description of →/l (in Learn).
keyhelp-focusnext-b0e98307 = the box on the right (the next one when stacked)
# The ? help's description of Enter/e (in Learn).
keyhelp-edit-13c1660c = write in the selected box (Enter saves; Alt+Enter starts a new line)
# The hint line's word for N (in Learn).
key-next-cycle = next cycle
# The ? help's description of N (in Learn).
keyhelp-nextcycle-48a50a20 = start the next cycle: a new session with these groups, the unresolved problems and the open actions
# The hint line's word for PgUp (in Learn).
key-scroll = scroll
# The ? help's description of PgUp (in Learn).
keyhelp-pageup-6690990a = scroll the selected box up
# The hint line's word for PgDn (in Learn).
key-scroll-down = scroll down
# The ? help's description of PgDn (in Learn).
keyhelp-pagedown-88523f6b = scroll the selected box down
# The ? help's description of Home (in Learn).
keyhelp-first-3c423d12 = the first box (what worked)
# The ? help's description of End (in Learn).
keyhelp-last-5dc800c7 = the last box (improvements)

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = In a multi-line field
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = new line
# The ? help's description of Alt+Enter/Ctrl+j (in In a multi-line field).
keyhelp-fieldkey-cc6c9f38 = start a new line (Alt+Enter, or Ctrl+j)

## On a choice

# A heading in the ? help.
keymap-on-a-choice = On a choice
# The ? help's description of ←→ (in On a choice).
keyhelp-fieldkey-27d114c6 = pick another option (Space too; on yes/no, Space switches)

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = On a list of ticks
# The ? help's description of ←→ (in On a list of ticks).
keyhelp-fieldkey-51d91892 = move between options
# The hint line's word for Space (in On a list of ticks).
key-tick = tick
# The ? help's description of Space (in On a list of ticks).
keyhelp-fieldkey-d20f2699 = tick or untick

## Discard?

# A heading in the ? help.
keymap-discard = Discard?
# The hint line's word for y (in Discard?).
key-discard = discard
# The ? help's description of y (in Discard?).
keyhelp-yes-76cc5fd2 = throw away what was typed
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = keep editing
# The ? help's description of n/Esc (in Discard?).
keyhelp-no-971c0e2a = go back to the form

## Confirm

# A heading in the ? help.
keymap-confirm = Confirm
# The hint line's word for y (in Confirm).
key-yes = yes
# The ? help's description of y (in Confirm).
keyhelp-yes-c5923342 = yes, do it
# The ? help's description of n/Esc (in Confirm).
keyhelp-no-d259d5e2 = no, leave it

## Timer

# A heading in the ? help.
keymap-timer = Timer
# The hint line's word for Enter (in Timer).
key-start = start
# The ? help's description of Enter (in Timer).
keyhelp-submit-da7e11a2 = start the preset under the cursor, or the duration typed
# The ? help's description of Esc (in Timer).
keyhelp-cancel-2e77beb5 = close without a timer

## Timer running

# A heading in the ? help.
keymap-timer-running = Timer running
# The hint line's word for Space (in Timer running).
key-pause = pause
# The ? help's description of Space (in Timer running).
keyhelp-pausetimer-f0b9f89e = pause the timer, or go on after a pause
# The hint line's word for +/= (in Timer running).
key-1-min = +1 min
# The ? help's description of +/= (in Timer running).
keyhelp-extendtimer-19603a90 = one more minute
# The hint line's word for s (in Timer running).
key-stop = stop
# The ? help's description of s (in Timer running).
keyhelp-stoptimer-a861eccf = stop the timer and take it off the room's screen
# The hint line's word for Esc/t (in Timer running).
key-close = close
# The ? help's description of Esc/t (in Timer running).
keyhelp-cancel-8f788ee8 = close this box; the timer goes on

## Session list

# A heading in the ? help.
keymap-session-list = Session list
# The hint line's word for Enter (in Session list).
key-open = open
# The ? help's description of Enter (in Session list).
keyhelp-open-a6cd6cfe = open the session to work on it
# The hint line's word for n (in Session list).
key-new = new
# The ? help's description of n (in Session list).
keyhelp-new-6394b752 = start a new session
# The hint line's word for r (in Session list).
key-read-only = read-only
# The ? help's description of r (in Session list).
keyhelp-readonly-ebd0fdff = open the session read-only (to review; nothing can change)
# The hint line's word for / (in Session list).
key-filter = filter
# The ? help's description of / (in Session list).
keyhelp-filter-3fde4cc9 = filter by any text: title, community, facilitator, problem
# The hint line's word for o (in Session list).
key-sort = sort
# The ? help's description of o (in Session list).
keyhelp-sort-883ef414 = sort by date, title, community or stage
# The ? help's description of N (in Session list).
keyhelp-nextcycle-65de5c6c = start the next cycle of the selected session
# The hint line's word for c (in Session list).
key-compare = compare
# The ? help's description of c (in Session list).
keyhelp-compare-d64e19fd = compare with the previous cycle: how priorities moved
# The hint line's word for p (in Session list).
key-room-s-screen = room's screen
# The ? help's description of p (in Session list).
keyhelp-present-a97c349b = make this window the room's screen of the session (for the projector): it follows the facilitator's window, read-only
# The hint line's word for x (in Session list).
key-report = report
# The ? help's description of x (in Session list).
keyhelp-export-7b5f4973 = write the selected session's report (Markdown and HTML) next to it
# The hint line's word for e (in Session list).
key-examples = examples
# The ? help's description of e (in Session list).
keyhelp-examples-a0d320f0 = the example sessions built into baraza: look at a whole workshop, read-only
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = refresh
# The ? help's description of F5/Ctrl+r (in Session list).
keyhelp-refresh-460fd697 = read the folder again: sessions added by another program or copied in
# The ? help's description of q (in Session list).
keyhelp-quit-b46de75f = quit baraza
# The ? help's description of Ctrl+c (in Session list).
keyhelp-forcequit-27314313 = quit baraza, also from a form or the filter

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Filtering the list
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = keep filter
# The ? help's description of Enter/↓ (in Filtering the list).
keyhelp-submit-f1f0bf6f = keep the filter and move in the list
# The ? help's description of Esc (in Filtering the list).
keyhelp-cancel-207838d1 = clear the filter

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Example sessions
# The hint line's word for Enter/r (in Example sessions).
key-look = look
# The ? help's description of Enter/r (in Example sessions).
keyhelp-readonly-3a56aab4 = open the example read-only: every panel, nothing can change or be saved
# The ? help's description of n (in Example sessions).
keyhelp-new-60e4a596 = start a new session of your own
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = your sessions
# The ? help's description of e/Esc (in Example sessions).
keyhelp-examples-5cf2029d = back to the sessions in the folder

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Comparing cycles
# The ? help's description of g (in Comparing cycles).
keyhelp-nextgroup-6eec0074 = show one group's ranks (cycles through the groups, then the whole room)
# The ? help's description of G (in Comparing cycles).
keyhelp-prevgroup-5125d67b = previous group
# The ? help's description of S (in Comparing cycles).
keyhelp-showscorecard-ceca693e = how the score card moved: each indicator's community score, self-score and gap (S again: the ranks)
# The ? help's description of Esc/q (in Comparing cycles).
keyhelp-quit-0aa177cc = back to the session list
# The ? help's description of Ctrl+c (in Comparing cycles).
keyhelp-forcequit-b46de75f = quit baraza

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Room's screen
# The ? help's description of q (in Room's screen).
keyhelp-quit-d0f78148 = close the room's screen (the session is not touched)

## Help

# A heading in the ? help.
keymap-help = Help
# The ? help's description of ↑/k (in Help).
keyhelp-up-c3bb7449 = scroll up
# The ? help's description of ↓/j (in Help).
keyhelp-down-bd81c830 = scroll down
# The hint line's word for Home (in Help).
key-top = top
# The ? help's description of Home (in Help).
keyhelp-first-c03b1b55 = to the top: the keys that work everywhere
# The hint line's word for End (in Help).
key-bottom = bottom
# The ? help's description of End (in Help).
keyhelp-last-9a8b7f02 = to the bottom
# The hint line's word for R (in Help).
key-right-to-left = right to left
# The ? help's description of R (in Help).
keyhelp-cyclertl-ac2b4b46 = right-to-left text: auto, on (baraza reorders), off (the terminal does); the test line at the bottom shows which is right
# The ? help's description of Esc (in Help).
keyhelp-cancel-a72b1b14 = close (so does any other key)
# The ? help's description of Ctrl+c (in Help).
keyhelp-forcequit-47878736 = quit
