//! The catalogue: every language's `.ftl` files, built into the binary,
//! parsed once (the first time a language is asked for), and looked up by
//! message id. A message a language lacks comes from English; a message
//! without arguments is formatted once, the first time it is asked for (not
//! all of them when the language is loaded: that was a sixth of the start),
//! so a frame drawn sixty times a second costs a hash lookup per label.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::lang::Lang;
use super::msg::{Arg, Msg};
use super::pseudo;

/// The files of each language, by area, so translators (and whoever adds
/// strings) rarely edit the same file: the glossary of the method's terms
/// first, then what the core says (how a change reads, rules, statuses),
/// the keys, the facilitator's screens (Rank; the score card, where-and-when
/// and the ledger; the session list and comparison each have their own),
/// the room's screen, the reports and the command line.
pub const FILES: [&str; 10] = [
    "glossary", "core", "keys", "tui", "rank", "tools", "sessions", "room", "report", "cli",
];

macro_rules! files_of {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/glossary.ftl")),
            include_str!(concat!("../../locales/", $lang, "/core.ftl")),
            include_str!(concat!("../../locales/", $lang, "/keys.ftl")),
            include_str!(concat!("../../locales/", $lang, "/tui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/rank.ftl")),
            include_str!(concat!("../../locales/", $lang, "/tools.ftl")),
            include_str!(concat!("../../locales/", $lang, "/sessions.ftl")),
            include_str!(concat!("../../locales/", $lang, "/room.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
        ]
    };
}

/// The text of each of [`FILES`] of `lang`, as built in.
pub fn sources(lang: Lang) -> [&'static str; 10] {
    match lang.source() {
        Lang::Sw => files_of!("sw"),
        Lang::Fr => files_of!("fr"),
        Lang::Ar => files_of!("ar"),
        Lang::So => files_of!("so"),
        Lang::Ru => files_of!("ru"),
        _ => files_of!("en"),
    }
}

/// One language, loaded.
pub(crate) struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Every message, formatted once asked for if it needs no argument.
    plain: HashMap<String, OnceLock<Option<String>>>,
    /// The ids of its messages (not terms), in file order.
    pub(crate) ids: Vec<String>,
    /// What did not parse, as `file:line: error`: shown by `baraza lang
    /// check`; the rest of the file still loads.
    pub(crate) errors: Vec<String>,
}

impl Catalogue {
    /// Parses `files` (name and text) for `lang`.
    pub(crate) fn parse(lang: Lang, files: &[(&str, &str)]) -> Catalogue {
        let langid = lang
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Terminals draw what they are sent: Unicode isolation marks
        // (U+2068/U+2069) around arguments would show as boxes or take
        // cells on many of them. Right-to-left text is handled where lines
        // are drawn (see `tui::bidi`).
        bundle.set_use_isolating(false);
        if lang == Lang::PseudoLong {
            bundle.set_transform(Some(pseudo::lengthen));
        }
        let mut errors = Vec::new();
        let mut ids = Vec::new();
        for (name, text) in files {
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    for e in errs {
                        let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                        errors.push(format!("{name}.ftl:{line}: {:?}", e.kind));
                    }
                    r
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && m.value.is_some()
                {
                    ids.push(m.id.name.to_string());
                }
            }
            // A message defined twice keeps its first definition; the
            // second is reported.
            if let Err(errs) = bundle.add_resource(resource) {
                for e in errs {
                    errors.push(format!("{name}.ftl: {e}"));
                }
            }
        }
        let plain = ids.iter().map(|id| (id.clone(), OnceLock::new())).collect();
        Catalogue {
            lang,
            bundle,
            plain,
            ids,
            errors,
        }
    }

    /// The message formatted, if it needs no argument: formatted the first
    /// time, then kept.
    fn plain(&self, id: &str) -> Option<&str> {
        self.plain
            .get(id)?
            .get_or_init(|| {
                let mut errors = Vec::new();
                let text = self.format(id, None, &mut errors);
                text.filter(|_| errors.is_empty())
            })
            .as_deref()
    }

    pub(crate) fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// The message formatted, or `None` if this catalogue lacks it.
    pub(crate) fn format(
        &self,
        id: &str,
        args: Option<&FluentArgs>,
        errors: &mut Vec<fluent_bundle::FluentError>,
    ) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let text = self.bundle.format_pattern(pattern, args, errors);
        Some(match self.lang {
            Lang::Pseudo | Lang::PseudoLong => pseudo::wrap(&text),
            _ => text.into_owned(),
        })
    }
}

/// The files a catalogue of `lang` was built from.
fn sources_or_empty(lang: Lang) -> Vec<(&'static str, &'static str)> {
    FILES.into_iter().zip(sources(lang)).collect()
}

static LOADED: [OnceLock<Catalogue>; 8] = [const { OnceLock::new() }; 8];

/// The catalogue of `lang`, parsed on first use.
pub(crate) fn catalogue(lang: Lang) -> &'static Catalogue {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADED[i].get_or_init(|| Catalogue::parse(lang, &sources_or_empty(lang)))
}

impl Lang {
    /// A message without arguments. A language that lacks it gives the
    /// English one; a message English lacks too is a bug (the catalogue
    /// test finds every id the source uses), shown as its id.
    pub fn t(self, id: &str) -> &'static str {
        if let Some(text) = catalogue(self).plain(id) {
            return text;
        }
        if let Some(text) = catalogue(Lang::En).plain(id) {
            return text;
        }
        debug_assert!(
            false,
            "no message «{id}» without arguments in the catalogue"
        );
        "⁇"
    }

    /// A message without arguments if the catalogue has it (this language's,
    /// else English's): for words declared in code beside their English
    /// (the keys' descriptions), which keep that English until the
    /// catalogue has them.
    pub fn lookup(self, id: &str) -> Option<&'static str> {
        catalogue(self)
            .plain(id)
            .or_else(|| catalogue(Lang::En).plain(id))
    }

    /// A message with arguments (see the [`crate::tr`] macro).
    pub fn f(self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, self.value(value));
        }
        let mut errors = Vec::new();
        let own = catalogue(self);
        let text = if own.has(id) {
            own.format(id, Some(&fluent), &mut errors)
        } else {
            catalogue(Lang::En).format(id, Some(&fluent), &mut errors)
        };
        match text {
            Some(text) => text,
            None => {
                debug_assert!(false, "no message «{id}» in the catalogue");
                "⁇".to_string()
            }
        }
    }

    /// A message the core returned.
    pub fn msg(self, m: &Msg) -> String {
        if m.args.is_empty() {
            return self.t(m.id).to_string();
        }
        let args: Vec<(&str, Arg)> = m.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.f(m.id, &args)
    }

    fn value(self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(self.msg(m)),
            Arg::List(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|a| match self.value(a) {
                        FluentValue::String(s) => s.into_owned(),
                        FluentValue::Number(n) => n.as_string().into_owned(),
                        _ => String::new(),
                    })
                    .collect();
                FluentValue::from(parts.join(self.t("list-separator")))
            }
        }
    }

    /// Whether this language's own files define `id` (not the English
    /// fallback).
    pub fn has_own(self, id: &str) -> bool {
        catalogue(self).has(id)
    }
}

/// `tr!(lang, "id")` is `lang.t("id")`, a `&'static str`;
/// `tr!(lang, "id", n = 3, title = &p.title)` formats the message with its
/// arguments (each anything that turns into an [`Arg`]: text, a count, a
/// [`Msg`]) into a `String`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $lang.t($id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $lang.f($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let c = Catalogue::parse(Lang::En, &[("t", "hello = Hello, { $name }!\n")]);
        let mut args = FluentArgs::new();
        args.set("name", "Amina");
        let mut errors = Vec::new();
        let text = c.format("hello", Some(&args), &mut errors).unwrap();
        assert_eq!(text, "Hello, Amina!");
        assert!(errors.is_empty());
    }

    #[test]
    fn a_missing_message_comes_from_english_never_as_its_id() {
        // Whatever a translation still lacks shows in English.
        for lang in Lang::SHIPPED {
            for id in crate::i18n::check::check(lang).untranslated {
                if catalogue(Lang::En).plain(&id).is_some() {
                    assert_eq!(lang.t(&id), Lang::En.t(&id), "{lang} {id}");
                }
            }
        }
        let c = Catalogue::parse(Lang::Sw, &[("t", "a = A\n")]);
        assert!(!c.has("list-separator"));
        assert_eq!(Lang::Pseudo.t("decimal-separator"), "⟦.⟧");
    }

    #[test]
    fn plural_rules_come_from_the_language() {
        let ftl = "n = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        let ar = Catalogue::parse(Lang::Ar, &[("t", ftl)]);
        let ru = Catalogue::parse(Lang::Ru, &[("t", ftl)]);
        let form = |c: &Catalogue, n: i64| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            c.format("n", Some(&args), &mut Vec::new()).unwrap()
        };
        let ar_forms: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 102]
            .iter()
            .map(|n| form(&ar, *n))
            .collect();
        assert_eq!(
            ar_forms,
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other"
            ]
        );
        let ru_forms: Vec<String> = [1, 2, 5, 11, 21, 22]
            .iter()
            .map(|n| form(&ru, *n))
            .collect();
        assert_eq!(ru_forms, ["one", "few", "many", "many", "one", "few"]);
    }

    #[test]
    fn a_line_that_does_not_parse_is_reported_and_the_rest_loads() {
        let c = Catalogue::parse(
            Lang::Fr,
            &[("room", "good = Bon\nbad = { $\nlater = Après\n")],
        );
        assert_eq!(c.errors.len(), 1, "{:?}", c.errors);
        assert!(c.errors[0].starts_with("room.ftl:2:"), "{:?}", c.errors);
        assert!(c.has("good") && c.has("later"));
    }

    #[test]
    fn dates_in_prose_use_the_languages_names() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
        assert_eq!(Lang::En.date_long(d), "5 November 2026");
        assert_eq!(Lang::En.weekday(d), "Thursday");
        assert_eq!(Lang::Fr.weekday(d), "jeudi");
        assert_eq!(Lang::Ru.weekday(d), "Четверг");
        assert_eq!(Lang::Sw.weekday(d), "Alhamisi");
        assert_eq!(Lang::En.decimal(2.5, 1), "2.5");
    }
}
