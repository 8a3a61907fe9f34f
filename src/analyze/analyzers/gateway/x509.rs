//! Just enough base64, PEM and DER to read a certificate's expiry (for IST0161).

/// Decodes standard base64 (whitespace ignored); `None` on bad input.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The DER bytes of the first `CERTIFICATE` block of a PEM text.
pub fn pem_certificate(pem: &str) -> Option<Vec<u8>> {
    let start = pem.find("-----BEGIN CERTIFICATE-----")? + "-----BEGIN CERTIFICATE-----".len();
    let end = pem[start..].find("-----END CERTIFICATE-----")? + start;
    base64_decode(&pem[start..end])
}

/// Reads one DER TLV at `pos`: (tag, content start, content end).
fn tlv(der: &[u8], pos: usize) -> Option<(u8, usize, usize)> {
    let tag = *der.get(pos)?;
    let first = *der.get(pos + 1)?;
    let (len, head) = if first & 0x80 == 0 {
        (first as usize, 2)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 {
            return None;
        }
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | *der.get(pos + 2 + i)? as usize;
        }
        (len, 2 + n)
    };
    let start = pos + head;
    let end = start.checked_add(len)?;
    (end <= der.len()).then_some((tag, start, end))
}

/// The certificate's notAfter as `YYYYMMDDHHMMSS` (comparable as a string).
pub fn not_after(der: &[u8]) -> Option<String> {
    let (_, cert, _) = tlv(der, 0)?;
    let (_, tbs, _) = tlv(der, cert)?;
    let mut pos = tbs;
    // Optional [0] version.
    let (tag, _, end) = tlv(der, pos)?;
    if tag == 0xa0 {
        pos = end;
    }
    // serialNumber, signature, issuer
    for _ in 0..3 {
        pos = tlv(der, pos)?.2;
    }
    let (_, validity, _) = tlv(der, pos)?;
    let (_, _, nb_end) = tlv(der, validity)?;
    let (tag, s, e) = tlv(der, nb_end)?;
    let text = std::str::from_utf8(&der[s..e]).ok()?.trim_end_matches('Z');
    Some(match tag {
        0x17 => {
            // UTCTime YYMMDDHHMMSS
            let yy: u32 = text.get(0..2)?.parse().ok()?;
            let century = if yy >= 50 { "19" } else { "20" };
            format!("{century}{text}")
        }
        0x18 => text.to_string(),
        _ => return None,
    })
}

/// Now as `YYYYMMDDHHMMSS` (UTC).
pub fn now_stamp() -> String {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}{m:02}{d:02}{:02}{:02}{:02}", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_base64() {
        assert_eq!(base64_decode("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
    }

    #[test]
    fn now_is_plausible() {
        let n = now_stamp();
        assert_eq!(n.len(), 14);
        assert!(n.as_str() > "20240101000000");
    }
}
