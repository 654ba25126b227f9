//! The session list: every session in the folder as a history — sorted,
//! filtered by any text, opened for work or read-only, continued into the next
//! cycle, compared with the cycle before.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;

use super::chrome::Level;
use super::form::{Date, Field, FieldId, Form, FormHost, Text};
use super::keymap::{
    Action, Binding, DOWN, FIRST, Key, Keymap, LANGUAGE, LAST, PAGE_DOWN, PAGE_UP, Route, THEME,
    UP, bind,
};
use super::report_key::write_reports;
use super::text_field::{FieldEvent, TextField};
use super::theme::Theme;
use super::widgets::columns::{Column, Layout};
use super::widgets::list::{Selection, mark_selected};
use super::widgets::styled_row::draw_row;
use crate::clock::{Clock, new_session_id};
use crate::i18n::Lang;
use crate::i18n::numbers::grouped;
use crate::model::Session;
use crate::store::examples::EXAMPLES as BUILT_IN;
use crate::store::{Entry, Store, Summary};
use crate::text;
use crate::tr;

/// Every key the list answers to, and no other: the list is not a session,
/// so the session's keys (Tab, undo…) are not here.
pub const LIST_KEYS: Keymap = Keymap {
    title: "Session list",
    bindings: &[
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Open,
            "open",
            "open the session to work on it",
        ),
        bind(&[Key::char('n')], Action::New, "new", "start a new session"),
        bind(
            &[Key::char('r')],
            Action::ReadOnly,
            "read-only",
            "open the session read-only (to review; nothing can change)",
        ),
        bind(
            &[Key::char('/')],
            Action::Filter,
            "filter",
            "filter by any text: title, community, facilitator, problem",
        ),
        bind(
            &[Key::char('o')],
            Action::Sort,
            "sort",
            "sort by date, title, community or stage",
        ),
        bind(
            &[Key::char('N')],
            Action::NextCycle,
            "next cycle",
            "start the next cycle of the selected session",
        ),
        bind(
            &[Key::char('c')],
            Action::Compare,
            "compare",
            "compare with the previous cycle: how priorities moved",
        ),
        bind(
            &[Key::char('p')],
            Action::Present,
            "room's screen",
            "make this window the room's screen of the session (for the projector): it follows the facilitator's window, read-only",
        ),
        bind(
            &[Key::char('x')],
            Action::Export,
            "report",
            "write the selected session's report (Markdown and HTML) next to it",
        )
        .help_only(),
        EXAMPLES,
        REFRESH,
        THEME,
        LANGUAGE,
        bind(&[Key::char('?')], Action::Help, "help", "show every key"),
        bind(&[Key::char('q')], Action::Quit, "quit", "quit baraza"),
        bind(
            &[Key::ctrl('c')],
            Action::ForceQuit,
            "quit",
            "quit baraza, also from a form or the filter",
        )
        .help_only(),
    ],
};

const EXAMPLES: Binding = bind(
    &[Key::char('e')],
    Action::Examples,
    "examples",
    "the example sessions built into baraza: look at a whole workshop, read-only",
)
.help_only();

/// Sessions another program (or a copy from a USB stick) added to the
/// folder show when the list is read again: on return from a session, and
/// with this key.
const REFRESH: Binding = bind(
    &[Key::code(KeyCode::F(5)), Key::ctrl('r')],
    Action::Refresh,
    "refresh",
    "read the folder again: sessions added by another program or copied in",
)
.help_only();

/// The example sessions, shown when the folder has none yet (or after `e`).
pub const EXAMPLE_KEYS: Keymap = Keymap {
    title: "Example sessions",
    bindings: &[
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        bind(
            &[Key::code(KeyCode::Enter), Key::char('r')],
            Action::ReadOnly,
            "look",
            "open the example read-only: every panel, nothing can change or be saved",
        )
        .shown_as("Enter"),
        bind(
            &[Key::char('n')],
            Action::New,
            "new",
            "start a new session of your own",
        ),
        bind(
            &[Key::char('e'), Key::code(KeyCode::Esc)],
            Action::Examples,
            "your sessions",
            "back to the sessions in the folder",
        )
        .help_only(),
        REFRESH,
        THEME,
        LANGUAGE,
        bind(&[Key::char('?')], Action::Help, "help", "show every key"),
        bind(&[Key::char('q')], Action::Quit, "quit", "quit baraza"),
        bind(
            &[Key::ctrl('c')],
            Action::ForceQuit,
            "quit",
            "quit baraza, also from a form or the filter",
        )
        .help_only(),
    ],
};

const FILTER_KEYS: Keymap = Keymap {
    title: "Filtering the list",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Enter), Key::code(KeyCode::Down)],
            Action::Submit,
            "keep filter",
            "keep the filter and move in the list",
        ),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "clear",
            "clear the filter",
        ),
    ],
};

const LOCKED_KEYS: Keymap = Keymap {
    title: "Session in use",
    bindings: &[
        bind(
            &[Key::char('y')],
            Action::Yes,
            "open read-only",
            "open it read-only",
        ),
        bind(
            &[Key::char('n'), Key::code(KeyCode::Esc)],
            Action::No,
            "back",
            "back to the list",
        ),
    ],
};

/// What the app should do after a key on the list.
#[derive(Debug)]
pub enum ListOutcome {
    Stay,
    Open(PathBuf),
    OpenReadOnly(PathBuf),
    /// Open the example built into baraza at this index, read-only.
    OpenExample(usize),
    Create(Box<Session>),
    /// Start the next cycle of the session at this path, with this title and date.
    NextCycle {
        from: PathBuf,
        title: String,
        location: String,
        date: chrono::NaiveDate,
    },
    /// Compare this session with the one it continues.
    Compare(PathBuf),
    /// Read the folder again.
    Refresh,
    /// Show the room's screen of this session here.
    Present(PathBuf),
    Quit,
    Global(Action),
}

/// The orders the list can be sorted in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Date,
    Title,
    Community,
    Stage,
}

impl SortBy {
    fn next(self) -> SortBy {
        match self {
            SortBy::Date => SortBy::Title,
            SortBy::Title => SortBy::Community,
            SortBy::Community => SortBy::Stage,
            SortBy::Stage => SortBy::Date,
        }
    }

    /// What the status line says after `o`.
    fn sorted(self, l: Lang) -> &'static str {
        match self {
            SortBy::Date => tr!(l, "list-sorted-date"),
            SortBy::Title => tr!(l, "list-sorted-title"),
            SortBy::Community => tr!(l, "list-sorted-community"),
            SortBy::Stage => tr!(l, "list-sorted-stage"),
        }
    }

    /// The column it sorts (0 = date … 3 = stage), to mark in the header.
    fn column(self) -> usize {
        match self {
            SortBy::Date => 0,
            SortBy::Title => 1,
            SortBy::Community => 2,
            SortBy::Stage => 3,
        }
    }
}

/// A form open over the list, what it is for, and its fields.
enum ListForm {
    New {
        fields: SessionFields,
        facilitators: FieldId<Text>,
    },
    NextCycle {
        from: PathBuf,
        fields: SessionFields,
    },
}

/// The fields both session forms have.
struct SessionFields {
    title: FieldId<Text>,
    community: FieldId<Text>,
    date: FieldId<Date>,
}

#[derive(Default)]
pub struct SessionList {
    /// Everything in the folder, in the store's order.
    all: Vec<Entry>,
    /// Indices into `all` that pass the filter, in the chosen order.
    shown: Vec<usize>,
    /// The selected session, by its index into `all`: it stays selected
    /// when the list is sorted or filtered.
    selected: Selection<usize>,
    sort: SortBy,
    filter: Option<TextField>,
    filter_focused: bool,
    form: FormHost<ListForm>,
    message: Option<(String, Level)>,
    /// A session another program has open: (path, who holds it).
    locked: Option<(PathBuf, String)>,
    /// `e`: the examples built into baraza instead of the folder (they are
    /// shown anyway while the folder has no session).
    examples: bool,
    /// The folder listed, for reading what the listing cache leaves out.
    store: Option<Store>,
    /// What `/` searches, lower-cased, by index into `all`: built from the
    /// files when a filter is first typed, not at every start (the listing
    /// cache holds only what the list shows), and dropped with `all`; while
    /// the folder is being listed, a session read since is `None` until
    /// searched.
    search: Option<Vec<Option<Vec<String>>>>,
    /// The folder being listed on a background thread (at start): the list
    /// shows what is known and fills in as files are read.
    loading: Option<crate::store::Loading>,
    /// The listing cache the first frame is drawn from, until that frame is
    /// on screen ([`SessionList::start_loading`]): the thread that lists the
    /// folder does not compete with the first frame for the cores.
    to_load: Option<crate::store::Cached>,
    /// While files are being read: (read, to read), for the status line's
    /// "reading 1,234 of 10,000 sessions…".
    reading: Option<(usize, usize, String)>,
    /// The example under the cursor.
    example: Selection<usize>,
    /// The facilitator's interface language.
    lang: Lang,
}

impl SessionList {
    pub fn refresh(&mut self, store: &Store) {
        let current = self.selected_entry().map(|e| e.path.clone());
        self.refresh_on(store, current.as_deref());
    }

    /// Reads the folder again with the cursor on the session at `path` (the
    /// one just closed, or the one that was selected), wherever the sort
    /// puts it now.
    pub fn refresh_on(&mut self, store: &Store, path: Option<&std::path::Path>) {
        self.stop_loading();
        self.all = store.list();
        self.store = Some(store.clone());
        self.search = None;
        self.reorder();
        let row = path
            .and_then(|p| self.shown.iter().position(|&i| self.all[i].path == p))
            .unwrap_or(0);
        self.selected.select_at(&self.shown, row);
    }

    /// Shows the folder as the listing cache knows it at once, then checks
    /// it and reads what the cache does not know on a background thread
    /// once that is drawn ([`SessionList::start_loading`];
    /// [`SessionList::poll`] takes in what it finds).
    pub fn load_in_background(&mut self, store: &Store) {
        self.stop_loading();
        let cached = store.cached();
        self.all = cached.entries(store.dir());
        self.store = Some(store.clone());
        self.search = None;
        self.reorder();
        self.selected.select_at(&self.shown, 0);
        self.to_load = Some(cached);
    }

    /// Starts the background listing [`SessionList::load_in_background`]
    /// prepared, if it is not started yet.
    pub fn start_loading(&mut self) {
        if let (Some(cached), Some(store)) = (self.to_load.take(), &self.store) {
            self.loading = Some(store.list_in_background(cached));
        }
    }

    /// Whether the folder is still being listed.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some() || self.to_load.is_some()
    }

    /// Stops listing in the background (the list is read again, or not
    /// shown).
    pub fn stop_loading(&mut self) {
        self.to_load = None;
        self.loading = None;
        self.reading = None;
    }

    /// Takes in what the background listing found since the last call, the
    /// cursor kept on its session; `true` if the list changed.
    pub fn poll(&mut self) -> bool {
        // Whoever never draws (the tests) has it started here.
        self.start_loading();
        let Some(loading) = &self.loading else {
            return false;
        };
        let mut updates = Vec::new();
        let finished = loop {
            match loading.try_next() {
                Some(crate::store::Update::Done) => break true,
                Some(update) => updates.push(update),
                None => break false,
            }
        };
        if finished {
            self.loading = None;
        }
        if updates.is_empty() {
            if finished {
                self.reading = None;
            }
            return finished;
        }
        let current = self.selected_entry().map(|e| e.path.clone());
        // Only a search already made is carried over to the new entries.
        let before: Vec<(PathBuf, Option<std::time::SystemTime>)> = match self.search {
            Some(_) => self
                .all
                .iter()
                .map(|e| (e.path.clone(), e.modified))
                .collect(),
            None => Vec::new(),
        };
        for update in updates {
            if let crate::store::Update::Scanned { to_read, .. } = &update {
                self.reading = (*to_read > 0).then(|| (0, *to_read, String::new()));
            }
            if let (crate::store::Update::Read(read), Some(r)) = (&update, &mut self.reading) {
                r.0 += read.len();
            }
            update.apply(&mut self.all);
        }
        // The scan and the end can come in one batch: the reading line is
        // dropped after the updates, or the scan would set it again for good.
        if finished {
            self.reading = None;
        }
        if let Some((read, total, line)) = &mut self.reading {
            *line = tr!(
                self.lang,
                "list-reading",
                read = grouped(*read, self.lang),
                total = grouped(*total, self.lang),
                n = *total
            );
        }
        self.search = self
            .search
            .take()
            .map(|old| carry_search(&before, old, &self.all));
        self.reorder();
        let row = current
            .and_then(|p| self.shown.iter().position(|&i| self.all[i].path == p))
            .unwrap_or(0);
        self.selected.select_at(&self.shown, row);
        true
    }

    /// Whether the list shows the examples built into baraza (not while the
    /// folder is still being read: it may have sessions).
    pub fn showing_examples(&self) -> bool {
        self.examples || (self.all.is_empty() && !self.is_loading())
    }

    /// Applies the filter and the sort to `all`.
    fn reorder(&mut self) {
        let needle = self
            .filter
            .as_ref()
            .map(|f| f.text().trim().to_lowercase())
            .unwrap_or_default();
        if !needle.is_empty() {
            self.fill_search();
        }
        let search = self.search.as_deref().unwrap_or_default();
        let mut shown: Vec<usize> = (0..self.all.len())
            .filter(|&i| {
                needle.is_empty()
                    || matches(
                        &self.all[i],
                        search.get(i).and_then(Option::as_deref),
                        &needle,
                    )
            })
            .collect();
        fn key(e: &Entry) -> Option<&Summary> {
            e.summary.as_ref().ok()
        }
        match self.sort {
            // The store already lists newest first, unreadable last.
            SortBy::Date => {}
            by => shown.sort_by(|&a, &b| {
                let (a, b) = (key(&self.all[a]), key(&self.all[b]));
                match (a, b) {
                    (Some(a), Some(b)) => match by {
                        SortBy::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
                        SortBy::Community => {
                            a.location.to_lowercase().cmp(&b.location.to_lowercase())
                        }
                        _ => b.stage.cmp(&a.stage),
                    }
                    .then(b.date.cmp(&a.date)),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            }),
        }
        self.shown = shown;
        self.selected.anchor(&self.shown);
    }

    /// Makes sure `search` has what `/` finds in each session of `all`,
    /// reading only the files not searched yet (all at the first filter;
    /// those read since while the folder is still being listed).
    fn fill_search(&mut self) {
        let mut search = self.search.take().unwrap_or_default();
        search.resize(self.all.len(), None);
        let missing: Vec<usize> = (0..self.all.len())
            .filter(|&i| search[i].is_none())
            .collect();
        if !missing.is_empty() {
            for (i, found) in missing.iter().zip(self.search_index(&missing)) {
                search[*i] = Some(found);
            }
        }
        self.search = Some(search);
    }

    /// What `/` finds in each session of `all` at `indices`, lower-cased:
    /// its title, community, facilitators and problem titles (read from the
    /// files).
    fn search_index(&self, indices: &[usize]) -> Vec<Vec<String>> {
        let readable: Vec<&std::path::Path> = indices
            .iter()
            .map(|&i| &self.all[i])
            .filter(|e| e.summary.is_ok())
            .map(|e| e.path.as_path())
            .collect();
        let mut titles = match &self.store {
            Some(store) => store.problem_titles(&readable),
            None => Vec::new(),
        }
        .into_iter();
        indices
            .iter()
            .map(|&i| &self.all[i])
            .map(|e| match &e.summary {
                Ok(s) => std::iter::once(&s.title)
                    .chain(std::iter::once(&s.location))
                    .chain(&s.facilitators)
                    .cloned()
                    .chain(titles.next().unwrap_or_default())
                    .map(|t| t.to_lowercase())
                    .collect(),
                Err(_) => Vec::new(),
            })
            .collect()
    }

    /// Every session in the folder, readable or not.
    pub fn entries(&self) -> &[Entry] {
        &self.all
    }

    /// The sessions on screen, in screen order.
    pub fn shown(&self) -> impl Iterator<Item = &Entry> {
        self.shown.iter().map(|&i| &self.all[i])
    }

    fn selected_entry(&self) -> Option<&Entry> {
        self.selected.key(&self.shown).map(|i| &self.all[i])
    }

    pub fn say(&mut self, text: impl Into<String>, level: Level) {
        self.message = Some((text.into(), level));
    }

    pub fn ask_read_only(&mut self, path: PathBuf, holder: String) {
        self.locked = Some((path, holder));
    }

    pub fn is_editing(&self) -> bool {
        self.form.is_open() || self.filter_focused
    }

    pub fn keymaps(&self) -> Vec<Keymap> {
        if self.locked.is_some() {
            vec![LOCKED_KEYS]
        } else if let Some(form) = self.form.keymap() {
            vec![form]
        } else if self.filter_focused {
            vec![FILTER_KEYS]
        } else if self.showing_examples() {
            vec![EXAMPLE_KEYS]
        } else {
            vec![LIST_KEYS]
        }
    }

    /// Every keymap of the list, for the help overlay.
    pub fn all_keymaps() -> Vec<Keymap> {
        vec![LIST_KEYS, FILTER_KEYS, EXAMPLE_KEYS]
    }

    pub fn handle_paste(&mut self, pasted: &str) {
        if self.form.is_open() {
            self.form.paste(pasted);
        } else if self.filter_focused
            && let Some(f) = &mut self.filter
        {
            f.insert_str(pasted);
            self.reorder();
        }
    }

    /// Where `key` goes: the question, the form, the filter being typed, or
    /// the list's keys. [`SessionList::handle_key`] acts on this answer.
    pub fn route(&self, key: &KeyEvent) -> Route {
        if Key::ctrl('c').matches(key) {
            let plain = self.locked.is_none() && !self.form.is_open() && !self.filter_focused;
            let map = if plain && self.showing_examples() {
                &EXAMPLE_KEYS
            } else {
                &LIST_KEYS
            };
            return Route::lookup(map, key);
        }
        if self.locked.is_some() {
            return Route::lookup(&LOCKED_KEYS, key);
        }
        if let Some(route) = self.form.route(key) {
            return route;
        }
        if self.filter_focused {
            return match &self.filter {
                Some(field) if field.takes(key) => Route::Field,
                _ => Route::lookup(&FILTER_KEYS, key),
            };
        }
        if self.showing_examples() {
            return Route::lookup(&EXAMPLE_KEYS, key);
        }
        Route::lookup(&LIST_KEYS, key)
    }

    pub fn handle_key(&mut self, key: &KeyEvent, clock: &Clock) -> ListOutcome {
        let route = self.route(key);
        if Key::ctrl('c').matches(key) {
            return ListOutcome::Quit;
        }
        if let Some((path, _)) = &self.locked {
            let path = path.clone();
            return match route.action() {
                Some(Action::Yes) => {
                    self.locked = None;
                    ListOutcome::OpenReadOnly(path)
                }
                Some(Action::No) => {
                    self.locked = None;
                    ListOutcome::Stay
                }
                _ => ListOutcome::Stay,
            };
        }
        let lang = self.lang;
        if let Some(outcome) = self.form.handle_key(key, ListOutcome::Stay, |f, form| {
            submit_form(f, form, clock, lang)
        }) {
            return outcome;
        }
        if self.filter_focused {
            return self.filter_key(key, route);
        }
        self.message = None;
        if self.showing_examples() {
            let ids: Vec<usize> = (0..BUILT_IN.len()).collect();
            match route.action() {
                Some(Action::ReadOnly) => {
                    if let Some(i) = self.example.key(&ids) {
                        return ListOutcome::OpenExample(i);
                    }
                }
                Some(Action::Examples) => {
                    if self.all.is_empty() {
                        self.say(tr!(self.lang, "list-no-own-session"), Level::Info);
                    }
                    self.examples = false;
                }
                Some(moving) if self.example.navigate(&ids, moving) => {}
                _ => {}
            }
            if !matches!(
                route.action(),
                Some(
                    Action::New
                        | Action::Refresh
                        | Action::Help
                        | Action::CycleTheme
                        | Action::CycleLanguage
                ) | Some(Action::Quit | Action::ForceQuit)
            ) {
                return ListOutcome::Stay;
            }
        }
        match route.action() {
            Some(Action::Examples) => {
                self.examples = true;
                ListOutcome::Stay
            }
            Some(Action::Refresh) => ListOutcome::Refresh,
            Some(
                moving @ (Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last),
            ) => {
                self.selected.navigate(&self.shown, moving);
                ListOutcome::Stay
            }
            Some(
                action @ (Action::Open
                | Action::ReadOnly
                | Action::Present
                | Action::NextCycle
                | Action::Compare
                | Action::Export),
            ) => self.on_selected(action, clock),
            Some(Action::New) => {
                let l = self.lang;
                let mut form = Form::new(tr!(l, "list-form-new")).speaking(l);
                let fields = SessionFields {
                    title: form.add(
                        Field::text(tr!(l, "list-field-title"), "").help(tr!(l, "list-help-title")),
                    ),
                    community: form.add(
                        Field::text(tr!(l, "list-field-community"), "")
                            .help(tr!(l, "list-help-community")),
                    ),
                    date: form.add(Field::date(tr!(l, "list-field-date"), Some(clock.today()))),
                };
                let facilitators = form.add(
                    Field::text(tr!(l, "list-field-facilitators"), "")
                        .help(tr!(l, "list-help-facilitators")),
                );
                self.form.open(
                    ListForm::New {
                        fields,
                        facilitators,
                    },
                    form,
                );
                ListOutcome::Stay
            }
            Some(Action::Filter) => {
                self.filter
                    .get_or_insert_with(|| TextField::single_line(""));
                self.filter_focused = true;
                ListOutcome::Stay
            }
            Some(Action::Sort) => {
                self.sort = self.sort.next();
                self.reorder();
                self.say(self.sort.sorted(self.lang), Level::Info);
                ListOutcome::Stay
            }
            Some(Action::Quit) | Some(Action::ForceQuit) => ListOutcome::Quit,
            Some(other @ (Action::Help | Action::CycleTheme | Action::CycleLanguage)) => {
                ListOutcome::Global(other)
            }
            _ => ListOutcome::Stay,
        }
    }

    fn filter_key(&mut self, key: &KeyEvent, route: Route) -> ListOutcome {
        let Some(field) = &mut self.filter else {
            self.filter_focused = false;
            return ListOutcome::Stay;
        };
        match route {
            Route::Field => {
                if field.handle_key(*key) == FieldEvent::Edited {
                    self.reorder();
                    self.selected.select_at(&self.shown, 0);
                }
            }
            _ => match route.action() {
                Some(Action::Submit) => {
                    self.filter_focused = false;
                    if field.text().trim().is_empty() {
                        self.filter = None;
                    }
                }
                Some(Action::Cancel) => {
                    self.filter = None;
                    self.filter_focused = false;
                    self.reorder();
                }
                _ => {}
            },
        }
        ListOutcome::Stay
    }

    /// Opens the next-cycle form for the session at `path` (from its Learn
    /// panel), clearing a filter that would hide it.
    pub fn start_next_cycle(&mut self, path: &std::path::Path, clock: &Clock) {
        if !self.shown.iter().any(|&i| self.all[i].path == path) {
            self.filter = None;
            self.filter_focused = false;
            self.reorder();
        }
        if let Some(row) = self.shown.iter().position(|&i| self.all[i].path == path) {
            self.selected.select_at(&self.shown, row);
            self.on_selected(Action::NextCycle, clock);
        }
    }

    fn on_selected(&mut self, action: Action, clock: &Clock) -> ListOutcome {
        let Some(entry) = self.selected_entry() else {
            self.say(tr!(self.lang, "list-nothing-selected"), Level::Info);
            return ListOutcome::Stay;
        };
        let summary = match &entry.summary {
            Ok(s) => s.clone(),
            Err(e) => {
                let message = tr!(
                    self.lang,
                    "list-cannot-open",
                    file = entry.file_name(),
                    error = e.as_str()
                );
                self.say(message, Level::Error);
                return ListOutcome::Stay;
            }
        };
        let path = entry.path.clone();
        match action {
            Action::Open => ListOutcome::Open(path),
            Action::ReadOnly => ListOutcome::OpenReadOnly(path),
            Action::Present => ListOutcome::Present(path),
            Action::Export => {
                self.export(&path, clock);
                ListOutcome::Stay
            }
            Action::Compare => {
                if summary.previous.is_none() {
                    self.say(tr!(self.lang, "list-no-previous"), Level::Info);
                    ListOutcome::Stay
                } else {
                    ListOutcome::Compare(path)
                }
            }
            _ => {
                // The summary does not keep the room's language: the file
                // says it (one read, when the facilitator asks).
                let room = crate::store::load(&path)
                    .map(|d| d.session.room_language(self.lang))
                    .unwrap_or(self.lang);
                let (form, fields) = next_cycle_form(&summary, clock, self.lang, room);
                self.form
                    .open(ListForm::NextCycle { from: path, fields }, form);
                ListOutcome::Stay
            }
        }
    }

    /// Speaks `lang` from now on.
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.lang = lang;
    }

    /// Writes the session's reports next to its file and says where.
    fn export(&mut self, path: &std::path::Path, clock: &Clock) {
        let now = clock.now();
        let written = crate::store::load(path)
            .map_err(|e| {
                tr!(
                    self.lang,
                    "list-report-not-written",
                    error = e.describe(self.lang)
                )
            })
            .and_then(|d| write_reports(path, &d.session, now, self.lang));
        let written = match written {
            Ok(w) => w,
            Err(m) => return self.say(m, Level::Error),
        };
        // Recorded in the session under its lock: a session open in another
        // program cannot be written behind its back, and says so.
        let holder = crate::store::describe_holder(&now.format("%Y-%m-%d %H:%M").to_string());
        match crate::store::reports::log_export(path, written.records, &holder, now) {
            Ok(()) => self.say(written.message, Level::Info),
            // The file names would push the reason off the status line.
            Err(why) => self.say(
                tr!(
                    self.lang,
                    "list-reports-not-logged",
                    error = why.to_string()
                ),
                Level::Warn,
            ),
        }
    }

    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        buf.set_style(area, theme.base);
        let mut cursor = None;
        let mut table_area = area;
        if let Some(filter) = &self.filter {
            let row = Rect::new(area.x, area.y, area.width, 1);
            let label = format!(" {} ", tr!(self.lang, "list-filter"));
            buf.set_stringn(row.x, row.y, &label, row.width as usize, theme.label_focus);
            let field_x = row.x + text::width(&label) as u16;
            let count = format!(
                " {} ",
                tr!(
                    self.lang,
                    "list-filter-count",
                    shown = self.shown.len(),
                    all = self.all.len()
                )
            );
            let count_w = text::width(&count) as u16;
            let field = Rect::new(
                field_x,
                row.y,
                row.width.saturating_sub(field_x - row.x + count_w + 1),
                1,
            );
            let style = if self.filter_focused {
                theme.input_focus
            } else {
                theme.input
            };
            cursor = filter.render(field, buf, style, self.filter_focused);
            buf.set_stringn(
                field.right() + 1,
                row.y,
                &count,
                count_w as usize,
                theme.muted,
            );
            table_area = Rect::new(
                area.x,
                area.y + 1,
                area.width,
                area.height.saturating_sub(1),
            );
        }
        if self.showing_examples() {
            self.draw_examples(table_area, buf, theme);
        } else if self.all.is_empty() {
            // Still listing: the folder may hold sessions.
            draw_centred(
                table_area,
                buf,
                theme,
                &[tr!(self.lang, "list-reading-folder")],
            );
        } else if self.shown.is_empty() {
            draw_centred(
                table_area,
                buf,
                theme,
                &[
                    tr!(self.lang, "list-no-match"),
                    "",
                    tr!(self.lang, "list-no-match-clear"),
                ],
            );
        } else {
            self.draw_table(table_area, buf, theme);
        }
        if let Some((path, holder)) = &self.locked {
            // The room knows the session by its title, not its file name.
            let l = self.lang;
            let question = match self
                .all
                .iter()
                .find(|e| &e.path == path)
                .and_then(|e| e.summary.as_ref().ok())
            {
                Some(s) => tr!(l, "list-ask-read-only", title = &s.title, holder = holder),
                None => tr!(
                    l,
                    "list-ask-read-only-file",
                    file = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    holder = holder
                ),
            };
            super::workshop::draw_confirm(&question, area, buf, theme);
            return None;
        }
        if self.form.is_open() {
            self.form.draw(area, buf, theme)
        } else {
            cursor
        }
    }

    fn draw_table(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        // The title always has room; the counts give way first on a narrow
        // screen, then the community.
        const COLUMNS: &[Column] = &[
            Column::fixed("date", 10, 0),
            Column::flexible("title", 20, 3, 0),
            Column::flexible("community", 12, 2, 2),
            Column::fixed("stage", 8, 1),
            Column::fixed("problems", 8, 3).right(),
            Column::fixed("votes", 5, 4).right(),
            Column::fixed("actions", 7, 4).right(),
        ];
        let layout = Layout::fit(COLUMNS, area.width.saturating_sub(2), 2);
        let x = area.x + 1;
        let l = self.lang;
        let names = [
            tr!(l, "list-col-date"),
            tr!(l, "list-col-title"),
            tr!(l, "list-col-community"),
            tr!(l, "list-col-stage"),
            tr!(l, "list-col-problems"),
            tr!(l, "list-col-votes"),
            tr!(l, "list-col-actions"),
        ];
        let titles: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                if i == self.sort.column() {
                    format!("{name} ▼")
                } else {
                    name.to_string()
                }
            })
            .collect();
        let cells: Vec<(&str, Style)> =
            titles.iter().map(|t| (t.as_str(), theme.heading)).collect();
        layout.draw_row(buf, x, area.y, &cells);

        let rows = area.height.saturating_sub(1) as usize;
        let window = self.selected.window(&self.shown, rows);
        let selected = self.selected.index(&self.shown);
        for (row, &i) in self
            .shown
            .iter()
            .enumerate()
            .take(window.end)
            .skip(window.start)
        {
            let entry = &self.all[i];
            let y = area.y + 1 + (row - window.start) as u16;
            let rect = Rect::new(area.x, y, area.width, 1);
            match &entry.summary {
                Ok(s) => {
                    let mut title = s.title.clone();
                    if s.previous.is_some() {
                        // Marks a session that continues an earlier cycle.
                        title.insert_str(0, "↻ ");
                    }
                    let values = [
                        s.date.to_string(),
                        title,
                        s.location.clone(),
                        l.t(s.stage.msg_id()).to_string(),
                        s.problems.to_string(),
                        s.votes.to_string(),
                        s.actions.to_string(),
                    ];
                    let cells: Vec<(&str, Style)> =
                        values.iter().map(|v| (v.as_str(), theme.base)).collect();
                    layout.draw_row(buf, x, y, &cells);
                }
                Err(e) => {
                    let flag = format!(" ! {}  ", tr!(l, "list-unreadable"));
                    let room = (area.width as usize).saturating_sub(text::width(&flag));
                    let why = format!("{}: {e}", entry.file_name());
                    draw_row(
                        buf,
                        rect,
                        0,
                        &[
                            (flag, theme.danger),
                            (text::truncate(&why, room).into_owned(), theme.muted),
                        ],
                    )
                }
            }
            if Some(row) == selected {
                mark_selected(buf, rect, theme);
            }
        }
    }

    /// The examples built into baraza, with what they are for: on a fresh
    /// machine, the first thing a newcomer can look at.
    fn draw_examples(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let mut area = area;
        let l = self.lang;
        let intro = if self.all.is_empty() {
            tr!(l, "list-examples-intro-empty")
        } else {
            tr!(l, "list-examples-intro")
        };
        let width = area.width.saturating_sub(2).max(1) as usize;
        for line in text::wrap(intro, width) {
            if area.height < 3 {
                break;
            }
            let row = Rect::new(area.x, area.y, area.width, 1);
            draw_row(
                buf,
                row,
                0,
                &[(format!(" {}", intro[line.range].trim_end()), theme.heading)],
            );
            area.y += 1;
            area.height -= 1;
        }
        if area.height > 4 {
            area.y += 1;
            area.height -= 1;
        }
        const COLUMNS: &[Column] = &[
            Column::fixed("date", 10, 0),
            Column::flexible("example", 20, 3, 0),
            Column::flexible("community", 12, 2, 2),
            Column::fixed("stage", 8, 1),
            Column::fixed("problems", 8, 3).right(),
        ];
        let layout = Layout::fit(COLUMNS, area.width.saturating_sub(2), 2);
        layout.draw_titles_as(
            buf,
            area.x + 1,
            area.y,
            &[
                tr!(l, "list-col-date"),
                tr!(l, "list-col-example"),
                tr!(l, "list-col-community"),
                tr!(l, "list-col-stage"),
                tr!(l, "list-col-problems"),
            ],
            theme.heading,
        );
        let ids: Vec<usize> = (0..BUILT_IN.len()).collect();
        let selected = self.example.index(&ids);
        let window = self
            .example
            .window(&ids, area.height.saturating_sub(1) as usize);
        for (row, i) in window.clone().enumerate() {
            let y = area.y + 1 + row as u16;
            let rect = Rect::new(area.x, y, area.width, 1);
            let values = match BUILT_IN[i].session() {
                Ok(s) => [
                    s.date.to_string(),
                    s.title.clone(),
                    s.location.clone(),
                    l.t(crate::model::progress::reached(&s).msg_id())
                        .to_string(),
                    s.problems.len().to_string(),
                ],
                Err(e) => [
                    String::new(),
                    format!("! {e}"),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
            };
            let cells: Vec<(&str, Style)> =
                values.iter().map(|v| (v.as_str(), theme.base)).collect();
            layout.draw_row(buf, area.x + 1, y, &cells);
            if Some(i) == selected {
                mark_selected(buf, rect, theme);
            }
        }
    }

    pub fn status(&self) -> Option<(&str, Level)> {
        match (&self.message, &self.reading) {
            (Some((m, l)), _) => Some((m.as_str(), *l)),
            (None, Some((_, _, line))) if !line.is_empty() => Some((line.as_str(), Level::Info)),
            _ => None,
        }
    }
}

/// The search texts of `before` (the entries' paths and times before an
/// update) kept for the entries of `after` that are the same file as it was;
/// the others are searched again when a filter needs them.
fn carry_search(
    before: &[(PathBuf, Option<std::time::SystemTime>)],
    old: Vec<Option<Vec<String>>>,
    after: &[Entry],
) -> Vec<Option<Vec<String>>> {
    let mut kept: std::collections::HashMap<
        &PathBuf,
        (Option<std::time::SystemTime>, Vec<String>),
    > = before
        .iter()
        .zip(old)
        .filter_map(|((path, modified), texts)| Some((path, (*modified, texts?))))
        .collect();
    after
        .iter()
        .map(|e| match kept.remove(&e.path) {
            Some((modified, texts)) if modified == e.modified => Some(texts),
            _ => None,
        })
        .collect()
}

/// Does a session mention `needle` (already lower-case) anywhere the list
/// knows of: title, community, facilitators, problem titles (`texts`, its
/// entry in the search index, lower-cased)?
fn matches(entry: &Entry, texts: Option<&[String]>, needle: &str) -> bool {
    match &entry.summary {
        Ok(_) => texts.unwrap_or_default().iter().any(|t| t.contains(needle)),
        Err(e) => {
            entry.file_name().to_lowercase().contains(needle) || e.to_lowercase().contains(needle)
        }
    }
}

/// What a session form asks for, or `None` to keep it open with what to fix.
fn submit_form(f: &ListForm, form: &mut Form, clock: &Clock, l: Lang) -> Option<ListOutcome> {
    let now = clock.now();
    let (ListForm::New { fields, .. } | ListForm::NextCycle { fields, .. }) = f;
    let title = form.get(fields.title);
    if title.is_empty() {
        form.fail(fields.title, tr!(l, "list-give-title"));
        return None;
    }
    let date = match form.get(fields.date).as_of(now.date_naive()) {
        Ok(d) => d.unwrap_or(now.date_naive()),
        Err(e) => {
            form.fail(fields.date, e);
            return None;
        }
    };
    let location = form.get(fields.community);
    Some(match f {
        ListForm::NextCycle { from, .. } => ListOutcome::NextCycle {
            from: from.clone(),
            title,
            location,
            date,
        },
        ListForm::New { facilitators, .. } => {
            let mut session = Session::new(new_session_id(now), title, date, now);
            session.location = location;
            session.facilitators = form
                .get(*facilitators)
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            ListOutcome::Create(Box::new(session))
        }
    })
}

/// The next-cycle form, in the interface language `l`; the title's "— cycle
/// 2" in the room's language `room`.
fn next_cycle_form(summary: &Summary, clock: &Clock, l: Lang, room: Lang) -> (Form, SessionFields) {
    let mut form = Form::new(tr!(l, "list-form-next-cycle", title = &summary.title)).speaking(l);
    let fields = SessionFields {
        title: form.add(
            Field::text(
                tr!(l, "list-field-title"),
                &next_title(&summary.title, room),
            )
            .help(tr!(l, "list-help-next-title")),
        ),
        community: form.add(
            Field::text(tr!(l, "list-field-community"), &summary.location)
                .help(tr!(l, "list-help-next-community")),
        ),
        date: form.add(Field::date(tr!(l, "list-field-date"), Some(clock.today()))),
    };
    (form, fields)
}

/// Where a title's cycle number goes in `lang`'s suffix ("— cycle { $n }"):
/// the words before it and after it.
fn cycle_suffix(lang: Lang) -> (String, String) {
    const SLOT: &str = "\u{e000}";
    let suffix = tr!(lang, "list-cycle-suffix", n = SLOT);
    match suffix.split_once(SLOT) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (suffix, String::new()),
    }
}

/// "Kibera baraza — cycle 1" → "Kibera baraza — cycle 2", and so in each
/// language's words ("Kibera — mzunguko 1" → "Kibera — mzunguko 2");
/// otherwise the title with `room`'s "— cycle 2" added.
fn next_title(title: &str, room: Lang) -> String {
    let digits = title.len() - title.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (head, number) = title.split_at(title.len() - digits);
    let head_lower = head.to_lowercase();
    let head_lower = head_lower.trim_end();
    if let Ok(n) = number.parse::<u32>()
        && n < u32::MAX
    {
        for lang in Lang::SHIPPED {
            let (before, after) = cycle_suffix(lang);
            // The word alone ("cycle", "mzunguko"), with or without its dash.
            let word = before.trim().trim_start_matches(['—', '–', '-']).trim();
            if after.trim().is_empty()
                && !word.is_empty()
                && head_lower.ends_with(&word.to_lowercase())
            {
                return format!("{head}{}", n + 1);
            }
        }
    }
    format!("{title} {}", tr!(room, "list-cycle-suffix", n = 2))
}

fn draw_centred(area: Rect, buf: &mut Buffer, theme: &Theme, lines: &[&str]) {
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let w = text::width(line) as u16;
        let x = area.x + area.width.saturating_sub(w) / 2;
        let style = if i == 0 { theme.heading } else { theme.base };
        buf.set_stringn(x, y, line, area.width as usize, style);
    }
}

#[cfg(test)]
mod tests {
    use super::next_title;
    use crate::i18n::Lang;

    #[test]
    fn the_next_cycle_counts_on() {
        let en = Lang::En;
        assert_eq!(
            next_title("Kibera baraza — cycle 1", en),
            "Kibera baraza — cycle 2"
        );
        assert_eq!(next_title("Kibera Cycle 9", en), "Kibera Cycle 10");
        assert_eq!(next_title("Mathare 2026", en), "Mathare 2026 — cycle 2");
        assert_eq!(next_title("اجتماع", en), "اجتماع — cycle 2");
        assert_eq!(
            next_title("cycle 4294967295", en),
            "cycle 4294967295 — cycle 2"
        );
    }

    #[test]
    fn the_next_cycle_is_recognised_in_every_language() {
        for (lang, first, second) in [
            (Lang::En, "Kibera — cycle 1", "Kibera — cycle 2"),
            (Lang::Sw, "Kibera — mzunguko 1", "Kibera — mzunguko 2"),
            (Lang::Fr, "Kibera — cycle 1", "Kibera — cycle 2"),
            (Lang::Ar, "كيبيرا — الدورة 1", "كيبيرا — الدورة 2"),
            (Lang::So, "Kibera — wareegga 1", "Kibera — wareegga 2"),
            (Lang::Ru, "Кибера — цикл 1", "Кибера — цикл 2"),
        ] {
            // A title without one gets the room's suffix.
            let (place, suffix) = second.split_once(' ').unwrap();
            assert_eq!(next_title(place, lang), format!("{place} {suffix}"));
            // Whatever the room's language, each language's suffix counts on.
            for room in Lang::SHIPPED {
                assert_eq!(next_title(first, room), second, "{lang} in {room}");
                let shouted = second.to_uppercase();
                assert_eq!(
                    next_title(&shouted, room),
                    shouted.replace(" 2", " 3"),
                    "{lang} in {room}"
                );
            }
        }
        assert_eq!(
            next_title("Mathare — mzunguko 9", Lang::En),
            "Mathare — mzunguko 10"
        );
    }
}
