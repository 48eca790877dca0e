# Two commands do all the set-up on a fresh machine:
#   make serve   install what is missing, build, and serve the app on http://127.0.0.1:8080
#   make test    install what is missing and run every test layer
# and `make bench` measures size and speed.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_PATH := /usr/bin/chromium

.PHONY: setup serve build test test-native test-wasm test-e2e bench lint fuzz

setup:
	@./scripts/setup.sh

serve: setup
	trunk serve --release --offline --address 127.0.0.1 --port 8080

build: setup
	trunk build --release --offline

test: setup
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) build
	$(MAKE) test-e2e

test-native:
	cargo test --locked

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test browser_storage --test browser_links --test browser_state

test-e2e:
	npx playwright test

bench: build
	node tests/bench/bench.mjs

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

# Fuzzes the JSON import and the link codec (FUZZ_SECONDS per target, default 900).
fuzz:
	./scripts/fuzz.sh
