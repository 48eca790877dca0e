// Trunk post-build hook (first of three): builds the app split by route and writes the page's
// start script.
//
// Trunk cannot split a module: wasm-split must cut the linked WebAssembly before wasm-bindgen
// reads it, and trunk runs wasm-bindgen itself. So index.html tells trunk to skip the app
// (`data-trunk-skip`) and this script does what trunk would, with the split in the middle:
//   1. cargo builds the app for wasm32 (build.rs links it with --emit-relocs);
//   2. wasm-split-cli cuts out the page groups (src/ui/pages.rs) into chunks, plus shared
//      chunks for code two groups use, and writes the loader `__wasm_split.js`;
//   3. wasm-bindgen runs on the main module only, keeping the exports the chunks link against;
//   4. in release, wasm-opt runs on every module with the parameters index.html gives trunk;
//   5. the wasm-bindgen snippets (the `inline_js` in src/web) are written into the main
//      script, so that it is one script (and the chunks' loader beside it), not a chain of
//      imports.
// Everything goes into app-<hash>/, named for its content: main and chunks share one memory
// layout, so the files of two builds must never mix, and a new build gets new addresses.
// Then index.html's start script gets the main module's script and WebAssembly names.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

// wasm-opt on many files, as many at once as there are cores. Its warnings about the name
// subsections wasm-split writes (which it drops) are left out.
async function optimise(files, args) {
  const queue = [...files];
  const one = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      await new Promise((resolve, reject) => {
        const p = spawn('wasm-opt', [...args, f, '-o', f], { stdio: ['ignore', 'inherit', 'pipe'] });
        let err = '';
        p.stderr.on('data', (d) => { err += d; });
        p.on('error', reject);
        p.on('close', (code) => {
          const shown = err.split('\n').filter((l) => l && !/^warning: unknown name subsection/.test(l)).join('\n');
          if (shown) process.stderr.write(`${shown}\n`);
          code === 0 ? resolve() : reject(new Error(`wasm-opt failed on ${f}`));
        });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, one));
}

// Writes the snippets a wasm-bindgen script imports into the script itself, each as a
// function scope of its own (so their names cannot clash), and deletes the snippet files.
function bundle(script) {
  const snippets = new Map();
  const js = readFileSync(script, 'utf8').replace(/^import (\{[^}]*\}|\* as \w+) from (['"])(\.\/snippets\/[^'"]+)\2;?$/gm, (_, what, __, path) => {
    if (!snippets.has(path)) {
      const code = readFileSync(join(dirname(script), path), 'utf8');
      if (/^\s*(import|export (?!(?:async )?function ))/m.test(code)) throw new Error(`app.mjs: ${path} is more than exported functions`);
      const names = [...code.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
      snippets.set(path, { id: `__snippet${snippets.size}`, code: code.replace(/^export (?=(?:async )?function )/gm, ''), names });
    }
    const { id } = snippets.get(path);
    return what.startsWith('*') ? `const ${what.slice(1).replace(/^\s*as\s+/, '')} = ${id};` : `const ${what.replace(/ as /g, ': ')} = ${id};`;
  });
  // Besides the snippets, the script imports only the split chunks' loader beside it.
  if (/^import (?!.*from ['"]\.\/__wasm_split\.js['"];?$)/m.test(js)) throw new Error(`app.mjs: ${script} imports something other than snippets`);
  const scopes = [...snippets.values()].map(({ id, code, names }) => `const ${id} = (() => {${code}\nreturn { ${names.join(', ')} };\n})();\n`);
  writeFileSync(script, scopes.join('') + js);
  rmSync(join(dirname(script), 'snippets'), { recursive: true, force: true });
}

/// Builds the app into `dir`/app-<hash>/ and returns its script's and main module's addresses.
async function buildApp(dir, release, wasmOptParams) {
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'marketing-os', ...(release ? ['--release'] : [])]);
  const linked = join('target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'marketing-os.wasm');
  const out = mkdtempSync(join(tmpdir(), 'mos-app-'));
  try {
    run('wasm-split-cli', [linked, out, '--target', 'web', '--out-name', 'app']);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle', '--out-dir', out, '--out-name', 'app', join(out, 'app.wasm')]);
    rmSync(join(out, 'app.wasm'));
    const wasm = readdirSync(out).filter((f) => f.endsWith('.wasm')).sort();
    if (release) {
      await optimise(wasm.map((f) => join(out, f)), ['-Oz', ...wasmOptParams]);
    }
    bundle(join(out, 'app.js'));
    const hash = createHash('sha256');
    // Files only: bundle() has written the snippets into the script and removed their folder.
    for (const f of readdirSync(out).sort()) hash.update(f).update(readFileSync(join(out, f)));
    const name = `app-${hash.digest('hex').slice(0, 16)}`;
    rmSync(join(dir, name), { recursive: true, force: true });
    cpSync(out, join(dir, name), { recursive: true });
    chmodSync(join(dir, name), 0o755);
    return { js: `/${name}/app.js`, wasm: `/${name}/app_bg.wasm` };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const source = readFileSync(process.env.TRUNK_HTML_FILE || 'index.html', 'utf8');
const wasmOptParams = (source.match(/data-wasm-opt-params="([^"]*)"/) || [, ''])[1].split(/\s+/).filter(Boolean);
const { js, wasm } = await buildApp(dir, release, wasmOptParams);
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
for (const [mark, name] of [['__APP_JS__', js], ['__APP_WASM__', wasm]]) {
  if (!html.includes(`'${mark}'`)) throw new Error(`app.mjs: the start script in ${file} has no '${mark}'`);
  html = html.replace(`'${mark}'`, JSON.stringify(name));
}
// Every byte of the page is read by every visit before it shows anything: the comments written
// for whoever reads index.html, and the inline scripts' comment lines and indentation, are
// left out of the page that is served.
html = html.replace(/\s*<!--[\s\S]*?-->/g, '');
html = html.replace(/(<script[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open, code, close) =>
  open + code.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('//')).join('\n') + close);
writeFileSync(file, html);
