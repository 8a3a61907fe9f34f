//! `proxy-config secret`: the certificates Envoy holds, decoded (type, validity, serial).

use base64::Engine;
use serde_json::Value;
use x509_parser::prelude::{FromDer, GeneralName, ParsedExtension, X509Certificate};

use super::dump::{ConfigDump, DumpError, Section, field, list, path, str_at};
use super::protojson::{Node, unpacked};
use super::tabwriter::Table;

/// What one certificate says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertInfo {
    pub is_ca: bool,
    pub serial: String,
    pub not_before: i64,
    pub not_after: i64,
    pub trust_domain: String,
}

/// One table row.
#[derive(Debug, Clone)]
pub struct SecretRow {
    pub name: String,
    pub status: &'static str,
    pub cert: Option<CertInfo>,
    pub trust_domain: String,
}

/// Decodes the first PEM certificate of base64 `inline_bytes`.
pub fn cert_info(inline_b64: &str) -> Option<CertInfo> {
    let pem_bytes = base64::engine::general_purpose::STANDARD.decode(inline_b64.trim()).ok()?;
    let block = pem::parse_many(&pem_bytes).ok()?.into_iter().find(|p| p.tag() == "CERTIFICATE")?;
    let (_, cert) = X509Certificate::from_der(block.contents()).ok()?;
    let serial = cert.tbs_certificate.raw_serial();
    let serial: String = serial.iter().skip_while(|b| **b == 0).map(|b| format!("{b:02x}")).collect();
    let serial = format!("{serial:0>32}");
    let is_ca = cert.is_ca();
    let mut trust_domain = String::new();
    for ext in cert.extensions() {
        if let ParsedExtension::SubjectAlternativeName(san) = ext.parsed_extension() {
            for n in &san.general_names {
                if let GeneralName::URI(u) = n
                    && let Some(rest) = u.strip_prefix("spiffe://")
                    && trust_domain.is_empty()
                {
                    trust_domain = rest.split('/').next().unwrap_or("").to_string();
                }
            }
        }
    }
    Some(CertInfo {
        is_ca,
        serial,
        not_before: cert.validity().not_before.timestamp(),
        not_after: cert.validity().not_after.timestamp(),
        trust_domain,
    })
}

fn rows_of(entry: &Value, status: &'static str, out: &mut Vec<SecretRow>) {
    let name = str_at(entry, &["name"]).to_string();
    let empty = Value::Null;
    let secret = field(entry, "secret").unwrap_or(&empty);
    let chain = str_at(secret, &["tls_certificate", "certificate_chain", "inline_bytes"]);
    let ca = str_at(secret, &["validation_context", "trusted_ca", "inline_bytes"]);
    let data = if !chain.is_empty() { chain } else { ca };
    if data.is_empty()
        && let Some(validator) =
            path(secret, &["validation_context", "custom_validator_config", "typed_config"])
    {
        let domains = list(validator, "trust_domains");
        if !domains.is_empty() {
            for d in domains {
                out.push(SecretRow {
                    name: name.clone(),
                    status,
                    cert: cert_info(str_at(d, &["trust_bundle", "inline_bytes"])),
                    trust_domain: str_at(d, &["name"]).to_string(),
                });
            }
            return;
        }
    }
    let cert = if data.is_empty() { None } else { cert_info(data) };
    let trust_domain = cert.as_ref().map(|c| c.trust_domain.clone()).unwrap_or_default();
    out.push(SecretRow { name, status, cert, trust_domain });
}

/// Warming secrets first, then active ones, as upstream lists them.
pub fn rows(dump: &ConfigDump) -> Result<Vec<SecretRow>, DumpError> {
    let section = dump.section(Section::Secrets)?;
    let mut out = Vec::new();
    for s in list(section, "dynamic_warming_secrets") {
        rows_of(s, "WARMING", &mut out);
    }
    for s in list(section, "dynamic_active_secrets") {
        rows_of(s, "ACTIVE", &mut out);
    }
    Ok(out)
}

fn rfc3339(ts: i64) -> String {
    jiff::Timestamp::from_second(ts).map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// The summary table, `now` (Unix seconds) deciding VALID CERT.
pub fn summary(dump: &ConfigDump, now: i64, all: bool) -> Result<String, DumpError> {
    let rows = rows(dump)?;
    if rows.is_empty() {
        return Ok("No active or warming secrets found.\n".into());
    }
    let with_domain = rows.iter().all(|r| !r.trust_domain.is_empty());
    let mut t = Table::new(5);
    let mut header =
        vec!["RESOURCE NAME", "TYPE", "STATUS", "VALID CERT", "SERIAL NUMBER", "NOT AFTER", "NOT BEFORE"];
    if with_domain {
        header.push("TRUST DOMAIN");
    }
    t.row(header);
    for r in rows {
        let name = if all { format!("secret/{}", r.name) } else { r.name.clone() };
        let mut row = vec![name];
        match &r.cert {
            Some(c) => row.extend([
                if c.is_ca { "CA" } else { "Cert Chain" }.to_string(),
                r.status.to_string(),
                (c.not_before < now && now < c.not_after).to_string(),
                c.serial.clone(),
                rfc3339(c.not_after),
                rfc3339(c.not_before),
            ]),
            None => row.extend([
                String::new(),
                r.status.to_string(),
                "false".into(),
                String::new(),
                String::new(),
                String::new(),
            ]),
        }
        if with_domain {
            row.push(r.trust_domain.clone());
        }
        t.row(row);
    }
    Ok(t.finish())
}

/// The raw SecretsConfigDump (printed with jsonpb, Struct quirk and all).
pub fn dump_node(dump: &ConfigDump) -> Result<Node, DumpError> {
    Ok(unpacked(dump.section(Section::Secrets)?, ""))
}
