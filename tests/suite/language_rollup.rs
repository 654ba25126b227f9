//! The pseudo-language walk (see `language.rs`) over the programme roll-up
//! (`baraza rollup`, Markdown and HTML), and the roll-up in Kiswahili and
//! Arabic. A test locale wraps every message in markers: no word of the
//! roll-up may be outside them but the sessions' own.
//!
//! Covered: both examples and Kibera's second cycle rolled up, with a
//! session edited on two laptops, whole and anonymised: the facts, the
//! notes (anonymised, conflicts, what was carried over), the recurring
//! problems and their chart, the categories, completion, overdue actions,
//! flagged problems, the score cards and their trend, places and times,
//! escalations awaited, conflicts and consent. The CSV tables keep English
//! column names on purpose (data, as the session report's).

use std::collections::HashSet;

use baraza::i18n::Lang;
use baraza::model::{ProblemId, Session};
use baraza::report::rollup::{self, Conflict, Rollup, RollupOptions};
use chrono::NaiveDate;

use crate::language::{EASTLEIGH, KIBERA, example, html_text, session_words, unmarked};
use crate::report_tools::kibera_cycle_2;

/// The words the conflict below adds: a laptop's name and a command.
const CONFLICT_WORDS: [&str; 6] = ["amina", "otieno", "laptop", "baraza", "sync", "resolve"];

/// The examples rolled up as of 20 December 2026, with one session edited
/// on two laptops (as `--programme` finds them).
fn rolled_up(anonymize: bool) -> (Vec<Session>, Rollup) {
    // Eastleigh names one of Kibera's problems too: it recurs.
    let kibera = example(KIBERA);
    let mut eastleigh = example(EASTLEIGH);
    let mut again = kibera.problems[0].clone();
    again.id = ProblemId(900);
    eastleigh.problems.push(again);
    let sessions = vec![kibera, eastleigh, kibera_cycle_2()];
    let mut options = RollupOptions::new(NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
    options.anonymize = anonymize;
    let mut r = rollup::rollup(&sessions, &options);
    r.conflicts.push(Conflict {
        origin: r.counted[0].origin.clone(),
        laptops: vec!["amina-laptop".into(), "otieno-laptop".into()],
        resolve: "baraza sync resolve 0193".into(),
    });
    (sessions, r)
}

fn own_words(sessions: &[Session]) -> HashSet<String> {
    sessions.iter().flat_map(session_words).collect()
}

fn assert_marked(text: &str, own: &HashSet<String>, what: &str) {
    let stray = unmarked(text, own, &CONFLICT_WORDS);
    assert!(
        stray.is_empty(),
        "{what}: text not from the catalogue: {stray:?}\n{text}"
    );
}

#[test]
fn pseudo_language_every_word_of_the_rollup_comes_from_the_catalogue() {
    let l = Lang::Pseudo;
    for anonymize in [false, true] {
        let (sessions, r) = rolled_up(anonymize);
        let own = own_words(&sessions);
        let md = rollup::markdown(&r, l);
        // Every part of the roll-up is there, so the walk reads them all.
        let mut parts = vec![
            l.t("rollup-title").to_string(),
            format!("## {}", l.t("rollup-recurring")),
            l.t("rollup-recurring-intro").to_string(),
            l.t("rollup-col-also-worded").to_string(),
            format!("### {}", l.t("rollup-by-category")),
            format!("## {}", l.t("rollup-completion")),
            format!("## {}", l.t("rollup-overdue")),
            format!("## {}", l.t("rollup-escalated")),
            format!("## {}", l.t("rollup-cards")),
            format!("### {}", l.t("rollup-trend")),
            format!("## {}", l.t("rollup-places")),
            format!("## {}", l.t("rollup-conflicts")),
            format!("## {}", l.t("rollup-consent")),
            format!("## {}", l.f("rollup-awaiting", &[("days", 30.into())])),
            l.f(
                "rollup-carried",
                &[
                    ("problems", r.carried_problems.into()),
                    ("actions", r.carried_actions.into()),
                ],
            ),
        ];
        if anonymize {
            parts.push(l.t("rollup-anonymised").to_string());
            // Who is responsible, anonymised, is a word of the report.
            assert!(!r.overdue.is_empty());
        }
        for part in &parts {
            assert!(
                md.contains(part.as_str()),
                "anonymised {anonymize}: {part}\n{md}"
            );
        }
        let shown: String = md
            .lines()
            .filter(|line| !line.starts_with("<!--"))
            .collect::<Vec<_>>()
            .join("\n")
            // A cell's line breaks are markup, not words.
            .replace("<br>", " ");
        assert_marked(&shown, &own, &format!("markdown, anonymised {anonymize}"));
        let page = rollup::html(&r, l);
        // The chart of recurring problems is the page's only.
        assert!(page.contains(l.t("rollup-chart-communities")));
        assert_marked(
            &html_text(&page),
            &own,
            &format!("html, anonymised {anonymize}"),
        );
    }
}

#[test]
fn the_rollup_page_says_its_language_and_direction_and_each_cell_its_own() {
    let (_, r) = rolled_up(false);
    let page = rollup::html(&r, Lang::Ar);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(page.contains(&format!(
        "<h1 dir=\"auto\">{}</h1>",
        Lang::Ar.t("rollup-title")
    )));
    // A session's words in another script read their own way, cell by cell.
    let title = &r.counted[0].origin.session;
    assert!(
        page.contains(&format!("<td dir=\"auto\">{title}</td>")),
        "{page}"
    );
    let page = rollup::html(&r, Lang::Sw);
    assert!(page.contains("<html lang=\"sw\" dir=\"ltr\">"));
    // English stays the default of the English page.
    assert!(rollup::html(&r, Lang::En).contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn the_rollup_in_kiswahili_and_arabic() {
    let (_, r) = rolled_up(false);
    for lang in [Lang::Sw, Lang::Ar] {
        let md = rollup::markdown(&r, lang);
        assert!(md.contains(lang.t("rollup-title")));
        assert!(
            !md.contains("Programme roll-up"),
            "{lang}: English left\n{md}"
        );
        insta::assert_snapshot!(format!("rollup_{lang}_md"), md);
        insta::assert_snapshot!(format!("rollup_{lang}_html"), rollup::html(&r, lang));
    }
}

/// `baraza rollup` writes in `--lang`, else the interface language, whatever
/// its rooms spoke.
#[test]
fn baraza_rollup_speaks_lang_else_the_interface_language() {
    let dir = tempfile::TempDir::new().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    for f in std::fs::read_dir("sessions").unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, sessions.join(f.file_name().unwrap())).unwrap();
    }
    let heading = |out: std::process::Output| {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    let swahili = heading(crate::language::baraza_in(
        dir.path(),
        &[],
        &["--lang", "sw", "rollup"],
    ));
    assert_eq!(swahili, format!("# {}", Lang::Sw.t("rollup-title")));
    let russian = heading(crate::language::baraza_in(
        dir.path(),
        &[("BARAZA_LANG", "ru")],
        &["rollup"],
    ));
    assert_eq!(russian, format!("# {}", Lang::Ru.t("rollup-title")));
    let english = heading(crate::language::baraza_in(dir.path(), &[], &["rollup"]));
    assert_eq!(english, format!("# {}", Lang::En.t("rollup-title")));
    assert_ne!(swahili, english);
}
