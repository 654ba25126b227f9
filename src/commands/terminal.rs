//! Standard output and standard error as the commands see them: everything
//! written passes through the one sanitiser ([`text::escape_controls`]), so
//! no title, group name, file name or error message can put an escape
//! sequence on the facilitator's terminal — whatever a command prints, and
//! however it builds its lines.

use std::io::{self, Write};

use crate::text::{self, Breaks};

/// A writer that escapes control characters on their way to `inner`. Text
/// arrives in pieces: a UTF-8 sequence cut between two writes, or a CR
/// whose LF comes in the next one, waits for the rest.
pub struct Output<W: Write> {
    inner: W,
    breaks: Breaks,
    pending: Vec<u8>,
}

impl<W: Write> Output<W> {
    pub fn new(inner: W, breaks: Breaks) -> Output<W> {
        Output {
            inner,
            breaks,
            pending: Vec::new(),
        }
    }

    /// Writes out what is pending, however it ends.
    fn drain(&mut self, all: bool) -> io::Result<()> {
        let bytes = std::mem::take(&mut self.pending);
        let (text, rest) = match std::str::from_utf8(&bytes) {
            Ok(t) => (t.to_string(), &bytes[bytes.len()..]),
            Err(e) if e.error_len().is_none() && !all => {
                // An incomplete sequence at the end: keep it for later.
                let valid = e.valid_up_to();
                (
                    String::from_utf8_lossy(&bytes[..valid]).into_owned(),
                    &bytes[valid..],
                )
            }
            // Not UTF-8: shown as U+FFFD, never passed on raw.
            Err(_) => (String::from_utf8_lossy(&bytes).into_owned(), &bytes[..0]),
        };
        let mut keep = rest.to_vec();
        let mut text = text;
        // A CR at the end may be the first half of a CR LF.
        if !all && text.ends_with('\r') {
            text.pop();
            keep.insert(0, b'\r');
        }
        self.pending = keep;
        self.inner
            .write_all(text::escape_controls(&text, self.breaks).as_bytes())
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.drain(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.drain(true)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Output<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(pieces: &[&[u8]], breaks: Breaks) -> String {
        let mut out = Vec::new();
        {
            let mut w = Output::new(&mut out, breaks);
            for p in pieces {
                w.write_all(p).unwrap();
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn controls_are_escaped_even_when_cut_between_writes() {
        // ESC, a C1 CSI cut in the middle of its two bytes, a CR LF cut
        // between its halves, a lone CR.
        let csi = "\u{9b}".as_bytes();
        let got = through(
            &[
                b"a\x1b]0;x\x07",
                &csi[..1],
                &csi[1..],
                b"b\r",
                b"\nc\r",
                b"d\n",
            ],
            Breaks::Lines,
        );
        assert_eq!(got, "a\\u{1b}]0;x\\u{7}\\u{9b}b\r\nc\\u{d}d\n");
        assert_eq!(through(&[b"x\ty\n"], Breaks::None), "x\\u{9}y\\u{a}");
        // Bytes that are not UTF-8 are never passed on raw.
        assert_eq!(through(&[b"\xffok"], Breaks::Lines), "\u{fffd}ok");
        assert_eq!(through(&[b"ok\xc2"], Breaks::Lines), "ok\u{fffd}");
    }
}
