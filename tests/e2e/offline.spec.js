// Offline: after one visit, the app loads and works with the network off (a service worker
// serves the built files), on the home page and deep inside a model, on pages never visited.
import { test, expect, createModel, saved } from './fixtures.js';

test('after the first visit the app loads and saves with the network off', async ({ page, context }) => {
  await createModel(page, 'Offline Co');
  await saved(page);
  // The field typed in below is under "Go deeper", which a link to a place inside opens.
  const url = `${page.url()}#market-heading`;
  await page.goto(url);
  // The worker has cached this build and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await page.getByRole('textbox', { name: 'How you hear and influence it' }).fill('Written on a train');
  await saved(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Offline Co' })).toBeVisible();
  // A new tab, still offline, straight into a deep link.
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('textbox', { name: 'How you hear and influence it' })).toHaveValue('Written on a train');
  // Pages never visited open too: the worker fetched every page group's chunk when it came.
  const model = new URL(url).pathname.split('/')[2];
  for (const [path, heading] of [
    [`/model/${model}/operations`, 'Stage 3: Operationalise'],
    [`/model/${model}/assessment`, 'Maturity assessment'],
    [`/model/${model}/team`, /Team/],
    [`/model/${model}/diagnostics`, /Gaps/],
    [`/model/${model}/report`, /Offline Co/],
    ['/invitations', /invit/i],
  ]) {
    await other.goto(path);
    await expect(other.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
    await expect(other.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  }
  await context.setOffline(false);
});
