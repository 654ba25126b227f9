//! The session record: everything a workshop produces, as plain data.
//!
//! These types hold no terminal code and no file handling. They are changed only
//! through [`crate::model::Change`], so undo, autosave and the audit log see every
//! mutation.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ledger::Escalation;
use super::rules;
use super::safeguards::{self, ExportRecord, Purge};

use super::score_card::{ScoreCard, Scorer};
use super::where_when::WhereWhen;

/// The schema version this build writes. Older files are migrated on load
/// (see `store::migrate`); newer ones are refused rather than misread.
pub const SCHEMA_VERSION: u32 = 2;

pub use super::ids::{
    ActionId, CriterionId, EscalationId, GroupId, IndicatorId, PlaceId, ProblemId, TieBreakId,
    Timestamp,
};

/// The five steps of the community security cycle, with step 2 split into
/// naming problems and ranking them: one panel each.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Stage {
    #[default]
    Prepare,
    Identify,
    Rank,
    Plan,
    Monitor,
    Learn,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Prepare,
        Stage::Identify,
        Stage::Rank,
        Stage::Plan,
        Stage::Monitor,
        Stage::Learn,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stage::Prepare => "Prepare",
            Stage::Identify => "Identify",
            Stage::Rank => "Rank",
            Stage::Plan => "Plan",
            Stage::Monitor => "Monitor",
            Stage::Learn => "Learn",
        }
    }

    /// The step's name in the catalogue (`lang.t(stage.msg_id())`).
    pub fn msg_id(self) -> &'static str {
        match self {
            Stage::Prepare => "stage-prepare",
            Stage::Identify => "stage-identify",
            Stage::Rank => "stage-rank",
            Stage::Plan => "stage-plan",
            Stage::Monitor => "stage-monitor",
            Stage::Learn => "stage-learn",
        }
    }

    pub fn index(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Stage {
        Stage::ALL[(self.index() + 1) % Stage::ALL.len()]
    }

    pub fn previous(self) -> Stage {
        Stage::ALL[(self.index() + Stage::ALL.len() - 1) % Stage::ALL.len()]
    }
}

/// One group in the room, counted so the dot budget can be worked out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub count: u32,
}

/// A security problem as the community names it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Problem {
    pub id: ProblemId,
    pub title: String,
    pub description: String,
    pub category: String,
    /// Where it happens ("market road after dark").
    pub location: String,
    /// The groups that raised it.
    pub raised_by: Vec<GroupId>,
    /// Underlying causes, one per entry: the roots of the problem tree.
    pub causes: Vec<String>,
    /// Effects, one per entry: the branches of the problem tree.
    pub effects: Vec<String>,
    /// Needs district or national action: rolled up across sessions.
    pub needs_escalation: bool,
    /// Marked resolved (in Monitor or Learn); not carried into the next cycle.
    pub resolved: bool,
    /// When the problem was carried over from the previous cycle, its id there.
    pub carried_from: Option<ProblemId>,
}

/// One dot placed by one group on one problem. Votes are kept one by one,
/// never as totals, so any ranking can be recomputed and audited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub problem: ProblemId,
    pub group: GroupId,
    /// Written by [`super::timestamp`] (chrono's text, faster): a file
    /// holds one for every dot.
    #[serde(serialize_with = "super::timestamp::serialize")]
    pub at: Timestamp,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Stalled,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 5] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Stalled,
        ActionStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::Stalled => "stalled",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// The status in the catalogue.
    pub fn msg_id(self) -> &'static str {
        match self {
            ActionStatus::Planned => "status-planned",
            ActionStatus::InProgress => "status-in-progress",
            ActionStatus::Done => "status-done",
            ActionStatus::Stalled => "status-stalled",
            ActionStatus::Dropped => "status-dropped",
        }
    }

    /// Still needs work: carried into the next cycle.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            ActionStatus::Planned | ActionStatus::InProgress | ActionStatus::Stalled
        )
    }

    pub fn cycle(self) -> ActionStatus {
        let i = ActionStatus::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(0);
        ActionStatus::ALL[(i + 1) % ActionStatus::ALL.len()]
    }
}

/// A dated note on how an action is going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressNote {
    pub date: NaiveDate,
    pub text: String,
    /// When it was typed, which may be later than `date`.
    pub at: Timestamp,
}

/// What will be done about a problem, by whom and by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Action {
    pub id: ActionId,
    pub problem: ProblemId,
    pub activity: String,
    /// Who leads: community, police, local authority, CSO…
    pub responsible: String,
    pub partners: String,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub resources: String,
    /// How the room will know it worked.
    pub indicator: String,
    /// Risks and conflict-sensitivity note.
    pub risks: String,
    pub status: ActionStatus,
    pub progress: Vec<ProgressNote>,
    /// Set when the action came from the previous cycle: that session's id.
    pub inherited_from: Option<String>,
    /// The score-card indicator whose gap this action answers, when it was
    /// planned from the interface meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_indicator: Option<IndicatorId>,
}

impl Action {
    /// Overdue: due before `today` and still open.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.is_some_and(|due| due < today)
    }
}

/// How the room ranks its problems. The facilitator picks one per session and
/// may switch at any time: the inputs of every method are kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RankMethod {
    /// Each participant places a few dots.
    #[default]
    Dots,
    /// Every pair is compared and the winner noted with a reason.
    Pairwise,
    /// Each problem is scored 1–5 on a few weighted criteria.
    Criteria,
}

impl RankMethod {
    pub const ALL: [RankMethod; 3] = [RankMethod::Dots, RankMethod::Pairwise, RankMethod::Criteria];

    pub fn label(self) -> &'static str {
        match self {
            RankMethod::Dots => "dot voting",
            RankMethod::Pairwise => "pairwise ranking",
            RankMethod::Criteria => "criteria scoring",
        }
    }

    /// The method in the catalogue.
    pub fn msg_id(self) -> &'static str {
        match self {
            RankMethod::Dots => "method-dots",
            RankMethod::Pairwise => "method-pairwise",
            RankMethod::Criteria => "method-criteria",
        }
    }
}

/// Which problems a pairwise round compares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PairScope {
    /// The shortlist (the usual case: few problems, few pairs).
    #[default]
    Shortlist,
    /// Every problem.
    All,
}

/// One pair decided by the room or by one group: which problem matters more,
/// and why. A tie has no winner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairDecision {
    /// The pair, lower id first, so each pair has one record per group.
    pub pair: (ProblemId, ProblemId),
    pub winner: Option<ProblemId>,
    /// `None` when the whole room decided together.
    #[serde(default)]
    pub group: Option<GroupId>,
    #[serde(default)]
    pub reason: String,
    pub at: Timestamp,
}

/// The key of a pair of problems: the lower id first, so a pair has one key
/// (and one [`PairDecision`] per group) whichever way round it is shown.
pub fn ordered(pair: (ProblemId, ProblemId)) -> (ProblemId, ProblemId) {
    if pair.0 <= pair.1 {
        pair
    } else {
        (pair.1, pair.0)
    }
}

/// A criterion problems are scored on, with its weight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: CriterionId,
    pub name: String,
    #[serde(default = "default_weight")]
    pub weight: u32,
}

fn default_weight() -> u32 {
    1
}

/// The criteria offered when the room starts scoring.
pub fn default_criteria() -> Vec<Criterion> {
    [
        "Frequency",
        "Severity",
        "Number of people affected",
        "Feasibility of local action",
    ]
    .into_iter()
    .enumerate()
    .map(|(i, name)| Criterion {
        id: CriterionId(i as u32 + 1),
        name: name.into(),
        weight: 1,
    })
    .collect()
}

/// One score, 1 to 5, for one problem on one criterion, from one group or the
/// whole room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub problem: ProblemId,
    pub criterion: CriterionId,
    #[serde(default)]
    pub group: Option<GroupId>,
    pub value: u8,
    pub at: Timestamp,
}

/// How a tie at the shortlist boundary was broken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TieBreakHow {
    /// A run-off dot vote among the tied problems only; its dots are kept here.
    Runoff { votes: Vec<Vote> },
    /// The head-to-head pairwise result between the tied problems.
    HeadToHead,
    /// The facilitator decided, with the reason given to the room.
    Decision { reason: String },
}

/// A tie the room broke, and how: recorded so the results can be explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TieBreak {
    pub id: TieBreakId,
    /// The ranking method the tie appeared in.
    pub method: RankMethod,
    /// The rank the problems shared.
    pub rank: usize,
    /// The tied problems.
    pub tied: Vec<ProblemId>,
    pub how: TieBreakHow,
    /// The tied problems in the order the tie-break gave, first = higher.
    pub order: Vec<ProblemId>,
    pub at: Timestamp,
}

fn default_shortlist_size() -> usize {
    3
}

/// Everything the Rank panel records: the raw inputs of every method, never
/// only totals, so any result can be recomputed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ranking {
    #[serde(default)]
    pub method: RankMethod,
    /// Dots, one record each.
    #[serde(default)]
    pub votes: Vec<Vote>,
    #[serde(default)]
    pub pair_scope: PairScope,
    #[serde(default)]
    pub pairs: Vec<PairDecision>,
    #[serde(default = "default_criteria")]
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub scores: Vec<Score>,
    #[serde(default)]
    pub tie_breaks: Vec<TieBreak>,
    /// Problems chosen for action planning, in order.
    #[serde(default)]
    pub shortlist: Vec<ProblemId>,
    /// How many problems the shortlist takes by default.
    #[serde(default = "default_shortlist_size")]
    pub shortlist_size: usize,
    /// Whether the dot vote is run blind: the room's screen shows how many
    /// dots each group has placed, not the totals, until they are revealed.
    #[serde(default, skip_serializing_if = "Blind::is_open")]
    pub blind: Blind,
}

/// A dot vote in the open, or blind (the totals kept off the room's screen
/// so later groups are not swayed by earlier ones) until revealed. Recorded,
/// and reported: a reader of the results knows how they were reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Blind {
    /// Totals on the room's screen as the dots come in.
    #[default]
    Open,
    /// Run blind; the totals are not revealed yet.
    Hidden,
    /// Run blind, then the totals were revealed.
    Revealed,
}

impl Blind {
    pub fn is_open(&self) -> bool {
        *self == Blind::Open
    }

    /// The room's screen keeps the totals back.
    pub fn hides_totals(self) -> bool {
        self == Blind::Hidden
    }

    /// What the reveal key does next: a vote in the open goes blind, a
    /// blind one is revealed, a revealed one is hidden again.
    pub fn toggled(self) -> Blind {
        match self {
            Blind::Open | Blind::Revealed => Blind::Hidden,
            Blind::Hidden => Blind::Revealed,
        }
    }
}

impl Default for Ranking {
    fn default() -> Self {
        Ranking {
            method: RankMethod::Dots,
            votes: Vec::new(),
            pair_scope: PairScope::Shortlist,
            pairs: Vec::new(),
            criteria: default_criteria(),
            scores: Vec::new(),
            tie_breaks: Vec::new(),
            shortlist: Vec::new(),
            shortlist_size: default_shortlist_size(),
            blind: Blind::Open,
        }
    }
}

/// Step 5 of the cycle: evaluate, learn, plan improvements.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Lessons {
    pub worked: String,
    pub did_not_work: String,
    pub lessons: String,
    pub improvements: String,
}

/// Whether an audit entry records a change, or the undo or redo of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditKind {
    Change,
    Undo,
    Redo,
}

/// One line of the session's audit log: nothing recorded changes silently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEntry {
    /// Written by [`super::timestamp`], as [`Vote::at`] is.
    #[serde(serialize_with = "super::timestamp::serialize")]
    pub at: Timestamp,
    pub kind: AuditKind,
    pub what: String,
}

/// The categories offered for new problems; the facilitator may edit the list.
pub fn default_categories() -> Vec<String> {
    [
        "Crime and theft",
        "Violence",
        "Gender-based violence",
        "Land and resources",
        "Policing and justice",
        "Youth and livelihoods",
        "Infrastructure",
        "Other",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

fn default_dots() -> u32 {
    3
}

/// One workshop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    /// Stable id, used to link cycles and to open a session by name.
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub location: String,
    pub date: NaiveDate,
    pub created: Timestamp,
    pub updated: Timestamp,
    #[serde(default)]
    pub facilitators: Vec<String>,
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(default = "default_dots")]
    pub dots_per_participant: u32,
    /// Context and conflict-analysis notes (multi-line).
    #[serde(default)]
    pub context: String,
    /// What the room agreed may be recorded and shared, in its own words:
    /// read out in Prepare and printed at the top of every report.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub consent: String,
    /// The language of the room ("sw", "ar"…: ISO 639-1), set in Prepare:
    /// what its room view and its reports speak, whatever the facilitator's
    /// own interface language. `None` (every file older than this field):
    /// the interface language. Kept as the code, not an enum, so a file
    /// naming a language this baraza lacks still opens (in the interface
    /// language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default = "default_categories")]
    pub categories: Vec<String>,
    #[serde(default)]
    pub problems: Vec<Problem>,
    /// Where and when insecurity happens: places, times, each group's marks.
    #[serde(default, skip_serializing_if = "WhereWhen::is_empty")]
    pub where_when: WhereWhen,
    /// Votes, pair decisions, scores, tie-breaks and the shortlist.
    #[serde(default)]
    pub ranking: Ranking,
    /// The community score card of a service, with its self-score.
    #[serde(default, skip_serializing_if = "ScoreCard::is_empty")]
    pub score_card: ScoreCard,
    #[serde(default)]
    pub actions: Vec<Action>,
    /// The follow-up ledger: problems escalated, to whom, and what came back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub escalations: Vec<Escalation>,
    #[serde(default)]
    pub lessons: Lessons,
    /// The furthest panel the room has reached.
    #[serde(default)]
    pub stage: Stage,
    /// The session of the previous cycle, when this one continues it.
    #[serde(default)]
    pub previous: Option<String>,
    /// Seconds the facilitator's window spent on each panel while the
    /// session was open for editing: "Identify: 34 min" in the report.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub worked: BTreeMap<Stage, u32>,
    #[serde(default)]
    pub audit: Vec<AuditEntry>,
    /// Every report written of this session: which, when, anonymised or not,
    /// and where it went.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<ExportRecord>,
    /// Free text purged under the programme's retention rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purges: Vec<Purge>,
}

impl Session {
    /// The language the room's screen and the reports of this session
    /// speak: the room's, when set and known to this baraza, else
    /// `interface` (the facilitator's).
    pub fn room_language(&self, interface: crate::i18n::Lang) -> crate::i18n::Lang {
        self.language
            .as_deref()
            .and_then(crate::i18n::Lang::from_code)
            .unwrap_or(interface)
    }

    /// A new, empty session created at `now`.
    pub fn new(id: String, title: String, date: NaiveDate, now: Timestamp) -> Session {
        Session {
            version: SCHEMA_VERSION,
            id,
            title,
            location: String::new(),
            date,
            created: now,
            updated: now,
            facilitators: Vec::new(),
            groups: Vec::new(),
            dots_per_participant: default_dots(),
            context: String::new(),
            consent: String::new(),
            language: None,
            categories: default_categories(),
            problems: Vec::new(),
            where_when: WhereWhen::default(),
            ranking: Ranking::default(),
            score_card: ScoreCard::default(),
            actions: Vec::new(),
            escalations: Vec::new(),
            lessons: Lessons::default(),
            stage: Stage::Prepare,
            previous: None,
            worked: BTreeMap::new(),
            audit: Vec::new(),
            exports: Vec::new(),
            purges: Vec::new(),
        }
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn problem(&self, id: ProblemId) -> Option<&Problem> {
        self.problems.iter().find(|p| p.id == id)
    }

    pub fn action(&self, id: ActionId) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn group_name(&self, id: GroupId) -> &str {
        self.group(id)
            .map_or("(removed group)", |g| g.name.as_str())
    }

    pub fn problem_title(&self, id: ProblemId) -> &str {
        self.problem(id)
            .map_or("(removed problem)", |p| p.title.as_str())
    }

    /// People in the room, summed over groups.
    pub fn participants(&self) -> u32 {
        self.groups
            .iter()
            .fold(0u32, |n, g| n.saturating_add(g.count))
    }

    /// The dots a group may place: head count × dots per participant.
    pub fn dot_budget(&self, group: GroupId) -> u32 {
        self.group(group)
            .map_or(0, |g| g.count.saturating_mul(self.dots_per_participant))
    }

    /// Dots a group has placed so far.
    pub fn dots_used(&self, group: GroupId) -> usize {
        self.ranking
            .votes
            .iter()
            .filter(|v| v.group == group)
            .count()
    }

    /// Dots on a problem, from every group or from one.
    pub fn dots_for(&self, problem: ProblemId, group: Option<GroupId>) -> usize {
        self.ranking
            .votes
            .iter()
            .filter(|v| v.problem == problem && group.is_none_or(|g| v.group == g))
            .count()
    }

    pub fn next_group_id(&self) -> GroupId {
        GroupId(self.groups.iter().map(|g| g.id.0).max().unwrap_or(0) + 1)
    }

    pub fn next_problem_id(&self) -> ProblemId {
        ProblemId(self.problems.iter().map(|p| p.id.0).max().unwrap_or(0) + 1)
    }

    pub fn next_action_id(&self) -> ActionId {
        ActionId(self.actions.iter().map(|a| a.id.0).max().unwrap_or(0) + 1)
    }

    pub fn next_criterion_id(&self) -> CriterionId {
        let ids = self.ranking.criteria.iter().map(|c| c.id.0);
        // Scores of a deleted criterion are deleted with it, but an id is
        // never reused while any score still names it.
        let scored = self.ranking.scores.iter().map(|sc| sc.criterion.0);
        CriterionId(ids.chain(scored).max().unwrap_or(0) + 1)
    }

    pub fn escalation(&self, id: EscalationId) -> Option<&Escalation> {
        self.escalations.iter().find(|e| e.id == id)
    }

    pub fn next_escalation_id(&self) -> EscalationId {
        EscalationId(self.escalations.iter().map(|e| e.id.0).max().unwrap_or(0) + 1)
    }

    /// The ids of the groups, in the order of the room.
    pub fn group_ids(&self) -> Vec<GroupId> {
        self.groups.iter().map(|g| g.id).collect()
    }

    /// The name of who gave a score-card score.
    pub fn scorer_name(&self, by: Scorer) -> &str {
        self.scorer_name_or(by, "Provider")
    }

    /// [`Session::scorer_name`], the provider unnamed yet called `unnamed`
    /// (the word in the reader's language).
    pub fn scorer_name_or<'a>(&'a self, by: Scorer, unnamed: &'a str) -> &'a str {
        match by {
            Scorer::Group(g) => self.group_name(g),
            Scorer::Provider => self.score_card.provider_or(unnamed),
        }
    }

    pub fn next_tie_break_id(&self) -> TieBreakId {
        TieBreakId(
            self.ranking
                .tie_breaks
                .iter()
                .map(|t| t.id.0)
                .max()
                .unwrap_or(0)
                + 1,
        )
    }
}

/// One step of the way to a value in a session file: a field, or the n-th
/// element (from 0) of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Field(&'static str),
    Index(usize),
}

/// Something in a session that does not fit, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub at: Vec<Place>,
    pub what: String,
}

impl Session {
    /// Inconsistencies a hand-edited file may have: dangling references and
    /// repeated ids. Empty when the session is sound.
    pub fn validate(&self) -> Vec<String> {
        self.validate_at().into_iter().map(|f| f.what).collect()
    }

    /// [`Session::validate`], each finding with the place of the value it is
    /// about, so a refusal can name the line and column in the file.
    ///
    /// Ids are looked up in an index and names in a set, so a long session
    /// (thousands of dots, a hundred groups) is checked in one pass, not
    /// dots × problems.
    pub fn validate_at(&self) -> Vec<Finding> {
        use super::positions::Positions;
        use Place::{Field, Index};
        use std::collections::HashSet;
        let mut problems: Vec<Finding> = Vec::new();
        let mut push = |at: Vec<Place>, what: String| problems.push(Finding { at, what });
        if rules::session_title(&self.title).is_err() {
            push(vec![Field("title")], "the session has no title".to_string());
        }
        if let Err(broken) = rules::consent_note(&self.consent) {
            push(vec![Field("consent")], broken.to_string());
        }
        for what in safeguards::findings(&self.exports, &self.purges) {
            // The finding says which entry; the place is the list.
            let list = if what.starts_with("export log") {
                "exports"
            } else {
                "purges"
            };
            push(vec![Field(list)], what);
        }
        fn repeated<T, K: Eq + std::hash::Hash + std::fmt::Display>(
            items: &[T],
            key: impl Fn(&T) -> K,
            noun: &str,
            list: &[Place],
            push: &mut impl FnMut(Vec<Place>, String),
        ) {
            let mut seen = HashSet::with_capacity(items.len());
            for (i, a) in items.iter().enumerate() {
                if !seen.insert(key(a)) {
                    let mut at = list.to_vec();
                    at.push(Index(i));
                    push(at, format!("{noun} id {} is used twice", key(a)));
                }
            }
        }
        let problem_ids = Positions::new(self.problems.iter().map(|p| p.id));
        let group_ids = Positions::new(self.groups.iter().map(|g| g.id));
        let has_problem = |id: ProblemId| problem_ids.get(id).is_some();
        let has_group = |id: GroupId| group_ids.get(id).is_some();
        repeated(
            &self.groups,
            |g| g.id,
            "group",
            &[Field("groups")],
            &mut push,
        );
        let mut earlier_names = HashSet::with_capacity(self.groups.len());
        for (i, g) in self.groups.iter().enumerate() {
            let at = || vec![Field("groups"), Index(i)];
            if rules::group_name(&g.name).is_err() {
                push(at(), format!("group {} has no name", g.id));
            }
            if rules::head_count(g.count).is_err() {
                push(
                    at(),
                    format!(
                        "group «{}» counts {} people; at most {}",
                        g.name,
                        g.count,
                        rules::MAX_PEOPLE
                    ),
                );
            }
            // As `rules::group_name_free` against the earlier groups, with
            // their names' keys in a set rather than compared one by one.
            let key = rules::group_name_key(&g.name);
            if !g.name.trim().is_empty() && earlier_names.contains(&key) {
                push(at(), format!("the group «{}» is listed twice", g.name));
            }
            earlier_names.insert(key);
        }
        if rules::dots_per_participant(self.dots_per_participant).is_err() {
            push(
                vec![Field("dots_per_participant")],
                format!(
                    "{} dots per participant; it must be {} to {}",
                    self.dots_per_participant,
                    rules::MIN_DOTS,
                    rules::MAX_DOTS
                ),
            );
        }
        repeated(
            &self.problems,
            |p| p.id,
            "problem",
            &[Field("problems")],
            &mut push,
        );
        repeated(
            &self.actions,
            |a| a.id,
            "action",
            &[Field("actions")],
            &mut push,
        );
        for (i, v) in self.ranking.votes.iter().enumerate() {
            let at = || vec![Field("ranking"), Field("votes"), Index(i)];
            if !has_problem(v.problem) {
                push(
                    at(),
                    format!("vote {} is for unknown problem {}", i + 1, v.problem),
                );
            }
            if !has_group(v.group) {
                push(
                    at(),
                    format!("vote {} is from unknown group {}", i + 1, v.group),
                );
            }
        }
        for (i, a) in self.actions.iter().enumerate() {
            if !has_problem(a.problem) {
                push(
                    vec![Field("actions"), Index(i)],
                    format!("action {} is for unknown problem {}", a.id, a.problem),
                );
            }
        }
        for (i, id) in self.ranking.shortlist.iter().enumerate() {
            if !has_problem(*id) {
                push(
                    vec![Field("ranking"), Field("shortlist"), Index(i)],
                    format!("the shortlist names unknown problem {id}"),
                );
            }
        }
        let r = &self.ranking;
        repeated(
            &r.criteria,
            |c| c.id,
            "criterion",
            &[Field("ranking"), Field("criteria")],
            &mut push,
        );
        for (i, c) in r.criteria.iter().enumerate() {
            if rules::weight(c.weight).is_err() {
                push(
                    vec![Field("ranking"), Field("criteria"), Index(i)],
                    format!(
                        "criterion «{}» has weight {}; it must be {} to {}",
                        c.name,
                        c.weight,
                        rules::MIN_WEIGHT,
                        rules::MAX_WEIGHT
                    ),
                );
            }
        }
        for (i, d) in r.pairs.iter().enumerate() {
            let known = has_problem(d.pair.0) && has_problem(d.pair.1);
            let group_ok = d.group.is_none_or(has_group);
            let winner_ok = d.winner.is_none_or(|w| w == d.pair.0 || w == d.pair.1);
            if !known || !group_ok || !winner_ok {
                push(
                    vec![Field("ranking"), Field("pairs"), Index(i)],
                    format!(
                        "pair decision {}–{} does not fit the session",
                        d.pair.0, d.pair.1
                    ),
                );
            }
        }
        for (i, sc) in r.scores.iter().enumerate() {
            let known = has_problem(sc.problem)
                && r.criteria.iter().any(|c| c.id == sc.criterion)
                && sc.group.is_none_or(has_group);
            if !known || rules::score(sc.value).is_err() {
                push(
                    vec![Field("ranking"), Field("scores"), Index(i)],
                    format!(
                        "score of problem {} on criterion {} does not fit the session",
                        sc.problem, sc.criterion
                    ),
                );
            }
        }
        for (i, t) in r.tie_breaks.iter().enumerate() {
            if t.tied.iter().chain(&t.order).any(|p| !has_problem(*p)) {
                push(
                    vec![Field("ranking"), Field("tie_breaks"), Index(i)],
                    format!("tie-break {} names an unknown problem", t.id),
                );
            }
        }
        for (stage, seconds) in &self.worked {
            if rules::worked_seconds(*seconds).is_err() {
                push(
                    vec![Field("worked")],
                    format!(
                        "{} was worked on for {seconds} seconds; at most {}",
                        stage.label(),
                        rules::MAX_WORKED_SECONDS
                    ),
                );
            }
        }
        self.validate_tools(&mut push);
        problems
    }

    /// The score card, the where-and-when grid and the ledger: ids once,
    /// every reference known, every value in its range.
    fn validate_tools(&self, push: &mut impl FnMut(Vec<Place>, String)) {
        use Place::{Field, Index};
        let card = &self.score_card;
        let at = |list: &'static str, i: usize| vec![Field("score_card"), Field(list), Index(i)];
        for (i, ind) in card.indicators.iter().enumerate() {
            let earlier = card.indicators[..i].iter();
            if earlier.clone().any(|o| o.id == ind.id) {
                push(
                    at("indicators", i),
                    format!("indicator id {} is used twice", ind.id),
                );
            }
            if let Err(e) = rules::indicator(&ind.name, earlier.map(|o| o.name.as_str())) {
                push(at("indicators", i), format!("indicator {}: {e}", ind.id));
            }
        }
        for (i, sc) in card.scores.iter().enumerate() {
            let known = card.indicator(sc.indicator).is_some()
                && match sc.by {
                    Scorer::Group(g) => self.group(g).is_some(),
                    Scorer::Provider => true,
                };
            let twice = card.scores[..i]
                .iter()
                .any(|o| o.indicator == sc.indicator && o.by == sc.by);
            if !known || twice {
                push(
                    at("scores", i),
                    format!(
                        "score on indicator {} does not fit the session",
                        sc.indicator
                    ),
                );
            }
            if let Err(e) = card.scale.check(sc.value) {
                push(
                    at("scores", i),
                    format!("score {} on indicator {}: {e}", sc.value, sc.indicator),
                );
            }
        }
        for (i, a) in self.actions.iter().enumerate() {
            if let Some(id) = a.card_indicator
                && card.indicator(id).is_none()
            {
                push(
                    vec![Field("actions"), Index(i)],
                    format!("action {} answers unknown indicator {id}", a.id),
                );
            }
        }
        let ww = &self.where_when;
        let at = |list: &'static str, i: usize| vec![Field("where_when"), Field(list), Index(i)];
        for (i, p) in ww.places.iter().enumerate() {
            let earlier = ww.places[..i].iter();
            if earlier.clone().any(|o| o.id == p.id) {
                push(at("places", i), format!("place id {} is used twice", p.id));
            }
            if let Err(e) = rules::place(&p.name, earlier.map(|o| o.name.as_str())) {
                push(at("places", i), format!("place {}: {e}", p.id));
            }
        }
        for (i, m) in ww.marks.iter().enumerate() {
            let known = ww.place(m.place).is_some()
                && self.group(m.group).is_some()
                && m.problems.iter().all(|p| self.problem(*p).is_some());
            let twice = ww.marks[..i]
                .iter()
                .any(|o| o.place == m.place && o.band == m.band && o.group == m.group);
            let range = rules::intensity(m.level).and(m.band.check());
            if !known || twice || range.is_err() {
                push(
                    at("marks", i),
                    format!(
                        "mark of place {} at {} does not fit the session",
                        m.place,
                        m.band.label()
                    ),
                );
            }
        }
        for (i, e) in self.escalations.iter().enumerate() {
            let at = || vec![Field("escalations"), Index(i)];
            if self.escalations[..i].iter().any(|o| o.id == e.id) {
                push(at(), format!("escalation id {} is used twice", e.id));
            }
            if self.problem(e.problem).is_none() {
                push(
                    at(),
                    format!("escalation {} is for unknown problem {}", e.id, e.problem),
                );
            }
            if let Err(broken) = rules::recipient(&e.to) {
                push(at(), format!("escalation {}: {broken}", e.id));
            }
            if e.replies.iter().any(|r| r.date < e.raised) {
                push(
                    at(),
                    format!("escalation {}: {}", e.id, rules::Broken::ReplyBeforeRaised),
                );
            }
        }
    }
}
