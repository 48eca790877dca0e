// The quick home page (src/bin/home.rs): a visit that only looks at the workspace gets it
// without the app; it is the app's own home page, element for element; and every control on
// it does what it does in the app, which takes the page over to do it.
import { test, expect, checkA11y, createModel, saved, quickPageIsTheApps } from './fixtures.js';

const APP_WASM = /\/app-[0-9a-f]+\/app_bg\.wasm$/;
const QUICK_WASM = /\/quick-[0-9a-f]+\/home_bg\.wasm$/;

/** Counts what the page fetches of each module from now on. */
function watchModules(page) {
  const seen = { app: 0, quick: 0 };
  page.on('request', (r) => {
    if (APP_WASM.test(r.url())) seen.app++;
    if (QUICK_WASM.test(r.url())) seen.quick++;
  });
  return seen;
}

/** A name that would be markup, were it ever parsed as HTML. */
const HOSTILE = '<img src=x onerror="window.pwned = 1"> & <b>Co</b>';

/** A workspace with a sample, a model of one's own, exported once, and a model whose name
 *  looks like markup. (The sharing journey compares the two pages for models that came from
 *  invitations.) */
async function workspace(page) {
  await createModel(page, HOSTILE);
  await saved(page);
  await createModel(page, 'Acme Analytics');
  await saved(page);
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Actions for Acme Analytics' }).getByRole('button', { name: 'Export JSON' }).click();
  await download;
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
}

test('looking at the workspace loads the quick home page, which is the app’s home page element for element', async ({ page }) => {
  await workspace(page);
  const seen = watchModules(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Acme Analytics' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ask the browser to keep this data' })).toBeVisible();
  expect(seen).toEqual({ app: 0, quick: 1 });
  // The name is shown as typed, as text: no image, no bold, nothing run.
  await expect(page.getByRole('link', { name: HOSTILE, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: `Actions for ${HOSTILE}` })).toBeVisible();
  expect(await page.evaluate(() => [document.querySelectorAll('main img, main b').length, window.pwned])).toEqual([0, undefined]);
  await checkA11y(page, 'quick home page');
  const quick = await quickPageIsTheApps(page);
  expect(seen.app).toBe(1);
  expect(quick).toContain('Exported');
  expect(quick).toContain('64% complete');
});

test('an empty browser gets the quick home page too, the same as the app’s', async ({ page }) => {
  const seen = watchModules(page);
  await page.goto('/');
  await expect(page.getByText('No models yet. Start one above, or import a file.')).toBeVisible();
  expect(seen).toEqual({ app: 0, quick: 1 });
  await quickPageIsTheApps(page);
});

test('creating a model from the quick home page, by keyboard, carries the name over', async ({ page }) => {
  const seen = watchModules(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Create model' })).toBeVisible();
  await page.getByLabel('Company name').fill('Keyboard Co');
  expect(seen.app).toBe(0);
  await page.getByLabel('Company name').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  expect(seen.app).toBe(1);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Keyboard Co' })).toBeVisible();
  expect(seen.app).toBe(1);
});

test('the sample button on the quick home page opens the sample', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await expect(page).toHaveURL(/\/model\/sample-northwind\/dialogue$/);
});

test('row actions on the quick home page: rename, duplicate and delete', async ({ page }) => {
  await createModel(page, 'Rowan Ltd');
  await saved(page);
  const seen = watchModules(page);
  await page.goto('/');
  const row = page.getByRole('group', { name: 'Actions for Rowan Ltd' });
  await row.getByRole('button', { name: 'Rename' }).click();
  const field = page.getByLabel('New name');
  await expect(field).toBeVisible();
  expect(seen.app).toBe(1);
  await field.fill('Rowan Group');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('link', { name: 'Rowan Group' })).toBeVisible();

  // Back to the quick page, which knows the new name without the app.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Rowan Group' })).toBeVisible();
  expect(seen.app).toBe(1);
  await page.getByRole('group', { name: 'Actions for Rowan Group' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  expect(seen.app).toBe(2);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Rowan Group' })).toHaveCount(2);
  expect(seen.app).toBe(2);
  await page.getByRole('group', { name: 'Actions for Rowan Group' }).first().getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Rowan Group' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Restore', exact: true }).first()).toBeVisible();
  expect(seen.app).toBe(3);
});

test('importing on the quick home page, by file picker and by dropping a file', async ({ page }) => {
  await createModel(page, 'Picker Co');
  await saved(page);
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Actions for Picker Co' }).getByRole('button', { name: 'Export JSON' }).click();
  const text = await (await download).createReadStream().then(async (s) => {
    let t = '';
    for await (const chunk of s) t += chunk;
    return t;
  });
  const picked = text.replace(/"id": "[^"]+"/, '"id": "picked-model"').replace('"company": "Picker Co"', '"company": "Picked Co"');
  const dropped = text.replace(/"id": "[^"]+"/, '"id": "dropped-model"').replace('"company": "Picker Co"', '"company": "Dropped Co"');

  const seen = watchModules(page);
  await page.goto('/');
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'picked.json', mimeType: 'application/json', buffer: Buffer.from(picked) });
  await expect(page).toHaveURL(/\/model\/picked-model\/dialogue$/);
  expect(seen.app).toBe(1);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Picked Co' })).toBeVisible();
  expect(seen.app).toBe(1);
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
    return d;
  }, dropped);
  await page.getByRole('region', { name: 'Import a model' }).dispatchEvent('drop', { dataTransfer: dt });
  await expect(page).toHaveURL(/\/model\/dropped-model\/dialogue$/);
  expect(seen.app).toBe(2);
});

test('a workspace the quick page cannot vouch for starts the app, which reads it whole', async ({ page }) => {
  await createModel(page, 'Memo Co');
  await saved(page);
  const seen = watchModules(page);
  // Without the memo of summaries (as after an update of the app) the app loads every model
  // and writes the memo again, so the next visit is quick.
  await page.evaluate(() => localStorage.removeItem('mos.summaries'));
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Memo Co' })).toBeVisible();
  await expect.poll(() => seen.app).toBe(1);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Memo Co' })).toBeVisible();
  expect(seen).toEqual({ app: 1, quick: 2 });
});

test('a model changed in another tab brings the app in to show it', async ({ page, context }) => {
  await createModel(page, 'Tabby Co');
  await saved(page);
  const seen = watchModules(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Tabby Co' })).toBeVisible();
  expect(seen.app).toBe(0);

  const other = await context.newPage();
  await other.goto('/');
  const row = other.getByRole('group', { name: 'Actions for Tabby Co' });
  await row.getByRole('button', { name: 'Rename' }).click();
  await other.getByLabel('New name').fill('Tabby Group');
  await other.getByRole('button', { name: 'Save name' }).click();
  await expect(other.getByRole('link', { name: 'Tabby Group' })).toBeVisible();

  await expect(page.getByRole('link', { name: 'Tabby Group' })).toBeVisible();
  expect(seen.app).toBe(1);
});

test('when the app cannot load, the quick page says so and a second try works', async ({ browser }) => {
  // A context of its own, outside the journeys' guards: the failed download is the point here.
  // No service worker: once it has cached the app (after the first load), the app does load.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let refuse = true;
  await page.route(APP_WASM, (route) => (refuse ? route.abort() : route.continue()));
  await page.goto('/');
  await page.getByLabel('Company name').fill('Retry Co');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The app could not load. Check your connection, then reload the page.' })).toBeVisible();
  await expect(page.getByLabel('Company name')).toHaveValue('Retry Co');

  refuse = false;
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Retry Co' })).toBeVisible();
  await context.close();
});
