//! IST0118/IST0150: service port names Istio derives protocols from.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::tree::Value;
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct PortNameAnalyzer;

/// The protocol a port name or appProtocol selects, if any.
pub fn protocol_of(name: &str) -> Option<&'static str> {
    let prefix = name.split('-').next().unwrap_or("").to_ascii_lowercase();
    Some(match prefix.as_str() {
        "http" => "HTTP",
        "http2" => "HTTP2",
        "https" => "HTTPS",
        "grpc" => "GRPC",
        "tcp" => "TCP",
        "tls" => "TLS",
        "mongo" => "Mongo",
        "mysql" => "MySQL",
        "redis" => "Redis",
        "udp" => "UDP",
        "hbone" => "HBONE",
        _ => return None,
    })
}

fn target(p: &Value) -> String {
    match &p["targetPort"] {
        Value::Null => String::new(),
        v => crate::analyze::snapshot::value_str(v),
    }
}

impl Analyzer for PortNameAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "service.PortNameAnalyzer",
            "Checks that service ports are named so Istio can tell their protocol",
            &[kinds::SERVICE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for svc in ctx.snapshot.of(kinds::SERVICE) {
            if svc.namespace == ctx.istio_namespace {
                continue;
            }
            let external = s(&svc.spec()["type"]) == "ExternalName";
            for (i, p) in arr(&svc.spec()["ports"]).iter().enumerate() {
                let name = s(&p["name"]);
                let path = format!("spec.ports.{i}");
                let app = s(&p["appProtocol"]);
                let proto = if app.is_empty() { protocol_of(name) } else { protocol_of(app).or(Some("")) };
                if external {
                    if matches!(proto, None | Some("TCP")) {
                        out.push(Message::new(
                            codes::ExternalNameServiceTypeInvalidPortName,
                            svc,
                            &path,
                            vec![],
                        ));
                    }
                } else if proto.is_none() {
                    let port = p["port"].to_string();
                    out.push(Message::new(
                        codes::PortNameIsNotUnderNamingConvention,
                        svc,
                        &path,
                        vec![name.to_string(), port, target(p)],
                    ));
                }
            }
        }
    }
}
