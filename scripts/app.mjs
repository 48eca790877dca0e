// Builds the app split by route (called by scripts/quick.mjs, trunk's post-build hook).
//
// Trunk cannot split a module: wasm-split must cut the linked WebAssembly before wasm-bindgen
// reads it, and trunk runs wasm-bindgen itself. So index.html tells trunk to skip the app
// (`data-trunk-skip`) and this script does what trunk would, with the split in the middle:
//   1. cargo builds the app for wasm32 (build.rs links it with --emit-relocs);
//   2. wasm-split-cli cuts out the page groups (src/ui/pages.rs) into chunks, plus shared
//      chunks for code two groups use, and writes the loader `__wasm_split.js`;
//   3. wasm-bindgen runs on the main module only, keeping the exports the chunks link against;
//   4. in release, wasm-opt runs on every module with the parameters index.html gives trunk.
// Everything goes into app-<hash>/, named for its content: main and chunks share one memory
// layout, so the files of two builds must never mix, and a new build gets new addresses.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

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

/// Builds the app into `dir`/app-<hash>/ and returns its script's and main module's addresses.
export async function buildApp(dir, release, wasmOptParams) {
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
    const hash = createHash('sha256');
    for (const f of readdirSync(out, { recursive: true }).sort()) {
      const p = join(out, f);
      try {
        hash.update(f).update(readFileSync(p));
      } catch {
        // a folder (snippets/)
      }
    }
    const name = `app-${hash.digest('hex').slice(0, 16)}`;
    rmSync(join(dir, name), { recursive: true, force: true });
    cpSync(out, join(dir, name), { recursive: true });
    chmodSync(join(dir, name), 0o755);
    return { js: `/${name}/app.js`, wasm: `/${name}/app_bg.wasm` };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
