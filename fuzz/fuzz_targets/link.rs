#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| marketing_os_fuzz::link(data));
