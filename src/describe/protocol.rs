//! The protocol Istio gives a Service port, from its name, `appProtocol` and port number.
//!
//! analyze's `protocol_of` answers a narrower question (does the name carry a known prefix, for
//! IST0118) and has no well-known ports, `grpc-web`, `http_proxy` or `kubernetes.io/*`
//! appProtocols; describe prints the protocol istiod would use, so it follows Istio's own
//! conversion.

use serde_json::Value;

use super::s;

/// Ports istiod treats as TCP when the name says nothing (SMTP, DNS, MySQL, MongoDB): protocol
/// sniffing would break their server-first protocols.
const WELL_KNOWN_PORTS: [u64; 4] = [25, 53, 3306, 27017];

/// Istio's conversion of a Kubernetes port (name or appProtocol, protocol, number).
pub fn convert(port: u64, name: &str, protocol: &str, app_protocol: Option<&str>) -> &'static str {
    if protocol == "UDP" {
        return "UDP";
    }
    let mut name = name;
    if let Some(app) = app_protocol {
        match app {
            "kubernetes.io/h2c" => return "HTTP2",
            "kubernetes.io/ws" => return "HTTP",
            "kubernetes.io/wss" => return "HTTPS",
            _ => name = app,
        }
    }
    if name.len() >= 8 && name.is_char_boundary(8) && name[..8].eq_ignore_ascii_case("grpc-web") {
        return "GRPC-Web";
    }
    let prefix = name.split('-').next().unwrap_or("");
    let p = match prefix.to_ascii_lowercase().as_str() {
        "tcp" => "TCP",
        "udp" => "UDP",
        "grpc" => "GRPC",
        "grpc-web" => "GRPC-Web",
        "http" => "HTTP",
        "http_proxy" => "HTTP_PROXY",
        "http2" => "HTTP2",
        "https" => "HTTPS",
        "tls" => "TLS",
        "mongo" => "Mongo",
        "redis" => "Redis",
        "mysql" => "MySQL",
        _ => "UNSUPPORTED",
    };
    if p == "UNSUPPORTED" && WELL_KNOWN_PORTS.contains(&port) {
        return "TCP";
    }
    p
}

/// The protocol describe prints for a Service port: `auto-detect` for an unnamed port without
/// appProtocol (Istio sniffs it), else the conversion (with `hbone` spelled out).
pub fn for_service_port(port: &Value) -> &'static str {
    let name = s(&port["name"]);
    let app = port["appProtocol"].as_str();
    let protocol = s(&port["protocol"]);
    if name.is_empty() && app.is_none() && protocol != "UDP" {
        return "auto-detect";
    }
    let p = convert(port["port"].as_u64().unwrap_or(0), name, protocol, app);
    if p == "UNSUPPORTED" && app == Some("hbone") { "HBONE" } else { p }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn service_ports_as_upstream_names_them() {
        // The six cases of upstream's TestFindProtocolForPort.
        assert_eq!(for_service_port(&json!({"name": "http", "protocol": "TCP"})), "HTTP");
        assert_eq!(for_service_port(&json!({"name": "GRPC-port", "protocol": "TCP"})), "GRPC");
        assert_eq!(for_service_port(&json!({"appProtocol": "HTTP", "protocol": "TCP"})), "HTTP");
        assert_eq!(for_service_port(&json!({"protocol": "TCP", "port": 80})), "auto-detect");
        assert_eq!(for_service_port(&json!({"protocol": "UDP", "port": 80})), "UDP");
        assert_eq!(
            for_service_port(
                &json!({"protocol": "TCP", "port": 15008, "name": "mesh", "appProtocol": "hbone"})
            ),
            "HBONE"
        );
    }

    #[test]
    fn names_app_protocols_and_well_known_ports() {
        assert_eq!(convert(8080, "grpc-web-x", "TCP", None), "GRPC-Web");
        assert_eq!(convert(8080, "http2-api", "TCP", None), "HTTP2");
        assert_eq!(convert(8080, "web", "TCP", Some("kubernetes.io/h2c")), "HTTP2");
        assert_eq!(convert(3306, "db", "TCP", None), "TCP");
        assert_eq!(convert(3307, "db", "TCP", None), "UNSUPPORTED");
        assert_eq!(convert(80, "tcp-x", "UDP", None), "UDP");
    }
}
