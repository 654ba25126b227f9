//! Reading the reports back in tests: CSV into header and rows, Markdown
//! tables into lines and cells.

/// Parses CSV bytes (BOM or not) into header and records, checking every
/// record has the header's length.
pub fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = ::csv::ReaderBuilder::new().from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    for r in &rows {
        assert_eq!(r.len(), header.len(), "{header:?} vs {r:?}");
    }
    (header, rows)
}

/// Where the column `name` is in `header`.
pub fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// The lines of the Markdown table whose header line starts with `caption`,
/// or of the first table after the line that does.
pub fn md_table(md: &str, caption: &str) -> Vec<String> {
    let lines: Vec<&str> = md.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(caption))
        .unwrap_or_else(|| panic!("no «{caption}» in:\n{md}"));
    lines[start..]
        .iter()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.to_string())
        .collect()
}

/// The cells of a Markdown table line, split on unescaped `|`.
pub fn md_cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in line.trim().trim_start_matches('|').chars() {
        if escaped {
            cell.push(c);
            escaped = false;
        } else if c == '\\' {
            cell.push(c);
            escaped = true;
        } else if c == '|' {
            cells.push(cell.trim().to_string());
            cell.clear();
        } else {
            cell.push(c);
        }
    }
    cells
}
