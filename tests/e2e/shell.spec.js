// What a phone on a slow network sees before the app has loaded, and that the app then
// takes the page over without leaving the loading page behind; and a first visit, whose
// home page is written into index.html and works before any module has arrived.
import { test, expect, checkA11y, createModel, saved } from './fixtures.js';

// No service worker: once it holds the app, it serves the modules these tests hold back.
test.use({ serviceWorkers: 'block' });

/** The quick home page's WebAssembly. */
const QUICK_WASM = /\/quick-[0-9a-f]+\/home_bg\.wasm$/;

/** Holds the WebAssembly (both modules', or those `files` matches) until `release()` is called. */
async function holdTheApp(page, files = /\.wasm$/) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(files, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('the home page shows its heading and introduction while the app loads', async ({ page }) => {
  // A returning visit the loader cannot list on its own: with a model stored and no memo of
  // summaries (as after an update of the app), the home page needs a module to list it.
  await createModel(page, 'Returning Co');
  await saved(page);
  await page.evaluate(() => localStorage.removeItem('mos.summaries'));
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const title = page.getByRole('heading', { level: 1, name: 'Your Market(ing) Operating System models' });
  await expect(title).toBeVisible();
  await expect(page.getByText(/Keep one model per company, or per client if you are a consultant\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create model' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Loading the app…');
  await checkA11y(page, 'home while loading');

  // The first visit's page, written into index.html, is not used here: it is gone, not hidden.
  await expect(page.getByText('No models yet. Start one above, or import a file.')).toHaveCount(0);
  expect(await page.locator('#app-quick').count()).toBe(0);

  release();
  await expect(page.getByRole('button', { name: 'Create model' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Returning Co' })).toBeVisible();
  // One page, not the loading page and the app side by side.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(title).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Market(ing) OS Builder' })).toBeVisible();
});

test('a returning visit lists the models the memo describes before any module has arrived, as the module does', async ({ page }) => {
  const names = ['Alpha Co', 'Beta Co', 'Gamma Co', 'Delta Co', 'Epsilon Co', 'Zeta Co'];
  for (const name of names) {
    await createModel(page, name);
    await saved(page);
  }
  // Every way the list words a time (and a spread of completeness): changed and exported at these ages (ms) before now,
  // each far enough from the next wording for the test's own seconds not to matter.
  const now = Date.now();
  const minute = 60e3, hour = 3600e3, day = 864e5;
  const changed = [5e3, minute + 5e3, 5 * minute, hour + 5e3, 3 * day, 45 * day];
  const exported = [hour, 30 * hour, 10 * day, null, null, 2 * day];
  await page.evaluate(({ names, now, changed, exported }) => {
    const memo = JSON.parse(localStorage.getItem('mos.summaries'));
    const exports = {};
    for (const entry of Object.values(memo.entries)) {
      const i = names.indexOf(entry.summary.company);
      entry.summary.updated_at = now - changed[i];
      entry.summary.completeness = [100, 76, 3, 0, 50, 12][i];
      if (exported[i] !== null) exports[entry.summary.id] = now - exported[i];
    }
    localStorage.setItem('mos.summaries', JSON.stringify(memo));
    localStorage.setItem('mos.exports', JSON.stringify(exports));
  }, { names, now, changed, exported });
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Alpha Co' }) });
  await expect(list.getByRole('listitem')).toHaveCount(6);
  await expect(page.getByText('Loading the app…')).toHaveCount(0);
  expect(await page.locator('#app-shell').count()).toBe(0);
  await expect(page.getByRole('main')).toHaveCount(1);
  expect(await page.evaluate(() => performance.getEntriesByName('mos-interactive').length)).toBe(1);
  await checkA11y(page, 'returning visit before any module');
  // Most recently changed first, each worded as the app words it.
  const rows = await list.getByRole('listitem').allInnerTexts();
  const lines = rows.map((r) => r.split('\n').filter((l) => l.trim())[0] + ' | ' + r.match(/Changed [^·]+·[^·]+· [^\n]+/)[0].replace(/\s+/g, ' ').trim());
  expect(lines).toEqual([
    'Alpha Co | Changed just now · 100% complete · Exported today',
    'Beta Co | Changed 1 minute ago · 76% complete · Exported yesterday',
    'Gamma Co | Changed 5 minutes ago · 3% complete · Exported 10 days ago',
    'Delta Co | Changed 1 hour ago · 0% complete · Not exported yet',
    'Epsilon Co | Changed 3 days ago · 50% complete · Not exported yet',
    `Zeta Co | Changed on ${new Date(now - 45 * day).toISOString().slice(0, 10)} · 12% complete · Exported 2 days ago`,
  ]);
  const drawn = await list.innerHTML();

  // The quick page's module, once it comes, finds the same rows and fills in the storage panel.
  release();
  await expect(page.getByRole('button', { name: 'Ask the browser to keep this data' })).toBeVisible();
  await expect(page.getByText(/^This app uses \d+ KB of the about 5 MB/)).toBeVisible();
  expect(await list.innerHTML()).toBe(drawn);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('rows the loader drew that the module words otherwise are set right by the module', async ({ page }) => {
  await createModel(page, 'Boundary Co');
  await saved(page);
  const now = Date.UTC(2026, 10, 24, 12);
  await page.evaluate((at) => {
    const memo = JSON.parse(localStorage.getItem('mos.summaries'));
    for (const entry of Object.values(memo.entries)) entry.summary.updated_at = at;
    localStorage.setItem('mos.summaries', JSON.stringify(memo));
  }, now - 50e3);
  await page.clock.setFixedTime(now);
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByText('Changed just now ·')).toBeVisible();
  // A minute has passed by the time the module comes.
  await page.clock.setFixedTime(now + 20e3);
  release();
  await expect(page.getByText('Changed 1 minute ago ·')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Boundary Co' })).toHaveCount(1);
});

test('another address shows no home page while the app loads', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/model/m-unknown/dialogue', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('banner')).toContainText('Market(ing) OS Builder');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Your Market(ing) Operating System models' })).toHaveCount(0);
});

test('a page whose app cannot load says so instead of loading for ever', async ({ browser }) => {
  // A page of its own, outside the journeys' guards: the failed download is the point here.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto('/model/m-unknown/dialogue');
  await expect(page.getByRole('status')).toHaveText('The app could not load. Check your connection, then reload the page.');
  await context.close();
});

test('on a first visit whose modules cannot load, the page works until the app is needed, then says so', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  const quickFailed = page.waitForEvent('requestfailed', (r) => QUICK_WASM.test(r.url()));
  await page.goto('/');
  await quickFailed;
  // Past the first frame, when the quick page's module would have run.
  await page.waitForTimeout(300);
  const cannot = page.getByRole('status').filter({ hasText: 'The app could not load. Check your connection, then reload the page.' });
  await page.getByLabel('Company name').fill('Offline Co');
  await expect(cannot).toHaveCount(0);
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(cannot).toBeVisible();
  await expect(page.getByLabel('Company name')).toHaveValue('Offline Co');
  await context.close();
});

test('a first visit shows the whole home page before any module has arrived, and typing there is kept', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1, name: 'Your Market(ing) Operating System models' })).toBeVisible();
  await expect(page.getByText('No models yet. Start one above, or import a file.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the sample model' })).toBeVisible();
  await expect(page.getByText('Loading the app…')).toHaveCount(0);
  // One page: the loading page is gone, not hidden behind it.
  expect(await page.locator('#app-shell').count()).toBe(0);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  // The page counts as interactive (what `make bench` measures) with no module run yet.
  expect(await page.evaluate(() => performance.getEntriesByName('mos-interactive').length)).toBe(1);
  await checkA11y(page, 'first visit before any module');

  await page.getByLabel('Company name').fill('Early Co');
  release();
  // The quick page's module takes the written page as it is: the storage panel is finished,
  // and what was typed, and where, are untouched.
  await expect(page.getByRole('button', { name: 'Ask the browser to keep this data' })).toBeVisible();
  await expect(page.getByLabel('Company name')).toHaveValue('Early Co');
  await expect(page.getByLabel('Company name')).toBeFocused();
  await page.getByLabel('Company name').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await saved(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Early Co' })).toBeVisible();
});

test('on a first visit, a model created before any module has arrived is created once they come', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Company name').fill('Eager Co');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the rest of the app…' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await saved(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Eager Co' })).toHaveCount(1);
});

test('on a first visit, a quick page module that comes after the app leaves the app alone', async ({ page }) => {
  // Only the quick page's module is held back; the app comes when asked.
  const release = await holdTheApp(page, QUICK_WASM);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Company name').fill('Late Quick Co');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await saved(page);
  const loaded = page.waitForResponse(QUICK_WASM);
  release();
  await loaded;
  // Given the time to have run, it shows nothing: the app's page is the only one, and its
  // controls are still the app's (a link to home goes home within the app).
  await page.waitForTimeout(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('link', { name: 'Late Quick Co' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});
