//! IstioOperator decoding and resolution: settings or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    meshctl::fuzzing::iop_decode(text);
});
