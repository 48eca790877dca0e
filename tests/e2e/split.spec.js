// The app split by route (src/ui/pages.rs, scripts/app.mjs): what each entry fetches before the
// chunks are fetched ahead, and what a user gets when a page's chunk cannot be fetched.
import { test, expect, createModel, saved } from './fixtures.js';

// The files a page fetched before it started fetching chunks ahead (the performance mark
// "mos-fetch-ahead", set once the first page is drawn and the browser is idle), as paths.
async function fetchedFirst(page) {
  await page.waitForFunction(() => performance.getEntriesByName('mos-fetch-ahead').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('mos-fetch-ahead')[0].startTime;
    return performance.getEntriesByType('resource')
      .filter((e) => e.startTime < mark)
      .map((e) => new URL(e.name).pathname);
  });
}

// A page group's chunk: the WebAssembly files of the app's folder other than its main module.
const chunks = (paths) => paths.filter((p) => /^\/app-[0-9a-f]+\/.*\.wasm$/.test(p) && !p.endsWith('/app_bg.wasm'));
const main = (paths) => paths.filter((p) => /^\/app-[0-9a-f]+\/app_bg\.wasm$/.test(p));

test('each entry fetches only its own page group', async ({ page, context }) => {
  // Home, first visit: the written home page and the quick page's module, no app, no chunk.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your Market(ing) Operating System models' })).toBeVisible();
  await page.waitForTimeout(1000);
  const home = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  expect(chunks(home), 'the home page fetched a page chunk').toEqual([]);

  await createModel(page, 'Entry Co');
  await saved(page);
  const id = new URL(page.url()).pathname.split('/')[2];
  const entries = {};
  for (const [name, path, heading] of [
    ['home', '/', 'Your Market(ing) Operating System models'],
    ['stage 2', `/model/${id}/mapping`, 'Stage 2: Map inputs and outputs'],
    ['report', `/model/${id}/report`, 'Entry Co: marketing operations maturity'],
  ]) {
    const tab = await context.newPage();
    await tab.goto(path);
    await expect(tab.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
    // Home with a model stored is the quick home page: no app at all, so no fetch-ahead mark.
    if (name === 'home') {
      await tab.waitForTimeout(1000);
      entries[name] = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    } else {
      entries[name] = await fetchedFirst(tab);
    }
    await tab.close();
  }
  console.log('fetched before fetch-ahead:', JSON.stringify(entries, null, 1));
  expect(chunks(entries.home), 'home fetched a page chunk').toEqual([]);
  for (const name of ['stage 2', 'report']) {
    expect(main(entries[name]), `${name} fetched the main module`).toHaveLength(1);
    const own = chunks(entries[name]);
    expect(own.length, `${name} fetched its chunk`).toBeGreaterThan(0);
    // Nothing of another group's own chunk (shared chunks may come along).
    const other = name === 'stage 2' ? /stage1|stage3|report|assess|team|plan|sharing|clients/ : /stage1|stage2|stage3|assess|team|plan|sharing|clients/;
    expect(own.filter((p) => other.test(p)), `${name} fetched another group's chunk`).toEqual([]);
  }
});

test('a page whose chunk cannot be fetched says so, and a reload brings it once it is back', async ({ page, context, guards }) => {
  // Stage 2's chunk fails, for the page and for the offline worker alike (context.route).
  const blocked = (url) => /\/app-[0-9a-f]+\/[^/]*stage2[^/]*\.wasm$/.test(new URL(url).pathname);
  let block = true;
  await context.route(blocked, (route) => (block ? route.abort('internetdisconnected') : route.continue()));

  await createModel(page, 'Blip Co');
  // Something typed on Stage 1 (under "Go deeper", which a link to a place inside opens),
  // autosaved.
  await page.goto(`${page.url()}#market-heading`);
  const field = page.getByRole('textbox', { name: 'How you hear and influence it' });
  const typed = 'Typed before the blip';
  await field.fill(typed);
  await saved(page);

  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This page could not be loaded' })).toBeVisible({ timeout: 30_000 });
  const reload = page.getByRole('button', { name: 'Reload the page' });
  await expect(reload).toBeVisible();
  // The rest of the app still works: Stage 3 opens.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 3/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Stage 3/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await expect(reload).toBeVisible({ timeout: 30_000 });

  // The chunk is back: the reload opens Stage 2, and what was typed is still there.
  block = false;
  await reload.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 2: Map inputs and outputs' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 1/ }).click();
  await page.goto(`${page.url()}#market-heading`);
  await expect(field).toHaveValue(typed);

  // The failed fetches were reported on the console (by the browser and by the chunk loader):
  // expected here, and nothing else.
  const expected = /Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/;
  const others = guards.filter((p) => !expected.test(p));
  guards.length = 0;
  expect(others).toEqual([]);
});
