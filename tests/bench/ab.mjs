// Start-up of two builds compared, run for run: `node tests/bench/ab.mjs DIST_A DIST_B`
// (e.g. dist and another checkout's dist). On this two-core machine a batch's median moves by
// ±50 ms from one batch to the next, so a change is judged by interleaved runs, never by two
// batches taken apart. Each run is a fresh browser context at 4× CPU slowdown (RATE=1 for
// none), alternating which build goes first; N runs per build and case (default 21); CASES
// picks "first" (nothing stored) and/or "stored" (three 100-flow models).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { launch, startUp } from './cdp.mjs';
import { storedWorkspace } from './workspace.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const dists = process.argv.slice(2);
if (dists.length !== 2) throw new Error('usage: node tests/bench/ab.mjs DIST_A DIST_B');
const N = Number(process.env.N || 21);
const RATE = Number(process.env.RATE || 4);
const CASES = (process.env.CASES || 'first,stored').split(',');
const builds = dists.map((dist, i) => ({ name: 'AB'[i], dist, url: `http://127.0.0.1:${4181 + i}/` }));
const servers = builds.map((b, i) => spawn('node', ['scripts/serve.mjs', b.dist, String(4181 + i)], { stdio: 'ignore' }));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
try {
  await new Promise((r) => setTimeout(r, 1000));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const stored = CASES.includes('stored') ? await storedWorkspace(browser, builds[0].url, 3, 100) : [];
  await browser.close();
  const bare = launch(ARGS);
  try {
    for (const visit of CASES) {
      const runs = { A: [], B: [] };
      for (let i = 0; i < N; i++) {
        for (const b of i % 2 ? builds : [...builds].reverse()) runs[b.name].push(await startUp(bare, b.url, RATE, visit === 'stored' ? stored : []));
      }
      for (const b of builds) {
        const m = (k) => median(runs[b.name].map((r) => r[k])).toFixed(0).padStart(4);
        console.log(`${visit.padEnd(6)} ${b.name} ${b.dist.padEnd(24)} interactive ${m('interactive')}  first paint ${m('contentful')}  painted ${m('painted')} ms (median of ${N}, ${RATE}×)`);
      }
    }
  } finally {
    await bare.close();
  }
} finally {
  servers.forEach((s) => s.kill());
}
