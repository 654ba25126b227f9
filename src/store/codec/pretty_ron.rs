//! The pretty RON of session files, written byte for byte as ron 0.12's
//! `to_writer_pretty` writes it with [`super::pretty`]'s settings, several
//! times faster.
//!
//! ron's own encoder is general: every piece goes through `fmt::Write` one
//! `write_str` at a time, numbers through `format!`, every name through
//! Unicode tables, and each setting is looked up at each step. At about
//! 330 MB/s that was most of an autosave of a large session. Here the
//! settings are fixed (two-space indent, no struct names, no escaping, no
//! extensions, nothing compact), the text is gathered in a buffer that is
//! handed on in large pieces, and numbers and plain ASCII names take a short
//! path. The file format is not changed by any of it: people read these
//! files, old and new versions of baraza read each other's, and
//! `tests/suite/encoding.rs` holds this encoder to ron's bytes over every
//! example, fixture and arbitrary sessions.
//!
//! What ron does is mirrored step by step, quirks included: whether a list
//! or struct opens on a new line follows ron's one `is_empty` flag, shared
//! by nested values, exactly as ron keeps it. Names that are not plain ASCII
//! (none in the model) are checked and written by ron itself. Two things ron
//! refuses that no session holds are refused here too, without ron's exact
//! message: values nested over 128 deep, and ron's own `RawValue`.

use std::io::{self, Write};

use serde::ser::{self, Serialize};

/// How much text is gathered before it is handed to the writer.
const CHUNK: usize = 64 * 1024;
/// ron's indentor as the project sets it.
const INDENT: &[u8] = b"  ";
/// ron's recursion limit (its `Options::default()`).
const MAX_DEPTH: usize = 128;
/// Names ron writes as `r#name` although they are identifiers.
const RESERVED: [&str; 10] = [
    "true", "false", "Some", "None", "inf", "inff32", "inff64", "NaN", "NaNf32", "NaNf64",
];
/// The newtype name of `ron::value::RawValue`, which ron writes verbatim.
const RON_RAW_VALUE: &str = "$ron::private::RawValue";

/// Why a value could not be written.
#[derive(Debug)]
pub enum Error {
    /// The writer's own error.
    Io(io::Error),
    /// What ron would refuse too (an invalid name, a custom error).
    Refused(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => e.fmt(f),
            Error::Refused(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error::Refused(msg.to_string())
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

type Result<T> = std::result::Result<T, Error>;

/// Writes `value` as ron's pretty RON into `out`, as it is made.
pub fn to_writer<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> Result<()> {
    let mut encoder = Encoder {
        out,
        buf: Vec::with_capacity(CHUNK + 4096),
        indent: 0,
        is_empty: None,
        depth: 0,
        scratch: String::new(),
        names: [Seen::default(); NAMES_SEEN],
    };
    value.serialize(&mut encoder)?;
    encoder.hand_on()
}

struct Encoder<'w> {
    out: &'w mut dyn Write,
    buf: Vec<u8>,
    /// ron's indent level.
    indent: usize,
    /// ron's `is_empty`: set when a list, map or struct opens knowing its
    /// length, cleared when one closes; a new line follows an opening bracket
    /// unless it is `Some(true)`.
    is_empty: Option<bool>,
    /// How deep values are nested, against ron's recursion limit.
    depth: usize,
    /// Text of values that serialise through `Display` (dates, times).
    scratch: String,
    /// Field and variant names already checked, by where they are: serde
    /// hands a field the same `&'static str` each time, so a file of 30,000
    /// fields checks each of its few dozen names once.
    names: [Seen; NAMES_SEEN],
}

/// Room for more names than the model has, so they rarely share a place.
const NAMES_SEEN: usize = 256;

/// A name checked: its address and length, and whether it takes `r#`.
#[derive(Clone, Copy, Default)]
struct Seen {
    at: usize,
    len: usize,
    raw: bool,
}

impl Encoder<'_> {
    fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Hands the gathered text on once there is a piece's worth: called
    /// between the items of lists, maps and structs.
    fn maybe_hand_on(&mut self) -> Result<()> {
        if self.buf.len() >= CHUNK {
            self.hand_on()?;
        }
        Ok(())
    }

    fn hand_on(&mut self) -> Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    fn indentation(&mut self, levels: usize) {
        for _ in 0..levels {
            self.push(INDENT);
        }
    }

    /// ron's `start_indent`.
    fn open(&mut self) {
        self.indent += 1;
        if !self.is_empty.unwrap_or(false) {
            self.push(b"\n");
        }
    }

    /// ron's `end_indent`.
    fn close(&mut self) {
        if !self.is_empty.unwrap_or(false) {
            self.indentation(self.indent.saturating_sub(1));
        }
        self.indent -= 1;
        self.is_empty = None;
    }

    /// A nested value, within ron's recursion limit.
    fn nested<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        if self.depth >= MAX_DEPTH {
            return Err(Error::Refused("nested deeper than ron writes".into()));
        }
        self.depth += 1;
        let result = value.serialize(&mut *self);
        self.depth -= 1;
        result
    }

    fn unsigned(&mut self, mut v: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.push(&digits[at..]);
    }

    fn signed(&mut self, v: i64) {
        if v < 0 {
            self.push(b"-");
        }
        self.unsigned(v.unsigned_abs());
    }

    /// A string as ron writes it unescaped: in quotes, or as a raw string
    /// `r#"…"#` (with one `#` more than the longest run in it) when it holds
    /// a quote or a backslash. Line breaks are written as they are.
    fn string(&mut self, prefix: &[u8], v: &str) {
        if v.contains('"') || v.contains('\\') {
            let longest = v
                .split(|c| c != '#')
                .map(str::len)
                .max()
                .unwrap_or_default();
            self.push(prefix);
            self.push(b"r");
            let hashes = longest + 1;
            self.repeat(b'#', hashes);
            self.push(b"\"");
            self.push(v.as_bytes());
            self.push(b"\"");
            self.repeat(b'#', hashes);
        } else {
            self.push(prefix);
            self.push(b"\"");
            self.push(v.as_bytes());
            self.push(b"\"");
        }
    }

    fn repeat(&mut self, byte: u8, n: usize) {
        self.buf.resize(self.buf.len() + n, byte);
    }

    /// A struct's or enum's own name: checked as ron checks it, not written.
    fn check_name(&mut self, name: &'static str) -> Result<()> {
        match self.plain(name) {
            Some(_) => Ok(()),
            None => ron_checks(name),
        }
    }

    /// A field's or variant's name, as ron writes it (`r#` before the names
    /// it would otherwise not read back as that name).
    fn name(&mut self, name: &'static str) -> Result<()> {
        match self.plain(name) {
            Some(raw) => {
                if raw {
                    self.push(b"r#");
                }
                self.push(name.as_bytes());
                Ok(())
            }
            None => {
                let written = ron_writes(name)?;
                self.push(written.as_bytes());
                Ok(())
            }
        }
    }

    /// For a valid name of plain ASCII, whether ron writes it as `r#name`;
    /// `None` for a name ron's Unicode tables decide. Remembered by the
    /// name's address and length.
    fn plain(&mut self, name: &'static str) -> Option<bool> {
        let (at, len) = (name.as_ptr() as usize, name.len());
        let slot = ((at >> 3) ^ len) % NAMES_SEEN;
        let seen = self.names[slot];
        if seen.at == at && seen.len == len && len > 0 {
            return Some(seen.raw);
        }
        let raw = !plain_ascii(name)? || RESERVED.contains(&name);
        self.names[slot] = Seen { at, len, raw };
        Some(raw)
    }
}

/// For a name of ASCII letters, digits and `_ . + -`, whether it is an
/// identifier (a letter or `_` first, then letters, digits and `_`); `None`
/// for anything else, which ron's Unicode tables decide.
fn plain_ascii(name: &str) -> Option<bool> {
    let b = name.as_bytes();
    if b.is_empty()
        || !b
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-'))
    {
        return None;
    }
    let first = b[0] == b'_' || b[0].is_ascii_alphabetic();
    Some(
        first
            && b[1..]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'_'),
    )
}

/// A variant named `0`, for ron to check or write a name that is not plain
/// ASCII exactly as it does.
struct Variant(&'static str);

impl Serialize for Variant {
    fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_unit_variant("Name", 0, self.0)
    }
}

struct UnitStruct(&'static str);

impl Serialize for UnitStruct {
    fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_unit_struct(self.0)
    }
}

fn ron_writes(name: &'static str) -> Result<String> {
    ron::to_string(&Variant(name)).map_err(|e| Error::Refused(e.to_string()))
}

fn ron_checks(name: &'static str) -> Result<()> {
    ron::to_string(&UnitStruct(name))
        .map(drop)
        .map_err(|e| Error::Refused(e.to_string()))
}

impl<'a, 'w> ser::Serializer for &'a mut Encoder<'w> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'w>;
    type SerializeTuple = Compound<'a, 'w>;
    type SerializeTupleStruct = Compound<'a, 'w>;
    type SerializeTupleVariant = Compound<'a, 'w>;
    type SerializeMap = Compound<'a, 'w>;
    type SerializeStruct = Compound<'a, 'w>;
    type SerializeStructVariant = Compound<'a, 'w>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.push(if v { b"true" } else { b"false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<()> {
        self.signed(v.into());
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result<()> {
        self.signed(v.into());
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result<()> {
        self.signed(v.into());
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<()> {
        self.signed(v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<()> {
        self.unsigned(v.into());
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result<()> {
        self.unsigned(v.into());
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result<()> {
        self.unsigned(v.into());
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result<()> {
        self.unsigned(v);
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result<()> {
        if v.is_nan() && v.is_sign_negative() {
            self.push(b"-");
        }
        write!(self.buf, "{v:?}")?;
        Ok(())
    }

    fn serialize_f64(self, v: f64) -> Result<()> {
        if v.is_nan() && v.is_sign_negative() {
            self.push(b"-");
        }
        write!(self.buf, "{v:?}")?;
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<()> {
        self.push(b"'");
        if v == '\\' || v == '\'' {
            self.push(b"\\");
        }
        self.push(v.encode_utf8(&mut [0; 4]).as_bytes());
        self.push(b"'");
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<()> {
        self.string(b"", v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        match std::str::from_utf8(v) {
            Ok(text) => self.string(b"b", text),
            Err(_) => {
                self.push(b"b\"");
                for c in v.iter().flat_map(|c| std::ascii::escape_default(*c)) {
                    self.buf.push(c);
                }
                self.push(b"\"");
            }
        }
        Ok(())
    }

    fn serialize_none(self) -> Result<()> {
        self.push(b"None");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        self.push(b"Some(");
        self.nested(value)?;
        self.push(b")");
        Ok(())
    }

    fn serialize_unit(self) -> Result<()> {
        self.push(b"()");
        Ok(())
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<()> {
        self.check_name(name)?;
        self.push(b"()");
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<()> {
        self.check_name(name)?;
        self.name(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<()> {
        if name == RON_RAW_VALUE {
            return Err(Error::Refused("ron's RawValue is not written here".into()));
        }
        self.check_name(name)?;
        self.push(b"(");
        self.nested(value)?;
        self.push(b")");
        Ok(())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.check_name(name)?;
        self.name(variant)?;
        self.push(b"(");
        self.nested(value)?;
        self.push(b")");
        Ok(())
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a, 'w>> {
        self.push(b"[");
        if let Some(len) = len {
            self.is_empty = Some(len == 0);
        }
        self.open();
        Ok(Compound::new(self))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a, 'w>> {
        self.push(b"(");
        Ok(Compound::new(self))
    }

    fn serialize_tuple_struct(self, name: &'static str, _len: usize) -> Result<Compound<'a, 'w>> {
        self.check_name(name)?;
        self.push(b"(");
        Ok(Compound::new(self))
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'w>> {
        self.check_name(name)?;
        self.name(variant)?;
        self.push(b"(");
        Ok(Compound::new(self))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a, 'w>> {
        self.push(b"{");
        if let Some(len) = len {
            self.is_empty = Some(len == 0);
        }
        self.open();
        Ok(Compound::new(self))
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Compound<'a, 'w>> {
        self.check_name(name)?;
        self.push(b"(");
        self.is_empty = Some(len == 0);
        self.open();
        Ok(Compound::new(self))
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'w>> {
        self.check_name(name)?;
        self.name(variant)?;
        self.push(b"(");
        self.is_empty = Some(len == 0);
        self.open();
        Ok(Compound::new(self))
    }

    /// ron takes serde's default: the value's `Display` text as a string.
    /// Made in a buffer kept for the purpose, not a new `String` each time.
    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<()> {
        use std::fmt::Write as _;
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        write!(text, "{value}").map_err(|_| Error::Refused("a value's text failed".into()))?;
        self.string(b"", &text);
        self.scratch = text;
        Ok(())
    }
}

/// A list, map, struct or tuple being written.
pub struct Compound<'a, 'w> {
    encoder: &'a mut Encoder<'w>,
    first: bool,
}

impl<'a, 'w> Compound<'a, 'w> {
    fn new(encoder: &'a mut Encoder<'w>) -> Self {
        Compound {
            encoder,
            first: true,
        }
    }

    /// Before an item of a list, map or struct: a comma and a new line after
    /// the one before, then the indentation.
    fn line(&mut self) -> Result<()> {
        let e = &mut *self.encoder;
        if self.first {
            self.first = false;
        } else {
            e.push(b",\n");
            e.maybe_hand_on()?;
        }
        e.indentation(e.indent);
        Ok(())
    }

    /// After the items: a comma and a new line after the last one, the
    /// indentation and the closing bracket.
    fn close(self, bracket: &[u8]) -> Result<()> {
        let e = self.encoder;
        if !self.first {
            e.push(b",\n");
        }
        e.close();
        e.push(bracket);
        Ok(())
    }

    /// A tuple's items sit on one line, `(a, b)`.
    fn tuple_item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        if self.first {
            self.first = false;
        } else {
            self.encoder.push(b", ");
        }
        self.encoder.nested(value)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.line()?;
        self.encoder.name(key)?;
        self.encoder.push(b": ");
        self.encoder.nested(value)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.line()?;
        self.encoder.nested(value)
    }

    fn end(self) -> Result<()> {
        self.close(b"]")
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.tuple_item(value)
    }

    fn end(self) -> Result<()> {
        self.encoder.push(b")");
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.tuple_item(value)
    }

    fn end(self) -> Result<()> {
        self.encoder.push(b")");
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.tuple_item(value)
    }

    fn end(self) -> Result<()> {
        self.encoder.push(b")");
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.line()?;
        self.encoder.nested(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.encoder.push(b": ");
        self.encoder.nested(value)
    }

    fn end(self) -> Result<()> {
        self.close(b"}")
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }

    fn end(self) -> Result<()> {
        self.close(b")")
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }

    fn end(self) -> Result<()> {
        self.close(b")")
    }
}

#[cfg(test)]
mod tests {
    //! The encoder against ron over every shape serde can hand a serializer,
    //! with lengths declared right, wrong or not at all (ron's layout
    //! depends on them), and names ron writes plainly, as `r#name`, or
    //! refuses.

    use super::*;
    use proptest::prelude::*;
    use serde::ser::{
        SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
        SerializeTupleStruct, SerializeTupleVariant,
    };

    /// Names as serde hands them: plain, reserved, raw-only (`a-b`), not
    /// ASCII, and invalid (empty, a space).
    const NAMES: [&str; 11] = [
        "title", "_x", "Some", "true", "NaN", "a-b", "x.y", "1st", "é", "naïve", "a b",
    ];

    #[derive(Clone, Debug)]
    enum Shape {
        Bool(bool),
        Int(i64),
        Uint(u64),
        Small(i8, u16),
        Float(f64),
        Float32(f32),
        Char(char),
        Str(String),
        Bytes(Vec<u8>),
        None,
        Some(Box<Shape>),
        Unit,
        UnitStruct(usize),
        UnitVariant(usize, usize),
        NewtypeStruct(usize, Box<Shape>),
        NewtypeVariant(usize, usize, Box<Shape>),
        Seq(Option<usize>, Vec<Shape>),
        Tuple(Vec<Shape>),
        TupleStruct(usize, Vec<Shape>),
        TupleVariant(usize, usize, Vec<Shape>),
        Map(Option<usize>, Vec<(Shape, Shape)>),
        Struct(usize, usize, Vec<(usize, Shape)>),
        StructVariant(usize, usize, usize, Vec<(usize, Shape)>),
        /// A value written through `Display`, as dates are.
        Shown(String),
    }

    impl Serialize for Shape {
        fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            let n = |i: &usize| NAMES[*i % NAMES.len()];
            match self {
                Shape::Bool(v) => s.serialize_bool(*v),
                Shape::Int(v) => s.serialize_i64(*v),
                Shape::Uint(v) => s.serialize_u64(*v),
                Shape::Small(a, b) => {
                    let mut t = s.serialize_tuple(2)?;
                    t.serialize_element(a)?;
                    t.serialize_element(b)?;
                    t.end()
                }
                Shape::Float(v) => s.serialize_f64(*v),
                Shape::Float32(v) => s.serialize_f32(*v),
                Shape::Char(v) => s.serialize_char(*v),
                Shape::Str(v) => s.serialize_str(v),
                Shape::Bytes(v) => s.serialize_bytes(v),
                Shape::None => s.serialize_none(),
                Shape::Some(v) => s.serialize_some(v),
                Shape::Unit => s.serialize_unit(),
                Shape::UnitStruct(a) => s.serialize_unit_struct(n(a)),
                Shape::UnitVariant(a, b) => s.serialize_unit_variant(n(a), 0, n(b)),
                Shape::NewtypeStruct(a, v) => s.serialize_newtype_struct(n(a), v),
                Shape::NewtypeVariant(a, b, v) => s.serialize_newtype_variant(n(a), 1, n(b), v),
                Shape::Seq(len, items) => {
                    let mut q = s.serialize_seq(*len)?;
                    for i in items {
                        q.serialize_element(i)?;
                    }
                    q.end()
                }
                Shape::Tuple(items) => {
                    let mut t = s.serialize_tuple(items.len())?;
                    for i in items {
                        t.serialize_element(i)?;
                    }
                    t.end()
                }
                Shape::TupleStruct(a, items) => {
                    let mut t = s.serialize_tuple_struct(n(a), items.len())?;
                    for i in items {
                        t.serialize_field(i)?;
                    }
                    t.end()
                }
                Shape::TupleVariant(a, b, items) => {
                    let mut t = s.serialize_tuple_variant(n(a), 2, n(b), items.len())?;
                    for i in items {
                        t.serialize_field(i)?;
                    }
                    t.end()
                }
                Shape::Map(len, entries) => {
                    let mut m = s.serialize_map(*len)?;
                    for (k, v) in entries {
                        m.serialize_entry(k, v)?;
                    }
                    m.end()
                }
                Shape::Struct(a, len, fields) => {
                    let mut t = s.serialize_struct(n(a), *len)?;
                    for (k, v) in fields {
                        t.serialize_field(n(k), v)?;
                    }
                    t.end()
                }
                Shape::StructVariant(a, b, len, fields) => {
                    let mut t = s.serialize_struct_variant(n(a), 3, n(b), *len)?;
                    for (k, v) in fields {
                        t.serialize_field(n(k), v)?;
                    }
                    t.end()
                }
                Shape::Shown(v) => s.collect_str(v),
            }
        }
    }

    /// Text with what ron's layout turns on: quotes, backslashes, runs of
    /// `#`, line breaks, other scripts, joiners, a byte-order mark.
    fn text() -> impl Strategy<Value = String> {
        "[a-z \"\\\\#\n\r\t'é中🔥\u{200d}\u{feff}(),:]{0,10}"
    }

    fn shape() -> impl Strategy<Value = Shape> {
        let names = || 0..NAMES.len();
        let declared = || proptest::option::of(0usize..3);
        let leaf = prop_oneof![
            any::<bool>().prop_map(Shape::Bool),
            any::<i64>().prop_map(Shape::Int),
            any::<u64>().prop_map(Shape::Uint),
            (any::<i8>(), any::<u16>()).prop_map(|(a, b)| Shape::Small(a, b)),
            any::<f64>().prop_map(Shape::Float),
            Just(Shape::Float(-f64::NAN)),
            any::<f32>().prop_map(Shape::Float32),
            any::<char>().prop_map(Shape::Char),
            text().prop_map(Shape::Str),
            proptest::collection::vec(any::<u8>(), 0..6).prop_map(Shape::Bytes),
            text().prop_map(|t| Shape::Bytes(t.into_bytes())),
            Just(Shape::None),
            Just(Shape::Unit),
            names().prop_map(Shape::UnitStruct),
            (names(), names()).prop_map(|(a, b)| Shape::UnitVariant(a, b)),
            text().prop_map(Shape::Shown),
        ];
        leaf.prop_recursive(4, 48, 4, move |inner| {
            let items = || proptest::collection::vec(inner.clone(), 0..4);
            let fields = || proptest::collection::vec((0..NAMES.len(), inner.clone()), 0..4);
            prop_oneof![
                inner.clone().prop_map(|v| Shape::Some(Box::new(v))),
                (names(), inner.clone()).prop_map(|(a, v)| Shape::NewtypeStruct(a, Box::new(v))),
                (names(), names(), inner.clone()).prop_map(|(a, b, v)| Shape::NewtypeVariant(
                    a,
                    b,
                    Box::new(v)
                )),
                (declared(), items()).prop_map(|(l, i)| Shape::Seq(l, i)),
                items().prop_map(|i| Shape::Seq(Some(i.len()), i)),
                items().prop_map(Shape::Tuple),
                (names(), items()).prop_map(|(a, i)| Shape::TupleStruct(a, i)),
                (names(), names(), items()).prop_map(|(a, b, i)| Shape::TupleVariant(a, b, i)),
                (
                    declared(),
                    proptest::collection::vec((inner.clone(), inner.clone()), 0..3)
                )
                    .prop_map(|(l, e)| Shape::Map(l, e)),
                (names(), 0usize..3, fields()).prop_map(|(a, l, f)| Shape::Struct(a, l, f)),
                (names(), fields()).prop_map(|(a, f)| Shape::Struct(a, f.len(), f)),
                (names(), names(), 0usize..3, fields())
                    .prop_map(|(a, b, l, f)| Shape::StructVariant(a, b, l, f)),
            ]
        })
    }

    fn ours(value: &Shape) -> Option<String> {
        let mut out = Vec::new();
        to_writer(&mut out, value)
            .ok()
            .map(|()| String::from_utf8(out).unwrap())
    }

    fn rons(value: &Shape) -> Option<String> {
        ron::ser::to_string_pretty(value, super::super::pretty()).ok()
    }

    /// The same bytes as ron, or refused where ron refuses; and most shapes
    /// are written, not refused (or the comparison would prove little).
    #[test]
    fn every_shape_is_written_as_ron_writes_it() {
        use proptest::strategy::ValueTree;
        use proptest::test_runner::{Config, TestRunner};
        let mut runner = TestRunner::new(Config::default());
        let strategy = shape();
        let (mut written, cases) = (0, 4000);
        for _ in 0..cases {
            let value = strategy.new_tree(&mut runner).unwrap().current();
            let reference = rons(&value);
            assert_eq!(ours(&value), reference, "{value:?}");
            written += usize::from(reference.is_some());
        }
        assert!(written * 2 > cases, "only {written} of {cases} written");
    }

    /// The text is handed on in pieces, and the pieces make the whole.
    #[test]
    fn long_values_are_handed_on_in_pieces_that_make_the_whole() {
        struct Counting(Vec<u8>, usize);
        impl Write for Counting {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0.extend_from_slice(buf);
                self.1 += 1;
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let value: Vec<Shape> = (0..20_000)
            .map(|i| Shape::Struct(0, 1, vec![(0, Shape::Str(format!("item {i} \"quoted\"")))]))
            .collect();
        let mut out = Counting(Vec::new(), 0);
        to_writer(&mut out, &value).unwrap();
        assert!(out.1 > 5, "{} writes", out.1);
        assert_eq!(
            String::from_utf8(out.0).ok(),
            rons(&Shape::Seq(Some(value.len()), value))
        );
    }
}
