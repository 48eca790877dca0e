// Screenshot helper for looking at pages the way a user sees them:
//   node scripts/shot.mjs URL OUT.png [WIDTH]   (SAMPLE=1 opens the sample model first, GOTO=Stage 3 follows a stage link, FULL=1 whole page,
//   PDF=A4 or PDF=Letter prints the page to OUT as PDF instead; `pdftoppm -png -r 60 OUT.pdf page` renders it)
import { chromium } from 'playwright-core';
const [url, out, width] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(width || 1280), height: 900 } });
p.on('console', (m) => m.type() !== 'warning' && console.log('console', m.type(), m.text().slice(0, 200)));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(url);
await p.waitForTimeout(800);
if (process.env.SAMPLE) {
  await p.getByRole('button', { name: 'Open the sample model' }).click();
  await p.waitForTimeout(800);
}
if (process.env.GOTO) { await p.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: new RegExp(process.env.GOTO) }).click(); await p.waitForTimeout(800); }
if (process.env.SCROLL) await p.getByRole('heading', { name: process.env.SCROLL }).scrollIntoViewIfNeeded();
if (process.env.PDF) await p.pdf({ path: out, format: process.env.PDF, printBackground: true });
else await p.screenshot({ path: out, fullPage: !!process.env.FULL });
console.log(p.url());
await b.close();
