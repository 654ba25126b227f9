//! Earlier file versions, kept so old sessions still open. Each older shape is
//! read as it was written and converted to the current one.

use chrono::NaiveDate;
use serde::Deserialize;

use super::session::{
    Action, AuditEntry, Group, Lessons, Problem, ProblemId, Ranking, SCHEMA_VERSION, Session,
    Stage, Timestamp, Vote, default_categories,
};

/// Version 1 (the first release): dots and the shortlist sat at the top level;
/// version 2 gathered them, with the other ranking methods, under `ranking`.
#[derive(Deserialize)]
#[serde(rename = "Session", deny_unknown_fields)]
pub struct V1 {
    pub version: u32,
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
    #[serde(default = "three")]
    pub dots_per_participant: u32,
    #[serde(default)]
    pub context: String,
    #[serde(default = "default_categories")]
    pub categories: Vec<String>,
    #[serde(default)]
    pub problems: Vec<Problem>,
    #[serde(default)]
    pub votes: Vec<Vote>,
    #[serde(default)]
    pub shortlist: Vec<ProblemId>,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default)]
    pub lessons: Lessons,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub previous: Option<String>,
    #[serde(default)]
    pub audit: Vec<AuditEntry>,
}

fn three() -> u32 {
    3
}

impl From<V1> for Session {
    fn from(v1: V1) -> Session {
        Session {
            version: SCHEMA_VERSION,
            id: v1.id,
            title: v1.title,
            location: v1.location,
            date: v1.date,
            created: v1.created,
            updated: v1.updated,
            facilitators: v1.facilitators,
            groups: v1.groups,
            dots_per_participant: v1.dots_per_participant,
            context: v1.context,
            categories: v1.categories,
            problems: v1.problems,
            where_when: Default::default(),
            ranking: Ranking {
                votes: v1.votes,
                shortlist: v1.shortlist,
                ..Ranking::default()
            },
            score_card: Default::default(),
            actions: v1.actions,
            escalations: Vec::new(),
            lessons: v1.lessons,
            stage: v1.stage,
            previous: v1.previous,
            worked: Default::default(),
            audit: v1.audit,
            consent: String::new(),
            language: None,
            exports: Vec::new(),
            purges: Vec::new(),
        }
    }
}
