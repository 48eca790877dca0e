import { chromium } from 'playwright-core';
const [url, out, width] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(width||1280), height: 900 } });
p.on('console', m => console.log('console', m.type(), m.text().slice(0, 200)));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto(url);
await p.waitForTimeout(1500);
if (process.env.CREATE) { await p.getByLabel('Company name').fill('Acme'); await p.getByRole('button', {name:'Create model'}).click(); await p.waitForTimeout(800); }
await p.screenshot({ path: out, fullPage: !!process.env.FULL });
console.log(p.url());
await b.close();
