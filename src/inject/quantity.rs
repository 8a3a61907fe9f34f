//! Kubernetes resource quantities in their canonical spelling (`2000m` → `2`, `1024Mi` → `1Gi`),
//! as the API server and upstream's injector write them.

use serde_json::Value;

const BINARY: &[(&str, u32)] = &[("Ki", 10), ("Mi", 20), ("Gi", 30), ("Ti", 40), ("Pi", 50), ("Ei", 60)];
const DECIMAL: &[(&str, i32)] = &[
    ("n", -9),
    ("u", -6),
    ("m", -3),
    ("", 0),
    ("k", 3),
    ("M", 6),
    ("G", 9),
    ("T", 12),
    ("P", 15),
    ("E", 18),
];

/// Parses a quantity; `None` when it is not one.
pub fn parse(s: &str) -> Option<Quantity> {
    let s = s.trim();
    let split =
        s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-')).unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    if num.is_empty() || num == "+" || num == "-" {
        return None;
    }
    let (neg, digits) = match num.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, num.trim_start_matches('+')),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa: i128 = format!("{int}{frac}").trim_start_matches('0').parse().unwrap_or(0);
    let mantissa = if neg { -mantissa } else { mantissa };
    let frac_exp = -(frac.len() as i32);
    if let Some((_, p)) = BINARY.iter().find(|(n, _)| *n == suffix) {
        return Some(Quantity { mantissa, exp10: frac_exp, pow2: *p, binary: true });
    }
    if let Some((_, e)) = DECIMAL.iter().find(|(n, _)| *n == suffix) {
        return Some(Quantity { mantissa, exp10: frac_exp.checked_add(*e)?, pow2: 0, binary: false });
    }
    if let Some(e) = suffix.strip_prefix(['e', 'E']).and_then(|e| e.parse::<i32>().ok()) {
        return Some(Quantity { mantissa, exp10: frac_exp.checked_add(e)?, pow2: 0, binary: false });
    }
    None
}

/// A parsed quantity: `mantissa × 10^exp10 × 2^pow2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    mantissa: i128,
    exp10: i32,
    pow2: u32,
    binary: bool,
}

impl Quantity {
    /// True below zero (`-5Gi`), which no resource request or limit may be.
    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }
}

impl Quantity {
    /// The canonical text.
    pub fn canonical(&self) -> String {
        if self.mantissa == 0 {
            return "0".to_string();
        }
        if self.binary {
            // An exact number of bytes: use the largest binary suffix that divides it.
            let num = 10i128
                .checked_pow(self.exp10.max(0) as u32)
                .and_then(|m| self.mantissa.checked_mul(m))
                .and_then(|v| v.checked_mul(1i128 << self.pow2));
            let den = 10i128.checked_pow((-self.exp10).max(0) as u32);
            if let (Some(num), Some(den)) = (num, den)
                && num % den == 0
            {
                let bytes = num / den;
                if bytes.abs() >= 1024 {
                    let mut v = bytes;
                    let mut i = 0usize;
                    while i < BINARY.len() && v % 1024 == 0 {
                        v /= 1024;
                        i += 1;
                    }
                    if i > 0 {
                        return format!("{v}{}", BINARY[i - 1].0);
                    }
                }
                return decimal(bytes, 0);
            }
        }
        if self.binary {
            // A fractional binary amount: express it in decimal (nano precision).
            let nanos =
                self.mantissa * (1i128 << self.pow2) * 10i128.pow(9) / 10i128.pow((-self.exp10) as u32);
            return decimal(nanos, -9);
        }
        decimal(self.mantissa, self.exp10)
    }
}

fn decimal(mut m: i128, mut e: i32) -> String {
    while m % 10 == 0 && m != 0 {
        m /= 10;
        e += 1;
    }
    // Round the exponent down to a multiple of three that has a suffix.
    let target = e.div_euclid(3) * 3;
    let target = target.clamp(-9, 18);
    while e > target {
        m *= 10;
        e -= 1;
    }
    if e < target {
        // Finer than a nano: round up, as Kubernetes does.
        let div = 10i128.pow((target - e) as u32);
        m = (m + div - 1) / div;
    }
    let suffix = DECIMAL.iter().find(|(_, x)| *x == target).map(|(n, _)| *n).unwrap_or("");
    format!("{m}{suffix}")
}

/// Canonicalises every quantity in a resources block (`requests`/`limits` maps).
pub fn canonical_resources(v: &Value) -> Value {
    let mut out = v.clone();
    canonicalise_resources(&mut out);
    out
}

/// [`canonical_resources`] in place: only quantities not already canonical are replaced.
pub fn canonicalise_resources(v: &mut Value) {
    if let Value::Object(m) = v {
        for key in ["requests", "limits"] {
            if let Some(Value::Object(q)) = m.get_mut(key) {
                for (_, x) in q.iter_mut() {
                    let canonical = match x {
                        Value::String(s) if already_canonical(s) => continue,
                        Value::String(s) => parse(s).map(|p| p.canonical()),
                        Value::Number(n) => parse(&n.to_string()).map(|p| p.canonical()),
                        _ => continue,
                    };
                    if let Some(c) = canonical
                        && x.as_str() != Some(c.as_str())
                    {
                        *x = Value::String(c);
                    }
                }
            }
        }
    }
}

/// A quick yes for the common spellings that are canonical (`100m`, `128Mi`, `2`): one to
/// three digits without a leading zero and a suffix. Below 1000 no decimal suffix can step
/// up, and below 1024 no binary one can. `false` only means "parse it".
fn already_canonical(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 || b[0] == b'0' {
        return false;
    }
    let suffix = &s[digits..];
    BINARY.iter().any(|(n, _)| *n == suffix) || DECIMAL.iter().any(|(n, _)| *n == suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        parse(s).map(|q| q.canonical()).unwrap_or_else(|| "?".into())
    }

    #[test]
    fn the_quick_check_agrees_with_parsing() {
        let suffixes =
            ["", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "x"];
        for n in 0..1100 {
            for prefix in ["", "0"] {
                for suffix in suffixes {
                    let s = format!("{prefix}{n}{suffix}");
                    if already_canonical(&s) {
                        assert_eq!(c(&s), s, "{s} is not canonical");
                    }
                }
            }
        }
        assert!(already_canonical("100m") && already_canonical("128Mi") && !already_canonical("1000"));
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(c("2000m"), "2");
        assert_eq!(c("100m"), "100m");
        assert_eq!(c("1024Mi"), "1Gi");
        assert_eq!(c("128Mi"), "128Mi");
        assert_eq!(c("0.5"), "500m");
        assert_eq!(c("1.5Gi"), "1536Mi");
        assert_eq!(c("1k"), "1k");
        assert_eq!(c("1000"), "1k");
        assert_eq!(c("0"), "0");
        assert_eq!(c("4"), "4");
        assert_eq!(c("x"), "?");
    }
}
