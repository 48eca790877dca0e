// Trunk post-build hook: writes the Content-Security-Policy into the built index.html.
// The policy allows only this origin's own files, WebAssembly compilation, and the one inline
// loader script trunk writes, by its SHA-256 hash (which changes with every build, hence a
// hook). No 'unsafe-inline', no 'unsafe-eval'; styles only from the stylesheet (the app sets
// its few dynamic styles through the CSSOM, which CSP allows).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error(`csp.mjs: no inline loader script in ${file}`);
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
// First in <head> after the charset, so it governs every script and style that follows.
html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error('csp.mjs: could not place the policy');
writeFileSync(file, html);
