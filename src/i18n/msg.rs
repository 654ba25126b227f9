//! A message as data: its id in the catalogue and its arguments. The pure
//! core (how a change reads, why a rule refuses a value) returns these
//! rather than English text, and whoever shows them picks the language: the
//! status line the facilitator's, the audit log English.

use std::borrow::Cow;

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a title, a name, a date, a formatted number.
    Text(String),
    /// A count: shown as digits, and what the plural rules choose by.
    Int(i64),
    /// Another message, resolved in the same language first ("status of
    /// «Patrols»: planned → done": the statuses are messages too).
    Msg(Box<Msg>),
    /// Several arguments, joined with the language's list separator.
    List(Vec<Arg>),
}

/// A message id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl From<Vec<Arg>> for Arg {
    fn from(v: Vec<Arg>) -> Arg {
        Arg::List(v)
    }
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::from(*n)
            }
        }
    )*};
}
int_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64);
