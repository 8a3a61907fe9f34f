//! Progress on stderr: a spinner per task on a terminal, plain lines otherwise.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    multi: Option<MultiProgress>,
    bars: Mutex<HashMap<String, ProgressBar>>,
    last: Mutex<HashMap<String, String>>,
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress {
    /// Spinners when stderr is a terminal, plain lines otherwise.
    pub fn new() -> Self {
        let tty = std::io::stderr().is_terminal();
        Progress {
            multi: tty.then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr())),
            bars: Mutex::new(HashMap::new()),
            last: Mutex::new(HashMap::new()),
        }
    }

    /// Shows the state of a task (`key`), replacing its previous state.
    pub fn update(&self, key: &str, message: String) {
        if let Some(multi) = &self.multi {
            let mut bars = self.bars.lock().unwrap_or_else(|p| p.into_inner());
            let bar = bars.entry(key.to_string()).or_insert_with(|| {
                let b = multi.add(ProgressBar::new_spinner());
                b.set_style(
                    ProgressStyle::with_template("{spinner} {msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                );
                b.enable_steady_tick(Duration::from_millis(120));
                b
            });
            bar.set_message(message);
            return;
        }
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if last.get(key) != Some(&message) {
            eprintln!("- {message}");
            last.insert(key.to_string(), message);
        }
    }

    /// Ends a task with a final line (`✔ …` or `✘ …`).
    pub fn finish(&self, key: &str, line: String) {
        if let Some(multi) = &self.multi {
            let bar = self.bars.lock().unwrap_or_else(|p| p.into_inner()).remove(key);
            match bar {
                Some(b) => b.finish_with_message(line),
                None => {
                    let _ = multi.println(line);
                }
            }
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{line}");
    }

    /// A line that is not tied to a task.
    pub fn println(&self, line: &str) {
        match &self.multi {
            Some(m) => {
                let _ = m.println(line);
            }
            None => eprintln!("{line}"),
        }
    }
}
