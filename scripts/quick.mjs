// Trunk post-build hook (first of three): builds both modules and writes the loader.
//
// Trunk skips the app (index.html's rust link has `data-trunk-skip`): it is built here, split
// by route, by scripts/app.mjs into app-<hash>/. This hook then builds the second module, the
// quick home page (src/bin/home.rs), the way trunk would: cargo for wasm32, wasm-bindgen for
// the web, wasm-opt in release with the parameters index.html gives trunk. It goes into
// quick-<hash>/. Each module's wasm-bindgen snippets (the `inline_js` in src/web) are written
// into its script, so that a module is one script (the app's also imports the chunks' loader
// beside it) and one WebAssembly file, fetched side by side rather than one import after
// another. Then any preload links come out of index.html, and the loader there (window.mos)
// gets both modules' file names, the quick page's script tag its own.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildApp } from './app.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const source = readFileSync(process.env.TRUNK_HTML_FILE || 'index.html', 'utf8');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

// Writes the snippets a wasm-bindgen script imports into the script itself, each as a
// function scope of its own (so their names cannot clash), and deletes the snippet files.
function bundle(script) {
  const snippets = new Map();
  const js = readFileSync(script, 'utf8').replace(/^import (\{[^}]*\}|\* as \w+) from (['"])(\.\/snippets\/[^'"]+)\2;?$/gm, (_, what, __, path) => {
    if (!snippets.has(path)) {
      const code = readFileSync(join(dirname(script), path), 'utf8');
      if (/^\s*(import|export (?!(?:async )?function ))/m.test(code)) throw new Error(`quick.mjs: ${path} is more than exported functions`);
      const names = [...code.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
      snippets.set(path, { id: `__snippet${snippets.size}`, code: code.replace(/^export (?=(?:async )?function )/gm, ''), names });
    }
    const { id } = snippets.get(path);
    return what.startsWith('*') ? `const ${what.slice(1).replace(/^\s*as\s+/, '')} = ${id};` : `const ${what.replace(/ as /g, ': ')} = ${id};`;
  });
  // The app's script also imports the split chunks' loader, which sits beside it.
  if (/^import (?!.*from ['"]\.\/__wasm_split\.js['"];?$)/m.test(js)) throw new Error(`quick.mjs: ${script} imports something other than snippets`);
  const scopes = [...snippets.values()].map(({ id, code, names }) => `const ${id} = (() => {${code}\nreturn { ${names.join(', ')} };\n})();\n`);
  writeFileSync(script, scopes.join('') + js);
  rmSync(join(dirname(script), 'snippets'), { recursive: true, force: true });
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const wasmOptParams = (source.match(/data-wasm-opt-params="([^"]*)"/) || [, ''])[1].split(/\s+/).filter(Boolean);
// The app, split by route (index.html has trunk skip it).
const { js: appJs, wasm: appWasm } = await buildApp(dir, release, wasmOptParams);
// Without the app's UI framework (Cargo.toml's "app" feature): the quick page needs none of it.
run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--bin', 'home', ...(release ? ['--release'] : [])]);
const built = join('target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'home.wasm');
const out = mkdtempSync(join(tmpdir(), 'mos-quick-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'home', built]);
  if (release) {
    const wasm = join(out, 'home_bg.wasm');
    run('wasm-opt', ['-Oz', ...wasmOptParams, wasm, '-o', wasm]);
  }
  const hash = createHash('sha256')
    .update(readFileSync(join(out, 'home.js')))
    .update(readFileSync(join(out, 'home_bg.wasm')))
    .digest('hex')
    .slice(0, 16);
  const name = `quick-${hash}`;
  rmSync(join(dir, name), { recursive: true, force: true });
  cpSync(out, join(dir, name), { recursive: true });
  chmodSync(join(dir, name), 0o755);

  bundle(join(dir, appJs));
  bundle(join(dir, name, 'home.js'));

  // Trunk's preloads would fetch the whole app on the home page too.
  html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  const files = {
    app: { js: appJs, wasm: appWasm },
    quick: { js: `/${name}/home.js`, wasm: `/${name}/home_bg.wasm` },
  };
  if (!html.includes('__FILES__')) throw new Error(`quick.mjs: the loader in ${file} has no __FILES__`);
  html = html.replace('__FILES__', JSON.stringify(files));
  // What the loader needs to read the summaries memo (src/persist/summaries.rs) on its own: the
  // memo's format and the app version it must have been written by.
  const format = readFileSync('src/persist/summaries.rs', 'utf8').match(/^pub const SUMMARY_FORMAT: u32 = (\d+);$/m);
  const version = readFileSync('Cargo.toml', 'utf8').match(/^\[package\][^[]*?^version = "([^"]+)"$/m);
  if (!format || !version) throw new Error('quick.mjs: cannot find the memo format or the app version');
  if (!html.includes('__MEMO__')) throw new Error(`quick.mjs: the loader in ${file} has no __MEMO__`);
  html = html.replace('__MEMO__', JSON.stringify({ format: Number(format[1]), app: version[1] }));
  // The fingerprint of a stored text, one function for the app and the loader alike.
  const fingerprint = readFileSync('src/web/storage.rs', 'utf8').match(/^export (function fingerprint\(s\) \{[\s\S]*?^\})$/m);
  if (!fingerprint) throw new Error('quick.mjs: cannot find the fingerprint function in src/web/storage.rs');
  if (!html.includes('__FINGERPRINT__')) throw new Error(`quick.mjs: the loader in ${file} has no __FINGERPRINT__`);
  html = html.replace('__FINGERPRINT__', () => fingerprint[1]);
  if (!html.includes('"__QUICK_JS__"')) throw new Error(`quick.mjs: ${file} does not name the quick page's script`);
  html = html.replace('"__QUICK_JS__"', JSON.stringify(files.quick.js));
  // Every byte of the page is read by every visit before it shows anything (at 4× slowdown
  // the loader's comments alone cost some 20 ms of a first visit): the comments written for
  // whoever reads index.html, HTML and the inline scripts' own lines, and the scripts'
  // indentation, are left out of the page that is served.
  html = html.replace(/\s*<!--[\s\S]*?-->/g, '');
  html = html.replace(/(<script>)([\s\S]*?)(<\/script>)/g, (_, open, code, close) =>
    open + code.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('//')).join('\n') + close);
  writeFileSync(file, html);
} finally {
  rmSync(out, { recursive: true, force: true });
}
