### baraza — Kiswahili: vitufe.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Kila mahali
# The hint line's word for Tab (in Everywhere).
key-next = mbele
# The hint line's word for Shift+Tab (in Everywhere).
key-back = nyuma
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = paneli
# The hint line's word for F2/Alt+2 (in Everywhere).
key-identify = { -step-identify }
# The hint line's word for F3/Alt+3 (in Everywhere).
key-rank = { -step-rank }
# The hint line's word for F4/Alt+4 (in Everywhere).
key-plan = { -step-plan }
# The hint line's word for F5/Alt+5 (in Everywhere).
key-monitor = { -step-monitor }
# The hint line's word for F6/Alt+6 (in Everywhere).
key-learn = { -step-learn }
# The hint line's word for Ctrl+z/u (in Everywhere).
key-undo = tendua
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = rudia
# The hint line's word for T (in Everywhere).
key-theme = mandhari
# The hint line's word for L (in Everywhere).
key-language = lugha
# The hint line's word for p (in Everywhere).
key-room-view = skrini ya ukumbi
# The hint line's word for . (in Everywhere).
key-blank = zima
# The hint line's word for t (in Everywhere).
key-timer = kipima muda
# The hint line's word for x (in Everywhere).
key-export = hamisha
# The hint line's word for ? (in Everywhere).
key-help = msaada
# The hint line's word for q (in Everywhere).
key-quit = toka

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = sogeza
# The hint line's word for ↓/j (in Prepare).
key-down = chini
# The hint line's word for a (in Prepare).
key-add = ongeza
# The hint line's word for Enter/e (in Prepare).
key-edit = hariri
# The hint line's word for d (in Prepare).
key-delete = futa
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = panga upya
# The hint line's word for s (in Prepare).
key-details = maelezo
# The hint line's word for n (in Prepare).
key-notes = madokezo
# The hint line's word for c (in Prepare).
key-consent = ridhaa
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = sogeza madokezo
# The hint line's word for Home (in Prepare).
key-first = mwanzo
# The hint line's word for End (in Prepare).
key-last = mwisho

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The hint line's word for m (in Identify).
key-merge = unganisha
# The hint line's word for ! (in Identify).
key-district = wilaya
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = shusha
# The hint line's word for r (in Identify).
key-resolved = limetatuliwa
# The hint line's word for PgUp (in Identify).
key-page-up = ukurasa juu
# The hint line's word for PgDn (in Identify).
key-page-down = ukurasa chini

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Kuongeza matatizo
# The hint line's word for Enter (in Adding problems).
key-add-next = ongeza, lijalo
# The hint line's word for Esc (in Adding problems).
key-done = maliza

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Kuunganisha yanayojirudia
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = unganisha hapa
# The hint line's word for Esc (in Merging duplicates).
key-cancel = ghairi

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = nukta
# The hint line's word for +/= (in Rank: dot voting).
key-dot = nukta
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = ondoa nukta
# The hint line's word for g (in Rank: dot voting).
key-group = kundi
# The hint line's word for G (in Rank: dot voting).
key-previous-group = kundi lililopita
# The hint line's word for c (in Rank: dot voting).
key-tally = hesabu
# The hint line's word for v (in Rank: dot voting).
key-view = mwonekano
# The hint line's word for s (in Rank: dot voting).
key-shortlist = orodha fupi
# The hint line's word for Space (in Rank: dot voting).
key-pick = chagua
# The hint line's word for ]/> (in Rank: dot voting).
key-size = ukubwa
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = punguza
# The hint line's word for h (in Rank: dot voting).
key-blind = siri
# The hint line's word for o (in Rank: dot voting).
key-order = mpangilio
# The hint line's word for b (in Rank: dot voting).
key-break-tie = vunja sare
# The hint line's word for r (in Rank: dot voting).
key-results = matokeo
# The hint line's word for M (in Rank: dot voting).
key-method = mbinu
# The hint line's word for Enter (in Rank: dot voting).
key-set = weka
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = futa tarakimu
# The hint line's word for Esc (in Rank: dot voting).
key-clear = safisha
# The hint line's word for 0 (in Rank: dot voting).
key-digit = tarakimu

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: hesabu ya kundi
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = rekodi, lijalo

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: zaidi ya nukta zilizotengwa?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = rekodi hata hivyo
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = hapana

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The hint line's word for → (in Rank: pairwise).
key-right = kulia
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = sawa
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = kwa nini
# The hint line's word for g (in Rank: pairwise).
key-who-decides = nani anaamua
# The hint line's word for m (in Rank: pairwise).
key-matrix = jedwali
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = jozi
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = jozi iliyopita
# The hint line's word for a (in Rank: pairwise).
key-scope = wigo

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: kuandika sababu
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = hifadhi

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: jedwali la jozi
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = kushoto
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = fungua jozi

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = alama
# The hint line's word for 2 (in Rank: criteria scoring).
key-2 = 2
# The hint line's word for 3 (in Rank: criteria scoring).
key-3 = 3
# The hint line's word for 4 (in Rank: criteria scoring).
key-4 = 4
# The hint line's word for 5 (in Rank: criteria scoring).
key-5 = 5
# The hint line's word for a (in Rank: criteria scoring).
key-criterion = { -criterion }

## Rank: results

# A heading in the ? help.
keymap-rank-results = { -step-rank }: matokeo
# The hint line's word for g (in Rank: results).
key-look-at = tazama

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: kuvunja sare
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = chagua
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = ana kwa ana
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = uamuzi

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = thibitisha
# The hint line's word for d (in Rank: run-off vote).
key-drop = acha

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: kuchagua kundi
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = ukumbi
# The hint line's word for G (in Rank: choosing a group).
key-previous = lililopita

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: sare kwenye mpaka wa orodha fupi
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = ivunje sasa
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = jumuisha yote yenye sare
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = acha ilivyo

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The hint line's word for v (in Plan).
key-show-all = onyesha yote

## In a form

# A heading in the ? help.
keymap-in-a-form = Ndani ya fomu
# The hint line's word for Tab (in In a form).
key-next-field = sehemu inayofuata

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = hali
# The hint line's word for 2 (in Monitor).
key-in-progress = inaendelea
# The hint line's word for 4 (in Monitor).
key-stalled = imekwama
# The hint line's word for 5 (in Monitor).
key-dropped = imeachwa
# The hint line's word for n (in Monitor).
key-note = taarifa

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The hint line's word for N (in Learn).
key-next-cycle = mzunguko ujao
# The hint line's word for PgUp (in Learn).
key-scroll = sogeza
# The hint line's word for PgDn (in Learn).
key-scroll-down = sogeza chini

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = Ndani ya sehemu ya mistari mingi
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = mstari mpya

## On a choice

# A heading in the ? help.
keymap-on-a-choice = Kwenye chaguo

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = Kwenye orodha ya kuweka alama
# The hint line's word for Space (in On a list of ticks).
key-tick = weka alama

## Discard?

# A heading in the ? help.
keymap-discard = Kutupa?
# The hint line's word for y (in Discard?).
key-discard = tupa
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = endelea kuhariri

## Confirm

# A heading in the ? help.
keymap-confirm = Thibitisha
# The hint line's word for y (in Confirm).
key-yes = ndiyo

## Timer

# A heading in the ? help.
keymap-timer = Kipima muda
# The hint line's word for Enter (in Timer).
key-start = anza

## Timer running

# A heading in the ? help.
keymap-timer-running = Kipima muda kinaendelea
# The hint line's word for Space (in Timer running).
key-pause = sitisha
# The hint line's word for +/= (in Timer running).
key-1-min = +dak 1
# The hint line's word for s (in Timer running).
key-stop = simamisha
# The hint line's word for Esc/t (in Timer running).
key-close = funga

## Session list

# A heading in the ? help.
keymap-session-list = Orodha ya vikao
# The hint line's word for Enter (in Session list).
key-open = fungua
# The hint line's word for n (in Session list).
key-new = kipya
# The hint line's word for r (in Session list).
key-read-only = kusoma tu
# The hint line's word for / (in Session list).
key-filter = chuja
# The hint line's word for o (in Session list).
key-sort = panga
# The hint line's word for c (in Session list).
key-compare = linganisha
# The hint line's word for p (in Session list).
key-room-s-screen = skrini ya ukumbi
# The hint line's word for x (in Session list).
key-report = ripoti
# The hint line's word for e (in Session list).
key-examples = mifano
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = onyesha upya

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Kuchuja orodha
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = baki na kichujio

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Vikao vya mfano
# The hint line's word for Enter/r (in Example sessions).
key-look = tazama
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = vikao vyako

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Kulinganisha mizunguko

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Skrini ya ukumbi

## Help

# A heading in the ? help.
keymap-help = Msaada
# The hint line's word for Home (in Help).
key-top = juu kabisa
# The hint line's word for End (in Help).
key-bottom = chini kabisa
# The hint line's word for R (in Help).
key-right-to-left = kulia kwenda kushoto
