//! The confirmation prompt of commands that change a cluster (`-y` skips it).

use std::io::{BufRead, IsTerminal, Write};

use crate::error::Failure;

/// Asks `question (y/N)` on the terminal. With no terminal, refuses instead of hanging.
pub fn confirm(question: &str) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::new("refusing to proceed without confirmation: stdin is not a terminal")
            .help("pass `-y` (`--skip-confirmation`) to proceed without a prompt"));
    }
    loop {
        // On stderr: stdout may be a pipe or closed, and holds data only.
        eprint!("{question} (y/N) ");
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        if std::io::stdin().lock().read_line(&mut answer).unwrap_or(0) == 0 {
            return Ok(false);
        }
        match answer.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => return Ok(true),
            "" | "n" | "no" => return Ok(false),
            _ => continue,
        }
    }
}
