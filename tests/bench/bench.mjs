// `make bench`: size and speed of the release build, each figure a median over repeated runs
// with its spread. Budgets come from the issues; this prints figures and whether each is met.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { flows, generate, typeOneKey } from './model.mjs';
import { launch, startUp, SLOW_4G } from './cdp.mjs';
import { entryLinks, importText, storedWorkspace } from './workspace.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PORT = 4174;
const URL = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.BENCH_RUNS || 15);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const rows = [];
function report(name, values, unit, budget) {
  const m = median(values);
  const ok = budget === undefined ? '' : m <= budget ? `  ✓ budget ${budget} ${unit}` : `  ✗ OVER budget ${budget} ${unit}`;
  rows.push({ name, median: m, spread: spread(values), unit, budget });
  console.log(`${name.padEnd(44)} ${m.toFixed(1).padStart(9)} ${unit.padEnd(3)} (n=${values.length}, ${spread(values)})${ok}`);
}

// A server for the built app.
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

// 1. Bytes: what a first visit to the home page fetches, each file compressed on its own as a
// server would send it; then the app's modules: the main one every visit fetches, each page
// group's chunk (fetched when one of its pages opens), and the chunks groups share (the
// service worker fetches them all after the first visit, for offline use).
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
function bytes(title, paths, budget) {
  console.log(title);
  let total = 0;
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const bufs = paths.filter((p) => p.endsWith(`.${kind}`)).map((p) => readFileSync(join('dist', p)));
    if (!bufs.length) continue;
    const raw = bufs.reduce((n, b) => n + b.length, 0);
    const g = bufs.reduce((n, b) => n + gz(b), 0);
    const b = bufs.reduce((n, x) => n + br(x), 0);
    total += g;
    console.log(`${kind.padEnd(5)} raw ${(raw / 1024).toFixed(1).padStart(7)} KB   gzip ${(g / 1024).toFixed(1).padStart(6)} KB   brotli ${(b / 1024).toFixed(1).padStart(6)} KB   (${bufs.length} file${bufs.length > 1 ? 's' : ''})`);
    rows.push({ name: `${title} ${kind} bytes`, raw, gzip: g, brotli: b });
  }
  const verdict = budget === undefined ? '' : `  ${total / 1024 <= budget ? '✓' : '✗ OVER'} budget ${budget} KB`;
  console.log(`total gzip: ${(total / 1024).toFixed(1)} KB${verdict}`);
  return total;
}
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForFunction(() => performance.getEntriesByName('mos-interactive').length > 0);
  await page.waitForTimeout(500);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  await context.close();
  const home = ['index.html', ...new Set(fetched.map((p) => p.slice(1)).filter((p) => /\.(wasm|js|css)$/.test(p)))];
  console.log('\n# Bundle: a first visit to the home page');
  const total = bytes('home page visit', home, 150);
  rows.push({ name: 'home page visit, total gzip', gzip: total, budget: 150 * 1024 });
  // The app is split by route (scripts/app.mjs): its main module (script, the chunks' loader,
  // WebAssembly) in app-<hash>/, and each page group's chunk and the chunks they share beside it.
  const folder = readFileSync('dist/index.html', 'utf8').match(/fetch\("\/(app-[0-9a-f]+)\/app_bg\.wasm"\)/)[1];
  const files = readdirSync(join('dist', folder)).sort().map((f) => `${folder}/${f}`);
  const mainFiles = [`${folder}/app_bg.wasm`, ...files.filter((p) => p.endsWith('.js'))];
  console.log('\n# Bundle: the app\'s main module (fetched when the app starts: router, state, storage, home page)');
  bytes('app main module', mainFiles);
  // Each page group's own chunk (split_<group>.wasm), then the many small chunks of code that
  // some groups share (chunk_<n>.wasm), together.
  for (const chunk of files.filter((p) => /\/split_\w+\.wasm$/.test(p))) {
    console.log(`\n# Bundle: page group chunk ${chunk.split('/')[1]}`);
    bytes(`chunk ${chunk.split('/')[1]}`, [chunk]);
  }
  console.log('\n# Bundle: the chunks page groups share, together');
  bytes('shared chunks', files.filter((p) => /\/chunk_\d+\.wasm$/.test(p)));
  console.log('\n# Bundle: the whole app, all modules');
  bytes('app, all modules', files);
}

let links;
try {
  // 2. Navigation → interactive, over the bare DevTools protocol (tests/bench/cdp.mjs), each run
  // in a fresh browser context: the home page ("mos-interactive" is marked once it is drawn),
  // and every other way in (marked once the page's chunk has come and its view is built). With
  // it: the first contentful paint, the largest, when the interactive page was on screen (the
  // frame after the mark), and the bytes over the network before it was interactive.
  console.log('\n# Navigation → interactive (performance mark "mos-interactive"; bare DevTools protocol)');
  const returning = await storedWorkspace(browser, URL, 3, 100);
  links = await entryLinks(browser, URL);
  const bare = launch(ARGS);
  try {
    for (const [visit, stored] of [['home, first visit', []], ['home, 3 models stored', returning]]) {
      for (const rate of [1, 4]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await startUp(bare, URL, rate, stored));
        report(`interactive, ${visit}, CPU ${rate}× slowdown`, runs.map((r) => r.interactive), 'ms');
        report(`  first contentful paint, ${visit}, ${rate}×`, runs.map((r) => r.contentful), 'ms');
        report(`  interactive page painted, ${visit}, ${rate}×`, runs.map((r) => r.painted), 'ms');
      }
    }
    // As a phone meets each: slow 4G and 4× CPU (Lighthouse's mobile preset, applied).
    console.log('\n# Each way in on a phone: slow 4G, 4× CPU (DevTools throttling, fresh context)');
    const stage2 = `${URL}model/bench-returning-0/mapping`;
    for (const [entry, url, stored, lcpBudget, kbBudget] of [
      ['home, first visit', URL, [], 1500, 150],
      ['home, 3 models stored', URL, returning, 1500, 150],
      ['invitation link', links.invitation, [], 2000, 250],
      ['read-only link', links.readOnly, [], 2000, 250],
      ['reply link', links.reply, [], 2000, 250],
      ["stored model's Stage 2", stage2, returning, 2000, 250],
    ]) {
      const runs = [];
      for (let i = 0; i < Math.min(RUNS, 5); i++) runs.push(await startUp(bare, url, 4, stored, SLOW_4G));
      report(`${entry}: interactive`, runs.map((r) => r.interactive), 'ms');
      report(`${entry}: largest contentful paint`, runs.map((r) => r.largest), 'ms', lcpBudget);
      report(`${entry}: KB before interactive`, runs.map((r) => r.bytes / 1024), 'KB', kbBudget);
    }
  } finally {
    await bare.close();
  }

  // From one stage to another on a fast connection: the click on "Stage 3" to its page drawn,
  // the first time in a page load (its chunk fetched: from the server on the first run, from
  // the browser's cache after; no offline worker) and the second (its chunk already loaded).
  {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const first = [];
    const again = [];
    await importText(page, URL, generate(100, [], 'bench-returning-0'));
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${URL}model/bench-returning-0/dialogue`);
      await page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' }).waitFor();
      for (const times of [first, again]) {
        times.push(await page.evaluate(async () => {
          const link = (name) => [...document.querySelectorAll('nav a')].find((a) => a.textContent.includes(name));
          const t0 = performance.now();
          link('Stage 3').click();
          await new Promise((resolve) => {
            const check = () => (document.querySelector('h1')?.textContent.startsWith('Stage 3') ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
            check();
          });
          const t = performance.now() - t0;
          link('Stage 1').click();
          await new Promise((resolve) => {
            const check = () => (document.querySelector('h1')?.textContent.startsWith('Stage 1') ? resolve() : requestAnimationFrame(check));
            check();
          });
          return t;
        }));
      }
    }
    report('Stage 1 → Stage 3 drawn, chunk fetched', first, 'ms', 150);
    report('Stage 1 → Stage 3 drawn, chunk loaded', again, 'ms', 150);
    await context.close();
  }

  // The same for a consultant's workspace: eight stored models of ~165 KB each as stored (400
  // flows), unthrottled. Through Playwright, whose own work in the page is included here.
  {
    const context = await browser.newContext();
    const setup = await context.newPage();
    for (let m = 0; m < 8; m++) await importText(setup, URL, generate(400, [], `bench-client-${m}`));
    await setup.close();
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      times.push(await interactiveAt(page));
      if (i === 0 && (await page.locator('ul.model-list > li').count()) !== 8) throw new Error('bench: the eight models are not listed');
      await page.close();
    }
    report('interactive, 8 stored models of ~165 KB (Playwright)', times, 'ms');
    await context.close();
  }

  // The first control used on the home page: from the click on "Create model" to Stage 1 on
  // screen (its chunk fetched), in a fresh browser.
  {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await interactiveAt(page);
      await page.getByLabel('Company name').fill('Bench Co');
      times.push(await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Create model');
        const t0 = performance.now();
        button.click();
        await new Promise((resolve) => {
          const check = () => (document.querySelector('h1')?.textContent.startsWith('Stage 1') ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t0;
      }));
      await context.close();
    }
    report('first control used: Create → Stage 1 shown', times, 'ms');
  }

  // A full browser store is said at once: from the keystroke that cannot be saved to the
  // alert on screen (the save debounce included).
  {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await interactiveAt(page);
      await page.getByLabel('Company name').fill('Full Store Ltd');
      await page.getByRole('button', { name: 'Create model' }).click();
      await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
      const name = page.getByRole('main').getByLabel('Company name');
      await name.focus();
      await page.evaluate(() => {
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
        window.__typed = new Promise((resolve) => document.addEventListener('input', () => resolve(performance.now()), { once: true }));
      });
      await page.keyboard.type('x');
      times.push(await page.evaluate(async () => {
        const t0 = await window.__typed;
        await new Promise((resolve) => {
          const shown = () => [...document.querySelectorAll('[role=alert]')].some((a) => a.textContent.includes('Browser storage is full'));
          const check = () => (shown() ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t0;
      }));
      await context.close();
    }
    report('storage full: keystroke → alert shown', times, 'ms', 1000);
  }

  // 3. Autosave of a 1,000-flow model; 4. export and import of a 500 KB model.
  console.log('\n# Autosave, export, import (User Timing measures in the app)');
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(URL);
  const big = generate(1000);
  await importText(page, URL, big);
  const saves = [];
  const memos = [];
  const note = page.getByRole('main').getByLabel('Company name');
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => { performance.clearMeasures('mos-save'); performance.clearMeasures('mos-save-memo'); });
    await note.press('End');
    await note.type('x');
    await page.waitForFunction(() => performance.getEntriesByName('mos-save').length > 0);
    const [save, memo] = await page.evaluate(() => ['mos-save', 'mos-save-memo'].map((n) => performance.getEntriesByName(n)[0].duration));
    saves.push(save);
    memos.push(memo);
  }
  console.log(`(model with 1,000 flows: ${(big.length / 1024).toFixed(0)} KB as exported)`);
  report('autosave, 1,000-flow model', saves, 'ms', 10);
  report('  of which the summaries memo', memos, 'ms');

  // Stage 2 with the 1,000-flow model: the matrix render, findings, and typing in a flow.
  console.log('\n# Stage 2 with 1,000 flows');
  const renders = [];
  const finds = [];
  const keys = [];
  await page.evaluate(() => {
    window.__findings = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'mos-findings') window.__findings.push(e.duration);
    }).observe({ type: 'measure' });
  });
  for (let i = 0; i < Math.min(RUNS, 7); i++) {
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 1/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' }).waitFor();
    renders.push(await page.evaluate(async () => {
      // The map is under "Go deeper", which a link to a place inside it opens.
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.includes('Stage 2'));
      const href = link.getAttribute('href');
      link.setAttribute('href', `${href}#map`);
      const t0 = performance.now();
      link.click();
      link.setAttribute('href', href);
      await new Promise((resolve) => {
        // Rendered when every row's four cells are there (cells list their first flows only).
        const check = () => (document.querySelectorAll('.cell').length >= 20 && document.querySelector('li.flow-item') ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }));
  }
  report('Stage 2 matrix render (click → painted)', renders, 'ms', 100);
  // Each opening of the page computed the findings once (the app keeps only the latest
  // measure, so an observer collects them as they come).
  await page.waitForTimeout(100);
  finds.push(...await page.evaluate(() => window.__findings.splice(0)));
  await page.locator('li.flow-item summary').first().click();
  const nameBox = page.locator('li.flow-item').first().getByLabel('Flow name');
  await nameBox.focus();
  await page.waitForTimeout(100);
  await page.evaluate(() => window.__findings.splice(0));
  for (let i = 0; i < RUNS; i++) keys.push(await typeOneKey(page));
  await page.waitForTimeout(100);
  const rerun = await page.evaluate(() => window.__findings.length);
  report('typing in a flow: input → next paint', keys, 'ms', 16);
  report('findings recompute (on opening the page)', finds, 'ms', 5);
  console.log(`findings re-run while typing ${RUNS} keys into a flow's name: ${rerun} times`);
  rows.push({ name: 'findings re-runs while typing a flow name', median: rerun, unit: 'runs', keys: RUNS });

  // Stage 3: comparing two versions of a 1,000-flow model, and autosave with 20 versions.
  console.log('\n# Versions (Stage 3)');
  const flowsA = flows(1000);
  const flowsB = flowsA.filter((_, i) => i % 20 !== 7).map((f, i) => ({
    ...f,
    name: i % 10 === 0 ? `${f.name} (renamed)` : f.name,
    owner: i % 15 === 0 ? 100 + ((f.owner - 100 + 1) % 4) : f.owner,
    status: i % 25 === 0 ? 'gap' : f.status,
  }));
  for (let i = 0; i < 50; i++) flowsB.push({ ...flowsA[i], id: 500000 + i * 2, name: `New flow ${i}`, kpis: [] });
  // A clean slate: browser storage holds about 5 MB, and each version is a full copy.
  await page.evaluate(() => localStorage.clear());
  const twoVersions = generate(1000, [{ name: 'Q3', flows: flowsA }, { name: 'Q4', flows: flowsB }], 'bench-versions', flowsB);
  await importText(page, URL, twoVersions);
  // The versions are under "Go deeper", which a link to them opens.
  await page.goto(`${URL}model/bench-versions/operations#versions`);
  const compareWith = page.getByRole('combobox', { name: 'with', exact: true });
  await compareWith.waitFor();
  const compares = [];
  const q3 = (await compareWith.locator('option', { hasText: 'Q3' }).textContent()).trim();
  for (let i = 0; i < RUNS; i++) {
    // Q4 against Q3 is measured; switching back to "the model now" in between re-arms it.
    await compareWith.selectOption({ label: 'The model now' });
    await page.evaluate(() => performance.clearMeasures('mos-compare'));
    await compareWith.selectOption({ label: q3 });
    await page.waitForFunction(() => performance.getEntriesByName('mos-compare').length > 0);
    compares.push(await page.evaluate(() => performance.getEntriesByName('mos-compare')[0].duration));
  }
  console.log(`(comparing versions of ${flowsA.length} and ${flowsB.length} flows; "Compare" is Q4)`);
  report('compare two versions, 1,000 flows', compares, 'ms', 50);
  const twenty = Array.from({ length: 20 }, (_, v) => ({ name: `Week ${v + 1}`, flows: flows(100) }));
  await page.evaluate(() => localStorage.clear());
  await importText(page, URL, generate(100, twenty, 'bench-twenty'));
  const company = page.getByRole('main').getByLabel('Company name');
  const saves20 = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => performance.clearMeasures('mos-save'));
    await company.press('End');
    await company.type('x');
    await page.waitForFunction(() => performance.getEntriesByName('mos-save').length > 0);
    saves20.push(await page.evaluate(() => performance.getEntriesByName('mos-save')[0].duration));
  }
  console.log('(model with 100 flows and 20 versions, each a full copy)');
  report('autosave, model with 20 versions', saves20, 'ms', 20);

  let n = 200;
  let doc = generate(n);
  while (doc.length < 500 * 1024) { n = Math.ceil(n * (500 * 1024) / doc.length) + 5; doc = generate(n); }
  console.log(`(500 KB model: ${n} flows, ${(doc.length / 1024).toFixed(0)} KB)`);
  const imports = [];
  const exports = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(URL);
    await importText(page, URL, doc.replace('"id": "bench-model"', `"id": "bench-${i}"`));
    imports.push(await page.evaluate(() => performance.getEntriesByName('mos-import')[0].duration));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: 'Model tools' }).getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    await download.path();
    exports.push(await page.evaluate(() => performance.getEntriesByName('mos-export')[0].duration));
    await page.evaluate(() => { for (const k of Object.keys(localStorage)) localStorage.removeItem(k); });
  }
  report('import 500 KB (parse, check, migrate, save)', imports, 'ms', 150);
  report('export 500 KB (serialise, download)', exports, 'ms', 50);

  // Share links: a model of about 10 KB and one of about 50 KB of JSON (the app's own
  // compact encoding, as stored), each made into a link from the report and opened again.
  console.log('\n# Share links');
  const storedSize = async (n) => {
    await page.evaluate(() => localStorage.clear());
    await importText(page, URL, generate(n, [], 'bench-link'));
    return page.evaluate(() => localStorage.getItem('mos.model.bench-link').length);
  };
  const base = await storedSize(0);
  const perFlow = ((await storedSize(20)) - base) / 20;
  for (const [target, limit] of [[10 * 1024, 8000], [50 * 1024, 32767]]) {
    const n = Math.max(0, Math.round((target - base) / perFlow));
    const size = await storedSize(n);
    await page.goto(`${URL}model/bench-link/report`);
    const builds = [];
    let link = '';
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => performance.clearMeasures('mos-link-build'));
      await page.getByRole('button', { name: 'Make a read-only link' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('mos-link-build').length > 0);
      builds.push(await page.evaluate(() => performance.getEntriesByName('mos-link-build')[0].duration));
      link = await page.getByRole('textbox', { name: 'Read-only link' }).inputValue();
    }
    const opens = [];
    const reader = await browser.newPage();
    for (let i = 0; i < RUNS; i++) {
      await reader.goto('about:blank');
      await reader.goto(link);
      await reader.getByRole('button', { name: 'Save a copy to my workspace' }).waitFor();
      opens.push(await reader.evaluate(() => performance.getEntriesByName('mos-link-open')[0].duration));
    }
    // The same link pasted into the app once it is running: the fragment alternates between
    // "#1." and "#01." (the same codec version, the same data) so each paste is a change.
    const fragment = link.split('#')[1].slice(2);
    const pastes = [];
    for (let i = 0; i < RUNS; i++) {
      await reader.evaluate(() => performance.clearMeasures('mos-link-open'));
      await reader.evaluate((f) => { location.hash = f; }, `${i % 2 ? '1.' : '01.'}${fragment}`);
      await reader.waitForFunction(() => performance.getEntriesByName('mos-link-open').length > 0);
      pastes.push(await reader.evaluate(() => performance.getEntriesByName('mos-link-open')[0].duration));
    }
    await reader.close();
    const kb = (size / 1024).toFixed(1);
    console.log(`(model of ${kb} KB JSON, ${n} flows: link of ${link.length} characters; budget ${limit} ${link.length <= limit ? '✓' : '✗ OVER'})`);
    rows.push({ name: `link length, ${kb} KB model`, median: link.length, spread: '', unit: 'chars', budget: limit });
    report(`build a link, ${kb} KB model`, builds, 'ms', 150);
    report(`open a link in a running app, ${kb} KB model`, pastes, 'ms', 20);
    report(`open a link as the app starts, ${kb} KB model`, opens, 'ms');
  }
} finally {
  await browser.close();
}

// 5. Lighthouse, mobile preset (its default), performance only: the home page, and the links
// people first meet the app by (a deep link to a stored model needs storage Lighthouse clears:
// section 2 times it).
console.log('\n# Lighthouse (mobile preset, performance)');
const lhRuns = Number(process.env.LIGHTHOUSE_RUNS || 3);
/** Lighthouse's performance score, LCP and total blocking time over `lhRuns` runs of `url`. */
function lighthouse(url, extra = []) {
  const runs = [];
  for (let i = 0; i < lhRuns; i++) {
    const out = execFileSync('node_modules/.bin/lighthouse', [url, '--only-categories=performance', '--output=json', '--quiet', ...extra,
      `--chrome-flags=--headless=new ${ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
    const lhr = JSON.parse(out.toString());
    runs.push({
      score: Math.round(lhr.categories.performance.score * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
    });
  }
  return runs;
}
for (const [entry, url, scoreBudget, lcpBudget] of [
  ['home page', URL, 98, 1500],
  ['invitation link', links?.invitation, 95, 2000],
  ['read-only link', links?.readOnly, 95, 2000],
  ['reply link', links?.reply, 95, 2000],
]) {
  if (!url) continue;
  const runs = lighthouse(url);
  const score = runs.map((r) => r.score);
  report(`Lighthouse ${entry}: score`, score, 'pts');
  console.log(`  budget ≥ ${scoreBudget}: median ${median(score)} ${median(score) >= scoreBudget ? '✓' : '✗'}`);
  report(`Lighthouse ${entry}: LCP`, runs.map((r) => r.lcp), 'ms', lcpBudget);
  report(`Lighthouse ${entry}: total blocking time`, runs.map((r) => r.tbt), 'ms', entry === 'home page' ? undefined : 150);
}
server.kill();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));

/** Loads the home page and returns when it became interactive (the app's "mos-interactive" mark). */
async function interactiveAt(page) {
  await page.goto(URL);
  await page.waitForFunction(() => performance.getEntriesByName('mos-interactive').length > 0);
  return page.evaluate(() => performance.getEntriesByName('mos-interactive')[0].startTime);
}

