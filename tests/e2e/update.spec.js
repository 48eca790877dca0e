// A new build reaches someone who already has the app, online and offline, without a page
// mixing two builds and without losing their models. Two builds are made from dist/: build A
// as it is, and build B with a changed stylesheet (new hashed name, new integrity) and the
// app in a folder of another name, as a new build of it gets (with a new sw.js from
// scripts/sw.mjs). A server serves whichever build `current` points at.
import { test, expect, createModel, saved } from './fixtures.js';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, renameSync, unlinkSync, symlinkSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const PORT = 4177;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
// One server on one port at a time.
test.describe.configure({ mode: 'serial' });

function makeBuilds() {
  const root = mkdtempSync(join(tmpdir(), 'mos-update-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  cpSync('dist', a, { recursive: true });
  cpSync('dist', b, { recursive: true });
  const oldCss = readdirSync(b).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
  const body = `${readFileSync(join(b, oldCss), 'utf8')}\n/* the next build */\n`;
  const newCss = `main-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.css`;
  unlinkSync(join(b, oldCss));
  writeFileSync(join(b, newCss), body);
  const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
  const html = readFileSync(join(b, 'index.html'), 'utf8');
  const next = html.replace(new RegExp(`href="/${oldCss}" integrity="[^"]*"`), `href="/${newCss}" integrity="${integrity}"`);
  if (next === html) throw new Error('could not point build B at its stylesheet');
  // A new build of the app is a new folder (scripts/app.mjs names it for its content).
  const oldApp = readdirSync(b).find((f) => /^app-[0-9a-f]+$/.test(f));
  const newApp = `app-${createHash('sha256').update(`${oldApp} next`).digest('hex').slice(0, 16)}`;
  renameSync(join(b, oldApp), join(b, newApp));
  writeFileSync(join(b, 'index.html'), next.replaceAll(`/${oldApp}/`, `/${newApp}/`));
  // The start script names the new folder: the page's policy gets its new hash.
  execFileSync('node', ['scripts/csp.mjs', b]);
  execFileSync('node', ['scripts/sw.mjs', b]);
  const cacheOf = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const CACHE = '([^']+)'/)[1];
  symlinkSync(a, join(root, 'current'));
  return { root, a, b, oldCss, newCss, cacheA: cacheOf(a), cacheB: cacheOf(b) };
}

function serve(dir) {
  const server = spawn('node', ['scripts/serve.mjs', dir, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => server.stdout.once('data', () => resolve(server)));
}

/** The stylesheet the page loaded, and whether the browser applied it. */
const stylesheet = (page) =>
  page.evaluate(() => {
    const link = document.querySelector('link[rel=stylesheet]');
    return { name: new URL(link.href).pathname.slice(1), rules: link.sheet ? link.sheet.cssRules.length : 0 };
  });

const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });

/** The cache of the build whose worker is active, asked of the workers themselves. */
async function activeBuild(context) {
  for (const worker of context.serviceWorkers()) {
    const [cache, state] = await worker.evaluate(() => [CACHE, self.serviceWorker.state]).catch(() => []);
    if (state === 'activated') return cache;
  }
  return null;
}

const caches = (page) => page.evaluate(async () => (await self.caches.keys()).filter((k) => k.startsWith('mos-')).sort());

test('a new build replaces the old one online and offline, and the models stay', async ({ context }) => {
  const builds = makeBuilds();
  expect(builds.cacheA).not.toBe(builds.cacheB);
  const server = await serve(join(builds.root, 'current'));
  try {
    // First visit on build A: a model, and a worker holding build A.
    const page = await context.newPage();
    await createModel(page, 'Update Co');
    // The field is under "Go deeper", which a link to a place inside opens (and keeps open on reload).
    await page.goto(`${page.url()}#market-heading`);
    await page.getByRole('textbox', { name: 'How you hear and influence it' }).fill('Before the update');
    await saved(page);
    const url = page.url();
    await controlled(page);
    expect(await caches(page)).toEqual([builds.cacheA]);

    // Build B goes live. The next load is build B, whole: its page and its stylesheet.
    unlinkSync(join(builds.root, 'current'));
    symlinkSync(builds.b, join(builds.root, 'current'));
    await page.reload();
    // Build B's files are new to the server, which compresses each the first time it is asked
    // (seconds for the larger modules when the machine is busy).
    await expect(page.getByRole('textbox', { name: 'How you hear and influence it' })).toHaveValue('Before the update', { timeout: 30_000 });
    expect(await stylesheet(page)).toEqual({ name: builds.newCss, rules: expect.any(Number) });
    expect((await stylesheet(page)).rules).toBeGreaterThan(50);

    // Build B's worker has installed and waits while build A's worker serves this tab.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update();
      for (let i = 0; i < 100 && !reg.waiting; i++) await new Promise((r) => setTimeout(r, 50));
      if (!reg.waiting) throw new Error('build B\'s worker never installed');
    });
    // Offline meanwhile: build A, whole, from build A's cache.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'How you hear and influence it' })).toHaveValue('Before the update');
    expect((await stylesheet(page)).name).toBe(builds.oldCss);
    await context.setOffline(false);

    // Once every tab of the app has closed, the browser lets build A's worker go and build
    // B's takes over, dropping build A's cache; the next visit is build B's. (The next tab
    // opens after the browser has seen the last one go: a tab opened while it still counts
    // build A's last tab would, rightly, stay with build A.)
    await page.close();
    await expect.poll(() => activeBuild(context)).toBe(builds.cacheB);
    const next = await context.newPage();
    await next.goto(url);
    await expect(next.getByRole('textbox', { name: 'How you hear and influence it' })).toHaveValue('Before the update');
    await controlled(next);
    await expect.poll(() => caches(next)).toEqual([builds.cacheB]);

    // Offline now: build B, whole, and the model with an edit made offline.
    await context.setOffline(true);
    await next.reload();
    expect((await stylesheet(next)).name).toBe(builds.newCss);
    await next.getByRole('textbox', { name: 'How you hear and influence it' }).fill('After the update, offline');
    await saved(next);
    await next.goto('/');
    await expect(next.getByRole('link', { name: 'Update Co' })).toBeVisible();
    await context.setOffline(false);
  } finally {
    server.kill();
    rmSync(builds.root, { recursive: true, force: true });
  }
});

test('a tab left open on the old build says a page cannot load, and its reload brings the new build', async ({ browser }) => {
  // No offline worker yet (a first visit, or a browser without one): nothing keeps build A's
  // chunks once build B is live.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const builds = makeBuilds();
  const server = await serve(join(builds.root, 'current'));
  try {
    const page = await context.newPage();
    await createModel(page, 'Open Tab Co');
    await page.goto(`${page.url()}#market-heading`);
    await page.getByRole('textbox', { name: 'How you hear and influence it' }).fill('Typed on build A');
    await saved(page);

    // Build B goes live under the open tab, whose app has not fetched the report's chunk.
    unlinkSync(join(builds.root, 'current'));
    symlinkSync(builds.b, join(builds.root, 'current'));
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This page could not be loaded' })).toBeVisible();
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Open Tab Co/ })).toBeVisible({ timeout: 30_000 });
    expect((await stylesheet(page)).name).toBe(builds.newCss);
    await page.goto(page.url().replace(/report$/, 'dialogue#market-heading'));
    await expect(page.getByRole('textbox', { name: 'How you hear and influence it' })).toHaveValue('Typed on build A');
  } finally {
    await context.close();
    server.kill();
    rmSync(builds.root, { recursive: true, force: true });
  }
});
