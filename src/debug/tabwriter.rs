//! Column alignment the way Go's `text/tabwriter` does it (flags 0, pad char space), because
//! upstream's tables are compared byte for byte, trailing spaces included.
//!
//! Cells end at `\t`; the text after a line's last tab is never padded and never counts toward
//! a width. A column's width is decided per *block*: the run of consecutive lines that have a
//! cell in that column. A line with fewer cells ends the block.

/// Collects lines of tab-separated cells and lays them out on [`Table::finish`].
pub struct Table {
    padding: usize,
    lines: Vec<Vec<String>>,
}

impl Table {
    /// A table whose columns are separated by at least `padding` spaces.
    pub fn new(padding: usize) -> Self {
        Table { padding, lines: Vec::new() }
    }

    /// Adds one line; each cell but the last ends a column (an empty last cell leaves the
    /// previous column padded, as upstream's rows ending in `\t` do).
    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.lines.push(cells.into_iter().map(Into::into).collect());
    }

    /// Adds one line written the Go way: cells separated by `\t`.
    pub fn line(&mut self, text: &str) {
        self.lines.push(text.split('\t').map(str::to_string).collect());
    }

    /// The laid-out text, every line ending in `\n`.
    pub fn finish(self) -> String {
        let mut out = String::new();
        let mut widths = Vec::new();
        self.format(&mut out, &mut widths, 0, self.lines.len());
        out
    }

    fn format(&self, out: &mut String, widths: &mut Vec<usize>, mut line0: usize, line1: usize) {
        let column = widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            self.write_lines(out, widths, line0, this);
            line0 = this;
            let mut width = 0;
            while this < line1 && column + 1 < self.lines[this].len() {
                width = width.max(self.lines[this][column].chars().count() + self.padding);
                this += 1;
            }
            widths.push(width);
            self.format(out, widths, line0, this);
            widths.pop();
            line0 = this;
        }
        self.write_lines(out, widths, line0, line1);
    }

    fn write_lines(&self, out: &mut String, widths: &[usize], line0: usize, line1: usize) {
        for line in &self.lines[line0..line1] {
            for (j, cell) in line.iter().enumerate() {
                out.push_str(cell);
                if j + 1 < line.len() && j < widths.len() {
                    let pad = widths[j].saturating_sub(cell.chars().count());
                    out.extend(std::iter::repeat_n(' ', pad));
                }
            }
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn an_empty_last_cell_leaves_trailing_padding() {
        let mut t = Table::new(5);
        t.row(["NAME", "TYPE", "DR"]);
        t.row(["agent", "STATIC", ""]);
        assert_eq!(t.finish(), "NAME      TYPE       DR\nagent     STATIC     \n");
    }

    #[test]
    fn a_shorter_line_ends_the_column_block() {
        let mut t = Table::new(1);
        t.row(["a", "b"]);
        t.row(["long-cell", "c"]);
        t.row(["x"]);
        t.row(["y", "z"]);
        assert_eq!(t.finish(), "a         b\nlong-cell c\nx\ny z\n");
    }
}
