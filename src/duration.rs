//! Durations as the command line writes them (`300s`, `5m`, `1m30s`, `500ms`): parsed from
//! flags and shown in messages.

use std::time::Duration;

/// The longest duration meshctl accepts: far beyond any wait, far below overflow.
const MAX_SECONDS: u64 = 10 * 365 * 24 * 3600;

/// Parses `300s`, `5m`, `1m30s`, `500ms` or a bare number of seconds, up to ten years.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let too_long = || format!("`{s}` is too long (at most ten years)");
    if let Ok(n) = s.parse::<u64>() {
        return if n <= MAX_SECONDS { Ok(Duration::from_secs(n)) } else { Err(too_long()) };
    }
    if s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty() {
        return Err(too_long());
    }
    let mut total = Duration::ZERO;
    let mut num = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let mut unit = c.to_string();
        while let Some(&n) = chars.peek() {
            if n.is_ascii_alphabetic() {
                unit.push(n);
                chars.next();
            } else {
                break;
            }
        }
        let n: f64 = num.parse().map_err(|_| format!("`{s}` is not a duration (e.g. 300s, 5m, 1m30s)"))?;
        num.clear();
        let secs = match unit.as_str() {
            "ms" => n / 1000.0,
            "s" => n,
            "m" => n * 60.0,
            "h" => n * 3600.0,
            _ => return Err(format!("`{s}` has an unknown unit `{unit}` (use ms, s, m or h)")),
        };
        // Checked: a float too large for a Duration, or a sum past the limit, is an error.
        let part = Duration::try_from_secs_f64(secs).map_err(|_| too_long())?;
        total = total.checked_add(part).filter(|t| t.as_secs() <= MAX_SECONDS).ok_or_else(too_long)?;
    }
    if !num.is_empty() {
        return Err(format!("`{s}` needs a unit (e.g. 300s, 5m)"));
    }
    Ok(total)
}

/// Like [`parse_duration`], refusing zero (a timeout of nothing fails everything).
pub fn parse_timeout(s: &str) -> Result<Duration, String> {
    let d = parse_duration(s)?;
    if d.is_zero() { Err(format!("`{s}` is zero; give a positive duration such as `15s`")) } else { Ok(d) }
}

/// A duration for messages: `15s`, `1m30s`, `500ms`.
pub fn show_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let s = d.as_secs();
    match (s / 60, s % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("300s"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert!(parse_duration("5x").is_err());
        assert!(parse_duration("5m3").is_err());
    }

    #[test]
    fn huge_durations_are_errors_not_panics() {
        for s in ["99999999999999999999s", "99999999999999999999", "1e400s", "9999999999h", "5000000000m1s"] {
            assert!(parse_duration(s).is_err(), "{s}");
        }
        assert_eq!(super::show_duration(Duration::from_secs(90)), "1m30s");
    }
}
