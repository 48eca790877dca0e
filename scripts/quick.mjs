// Trunk post-build hook (first of three): builds the quick home page and writes the loader.
//
// Trunk builds the app (src/main.rs) and writes a loader that fetches it on every page. This
// hook builds the second module, the quick home page (src/bin/home.rs), the same way trunk
// builds the first: cargo for wasm32, wasm-bindgen for the web, wasm-opt in release with the
// parameters index.html gives trunk. It goes into quick-<hash>/ (its own wasm-bindgen snippets
// beside it). Then trunk's loader and preload links come out of index.html, and the loader
// there (window.mos) gets both modules' file names, with the scripts each one imports.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const source = readFileSync(process.env.TRUNK_HTML_FILE || 'index.html', 'utf8');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

// The app's files, from the loader trunk wrote.
const trunkLoader = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/);
if (!trunkLoader) throw new Error(`quick.mjs: trunk's loader is not in ${file}`);
const [, appJs, appWasm] = trunkLoader;

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'home', ...(release ? ['--release'] : [])]);
const built = join('target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'home.wasm');
const out = mkdtempSync(join(tmpdir(), 'mos-quick-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'home', built]);
  if (release) {
    const params = source.match(/data-wasm-opt-params="([^"]*)"/);
    const wasm = join(out, 'home_bg.wasm');
    run('wasm-opt', ['-Oz', ...(params ? params[1].split(/\s+/).filter(Boolean) : []), wasm, '-o', wasm]);
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

  html = html.replace(trunkLoader[0], '');
  // Trunk's preloads would fetch the whole app on the home page too.
  html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  const scripts = (sub) => {
    const at = join(dir, sub);
    if (!existsSync(at)) return [];
    return readdirSync(at, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => `/${sub}/${f.split(sep).join('/')}`);
  };
  const files = {
    app: { js: appJs, wasm: appWasm, imports: scripts('snippets') },
    quick: { js: `/${name}/home.js`, wasm: `/${name}/home_bg.wasm`, imports: scripts(`${name}/snippets`) },
  };
  if (!html.includes('__FILES__')) throw new Error(`quick.mjs: the loader in ${file} has no __FILES__`);
  html = html.replace('__FILES__', JSON.stringify(files));
  writeFileSync(file, html);
} finally {
  rmSync(out, { recursive: true, force: true });
}
