### baraza — Soomaali: furayaasha.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.
### Headings (##) and notes (#) are copied from locales/en/: where each
### message shows and what its variables are.

## Everywhere

# A heading in the ? help.
keymap-everywhere = Meel kasta
# The hint line's word for Tab (in Everywhere).
key-next = xiga
# The hint line's word for Shift+Tab (in Everywhere).
key-back = dib
# The hint line's word for F1/Alt+1 (in Everywhere).
key-panel = guddi
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
key-undo = celi
# The hint line's word for Ctrl+y/U (in Everywhere).
key-redo = dib u samee
# The hint line's word for T (in Everywhere).
key-theme = muuqaal
# The hint line's word for L (in Everywhere).
key-language = luqad
# The hint line's word for p (in Everywhere).
key-room-view = shaashadda qolka
# The hint line's word for . (in Everywhere).
key-blank = madoobee
# The hint line's word for t (in Everywhere).
key-timer = saacad
# The hint line's word for x (in Everywhere).
key-export = dhoofi
# The hint line's word for ? (in Everywhere).
key-help = caawimo
# The hint line's word for q (in Everywhere).
key-quit = ka bax

## Prepare

# A heading in the ? help.
keymap-prepare = { -step-prepare }
# The hint line's word for ↑/k (in Prepare).
key-move = dhaqaaji
# The hint line's word for ↓/j (in Prepare).
key-down = hoos
# The hint line's word for a (in Prepare).
key-add = ku dar
# The hint line's word for Enter/e (in Prepare).
key-edit = wax ka beddel
# The hint line's word for d (in Prepare).
key-delete = tirtir
# The hint line's word for K/Shift+↑ (in Prepare).
key-reorder = dib u habee
# The hint line's word for s (in Prepare).
key-details = faahfaahin
# The hint line's word for n (in Prepare).
key-notes = qoraallo
# The hint line's word for c (in Prepare).
key-consent = ogolaansho
# The hint line's word for PgUp (in Prepare).
key-scroll-notes = rog qoraallada
# The hint line's word for Home (in Prepare).
key-first = ugu horreeya
# The hint line's word for End (in Prepare).
key-last = ugu dambeeya

## Identify

# A heading in the ? help.
keymap-identify = { -step-identify }
# The hint line's word for m (in Identify).
key-merge = isku dar
# The hint line's word for ! (in Identify).
key-district = degmo
# The hint line's word for J/Shift+↓ (in Identify).
key-move-down = hoos u dhig
# The hint line's word for r (in Identify).
key-resolved = la xalliyay
# The hint line's word for PgUp (in Identify).
key-page-up = bog kor
# The hint line's word for PgDn (in Identify).
key-page-down = bog hoos

## Adding problems

# A heading in the ? help.
keymap-adding-problems = Ku darista dhibaatooyinka
# The hint line's word for Enter (in Adding problems).
key-add-next = ku dar, xiga
# The hint line's word for Esc (in Adding problems).
key-done = dhammee

## Merging duplicates

# A heading in the ? help.
keymap-merging-duplicates = Isku darista kuwa soo noqnoqda
# The hint line's word for m/Enter (in Merging duplicates).
key-merge-here = halkan isku dar
# The hint line's word for Esc (in Merging duplicates).
key-cancel = jooji

## Rank: dot voting

# A heading in the ? help.
keymap-rank-dot-voting = { -step-rank }: { -dot-voting }
# The hint line's word for 1 (in Rank: dot voting).
key-dots = dhibco
# The hint line's word for +/= (in Rank: dot voting).
key-dot = dhibic
# The hint line's word for - (in Rank: dot voting).
key-remove-dot = ka saar dhibic
# The hint line's word for g (in Rank: dot voting).
key-group = koox
# The hint line's word for G (in Rank: dot voting).
key-previous-group = kooxdii hore
# The hint line's word for c (in Rank: dot voting).
key-tally = tiri
# The hint line's word for v (in Rank: dot voting).
key-view = muuqaal
# The hint line's word for s (in Rank: dot voting).
key-shortlist = liiska kooban
# The hint line's word for Space (in Rank: dot voting).
key-pick = dooro
# The hint line's word for ]/> (in Rank: dot voting).
key-size = cabbir
# The hint line's word for [/< (in Rank: dot voting).
key-smaller = yaree
# The hint line's word for h (in Rank: dot voting).
key-blind = qarsoon
# The hint line's word for o (in Rank: dot voting).
key-order = kala horreyn
# The hint line's word for b (in Rank: dot voting).
key-break-tie = jebi barbaraha
# The hint line's word for r (in Rank: dot voting).
key-results = natiijooyin
# The hint line's word for M (in Rank: dot voting).
key-method = hab
# The hint line's word for Enter (in Rank: dot voting).
key-set = deji
# The hint line's word for Backspace (in Rank: dot voting).
key-erase = tirtir lambar
# The hint line's word for Esc (in Rank: dot voting).
key-clear = nadiifi
# The hint line's word for 0 (in Rank: dot voting).
key-digit = lambar

## Rank: a group's tally

# A heading in the ? help.
keymap-rank-a-group-s-tally = { -step-rank }: tirinta kooxda
# The hint line's word for Enter (in Rank: a group's tally).
key-record-next = qor, xiga

## Rank: over the dot budget?

# A heading in the ? help.
keymap-rank-over-the-dot-budget = { -step-rank }: ka badan dhibcaha loo qoondeeyay?
# The hint line's word for y (in Rank: over the dot budget?).
key-record-anyway = qor si kastaba
# The hint line's word for n/Esc (in Rank: over the dot budget?).
key-no = maya

## Rank: pairwise

# A heading in the ? help.
keymap-rank-pairwise = { -step-rank }: { -pairwise }
# The hint line's word for → (in Rank: pairwise).
key-right = midig
# The hint line's word for =/↓ (in Rank: pairwise).
key-equal = isku mid
# The hint line's word for Enter/e (in Rank: pairwise).
key-why = sababta
# The hint line's word for g (in Rank: pairwise).
key-who-decides = yaa go'aaminaya
# The hint line's word for m (in Rank: pairwise).
key-matrix = shax
# The hint line's word for ]/PgDn (in Rank: pairwise).
key-pairs = lammaane
# The hint line's word for [/PgUp (in Rank: pairwise).
key-previous-pair = lammaanihii hore
# The hint line's word for a (in Rank: pairwise).
key-scope = baaxad

## Rank: writing why

# A heading in the ? help.
keymap-rank-writing-why = { -step-rank }: qorista sababta
# The hint line's word for Enter/Ctrl+s/Alt+Enter (in Rank: writing why).
key-save = kaydi

## Rank: pairwise matrix

# A heading in the ? help.
keymap-rank-pairwise-matrix = { -step-rank }: shaxda lammaanaha
# The hint line's word for ←/h (in Rank: pairwise matrix).
key-left = bidix
# The hint line's word for Enter (in Rank: pairwise matrix).
key-open-pair = fur lammaanaha

## Rank: criteria scoring

# A heading in the ? help.
keymap-rank-criteria-scoring = { -step-rank }: { -criteria-scoring }
# The hint line's word for 1 (in Rank: criteria scoring).
key-score = qiimayn
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
keymap-rank-results = { -step-rank }: natiijooyinka
# The hint line's word for g (in Rank: results).
key-look-at = eeg

## Rank: breaking a tie

# A heading in the ? help.
keymap-rank-breaking-a-tie = { -step-rank }: jebinta barbaraha
# The hint line's word for 1 (in Rank: breaking a tie).
key-choose = dooro
# The hint line's word for 2 (in Rank: breaking a tie).
key-head-to-head = wajiga-wajiga
# The hint line's word for 3 (in Rank: breaking a tie).
key-decision = go'aan

## Rank: run-off vote

# A heading in the ? help.
keymap-rank-run-off-vote = { -step-rank }: { -run-off }
# The hint line's word for Enter (in Rank: run-off vote).
key-confirm = xaqiiji
# The hint line's word for d (in Rank: run-off vote).
key-drop = ka tag

## Rank: choosing a group

# A heading in the ? help.
keymap-rank-choosing-a-group = { -step-rank }: doorashada kooxda
# The hint line's word for 6 (in Rank: choosing a group).
key-6 = 6
# The hint line's word for 7 (in Rank: choosing a group).
key-7 = 7
# The hint line's word for 8 (in Rank: choosing a group).
key-8 = 8
# The hint line's word for 9 (in Rank: choosing a group).
key-9 = 9
# The hint line's word for 0 (in Rank: choosing a group).
key-room = qolka
# The hint line's word for G (in Rank: choosing a group).
key-previous = hore

## Rank: a tie at the shortlist boundary

# A heading in the ? help.
keymap-rank-a-tie-at-the-shortlist-boundary = { -step-rank }: barbaro xadka liiska kooban
# The hint line's word for b (in Rank: a tie at the shortlist boundary).
key-break-it-now = hadda jebi
# The hint line's word for a (in Rank: a tie at the shortlist boundary).
key-include-all-tied = ku dar dhammaan barbaraha
# The hint line's word for Esc/n (in Rank: a tie at the shortlist boundary).
key-leave = dhaaf

## Plan

# A heading in the ? help.
keymap-plan = { -step-plan }
# The hint line's word for v (in Plan).
key-show-all = muuji dhammaan

## In a form

# A heading in the ? help.
keymap-in-a-form = Foomka dhexdiisa
# The hint line's word for Tab (in In a form).
key-next-field = goobta xigta

## Monitor

# A heading in the ? help.
keymap-monitor = { -step-monitor }
# The hint line's word for s (in Monitor).
key-status = xaalad
# The hint line's word for 2 (in Monitor).
key-in-progress = socda
# The hint line's word for 4 (in Monitor).
key-stalled = hakad
# The hint line's word for 5 (in Monitor).
key-dropped = laga tagay
# The hint line's word for n (in Monitor).
key-note = qoraal

## Learn

# A heading in the ? help.
keymap-learn = { -step-learn }
# The hint line's word for N (in Learn).
key-next-cycle = wareegga xiga
# The hint line's word for PgUp (in Learn).
key-scroll = rog
# The hint line's word for PgDn (in Learn).
key-scroll-down = hoos u rog

## In a multi-line field

# A heading in the ? help.
keymap-in-a-multi-line-field = Goob sadarro badan leh
# The hint line's word for Alt+Enter/Ctrl+j (in In a multi-line field).
key-new-line = sadar cusub

## On a choice

# A heading in the ? help.
keymap-on-a-choice = Doorasho korkeeda

## On a list of ticks

# A heading in the ? help.
keymap-on-a-list-of-ticks = Liis calaamadeyn ah
# The hint line's word for Space (in On a list of ticks).
key-tick = calaamadee

## Discard?

# A heading in the ? help.
keymap-discard = Ma tuuraysaa?
# The hint line's word for y (in Discard?).
key-discard = tuur
# The hint line's word for n/Esc (in Discard?).
key-keep-editing = sii wad

## Confirm

# A heading in the ? help.
keymap-confirm = Xaqiiji
# The hint line's word for y (in Confirm).
key-yes = haa

## Timer

# A heading in the ? help.
keymap-timer = Saacadda
# The hint line's word for Enter (in Timer).
key-start = bilow

## Timer running

# A heading in the ? help.
keymap-timer-running = Saacaddu way socotaa
# The hint line's word for Space (in Timer running).
key-pause = hakii
# The hint line's word for +/= (in Timer running).
key-1-min = +1 daq
# The hint line's word for s (in Timer running).
key-stop = jooji
# The hint line's word for Esc/t (in Timer running).
key-close = xir

## Session list

# A heading in the ? help.
keymap-session-list = Liiska kulamada
# The hint line's word for Enter (in Session list).
key-open = fur
# The hint line's word for n (in Session list).
key-new = cusub
# The hint line's word for r (in Session list).
key-read-only = akhris keliya
# The hint line's word for / (in Session list).
key-filter = sifee
# The hint line's word for o (in Session list).
key-sort = kala saar
# The hint line's word for c (in Session list).
key-compare = isbarbardhig
# The hint line's word for p (in Session list).
key-room-s-screen = shaashadda qolka
# The hint line's word for x (in Session list).
key-report = warbixin
# The hint line's word for e (in Session list).
key-examples = tusaalooyin
# The hint line's word for F5/Ctrl+r (in Session list).
key-refresh = cusboonaysii

## Filtering the list

# A heading in the ? help.
keymap-filtering-the-list = Sifaynta liiska
# The hint line's word for Enter/↓ (in Filtering the list).
key-keep-filter = hay sifaynta

## Example sessions

# A heading in the ? help.
keymap-example-sessions = Kulamada tusaalaha
# The hint line's word for Enter/r (in Example sessions).
key-look = eeg
# The hint line's word for e/Esc (in Example sessions).
key-your-sessions = kulamadaada

## Comparing cycles

# A heading in the ? help.
keymap-comparing-cycles = Isbarbardhigga wareegyada

## Room's screen

# A heading in the ? help.
keymap-room-s-screen = Shaashadda qolka

## Help

# A heading in the ? help.
keymap-help = Caawimo
# The hint line's word for Home (in Help).
key-top = kor
# The hint line's word for End (in Help).
key-bottom = hoos
# The hint line's word for R (in Help).
key-right-to-left = midig ilaa bidix
