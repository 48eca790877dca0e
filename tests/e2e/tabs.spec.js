// Two tabs on one model: a tab with nothing unsaved takes the other's changes; when both have
// changes, the late one stops saving and asks, and the version set aside is kept as a model.
import { test, expect, checkA11y, createModel, saved } from './fixtures.js';

test('two tabs on one model never overwrite each other silently', async ({ page, context }) => {
  await createModel(page, 'Two Tabs Ltd');
  const url = page.url();
  const other = await context.newPage();
  // Tab B's autosave timer never fires (timers of 250 ms or more are dropped in that tab
  // only; Playwright's clock would stop tab A's too, as it belongs to the whole context), so
  // tab B saves only when the test says and the order of events is certain.
  await other.addInitScript(() => {
    const real = window.setTimeout;
    window.setTimeout = (fn, ms, ...args) => (ms >= 250 ? 0 : real(fn, ms, ...args));
  });
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();

  // Tab A changes the company; tab B, with nothing unsaved, takes it at once and says so.
  const companyA = page.getByRole('main').getByLabel('Company name');
  const companyB = other.getByRole('main').getByLabel('Company name');
  await companyA.fill('Two Tabs Group');
  await saved(page);
  await expect(companyB).toHaveValue('Two Tabs Group');
  await expect(other.getByText('Updated with changes made in another tab.')).toBeVisible();

  // Both change it before either hears of the other: the later one stops and asks. Tab B
  // types first and never saves on its own; so tab A's save, whenever it lands, reaches a
  // tab with unsaved changes, however slow the machine.
  await companyB.fill('Version B');
  await companyA.fill('Version A');
  const banner = other.getByRole('alert').filter({ hasText: 'This model was changed in another tab' });
  await expect(banner).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(other.getByText('Not saved: another tab changed this model. Choose which version to keep.')).toBeVisible();
  await checkA11y(other, 'stale tab');
  // Nothing written by the stale tab: storage still holds A's version.
  expect(await other.evaluate(() => Object.entries(localStorage).filter(([k, v]) => k.startsWith('mos.model.') && v.includes('Version B')).length)).toBe(0);

  await banner.getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(banner).toHaveCount(0);
  await expect(other.getByText('Kept this tab\'s version. The other tab\'s is saved as “Version A (from another tab)”.')).toBeVisible();
  // Tab A had nothing unsaved, so it now shows B's version.
  await expect(companyA).toHaveValue('Version B');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Version B', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Version A (from another tab)' })).toBeVisible();
});
