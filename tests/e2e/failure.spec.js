// When the app itself fails (a bug panics), the page does not freeze in silence: a dialog says
// what happened and that what was saved is kept, gives the details to copy, and its reload
// brings the model back with everything typed.
import { test, expect, createModel, saved, checkA11y } from './fixtures.js';

/** Makes the app panic, through the test-only export of its module. */
async function panicNow(page) {
  await page.evaluate(async () => {
    const scripts = performance.getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => new URL(name).pathname.endsWith('.js'))
      .reverse();
    for (const url of scripts) {
      const module = await import(url);
      if (typeof module.fail_for_test === 'function') {
        // The panic surfaces as an uncaught error, after the dialog is up.
        setTimeout(() => module.fail_for_test(), 0);
        return;
      }
    }
    throw new Error('the app module was not found among the scripts');
  });
}

test('a panic shows what happened, keeps what was typed, and a reload carries on', async ({ page, context, guards }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createModel(page, 'Failing Ltd');
  const name = page.getByRole('textbox', { name: 'Company name' });
  await name.fill('Failing Ltd, renamed before the failure');
  await saved(page);

  await panicNow(page);
  const dialog = page.getByRole('dialog', { name: 'Something went wrong' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Everything saved in this browser is kept');
  const reload = dialog.getByRole('button', { name: 'Reload the page' });
  await expect(reload).toBeFocused();
  await checkA11y(page, 'the failure dialog');

  // The details name the failure and the page, not the model's content.
  await dialog.getByText('Details for a bug report').click();
  const details = dialog.getByRole('textbox', { name: 'What the app reported' });
  await expect(details).toHaveValue(/a failure asked for by a test/);
  await expect(details).toHaveValue(/Page: \/model\/[^/]+\/dialogue/);
  await expect(details).not.toHaveValue(/renamed before the failure/);
  await dialog.getByRole('button', { name: 'Copy the details' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('a failure asked for by a test');

  // Escape does not hide the dialog over a page that no longer works.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  await reload.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('Failing Ltd, renamed before the failure');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The failure was reported on the console and as a page error: expected here, and only it.
  expect(guards.some((p) => /a failure asked for by a test/.test(p)), 'the panic reached the console').toBe(true);
  guards.allow(/a failure asked for by a test|RuntimeError: unreachable|page error: unreachable/);
});
