//! A small document model that the session report and the roll-up are built
//! as, once, and that Markdown and HTML both render: the two formats carry
//! the same content by construction.
//!
//! All text here is plain text as the facilitator typed it; each renderer does
//! its own escaping.

/// A whole report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    /// The page title (the first heading).
    pub title: String,
    pub blocks: Vec<Block>,
    /// The language its words are in: HTML's `lang` and `dir`, and the
    /// renderers' own few words.
    pub lang: crate::i18n::Lang,
}

/// One piece of a report, top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A section heading; level 2 is a section, 3 a subsection (level 1 is the
    /// title, rendered from [`Doc::title`]).
    Heading(u8, String),
    /// A paragraph of one line of text.
    Para(Text),
    /// Free text as typed, several lines kept as lines.
    Lines(Vec<String>),
    /// A bullet list, possibly nested.
    List(Vec<Item>),
    /// A numbered list (1, 2, 3…), whose items may have bullets under them.
    Numbered(Vec<Item>),
    /// `label: value` pairs, shown as a compact list.
    Facts(Vec<(String, String)>),
    Table(Table),
    /// A horizontal bar chart (HTML draws it as inline SVG; Markdown, whose
    /// readers already have the table beside it, leaves it out).
    Chart(Chart),
    /// A grid of 0–3 marks (where and when insecurity happens): Markdown
    /// writes it as a table with a shade and the number in each cell, HTML
    /// as a coloured grid that keeps the number, so it reads in print and
    /// without colour.
    Heat(Heat),
    /// Something the reader must notice (an anonymised copy, a stage not
    /// reached yet).
    Note(String),
}

/// Text with some parts in bold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Vec<Span>);

#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub strong: bool,
}

impl Text {
    pub fn plain(s: impl Into<String>) -> Text {
        Text(vec![Span {
            text: s.into(),
            strong: false,
        }])
    }

    pub fn strong(s: impl Into<String>) -> Text {
        Text(vec![Span {
            text: s.into(),
            strong: true,
        }])
    }

    pub fn then(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span {
            text: s.into(),
            strong: false,
        });
        self
    }

    pub fn then_strong(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span {
            text: s.into(),
            strong: true,
        });
        self
    }

    /// The text without styling.
    pub fn plain_text(&self) -> String {
        self.0.iter().map(|s| s.text.as_str()).collect()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::plain(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::plain(s)
    }
}

/// One bullet, with its sub-bullets.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub text: Text,
    pub children: Vec<Item>,
}

impl Item {
    pub fn new(text: impl Into<Text>) -> Item {
        Item {
            text: text.into(),
            children: Vec::new(),
        }
    }

    pub fn with(text: impl Into<Text>, children: Vec<Item>) -> Item {
        Item {
            text: text.into(),
            children,
        }
    }
}

/// A table of plain-text cells. Cells may hold any text, newlines and `|`
/// included: the renderers escape them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    /// Columns holding numbers, aligned right.
    pub numeric: Vec<usize>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    /// Stands out: an overdue action, the groups' biggest disagreement.
    pub marked: bool,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            numeric: Vec::new(),
            rows: Vec::new(),
        }
    }

    pub fn numeric(mut self, columns: &[usize]) -> Table {
        self.numeric = columns.to_vec();
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(Row {
            cells,
            marked: false,
        });
    }

    pub fn marked_row(&mut self, cells: Vec<String>, marked: bool) {
        self.rows.push(Row { cells, marked });
    }
}

/// A grid of marks from 0 to [`Heat::MAX`]; a cell nobody marked is `None`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Heat {
    /// What the grid shows ("Whole room, times of day").
    pub caption: String,
    /// The header of the row labels ("Place").
    pub corner: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<Option<f64>>)>,
    /// The language its means are written in ("2.5", "2,5").
    pub lang: crate::i18n::Lang,
}

impl Heat {
    pub const MAX: f64 = 3.0;
}

/// A horizontal bar chart, longest bar first as given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart {
    /// What the chart shows ("Dots per problem").
    pub caption: String,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The value as the reader sees it ("12 dots", "2½ wins").
    pub shown: String,
}

/// A number as people read it: no trailing `.0`, at most one decimal.
pub fn number(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if (rounded - rounded.trunc()).abs() < 1e-9 {
        format!("{}", rounded.trunc() as i64)
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(10.0 / 3.0), "3.3");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-1.25), "-1.3");
    }
}
