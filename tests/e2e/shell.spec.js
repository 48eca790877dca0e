// What a phone on a slow network sees before the app has loaded, and that the app then
// takes the page over without leaving the loading page behind.
import { test, expect, checkA11y, createModel, saved } from './fixtures.js';

// No service worker: once it holds the app, it serves the modules these tests hold back.
test.use({ serviceWorkers: 'block' });

/** Holds the app's WebAssembly (or the files `files` matches) until `release()` is called. */
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
