//! The YAML splitter and parser: any text splits into documents that tile the input, and
//! parsing each returns a value or a located error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    meshctl::fuzzing::yaml_split_parse(text);
});
