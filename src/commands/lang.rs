//! `baraza lang check`: what a translation still lacks or gets wrong, in a
//! few lines a native speaker correcting it can act on (which message, in
//! which file), after each edit.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::LangCheckArgs;
use crate::i18n::check::{self as catalogue, Report, check_files};
use crate::i18n::{FILES, Lang};

use super::Failure;
use crate::tr;

/// `l`: the language the report speaks (not the one checked).
pub fn check(args: &LangCheckArgs, l: Lang, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let langs: Vec<Lang> = match args.lang {
        Some(l) => vec![l],
        None => Lang::SHIPPED.to_vec(),
    };
    let mut clean = true;
    for lang in langs {
        let report = match &args.files {
            None => catalogue::check(lang),
            Some(dir) => {
                // Each file of the language as it is on disk; one that is
                // missing counts as empty (its messages show in English).
                let texts: Vec<(&str, String)> = FILES
                    .iter()
                    .map(|name| {
                        let path = dir.join(lang.code()).join(format!("{name}.ftl"));
                        (*name, std::fs::read_to_string(path).unwrap_or_default())
                    })
                    .collect();
                let files: Vec<(&str, &str)> =
                    texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
                check_files(lang, &files)
            }
        };
        clean &= report.is_clean();
        write_report(out, l, lang, &report, args.verbose)
            .map_err(|e| Failure::failed(e.to_string()))?;
    }
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn write_report(
    out: &mut impl Write,
    l: Lang,
    lang: Lang,
    r: &Report,
    verbose: bool,
) -> std::io::Result<()> {
    let translated = r.english.saturating_sub(r.untranslated.len());
    // Counts as digits, never grouped: translators compare them.
    let summary = tr!(
        l,
        "cli-lang-summary",
        code = lang.code(),
        name = lang.native_name(),
        translated = translated.to_string(),
        total = r.english.to_string(),
        missing = r.untranslated.len().to_string()
    );
    writeln!(out, "{summary}")?;
    if verbose {
        for id in &r.untranslated {
            writeln!(out, "  {}", tr!(l, "cli-lang-missing", id = id))?;
        }
    }
    for id in &r.unknown {
        writeln!(out, "  {}", tr!(l, "cli-lang-unknown", id = id))?;
    }
    for v in &r.bad_variables {
        writeln!(out, "  {}", tr!(l, "cli-lang-bad-variable", variable = v))?;
    }
    for e in &r.errors {
        writeln!(out, "  {}", tr!(l, "cli-lang-error", error = e))?;
    }
    Ok(())
}
