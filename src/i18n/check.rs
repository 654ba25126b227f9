//! What a translation still lacks or gets wrong, against the English
//! catalogue: for `baraza lang check` (a native speaker correcting a
//! translation runs it after each edit) and for the catalogue's tests.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use super::catalogue::{Catalogue, FILES, sources};
use super::lang::Lang;

/// The state of one language's catalogue.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// English messages this language does not have yet (they show in
    /// English meanwhile).
    pub untranslated: Vec<String>,
    /// Messages English does not have: misspelt ids, or left over from a
    /// message that was renamed or removed. They are never shown.
    pub unknown: Vec<String>,
    /// Messages that use a variable English does not give them: it would
    /// show as `{$name}`.
    pub bad_variables: Vec<String>,
    /// Lines that do not parse, and messages that do not format (a term
    /// the file does not define).
    pub errors: Vec<String>,
    /// How many English messages there are.
    pub english: usize,
}

impl Report {
    /// Nothing to put right (untranslated messages aside).
    pub fn is_clean(&self) -> bool {
        self.unknown.is_empty() && self.bad_variables.is_empty() && self.errors.is_empty()
    }
}

/// Checks the catalogue of `lang` built into the program.
pub fn check(lang: Lang) -> Report {
    let files: Vec<(&str, &str)> = FILES.into_iter().zip(sources(lang)).collect();
    check_files(lang, &files)
}

/// Checks `files` (each file's name and text) as the catalogue of `lang`:
/// the files of a translation being edited, read from disk.
pub fn check_files(lang: Lang, files: &[(&str, &str)]) -> Report {
    let english_files: Vec<(&str, &str)> = FILES.into_iter().zip(sources(Lang::En)).collect();
    let english = Catalogue::parse(Lang::En, &english_files);
    let own = Catalogue::parse(lang, files);
    let english_vars = variables(&english_files);
    let own_vars = variables(files);
    let mut report = Report {
        english: english.ids.len(),
        errors: own.errors.clone(),
        ..Report::default()
    };
    for id in &english.ids {
        if !own.has(id) {
            report.untranslated.push(id.clone());
        }
    }
    for id in &own.ids {
        if !english.has(id) {
            report.unknown.push(id.clone());
            continue;
        }
        let given = english_vars.get(id).cloned().unwrap_or_default();
        let used = own_vars.get(id).cloned().unwrap_or_default();
        let extra: Vec<&String> = used.difference(&given).collect();
        if !extra.is_empty() {
            let names: Vec<String> = extra.iter().map(|v| format!("${v}")).collect();
            report
                .bad_variables
                .push(format!("{id}: {}", names.join(", ")));
        }
        // Formatted with every variable English gives (as a count, which
        // suits both plural selectors and text), it must format cleanly.
        let mut args = fluent_bundle::FluentArgs::new();
        for v in &given {
            args.set(v.as_str(), fluent_bundle::FluentValue::from(3));
        }
        let mut errors = Vec::new();
        own.format(id, Some(&args), &mut errors);
        if let Some(e) = errors.first() {
            report.errors.push(format!("{id}: {e}"));
        }
    }
    report
}

/// The variables each message of `files` uses, in any of its variants.
fn variables(files: &[(&str, &str)]) -> std::collections::HashMap<String, BTreeSet<String>> {
    let mut out = std::collections::HashMap::new();
    for (_, text) in files {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for n in &arguments.named {
                inline_vars(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}
