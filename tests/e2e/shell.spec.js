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
  // A returning visit: with a model stored, the home page needs a module to list it.
  await createModel(page, 'Returning Co');
  await saved(page);
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
