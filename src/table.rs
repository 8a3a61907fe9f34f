//! Plain column tables (the layout istioctl's tabwriter tables have): no borders, a header row,
//! `gap` spaces between columns, no trailing spaces. Built with comfy-table; the terminal's width
//! never changes the layout, so output is the same in a pipe, a test or a terminal.

use comfy_table::presets::NOTHING;
use comfy_table::{Cell, Color, ContentArrangement, Table};

/// One cell: text, optionally coloured (colour is used only when stdout is a terminal and
/// `NO_COLOR` is unset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub color: Option<Color>,
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text { text, color: None }
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text { text: text.to_string(), color: None }
    }
}

impl Text {
    pub fn colored(text: impl Into<String>, color: Color) -> Self {
        Text { text: text.into(), color: Some(color) }
    }
}

/// Renders a table; every line ends with `\n`.
pub fn render(header: &[&str], rows: Vec<Vec<Text>>, gap: u16, color: bool) -> String {
    let mut t = Table::new();
    t.load_style(NOTHING).set_content_arrangement(ContentArrangement::Disabled).force_no_tty();
    if color {
        t.enforce_styling();
    }
    t.set_header(header.iter().map(Cell::new).collect::<Vec<_>>());
    for row in rows {
        t.add_row(
            row.into_iter()
                .map(|c| match c.color {
                    Some(col) => Cell::new(c.text).fg(col),
                    None => Cell::new(c.text),
                })
                .collect::<Vec<_>>(),
        );
    }
    let n = t.column_count();
    for (i, col) in t.column_iter_mut().enumerate() {
        col.set_padding((0, if i + 1 == n { 0 } else { gap }));
    }
    let mut out = String::new();
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Whether tables on stdout may be coloured.
pub fn stdout_color() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_padded_to_the_widest_cell_plus_the_gap() {
        let rows = vec![
            vec![Text::from("foo"), Text::colored("bar", Color::Green), Text::from("1.0")],
            vec![Text::from("bazzz"), Text::from(""), Text::from("3")],
        ];
        let plain = render(&["NAME", "NAMESPACE", "VERSION"], rows.clone(), 2, false);
        assert_eq!(plain, "NAME   NAMESPACE  VERSION\nfoo    bar        1.0\nbazzz             3\n");
        // Colour codes do not count toward the width (unlike istioctl's writer): without them
        // the coloured table is the plain one.
        let colored = render(&["NAME", "NAMESPACE", "VERSION"], rows, 2, true);
        assert!(colored.contains("\u{1b}["), "{colored:?}");
        let mut stripped = String::new();
        let mut in_escape = false;
        for c in colored.chars() {
            match (in_escape, c) {
                (false, '\u{1b}') => in_escape = true,
                (true, 'm') => in_escape = false,
                (false, c) => stripped.push(c),
                _ => {}
            }
        }
        assert_eq!(stripped, plain);
    }
}
