//! `baraza lang check`: what a translation still lacks or gets wrong, in a
//! few lines a native speaker correcting it can act on (which message, in
//! which file), after each edit.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::LangCheckArgs;
use crate::i18n::check::{self as catalogue, Report, check_files};
use crate::i18n::{FILES, Lang};

use super::Failure;

pub fn check(args: &LangCheckArgs, out: &mut impl Write) -> Result<ExitCode, Failure> {
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
        write_report(out, lang, &report, args.verbose)
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
    lang: Lang,
    r: &Report,
    verbose: bool,
) -> std::io::Result<()> {
    let translated = r.english.saturating_sub(r.untranslated.len());
    writeln!(
        out,
        "{} ({}): {translated} of {} messages translated, {} missing (shown in English)",
        lang.code(),
        lang.native_name(),
        r.english,
        r.untranslated.len()
    )?;
    if verbose {
        for id in &r.untranslated {
            writeln!(out, "  missing: {id}")?;
        }
    }
    for id in &r.unknown {
        writeln!(
            out,
            "  unknown (not in English; misspelt or left over): {id}"
        )?;
    }
    for v in &r.bad_variables {
        writeln!(out, "  uses a variable English does not give: {v}")?;
    }
    for e in &r.errors {
        writeln!(out, "  error: {e}")?;
    }
    Ok(())
}
