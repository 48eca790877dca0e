#!/usr/bin/env bash
# `make fuzz`: fuzzes the JSON import and the link codec for a bounded time each, then
# replays each corpus to find its slowest input. FUZZ_SECONDS sets the time per target
# (default 900: about 10 million runs each on one core). Inputs are capped at 5 MB; an input taking over 1 s counts as a failure
# (libFuzzer's -timeout), as does any panic, overflow or out-of-memory.
# No sanitizer: the code under test is safe Rust, so AddressSanitizer finds nothing more and
# runs three times slower; panics, overflows (debug assertions on) and OOM still fail.
# Needs the nightly toolchain (cargo-fuzz's instrumentation) and cargo-fuzz; installs both
# when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_EACH=${FUZZ_SECONDS:-900}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seeds: real exports and links, so the fuzzer starts from inputs that get deep.
mkdir -p fuzz/corpus/import fuzz/corpus/link fuzz/artifacts
cp tests/fixtures/*.json fuzz/corpus/import/
cargo run --quiet --manifest-path fuzz/Cargo.toml --bin seeds -- fuzz/corpus

for target in import link; do
  log="fuzz/artifacts/$target.log"
  echo "fuzz: $target for ${SECONDS_EACH}s (log: $log)"
  cargo +nightly fuzz run --release --debug-assertions --sanitizer none "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -max_len=5242880 -timeout=1 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target-" >"$log" 2>&1 || {
      tail -40 "$log"; echo "fuzz: $target FAILED (crash, timeout or out-of-memory; see $log)"; exit 1; }
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
  echo "fuzz: $target: $runs executions ($speed/s), 0 crashes, 0 timeouts over 1 s"
done
cargo run --quiet --release --manifest-path fuzz/Cargo.toml --bin slowest -- import fuzz/corpus/import
cargo run --quiet --release --manifest-path fuzz/Cargo.toml --bin slowest -- link fuzz/corpus/link
