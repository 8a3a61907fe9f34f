//! Request routing, authentication, and the REST verbs.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode, header};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use serde_json::{Value, json};

use crate::RecordedRequest;
use crate::apply;
use crate::crd_validation;
use crate::discovery;
use crate::objects;
use crate::patch;
use crate::selectors::{FieldSelector, LabelSelector};
use crate::server::{Body, Shared, error_response, json_response, json_response_typed, lock, truncate};
use crate::status::{ApiError, qualified, success_status};
use crate::store::{ResourceType, meta_str};

/// Parsed request data used by the verb handlers.
pub(crate) struct Ctx {
    pub method: Method,
    pub query: HashMap<String, String>,
    pub content_type: String,
    pub user_agent: String,
    pub accept: String,
    pub body: Bytes,
}

impl Ctx {
    pub fn q(&self, k: &str) -> Option<&str> {
        self.query.get(k).map(String::as_str)
    }

    pub fn flag(&self, k: &str) -> bool {
        matches!(self.q(k), Some("true") | Some("1"))
    }

    /// `fieldValidation=Strict`: unknown fields are refused instead of pruned.
    fn strict_fields(&self) -> bool {
        self.q("fieldValidation") == Some("Strict")
    }

    fn dry_run(&self) -> bool {
        self.q("dryRun") == Some("All")
    }

    /// The field manager: the `fieldManager` parameter, else the User-Agent up to the first `/`.
    fn manager(&self) -> String {
        match self.q("fieldManager") {
            Some(m) if !m.is_empty() => m.to_string(),
            _ => {
                let ua = self.user_agent.split('/').next().unwrap_or_default();
                if ua.is_empty() { "unknown".into() } else { ua.chars().take(128).collect() }
            }
        }
    }
}

/// What a resource URL addresses.
pub(crate) struct Target {
    pub rt: ResourceType,
    pub ns: Option<String>,
    pub name: Option<String>,
    pub sub: Option<String>,
    pub watch_path: bool,
}

pub(crate) async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> Response<Body> {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let raw_query = req.uri().query().unwrap_or_default().to_string();
    let header_str = |h: header::HeaderName| {
        req.headers().get(h).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
    };
    let content_type = header_str(header::CONTENT_TYPE);
    let accept = header_str(header::ACCEPT);
    let user_agent = header_str(header::USER_AGENT);
    let auth = header_str(header::AUTHORIZATION);
    lock(&shared.requests).push(RecordedRequest {
        method: method.to_string(),
        path: path.clone(),
        query: raw_query.clone(),
        content_type: content_type.clone(),
    });

    let latency = lock(&shared.faults).latency;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }

    let token_ok = auth.strip_prefix("Bearer ").is_some_and(|t| t.trim() == shared.token);
    if !token_ok {
        return error_response(&ApiError::new(401, "Unauthorized", "Unauthorized").with_details(json!({})));
    }

    let (failure, drop) = {
        let mut f = lock(&shared.faults);
        (f.take_failure(), f.take_drop())
    };
    if let Some(e) = failure {
        return error_response(&e);
    }

    let query: HashMap<String, String> = form_urlencoded::parse(raw_query.as_bytes()).into_owned().collect();

    let resp = route(&shared, req, method, &path, query, content_type, accept, user_agent).await;
    if drop { truncate(resp).await } else { resp }
}

#[allow(clippy::too_many_arguments)]
async fn route(
    shared: &Arc<Shared>,
    req: Request<Incoming>,
    method: Method,
    path: &str,
    query: HashMap<String, String>,
    content_type: String,
    accept: String,
    user_agent: String,
) -> Response<Body> {
    let decoded: Option<Vec<String>> =
        path.trim_matches('/').split('/').filter(|s| !s.is_empty()).map(percent_decode).collect();
    let Some(decoded) = decoded else {
        return error_response(&ApiError::bad_request("invalid percent-encoding in the URL path"));
    };
    let segs: Vec<&str> = decoded.iter().map(String::as_str).collect();
    let types = lock(&shared.store).all_types();
    let get = method == Method::GET;
    // Discovery and health.
    match segs.as_slice() {
        ["version"] if get => {
            let minor = lock(&shared.sim).version_minor;
            return json_response(StatusCode::OK, &discovery::version(minor));
        }
        ["openapi", "v3"] if get => return json_response(StatusCode::OK, &crate::openapi::index()),
        ["openapi", "v3", gv @ ..] if get => {
            return match crate::openapi::document(&gv.join("/")) {
                Some(doc) => json_response(StatusCode::OK, &doc),
                None => error_response(&ApiError::unknown_resource()),
            };
        }
        ["healthz"] | ["readyz"] | ["livez"] if get => {
            let mut r = Response::new(crate::server::full("ok"));
            r.headers_mut()
                .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/plain; charset=utf-8"));
            return r;
        }
        ["api"] if get => {
            if discovery::wants_aggregated(&accept) {
                return json_response_typed(
                    StatusCode::OK,
                    &discovery::aggregated(&types, true),
                    discovery::AGGREGATED_V2,
                );
            }
            return json_response(StatusCode::OK, &discovery::api_versions(&shared.addr.to_string()));
        }
        ["apis"] if get => {
            if discovery::wants_aggregated(&accept) {
                return json_response_typed(
                    StatusCode::OK,
                    &discovery::aggregated(&types, false),
                    discovery::AGGREGATED_V2,
                );
            }
            return json_response(StatusCode::OK, &discovery::api_group_list(&types));
        }
        ["api", "v1"] if get => {
            if let Some(v) = discovery::resource_list(&types, "", "v1") {
                return json_response(StatusCode::OK, &v);
            }
        }
        ["apis", group] if get => {
            if let Some(v) = discovery::api_group(&types, group) {
                return json_response(StatusCode::OK, &v);
            }
        }
        ["apis", group, version] if get => {
            if let Some(v) = discovery::resource_list(&types, group, version) {
                return json_response(StatusCode::OK, &v);
            }
        }
        _ => {}
    }
    let target = match resolve(&types, &segs) {
        Ok(t) => t,
        Err(e) => return error_response(&e),
    };

    if target.sub.as_deref() == Some("portforward") {
        if !get && method != Method::POST {
            return error_response(&ApiError::method_not_allowed());
        }
        if lock(&shared.faults).is_forbidden("create", "pods", "", Some("portforward")) {
            return error_response(&forbidden_error(&target, "create"));
        }
        return crate::portforward::handle(shared.clone(), req, &target, &query).await;
    }

    let body = match req.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return error_response(&ApiError::bad_request(format!("reading body: {e}"))),
    };
    let ctx = Ctx { method: method.clone(), query, content_type, user_agent, accept, body };
    let is_watch = target.watch_path || (get && target.name.is_none() && ctx.flag("watch"));
    let verb = match (&method, target.name.is_some()) {
        (m, _) if *m == Method::GET && is_watch => "watch",
        (m, true) if *m == Method::GET => "get",
        (m, false) if *m == Method::GET => "list",
        (m, false) if *m == Method::POST => "create",
        (m, true) if *m == Method::PUT => "update",
        (m, true) if *m == Method::PATCH => "patch",
        (m, true) if *m == Method::DELETE => "delete",
        (m, false) if *m == Method::DELETE => "deletecollection",
        _ => return error_response(&ApiError::method_not_allowed()),
    };
    if target.sub.is_some() && !matches!(verb, "get" | "update" | "patch") {
        return error_response(&ApiError::method_not_allowed());
    }
    if target.rt.kind == "SelfSubjectAccessReview" {
        if verb != "create" {
            return error_response(&ApiError::method_not_allowed());
        }
        return match access_review(shared, &target, &ctx) {
            Ok(v) => json_response(StatusCode::CREATED, &v),
            Err(e) => error_response(&e),
        };
    }
    if lock(&shared.faults).is_forbidden(verb, &target.rt.plural, &target.rt.group, target.sub.as_deref()) {
        return error_response(&forbidden_error(&target, verb));
    }
    if verb == "watch" {
        return crate::watch::handle(shared.clone(), &target, &ctx);
    }
    let result = match (verb, target.sub.as_deref()) {
        ("get", Some("scale")) | ("update", Some("scale")) | ("patch", Some("scale")) => {
            crate::scale::handle(shared, &target, &ctx, verb)
        }
        _ => Ok((StatusCode::OK, Value::Null, false)),
    };
    let result = match (result, verb) {
        (Ok((_, Value::Null, _)), "get") => get_object(shared, &target),
        (Ok((_, Value::Null, _)), _) => match verb {
            "list" => list_objects(shared, &target, &ctx),
            "create" => create(shared, &target, &ctx),
            "update" => update(shared, &target, &ctx),
            "patch" => patch_object(shared, &target, &ctx),
            "delete" => delete(shared, &target, &ctx),
            _ => delete_collection(shared, &target, &ctx),
        },
        (other, _) => other,
    };
    match result {
        Ok((code, v, wrote)) => {
            if wrote {
                shared.writes.fetch_add(1, Ordering::SeqCst);
            }
            let v = if wants_metadata(&ctx.accept) { to_metadata(v) } else { v };
            json_response(code, &v)
        }
        Err(e) => error_response(&e),
    }
}

/// `SelfSubjectAccessReview`: answered from the `forbid` rules (everything else is allowed);
/// nothing is stored.
fn access_review(shared: &Shared, t: &Target, ctx: &Ctx) -> Result<Value, ApiError> {
    let mut review = decode_body(ctx)?;
    check_type(&t.rt, &review)?;
    let attrs = review.pointer("/spec/resourceAttributes").cloned();
    let non_resource = review.pointer("/spec/nonResourceAttributes").is_some();
    if attrs.is_none() && !non_resource {
        return Err(ApiError::invalid(
            &t.rt.group,
            &t.rt.kind,
            "",
            &[(
                "spec.resourceAttributes".into(),
                "FieldValueRequired",
                "Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified".into(),
            )],
        ));
    }
    let allowed = match attrs {
        Some(a) => {
            let s = |k: &str| a.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            let sub = s("subresource");
            !lock(&shared.faults).is_forbidden(
                &s("verb"),
                &s("resource"),
                &s("group"),
                (!sub.is_empty()).then_some(sub.as_str()),
            )
        }
        None => true,
    };
    review = with_type(&t.rt, review);
    if review.get("metadata").is_none_or(Value::is_null) {
        review["metadata"] = json!({});
    }
    review["metadata"]["creationTimestamp"] = Value::Null;
    review["status"] = if allowed {
        json!({"allowed": true, "reason": "allowed by the test API server"})
    } else {
        json!({"allowed": false})
    };
    Ok(review)
}

/// Decode `%XX` escapes in one path segment (`None` if malformed or not UTF-8).
fn percent_decode(seg: &str) -> Option<String> {
    let bytes = seg.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn forbidden_error(t: &Target, verb: &str) -> ApiError {
    let res = match &t.sub {
        Some(s) => format!("{}/{s}", t.rt.plural),
        None => t.rt.plural.clone(),
    };
    let subject = match &t.name {
        Some(n) => format!("{} \"{n}\"", qualified(&t.rt.group, &t.rt.plural)),
        None => qualified(&t.rt.group, &t.rt.plural),
    };
    let scope = match &t.ns {
        Some(ns) => format!("in the namespace \"{ns}\""),
        None => "at the cluster scope".to_string(),
    };
    ApiError::forbidden(
        format!(
            "{subject} is forbidden: User \"test-user\" cannot {verb} resource \"{res}\" in API group \"{}\" {scope}",
            t.rt.group
        ),
        &t.rt.group,
        &t.rt.plural,
        t.name.as_deref().unwrap_or_default(),
    )
}

/// Map path segments to a resource target.
pub(crate) fn resolve(types: &[ResourceType], segs: &[&str]) -> Result<Target, ApiError> {
    let (group, version, mut rest) = match segs {
        ["api", v, rest @ ..] => ("", *v, rest),
        ["apis", g, v, rest @ ..] => (*g, *v, rest),
        _ => return Err(ApiError::unknown_resource()),
    };
    let mut watch_path = false;
    if rest.first() == Some(&"watch") {
        watch_path = true;
        rest = &rest[1..];
    }
    let (ns, plural, name, sub) = match rest {
        ["namespaces", n, s] if group.is_empty() && (*s == "status" || *s == "finalize") => {
            (None, "namespaces", Some(*n), Some(*s))
        }
        ["namespaces", ns, plural, more @ ..] if more.len() <= 2 => {
            (Some(*ns), *plural, more.first().copied(), more.get(1).copied())
        }
        [plural, more @ ..] if more.len() <= 2 => {
            (None, *plural, more.first().copied(), more.get(1).copied())
        }
        _ => return Err(ApiError::unknown_resource()),
    };
    let rt = types
        .iter()
        .find(|t| t.group == group && t.version == version && t.plural == plural)
        .cloned()
        .ok_or_else(ApiError::unknown_resource)?;
    if ns.is_some() && !rt.namespaced {
        return Err(ApiError::unknown_resource());
    }
    if rt.namespaced && ns.is_none() && name.is_some() {
        return Err(ApiError::unknown_resource());
    }
    if let Some(s) = sub
        && !rt.subresources.iter().any(|x| x == s)
    {
        return Err(ApiError::unknown_resource());
    }
    Ok(Target {
        rt,
        ns: ns.map(String::from),
        name: name.map(String::from),
        sub: sub.map(String::from),
        watch_path,
    })
}

pub(crate) type VerbResult = Result<(StatusCode, Value, bool), ApiError>;

pub(crate) fn ns_of(t: &Target) -> &str {
    t.ns.as_deref().unwrap_or_default()
}

pub(crate) fn name_of(t: &Target) -> &str {
    t.name.as_deref().unwrap_or_default()
}

/// Set `kind`/`apiVersion` of the served version on an object.
pub(crate) fn with_type(rt: &ResourceType, mut obj: Value) -> Value {
    if let Some(m) = obj.as_object_mut() {
        let meta = m.remove("metadata");
        let rest: Vec<(String, Value)> =
            std::mem::take(m).into_iter().filter(|(k, _)| k != "kind" && k != "apiVersion").collect();
        m.insert("kind".into(), json!(rt.kind));
        m.insert("apiVersion".into(), json!(rt.api_version()));
        if let Some(meta) = meta {
            m.insert("metadata".into(), meta);
        }
        m.extend(rest);
    }
    obj
}

fn get_object(shared: &Shared, t: &Target) -> VerbResult {
    let store = lock(&shared.store);
    let obj = store
        .get(&t.rt.key(), ns_of(t), name_of(t))
        .cloned()
        .ok_or_else(|| ApiError::not_found(&t.rt.group, &t.rt.plural, name_of(t)))?;
    Ok((StatusCode::OK, with_type(&t.rt, obj), false))
}

fn list_objects(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    let ls = LabelSelector::parse(ctx.q("labelSelector").unwrap_or_default())?;
    let fs = FieldSelector::parse(ctx.q("fieldSelector").unwrap_or_default(), &t.rt.kind)?;
    let limit: usize = match ctx.q("limit") {
        Some(l) if !l.is_empty() => {
            l.parse().map_err(|_| ApiError::bad_request(format!("invalid limit: {l}")))?
        }
        _ => 0,
    };
    let store = lock(&shared.store);
    let (list_rv, start) = match ctx.q("continue").filter(|c| !c.is_empty()) {
        Some(token) => {
            let (rv, start) = decode_continue(token)?;
            if rv < store.oldest {
                return Err(ApiError::gone(
                    "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.",
                ));
            }
            (rv, Some(start))
        }
        None => (store.rv, None),
    };
    let selected = !ls.is_empty() || !fs.is_empty();
    // Borrowed until known to be in this page: only the page's objects are copied.
    let mut matching: Vec<Value> = Vec::new();
    let mut remaining = 0usize;
    for o in
        store.page(&t.rt.key(), t.ns.as_deref(), start.as_deref()).filter(|o| ls.matches(o) && fs.matches(o))
    {
        if limit == 0 || matching.len() < limit {
            matching.push(o.clone());
        } else {
            remaining += 1;
            if selected {
                // No remainingItemCount with a selector: one more is all that must be known.
                break;
            }
        }
    }
    let mut meta = json!({"resourceVersion": list_rv.to_string()});
    if remaining > 0 {
        if let Some(last) = matching.last() {
            meta["continue"] = json!(encode_continue(list_rv, &list_key(last)));
        }
        if !selected {
            meta["remainingItemCount"] = json!(remaining);
        }
    }
    let items: Vec<Value> = matching
        .into_iter()
        .map(|o| {
            if t.rt.custom {
                with_type(&t.rt, o)
            } else {
                // Built-in list items are encoded without kind/apiVersion, like the real server.
                let mut o = o;
                if let Some(m) = o.as_object_mut() {
                    m.remove("kind");
                    m.remove("apiVersion");
                }
                o
            }
        })
        .collect();
    Ok((
        StatusCode::OK,
        json!({
            "kind": format!("{}List", t.rt.kind),
            "apiVersion": t.rt.api_version(),
            "metadata": meta,
            "items": items,
        }),
        false,
    ))
}

fn list_key(o: &Value) -> String {
    crate::store::object_key(meta_str(o, "namespace"), meta_str(o, "name"))
}

/// Continue tokens have the real server's shape: base64 of `{"v","rv","start"}`.
fn encode_continue(rv: u64, last: &str) -> String {
    use base64::Engine;
    let raw = json!({"v": "meta.k8s.io/v1", "rv": rv, "start": format!("{last}\u{0}")}).to_string();
    base64::engine::general_purpose::URL_SAFE.encode(raw)
}

fn decode_continue(token: &str) -> Result<(u64, String), ApiError> {
    use base64::Engine;
    let bad = || {
        ApiError::bad_request(
            "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)",
        )
    };
    let raw = base64::engine::general_purpose::URL_SAFE.decode(token).map_err(|_| bad())?;
    let v: Value = serde_json::from_slice(&raw).map_err(|_| bad())?;
    if v["v"] != "meta.k8s.io/v1" {
        return Err(bad());
    }
    let rv = v["rv"].as_u64().ok_or_else(bad)?;
    let start = v["start"].as_str().ok_or_else(bad)?;
    Ok((rv, start.trim_end_matches('\u{0}').to_string()))
}

/// Whether the client asked for `meta.k8s.io/v1` PartialObjectMetadata(List).
pub(crate) fn wants_metadata(accept: &str) -> bool {
    accept.split(',').next().is_some_and(|first| first.replace(' ', "").contains("as=PartialObjectMetadata"))
}

/// Reduce an object or list to PartialObjectMetadata form. Status objects pass through.
pub(crate) fn to_metadata(v: Value) -> Value {
    let one = |o: &Value| json!({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": o["metadata"].clone()});
    if v["kind"] == "Status" {
        return v;
    }
    match v.get("items").and_then(Value::as_array) {
        Some(items) => json!({
            "kind": "PartialObjectMetadataList",
            "apiVersion": "meta.k8s.io/v1",
            "metadata": v["metadata"].clone(),
            "items": items.iter().map(one).collect::<Vec<_>>(),
        }),
        None => one(&v),
    }
}

/// Decode a request body as JSON (or YAML for YAML content types).
pub(crate) fn decode_body(ctx: &Ctx) -> Result<Value, ApiError> {
    let media = ctx.content_type.split(';').next().unwrap_or_default().trim();
    if !media.is_empty() && !media.ends_with("json") && !media.ends_with("yaml") {
        return Err(ApiError::unsupported_body(media, "application/json, application/yaml"));
    }
    let text = std::str::from_utf8(&ctx.body)
        .map_err(|_| ApiError::bad_request("request body is not valid UTF-8"))?;
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("the request body is empty"));
    }
    let yaml = ctx.content_type.contains("yaml");
    match serde_json::from_str::<Value>(text) {
        Ok(v) => Ok(v),
        Err(e) if !yaml => Err(ApiError::bad_request(format!(
            "the object provided is unrecognized (must be of type JSON): {e}"
        ))),
        Err(_) => serde_saphyr::from_str::<Value>(text)
            .map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}"))),
    }
}

fn check_type(rt: &ResourceType, obj: &Value) -> Result<(), ApiError> {
    if !obj.is_object() {
        return Err(ApiError::bad_request("the body must be a JSON object"));
    }
    if let Some(av) = obj.get("apiVersion").and_then(Value::as_str)
        && av != rt.api_version()
    {
        return Err(ApiError::bad_request(format!(
            "the API version in the data ({av}) does not match the expected API version ({})",
            rt.api_version()
        )));
    }
    if let Some(k) = obj.get("kind").and_then(Value::as_str)
        && k != rt.kind
    {
        return Err(ApiError::bad_request(format!(
            "the kind in the data ({k}) does not match the expected kind ({})",
            rt.kind
        )));
    }
    if let Some(m) = obj.get("metadata")
        && !m.is_object()
        && !m.is_null()
    {
        return Err(ApiError::bad_request("metadata must be an object"));
    }
    Ok(())
}

/// Namespace existence (and not terminating) for writes into a namespace.
fn check_namespace(store: &crate::store::Store, ns: &str, creating: bool) -> Result<(), ApiError> {
    let Some(nsobj) = store.get("/namespaces", "", ns) else {
        return Err(ApiError::not_found("", "namespaces", ns));
    };
    if creating && nsobj.pointer("/metadata/deletionTimestamp").is_some() {
        return Err(ApiError::forbidden(
            format!("unable to create new content in namespace {ns} because it is being terminated"),
            "",
            "namespaces",
            ns,
        ));
    }
    Ok(())
}

fn create(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    let mut obj = decode_body(ctx)?;
    check_type(&t.rt, &obj)?;
    if obj.get("metadata").is_none_or(Value::is_null) {
        obj["metadata"] = json!({});
    }
    if t.rt.namespaced {
        let want = ns_of(t);
        match obj.pointer("/metadata/namespace").and_then(Value::as_str) {
            Some(n) if !n.is_empty() && n != want => {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            _ => obj["metadata"]["namespace"] = json!(want),
        }
    } else if let Some(m) = obj["metadata"].as_object_mut() {
        m.remove("namespace");
    }
    let mut store = lock(&shared.store);
    if t.rt.namespaced {
        check_namespace(&store, ns_of(t), true)?;
    }
    objects::prepare_create(&store, &t.rt, &mut obj)?;
    crd_validation::validate_custom(&store, &t.rt, &mut obj, ctx.strict_fields())?;
    let name = meta_str(&obj, "name").to_string();
    if store.get(&t.rt.key(), ns_of(t), &name).is_some() {
        return Err(ApiError::already_exists(&t.rt.group, &t.rt.plural, &name));
    }
    apply::record_update(None, &mut obj, &ctx.manager(), !t.rt.custom, &t.rt.api_version(), "");
    let obj = with_type(&t.rt, obj);
    if ctx.dry_run() {
        return Ok((StatusCode::CREATED, obj, false));
    }
    let stored = store.put(&t.rt.key(), obj);
    Ok((StatusCode::CREATED, with_type(&t.rt, stored), true))
}

/// Validate and store a new version of an existing object (shared by update, patch and apply).
/// Returns the resulting object and whether anything changed.
#[allow(clippy::too_many_arguments)]
pub(crate) fn commit_update(
    store: &mut crate::store::Store,
    t: &Target,
    old: &Value,
    mut new: Value,
    ctx: &Ctx,
    manager_update: bool,
) -> Result<(Value, bool), ApiError> {
    let name = name_of(t);
    check_type(&t.rt, &new)?;
    if new.get("metadata").is_none_or(Value::is_null) {
        new["metadata"] = json!({});
    }
    match new.pointer("/metadata/name").and_then(Value::as_str) {
        Some(n) if n == name => {}
        other => {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({}) does not match the name on the URL ({name})",
                other.unwrap_or_default()
            )));
        }
    }
    if t.rt.namespaced {
        match new.pointer("/metadata/namespace").and_then(Value::as_str) {
            Some(n) if !n.is_empty() && n != ns_of(t) => {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            _ => new["metadata"]["namespace"] = json!(ns_of(t)),
        }
    }
    if let Some(rv) = new.pointer("/metadata/resourceVersion").and_then(Value::as_str)
        && !rv.is_empty()
        && rv != meta_str(old, "resourceVersion")
    {
        return Err(ApiError::stale(&t.rt.group, &t.rt.plural, name));
    }
    if let Some(u) = new.pointer("/metadata/uid").and_then(Value::as_str)
        && !u.is_empty()
        && u != meta_str(old, "uid")
    {
        return Err(ApiError::conflict(
            &t.rt.group,
            &t.rt.plural,
            name,
            &format!(
                "Precondition failed: UID in precondition: {u}, UID in object meta: {}",
                meta_str(old, "uid")
            ),
        ));
    }
    let mut new = objects::prepare_update(&t.rt, old, new, t.sub.as_deref())?;
    if t.sub.is_none() {
        crd_validation::validate_custom(store, &t.rt, &mut new, ctx.strict_fields())?;
    }
    if manager_update {
        apply::record_update(
            Some(old),
            &mut new,
            &ctx.manager(),
            !t.rt.custom,
            &t.rt.api_version(),
            t.sub.as_deref().unwrap_or_default(),
        );
    }
    let mut cmp = new.clone();
    cmp["metadata"]["resourceVersion"] = old["metadata"]["resourceVersion"].clone();
    let new = with_type(&t.rt, new);
    if apply::without_times(&with_type(&t.rt, cmp)) == apply::without_times(&with_type(&t.rt, old.clone())) {
        return Ok((with_type(&t.rt, old.clone()), false));
    }
    if ctx.dry_run() {
        return Ok((new, true));
    }
    // Removing the last finalizer of an object being deleted completes the deletion.
    let deleting = new.pointer("/metadata/deletionTimestamp").is_some();
    let finalizers_empty =
        new.pointer("/metadata/finalizers").and_then(Value::as_array).is_none_or(Vec::is_empty);
    if deleting && finalizers_empty && t.rt.kind != "Namespace" {
        store.put(&t.rt.key(), new);
        let gone = store.remove(&t.rt.key(), ns_of(t), name);
        return Ok((with_type(&t.rt, gone.unwrap_or_default()), true));
    }
    let stored = store.put(&t.rt.key(), new);
    Ok((with_type(&t.rt, stored), true))
}

fn update(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    let new = decode_body(ctx)?;
    let mut store = lock(&shared.store);
    let old = store
        .get(&t.rt.key(), ns_of(t), name_of(t))
        .cloned()
        .ok_or_else(|| ApiError::not_found(&t.rt.group, &t.rt.plural, name_of(t)))?;
    let (v, changed) = commit_update(&mut store, t, &old, new, ctx, true)?;
    Ok((StatusCode::OK, v, changed && !ctx.dry_run()))
}

fn patch_object(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    let ct = ctx.content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let is_apply = ct == "application/apply-patch+yaml" || ct == "application/apply-patch+cbor";
    if !is_apply && ctx.q("force").is_some() {
        return Err(ApiError::invalid(
            "meta.k8s.io",
            "PatchOptions",
            "",
            &[(
                "force".into(),
                "FieldValueForbidden",
                "Forbidden: may not be specified for non-apply patch".into(),
            )],
        ));
    }
    if is_apply {
        return apply_patch(shared, t, ctx);
    }
    let patch = decode_body(ctx)?;
    let mut store = lock(&shared.store);
    let old = store
        .get(&t.rt.key(), ns_of(t), name_of(t))
        .cloned()
        .ok_or_else(|| ApiError::not_found(&t.rt.group, &t.rt.plural, name_of(t)))?;
    let mut new = with_type(&t.rt, old.clone());
    match ct.as_str() {
        "application/merge-patch+json" => patch::merge_patch(&mut new, &patch),
        "application/json-patch+json" => patch::json_patch(&mut new, &patch)?,
        "application/strategic-merge-patch+json" => {
            if t.rt.custom {
                return Err(ApiError::new(
                    415,
                    "UnsupportedMediaType",
                    "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
                ));
            }
            patch::strategic_merge(&mut new, &patch)?
        }
        other => return Err(ApiError::unsupported_media_type(other)),
    }
    let (v, changed) = commit_update(&mut store, t, &old, new, ctx, true)?;
    Ok((StatusCode::OK, v, changed && !ctx.dry_run()))
}

fn apply_patch(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    let manager = match ctx.q("fieldManager") {
        Some(m) if !m.is_empty() => m.to_string(),
        _ => {
            return Err(ApiError::invalid(
                "meta.k8s.io",
                "PatchOptions",
                "",
                &[(
                    "fieldManager".into(),
                    "FieldValueRequired",
                    "Required value: is required for apply patch".into(),
                )],
            ));
        }
    };
    let force = ctx.flag("force");
    let mut applied = decode_body(&Ctx {
        method: ctx.method.clone(),
        query: HashMap::new(),
        content_type: "application/yaml".into(),
        user_agent: String::new(),
        accept: String::new(),
        body: ctx.body.clone(),
    })?;
    if !applied.is_object() {
        return Err(ApiError::bad_request("apply patch must be an object"));
    }
    let av = applied.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
    if av != t.rt.api_version() {
        return Err(ApiError::bad_request(format!(
            "Incorrect version specified in apply patch. Specified patch version: {av}, expected: {}",
            t.rt.api_version()
        )));
    }
    let kind = applied.get("kind").and_then(Value::as_str).unwrap_or_default();
    if kind != t.rt.kind {
        return Err(ApiError::bad_request(format!(
            "Incorrect kind specified in apply patch. Specified patch kind: {kind}, expected: {}",
            t.rt.kind
        )));
    }
    if applied.pointer("/metadata/managedFields").is_some_and(|m| !m.is_null()) {
        return Err(ApiError::bad_request("metadata.managedFields must be nil"));
    }
    match applied.pointer("/metadata/name").and_then(Value::as_str) {
        Some(n) if n == name_of(t) => {}
        other => {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({}) does not match the name on the URL ({})",
                other.unwrap_or_default(),
                name_of(t)
            )));
        }
    }
    if t.rt.namespaced {
        match applied.pointer("/metadata/namespace").and_then(Value::as_str) {
            Some(n) if !n.is_empty() && n != ns_of(t) => {
                return Err(ApiError::bad_request(
                    "the namespace of the provided object does not match the namespace sent on the request",
                ));
            }
            _ => applied["metadata"]["namespace"] = json!(ns_of(t)),
        }
    }
    // Status is applied only through the status subresource, and only status there.
    if let Some(m) = applied.as_object_mut() {
        if t.sub.as_deref() == Some("status") {
            m.retain(|k, _| matches!(k.as_str(), "apiVersion" | "kind" | "metadata" | "status"));
            if let Some(meta) = m.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.retain(|k, _| k == "name" || k == "namespace");
            }
        } else if t.rt.has_status() {
            m.remove("status");
        }
    }
    let keyed = !t.rt.custom;
    let api_version = t.rt.api_version();
    let sub = t.sub.as_deref().unwrap_or_default();
    let mut store = lock(&shared.store);
    let live = store.get(&t.rt.key(), ns_of(t), name_of(t)).cloned();
    match live {
        None => {
            if t.sub.is_some() {
                return Err(ApiError::not_found(&t.rt.group, &t.rt.plural, name_of(t)));
            }
            if t.rt.namespaced {
                check_namespace(&store, ns_of(t), true)?;
            }
            let result = apply::apply(None, &applied, &manager, force, keyed, &api_version, sub)?;
            let mut obj = result.object;
            // Take the entries out (keeping them from create's preparation) without leaving a
            // `managedFields: null` behind when the apply owns nothing.
            let managed = obj
                .get_mut("metadata")
                .and_then(Value::as_object_mut)
                .and_then(|m| m.remove("managedFields"))
                .unwrap_or(Value::Null);
            objects::prepare_create(&store, &t.rt, &mut obj)?;
            crd_validation::validate_custom(&store, &t.rt, &mut obj, ctx.strict_fields())?;
            if !managed.is_null() {
                obj["metadata"]["managedFields"] = managed;
            }
            let obj = with_type(&t.rt, obj);
            if ctx.dry_run() {
                return Ok((StatusCode::CREATED, obj, false));
            }
            let stored = store.put(&t.rt.key(), obj);
            Ok((StatusCode::CREATED, with_type(&t.rt, stored), true))
        }
        Some(old) => {
            let result = apply::apply(Some(&old), &applied, &manager, force, keyed, &api_version, sub)?;
            let (v, changed) = commit_update(&mut store, t, &old, result.object, ctx, false)?;
            Ok((StatusCode::OK, v, changed && !ctx.dry_run()))
        }
    }
}

fn delete_options(ctx: &Ctx) -> Result<Value, ApiError> {
    let mut opts = if ctx.body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        let v = decode_body(ctx)?;
        if !v.is_object() {
            return Err(ApiError::bad_request("DeleteOptions must be an object"));
        }
        v
    };
    if let Some(p) = ctx.q("propagationPolicy") {
        opts["propagationPolicy"] = json!(p);
    }
    if let Some(p) = ctx.q("gracePeriodSeconds") {
        opts["gracePeriodSeconds"] = json!(p);
    }
    if let Some(o) = ctx.q("orphanDependents") {
        opts["orphanDependents"] = json!(o == "true");
    }
    if ctx.dry_run() {
        opts["dryRun"] = json!(["All"]);
    }
    match opts.get("propagationPolicy").and_then(Value::as_str) {
        None | Some("Foreground") | Some("Background") | Some("Orphan") => Ok(opts),
        Some(other) => Err(ApiError::invalid(
            "meta.k8s.io",
            "DeleteOptions",
            "",
            &[(
                "propagationPolicy".into(),
                "FieldValueNotSupported",
                format!(
                    "Unsupported value: \"{other}\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\""
                ),
            )],
        )),
    }
}

fn delete(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    let opts = delete_options(ctx)?;
    let dry = ctx.dry_run()
        || opts.get("dryRun").and_then(Value::as_array).is_some_and(|a| a.iter().any(|x| x == "All"));
    let mut store = lock(&shared.store);
    let key = t.rt.key();
    let (ns, name) = (ns_of(t), name_of(t));
    let old = store
        .get(&key, ns, name)
        .cloned()
        .ok_or_else(|| ApiError::not_found(&t.rt.group, &t.rt.plural, name))?;
    if let Some(pre) = opts.get("preconditions") {
        if let Some(u) = pre.get("uid").and_then(Value::as_str)
            && u != meta_str(&old, "uid")
        {
            return Err(ApiError::conflict(
                &t.rt.group,
                &t.rt.plural,
                name,
                &format!(
                    "Precondition failed: UID in precondition: {u}, UID in object meta: {}",
                    meta_str(&old, "uid")
                ),
            ));
        }
        if let Some(rv) = pre.get("resourceVersion").and_then(Value::as_str)
            && rv != meta_str(&old, "resourceVersion")
        {
            return Err(ApiError::conflict(
                &t.rt.group,
                &t.rt.plural,
                name,
                &format!(
                    "Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {}",
                    meta_str(&old, "resourceVersion")
                ),
            ));
        }
    }
    let old = with_type(&t.rt, old);
    // As the real server: an object not deleted at once (a namespace, finalizers, foreground)
    // still answers 200 with the object; 202 only when the caller set the legacy
    // `orphanDependents: false`.
    let pending = if opts.get("orphanDependents") == Some(&Value::Bool(false)) {
        StatusCode::ACCEPTED
    } else {
        StatusCode::OK
    };
    if old.pointer("/metadata/deletionTimestamp").is_some() {
        return Ok((pending, old, false));
    }
    let policy = opts.get("propagationPolicy").and_then(Value::as_str).unwrap_or("Background");
    let has_finalizers =
        old.pointer("/metadata/finalizers").and_then(Value::as_array).is_some_and(|a| !a.is_empty());
    let graceful = t.rt.kind == "Namespace" || has_finalizers || policy == "Foreground";
    if graceful {
        let mut new = old.clone();
        new["metadata"]["deletionTimestamp"] = json!(crate::status::now_rfc3339());
        new["metadata"]["deletionGracePeriodSeconds"] = json!(0);
        if t.rt.kind == "Namespace" {
            new["status"]["phase"] = json!("Terminating");
        } else if policy == "Foreground" {
            let fins = new["metadata"]["finalizers"].as_array().cloned().unwrap_or_default();
            let mut fins = fins;
            if !fins.iter().any(|f| f == "foregroundDeletion") {
                fins.push(json!("foregroundDeletion"));
            }
            new["metadata"]["finalizers"] = json!(fins);
        }
        if dry {
            return Ok((pending, new, false));
        }
        let stored = store.put(&key, new);
        return Ok((pending, with_type(&t.rt, stored), true));
    }
    if dry {
        return Ok((StatusCode::OK, old, false));
    }
    if policy == "Orphan" {
        objects::orphan_dependents(&mut store, meta_str(&old, "uid"));
    }
    let gone = store.remove(&key, ns, name).unwrap_or_default();
    // Stores with ReturnDeletedObject answer with the object, the others with a Status.
    if t.rt.custom
        || (t.rt.group.is_empty() && matches!(t.rt.kind.as_str(), "Pod" | "Service" | "ServiceAccount"))
    {
        Ok((StatusCode::OK, with_type(&t.rt, gone), true))
    } else {
        Ok((StatusCode::OK, success_status(&t.rt.group, &t.rt.plural, name, meta_str(&gone, "uid")), true))
    }
}

fn delete_collection(shared: &Shared, t: &Target, ctx: &Ctx) -> VerbResult {
    if t.rt.kind == "Namespace" {
        return Err(ApiError::method_not_allowed());
    }
    let _ = delete_options(ctx)?;
    let ls = LabelSelector::parse(ctx.q("labelSelector").unwrap_or_default())?;
    let fs = FieldSelector::parse(ctx.q("fieldSelector").unwrap_or_default(), &t.rt.kind)?;
    let mut store = lock(&shared.store);
    let victims: Vec<Value> = store
        .list(&t.rt.key(), t.ns.as_deref())
        .into_iter()
        .filter(|o| ls.matches(o) && fs.matches(o))
        .collect();
    let mut items = Vec::new();
    for v in &victims {
        if ctx.dry_run() {
            items.push(v.clone());
        } else if let Some(gone) = store.remove(&t.rt.key(), meta_str(v, "namespace"), meta_str(v, "name")) {
            items.push(gone);
        }
    }
    let wrote = !items.is_empty() && !ctx.dry_run();
    Ok((
        StatusCode::OK,
        json!({
            "kind": format!("{}List", t.rt.kind),
            "apiVersion": t.rt.api_version(),
            "metadata": {"resourceVersion": store.rv.to_string()},
            "items": items,
        }),
        wrote,
    ))
}
