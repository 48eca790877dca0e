// The app split by route (src/ui/pages.rs, scripts/app.mjs): what each entry fetches, and what
// a user gets when a page's chunk cannot be fetched.
import { test, expect, createModel, saved } from './fixtures.js';

// A page group's chunk: the WebAssembly files of the app's folder other than its main module.
const chunks = (paths) => paths.filter((p) => /^\/app-[0-9a-f]+\/.*\.wasm$/.test(p) && !p.endsWith('/app_bg.wasm'));
const main = (paths) => paths.filter((p) => /^\/app-[0-9a-f]+\/app_bg\.wasm$/.test(p));

/** Opens `path` in a new tab and returns the paths of every file it fetched once its heading
 *  shows and the network has been quiet. */
async function fetchedBy(context, path, heading) {
  const tab = await context.newPage();
  await tab.goto(path);
  await expect(tab.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
  await tab.waitForLoadState('networkidle');
  const paths = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  await tab.close();
  return paths;
}

test.describe('what each entry fetches', () => {
  // Without the offline worker, which fetches every file of the build once the page is idle.
  test.use({ serviceWorkers: 'block' });

  test('each entry fetches the main module and only its own page group', async ({ page, context }) => {
    const home = await fetchedBy(context, '/', 'Your Market(ing) Operating System models');
    expect(main(home), 'the home page fetched the app').toHaveLength(1);
    expect(chunks(home), 'the home page fetched a page chunk').toEqual([]);

    await createModel(page, 'Entry Co');
    await saved(page);
    const id = new URL(page.url()).pathname.split('/')[2];
    const entries = {
      'home with a model': await fetchedBy(context, '/', 'Your Market(ing) Operating System models'),
      'stage 2': await fetchedBy(context, `/model/${id}/mapping`, 'Stage 2: Map inputs and outputs'),
      report: await fetchedBy(context, `/model/${id}/report`, /^Entry Co/),
      'shared view': await fetchedBy(context, '/view', /./),
    };
    console.log('fetched by each entry:', JSON.stringify(entries, null, 1));
    expect(chunks(entries['home with a model']), 'home fetched a page chunk').toEqual([]);
    const own = { 'stage 2': 'stages', report: 'report', 'shared view': 'report' };
    for (const [name, group] of Object.entries(own)) {
      expect(main(entries[name]), `${name} fetched the main module`).toHaveLength(1);
      const fetched = chunks(entries[name]);
      expect(fetched.filter((p) => p.endsWith(`/split_${group}.wasm`)), `${name} fetched its group's chunk`).toHaveLength(1);
      // No other group's own chunk (chunks of code shared between groups may come along).
      expect(fetched.filter((p) => /\/split_\w+\.wasm$/.test(p) && !p.endsWith(`/split_${group}.wasm`)), `${name} fetched another group's chunk`).toEqual([]);
    }
  });
});

test('a page whose chunk cannot be fetched says so, and a reload brings it once it is back', async ({ page, context, guards }) => {
  // The assessment's chunk fails, for the page and for the offline worker alike (context.route).
  const blocked = (url) => /\/app-[0-9a-f]+\/split_assess\.wasm$/.test(new URL(url).pathname);
  let block = true;
  await context.route(blocked, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  // The failed fetches are reported on the console (by the browser and by the chunk loader).
  guards.allow(/Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/);

  await createModel(page, 'Blip Co');
  // Something typed on Stage 1 (under "Go deeper", which a link to a place inside opens),
  // autosaved.
  await page.goto(`${page.url()}#market-heading`);
  const field = page.getByRole('textbox', { name: 'How you hear and influence it' });
  const typed = 'Typed before the blip';
  await field.fill(typed);
  await saved(page);

  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This page could not be loaded' })).toBeVisible({ timeout: 30_000 });
  const reload = page.getByRole('button', { name: 'Reload the page' });
  await expect(reload).toBeVisible();
  // The rest of the app still works: the report, in a chunk of its own, opens.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Blip Co/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  await expect(reload).toBeVisible({ timeout: 30_000 });

  // The chunk is back: the reload opens the assessment, and what was typed is still there.
  block = false;
  await reload.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maturity assessment' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 1/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await page.goto(`${page.url()}#market-heading`);
  await expect(field).toHaveValue(typed);
});
