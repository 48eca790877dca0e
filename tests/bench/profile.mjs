// Profiles typing in a flow of the 1,000-flow model: `node tests/bench/profile.mjs DIR` where
// DIR holds a build whose wasm keeps its function names, made without wasm-opt:
//   cargo build --release --target wasm32-unknown-unknown --bin marketing-os
//   wasm-bindgen --target web --no-typescript --out-dir DIR --out-name app \
//     target/wasm32-unknown-unknown/release/marketing-os.wasm
// plus dist/index.html with its script pointing at /app.js and /app_bg.wasm, and the CSS.
// Prints rendering metrics per key and the top self times (TRACE=1: Chromium trace events).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { generate, typeOneKey } from './model.mjs';
const DIR = process.argv[2] || 'dist';
const PORT = 4175;
const URL = `http://127.0.0.1:${PORT}/`;
const server = spawn('node', ['scripts/serve.mjs', DIR, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(URL);
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(generate(1000)) });
  await page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' }).waitFor();
  // The map is under "Go deeper", which a link to a place inside it opens.
  const stage2 = page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ });
  await stage2.evaluate((a) => a.setAttribute('href', `${a.getAttribute('href')}#map`));
  await stage2.click();
  await page.locator('li.flow-item summary').first().click();
  await page.locator('li.flow-item').first().getByLabel('Flow name').focus();
  if (process.env.NODES) console.log(await page.evaluate(() => [...document.querySelectorAll('main > *, main section, .cell, nav, header')].map((e) => `${e.tagName}.${e.className}#${e.id} ${e.getElementsByTagName('*').length}`).join('\n')));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Performance.enable');
  const m0 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  if (process.env.TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'viz'] });
  else await cdp.send('Profiler.start');
  const times = [];
  for (let i = 0; i < 40; i++) {
    times.push(await typeOneKey(page));
  }
  if (process.env.TRACE) {
    const buf = await browser.stopTracing();
    const ev = JSON.parse(buf.toString()).traceEvents;
    const agg = new Map();
    for (const e of ev) if (e.ph === 'X' && e.dur) { const k = `${e.tid} ${e.name}`; agg.set(k, (agg.get(k) || 0) + e.dur / 1000); }
    for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / 40).toFixed(2).padStart(7)} ms/key  ${k}`);
    process.exit(0);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const m1 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  for (const k of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'RecalcStyleCount', 'LayoutCount', 'Nodes']) {
    const d = m1[k] - (m0[k] || 0);
    console.log(k.padEnd(22), k.endsWith('Duration') ? `${((d * 1000) / 40).toFixed(2)} ms/key` : `${d} (now ${m1[k]})`);
  }
  times.sort((a, b) => a - b);
  console.log('median input→paint', times[20].toFixed(1), 'ms');
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const k = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`;
    self.set(k, (self.get(k) || 0) + (dt[i] || 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 30))) {
    console.log(`${(v / 40).toFixed(2).padStart(7)} ms/key ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k.slice(0, 150)}`);
  }
} finally {
  await browser.close();
  server.kill();
}
