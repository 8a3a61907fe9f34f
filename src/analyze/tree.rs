//! The compact document tree a snapshot holds: the shape of `serde_json::Value` (analyzers read
//! it with the same calls: `v["spec"]["hosts"]`, `as_str`, `as_object`, …) at a fraction of the
//! memory.
//!
//! Why not `serde_json::Value`: with `preserve_order` each object is an `IndexMap` (a hash table
//! plus an entry vector, ~80 bytes before any entry, 100+ bytes per entry) and every key and
//! string is its own allocation. Here a node is 24 bytes, an object is one shared slice of
//! `(key, value)` pairs searched in order (objects in manifests are small), and strings are
//! shared `Arc<str>`s interned while parsing, so the keys (`metadata`, `name`, …) and the values
//! that repeat (namespaces, labels, hosts, images) are stored once.
//!
//! Whole objects and lists are interned too (hash-consing): a label set, a selector, a subset,
//! a container or a route that repeats across a file or across the files one thread parses is
//! stored once and shared. Manifests repeat themselves a lot (a Deployment's labels appear in
//! its selector, its template and every pod; every namespace of an app holds the same subsets),
//! so this is most of the saving on large inputs. Interning is bottom-up: a node's children are
//! already the shared copies, so a node is compared and hashed by its children's addresses, not
//! by walking them. Shared nodes are never changed in place: `get_mut` and `as_object_mut` copy
//! a node that is shared before handing it out.
//!
//! Decoding (from YAML through `serde_saphyr`, from JSON through `serde_json`) follows
//! `serde_json::Value`'s own visitor, so the same text gives the same tree: a repeated key keeps
//! its first position and takes the last value, non-finite floats become `null`.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
pub use serde_json::Number;

/// One node of a document.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(Arc<str>),
    Array(Arc<[Value]>),
    Object(Map),
}

/// An object: its keys in document order.
#[derive(Debug, Clone)]
pub struct Map(Arc<[(Arc<str>, Value)]>);

impl Default for Map {
    fn default() -> Self {
        Map(Arc::from(Vec::new()))
    }
}

static NULL: Value = Value::Null;

impl Map {
    pub fn new() -> Self {
        Map::default()
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| &**k == key).map(|(_, v)| v)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `(key, value)` pairs in document order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Arc<str>, &Value)> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Arc<str>> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }
    /// Drops `key`, keeping the others in order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| &**k == key)?;
        let mut entries = self.0.to_vec();
        let (_, v) = entries.remove(i);
        self.0 = Arc::from(entries);
        Some(v)
    }
    /// Sets `key` (in place when present, at the end otherwise), as `serde_json::Map` does.
    pub fn insert(&mut self, key: &str, value: Value) {
        if let Some(slot) = self.entries_mut().iter_mut().find(|(k, _)| &**k == key) {
            slot.1 = value;
            return;
        }
        let mut entries = self.0.to_vec();
        entries.push((Arc::from(key), value));
        self.0 = Arc::from(entries);
    }
    /// The entries to change: this map's own copy (a shared one is copied first).
    fn entries_mut(&mut self) -> &mut [(Arc<str>, Value)] {
        Arc::make_mut(&mut self.0)
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a Arc<str>, &'a Value);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (Arc<str>, Value)>, fn(&'a (Arc<str>, Value)) -> Self::Item>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Equal when both hold the same keys with equal values, in any order (as `serde_json::Map`).
impl PartialEq for Map {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl FromIterator<(Arc<str>, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (Arc<str>, Value)>>(iter: I) -> Self {
        let mut entries: Vec<(Arc<str>, Value)> = Vec::new();
        for (k, v) in iter {
            match entries.iter_mut().find(|(have, _)| *have == k) {
                Some(slot) => slot.1 = v,
                None => entries.push((k, v)),
            }
        }
        Map(Arc::from(entries))
    }
}

impl Value {
    /// The member `key` of an object, or `None`.
    pub fn get<I: Index>(&self, index: I) -> Option<&Value> {
        index.index_into(self)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(m) => m.entries_mut().iter_mut().find(|(k, _)| &**k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }

    /// The same document as a `serde_json::Value` (for code that takes one: schema validation,
    /// JSON output).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::Array(a) => serde_json::Value::Array(a.iter().map(Value::to_json).collect()),
            Value::Object(m) => {
                serde_json::Value::Object(m.iter().map(|(k, v)| (k.to_string(), v.to_json())).collect())
            }
        }
    }
}

/// What can index a [`Value`]: a key (objects) or a position (arrays).
pub trait Index {
    fn index_into(self, v: &Value) -> Option<&Value>;
}

impl Index for &str {
    fn index_into(self, v: &Value) -> Option<&Value> {
        v.as_object().and_then(|m| m.get(self))
    }
}
impl Index for &String {
    fn index_into(self, v: &Value) -> Option<&Value> {
        self.as_str().index_into(v)
    }
}
impl Index for &Arc<str> {
    fn index_into(self, v: &Value) -> Option<&Value> {
        (**self).index_into(v)
    }
}
impl Index for usize {
    fn index_into(self, v: &Value) -> Option<&Value> {
        v.as_array().and_then(|a| a.get(self))
    }
}

/// `v["key"]` and `v[0]`: the member, or `null` when absent (as `serde_json::Value`).
impl<I: Index> std::ops::Index<I> for Value {
    type Output = Value;
    fn index(&self, index: I) -> &Value {
        index.index_into(self).unwrap_or(&NULL)
    }
}

impl From<&serde_json::Value> for Value {
    fn from(v: &serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.clone()),
            serde_json::Value::String(s) => Value::String(intern(s)),
            serde_json::Value::Array(a) => intern_array(a.iter().map(Value::from).collect()),
            serde_json::Value::Object(m) => {
                // serde_json's map holds each key once.
                intern_map(m.iter().map(|(k, v)| (intern(k), Value::from(v))).collect())
            }
        }
    }
}

impl From<serde_json::Value> for Value {
    fn from(v: serde_json::Value) -> Self {
        Value::from(&v)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}
impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}
impl PartialEq<String> for Value {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == Some(other.as_str())
    }
}
impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(Arc::from(s))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(Arc::from(s))
    }
}

/// JSON text, as `serde_json::Value` prints.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => n.serialize(s),
            Value::String(v) => s.serialize_str(v),
            Value::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a.iter() {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Value::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m.iter() {
                    map.serialize_entry(&**k, v)?;
                }
                map.end()
            }
        }
    }
}

/// What one thread has interned: strings, objects and lists, each stored once.
#[derive(Default)]
struct Interned {
    /// Hashed with foldhash's per-process random seed: as keyed as the standard SipHash
    /// against crafted input, at a fraction of its cost on short strings (SipHash was 5% of
    /// analyze's time: every key and string of every document is looked up here).
    strings: HashSet<Arc<str>, foldhash::fast::RandomState>,
    /// Objects and lists by [`shallow_hash`] (a node whose hash is taken by another is simply
    /// not shared: that costs only the saving, and the table's own keyed hash of these keys
    /// keeps lookups constant-time whatever the input).
    nodes: HashMap<u64, Node, foldhash::fast::RandomState>,
}

enum Node {
    Object(Arc<[(Arc<str>, Value)]>),
    Array(Arc<[Value]>),
}

thread_local! {
    /// The strings and nodes met so far on this thread; see [`forget_interned`].
    static INTERNED: RefCell<Interned> = RefCell::new(Interned::default());
}

/// The shared copy of `s`: the one already met on this thread, or a new one remembered.
pub fn intern(s: &str) -> Arc<str> {
    INTERNED.with(|t| {
        let strings = &mut t.borrow_mut().strings;
        if let Some(have) = strings.get(s) {
            return have.clone();
        }
        let new: Arc<str> = Arc::from(s);
        strings.insert(new.clone());
        new
    })
}

/// The object holding `entries` (keys unique, in order): the copy already met on this thread,
/// or a new one remembered.
pub fn intern_map(entries: Vec<(Arc<str>, Value)>) -> Value {
    let hash = shallow_hash(entries.iter().flat_map(|(k, v)| [addr(k), identity(v)]));
    INTERNED.with(|t| {
        let nodes = &mut t.borrow_mut().nodes;
        if let Some(Node::Object(have)) = nodes.get(&hash)
            && have.len() == entries.len()
            && have.iter().zip(&entries).all(|((k1, v1), (k2, v2))| Arc::ptr_eq(k1, k2) && same(v1, v2))
        {
            return Value::Object(Map(have.clone()));
        }
        let new: Arc<[(Arc<str>, Value)]> = Arc::from(entries);
        nodes.entry(hash).or_insert_with(|| Node::Object(new.clone()));
        Value::Object(Map(new))
    })
}

/// The list holding `items`: the copy already met on this thread, or a new one remembered.
pub fn intern_array(items: Vec<Value>) -> Value {
    // Tagged apart from objects, whose hashes mix keys in.
    let hash = shallow_hash(std::iter::once(u64::MAX).chain(items.iter().map(identity)));
    INTERNED.with(|t| {
        let nodes = &mut t.borrow_mut().nodes;
        if let Some(Node::Array(have)) = nodes.get(&hash)
            && have.len() == items.len()
            && have.iter().zip(&items).all(|(a, b)| same(a, b))
        {
            return Value::Array(have.clone());
        }
        let new: Arc<[Value]> = Arc::from(items);
        nodes.entry(hash).or_insert_with(|| Node::Array(new.clone()));
        Value::Array(new)
    })
}

/// Drops this thread's table of interned strings and nodes (the trees keep theirs): called
/// when a batch of documents is decoded, so a long-lived thread does not keep every string it
/// met.
pub fn forget_interned() {
    INTERNED.with(|t| *t.borrow_mut() = Interned::default());
}

/// The address of a shared string or node: children are interned before their parent, so
/// equal children of nodes being interned are the same allocation.
fn addr<T: ?Sized>(a: &Arc<T>) -> u64 {
    Arc::as_ptr(a).cast::<u8>() as usize as u64
}

/// A value's identity for hashing its parent: its address when shared, else its content.
fn identity(v: &Value) -> u64 {
    match v {
        Value::Null => 1,
        Value::Bool(b) => 2 + u64::from(*b),
        Value::Number(n) => {
            let (kind, bits) = number_bits(n);
            bits.rotate_left(7) ^ kind
        }
        Value::String(s) => addr(s),
        Value::Array(a) => addr(a),
        Value::Object(m) => addr(&m.0),
    }
}

/// Equal without walking: the same string or node, or equal scalars. (Unequal for equal nodes
/// that are separate copies, which only costs sharing.)
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => Arc::ptr_eq(x, y),
        (Value::Array(x), Value::Array(y)) => Arc::ptr_eq(x, y),
        (Value::Object(x), Value::Object(y)) => Arc::ptr_eq(&x.0, &y.0),
        // By bits: `0.0 == -0.0`, but they print differently.
        (Value::Number(x), Value::Number(y)) => number_bits(x) == number_bits(y),
        _ => a == b,
    }
}

/// A number's representation (unsigned, negative or float) and bits.
fn number_bits(n: &Number) -> (u64, u64) {
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) => (4, u),
        (None, Some(i)) => (5, i as u64),
        _ => (6, n.as_f64().unwrap_or(0.0).to_bits()),
    }
}

/// An FxHash-style mix of words: addresses and small integers need no stronger hash.
fn shallow_hash(words: impl Iterator<Item = u64>) -> u64 {
    let mut h = Fx::default();
    for w in words {
        h.add(w);
    }
    h.0
}

/// FxHash's step: quick, and enough for a key that only picks the candidate to compare with.
#[derive(Default)]
struct Fx(u64);

impl Fx {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Number::deserialize(de::value::I128Deserializer::new(v)).map(Value::Number)
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Number::deserialize(de::value::U128Deserializer::new(v)).map(Value::Number)
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(intern(v)))
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Deserialize::deserialize(d)
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(intern_array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries: Vec<(Arc<str>, Value)> = Vec::new();
        // The first key is read as a `str`, the others as a `String`, as serde_json does (a
        // parser may treat the two differently for keys that are not strings).
        let mut next = map.next_key_seed(KeySeed { owned: false })?;
        while let Some(key) = next {
            let value: Value = map.next_value()?;
            match entries.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => entries.push((key, value)),
            }
            next = map.next_key_seed(KeySeed { owned: true })?;
        }
        Ok(intern_map(entries))
    }
}

/// An object key, interned.
struct KeySeed {
    owned: bool,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Arc<str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Arc<str>, D::Error> {
        if self.owned { d.deserialize_string(KeyVisitor) } else { d.deserialize_str(KeyVisitor) }
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Arc<str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }
    fn visit_str<E>(self, v: &str) -> Result<Arc<str>, E> {
        Ok(intern(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Arc<str>, E> {
        match std::str::from_utf8(v) {
            Ok(s) => Ok(intern(s)),
            Err(_) => Err(de::Error::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_as_serde_json_does() {
        for yaml in [
            "a: 1\nb: [x, 2.5, true, null, -3]\nc: {d: e}\n",
            "a: 1\nb: 2\na: 3\n",
            "80: http\ntrue: yes\n",
            "x: .nan\ny: 18446744073709551615\nz: ''\n",
            "a: [1\n",
        ] {
            let ours = serde_saphyr::from_str::<Value>(yaml);
            let theirs = serde_saphyr::from_str::<serde_json::Value>(yaml);
            match (ours, theirs) {
                (Ok(ours), Ok(json)) => {
                    assert_eq!(ours.to_json(), json, "{yaml}");
                    assert_eq!(
                        serde_json::to_string(&ours).unwrap(),
                        json.to_string(),
                        "key order for {yaml}"
                    );
                }
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{yaml}"),
                (a, b) => panic!("{yaml}: {a:?} but serde_json {b:?}"),
            }
        }
        // A repeated key in JSON keeps its first place and takes the last value.
        let json = r#"{"a": 1, "b": 2, "a": 3}"#;
        let ours: Value = serde_json::from_str(json).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&ours).unwrap(), theirs.to_string());
    }

    #[test]
    fn reads_like_serde_json_and_shares_strings() {
        let v: Value =
            serde_saphyr::from_str("metadata: {name: web, labels: {app: web}}\nspec: [1]\n").unwrap();
        assert_eq!(v["metadata"]["name"].as_str(), Some("web"));
        assert_eq!(v["spec"][0].as_u64(), Some(1));
        assert!(v["nothing"]["deeper"].is_null());
        let (Value::String(a), Value::String(b)) = (&v["metadata"]["name"], &v["metadata"]["labels"]["app"])
        else {
            panic!("strings expected")
        };
        assert!(Arc::ptr_eq(a, b), "a repeated string is stored once");
        let mut m = v["metadata"].as_object().unwrap().clone();
        m.insert("namespace", Value::from("prod"));
        m.insert("name", Value::from("api"));
        let keys: Vec<&str> = m.keys().map(|k| &**k).collect();
        assert_eq!(keys, ["name", "labels", "namespace"]);
        assert_eq!(m.get("name"), Some(&Value::from("api")));
    }

    #[test]
    fn repeated_objects_and_lists_are_stored_once_and_copied_before_a_change() {
        let mut v: Value = serde_saphyr::from_str(
            "a: {labels: {app: web}, ports: [80, -0.0]}\nb: {labels: {app: web}, ports: [80, -0.0]}\nc: {labels: {app: web}, ports: [80, 0.0]}\n",
        )
        .unwrap();
        let (Value::Object(a), Value::Object(b)) = (&v["a"], &v["b"]) else { panic!("objects expected") };
        assert!(Arc::ptr_eq(&a.0, &b.0), "an object met twice is stored once");
        assert_ne!(v["b"].to_string(), v["c"].to_string(), "-0.0 and 0.0 are not merged");
        let (Value::Object(b), Value::Object(c)) = (&v["b"], &v["c"]) else { panic!("objects expected") };
        assert!(!Arc::ptr_eq(&b.0, &c.0), "-0.0 keeps its own copy");
        let (Value::Object(lb), Value::Object(lc)) = (&b.0[0].1, &c.0[0].1) else { panic!("labels") };
        assert!(Arc::ptr_eq(&lb.0, &lc.0), "their equal labels are shared");
        // A change to one copy leaves the other as it was.
        v.get_mut("a")
            .unwrap()
            .get_mut("labels")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert("app", Value::from("api"));
        assert_eq!(v["a"]["labels"]["app"], "api");
        assert_eq!(v["b"]["labels"]["app"], "web");
        assert_eq!(v["c"]["labels"]["app"], "web");
        assert_eq!(
            v.to_string(),
            r#"{"a":{"labels":{"app":"api"},"ports":[80,-0.0]},"b":{"labels":{"app":"web"},"ports":[80,-0.0]},"c":{"labels":{"app":"web"},"ports":[80,0.0]}}"#
        );
    }

    #[test]
    fn is_small() {
        assert_eq!(std::mem::size_of::<Value>(), 24);
    }
}
