// Storage limits and safety nets: a full store (as Chromium and as Firefox report it) is
// said, the model stays in the tab and can be exported, and saving resumes
// when there is room; deleted models wait in a bin across visits; an import that replaces a
// model keeps the old one as a version; the export reminder; the storage panel.
import { readFileSync } from 'node:fs';
import { test, expect, checkA11y, createModel, saved, goDeeper } from './fixtures.js';

const FIELD = 'How you hear and influence it';

for (const [browser, name] of [['Chromium, WebKit', 'QuotaExceededError'], ['older Firefox', 'NS_ERROR_DOM_QUOTA_REACHED']]) {
  test(`full storage (${name}, as ${browser} says it) is reported at once and loses nothing`, async ({ page }) => {
    await createModel(page, 'Full Store Ltd');
    await saved(page);
    await goDeeper(page);
    // The browser's storage fills up: every write now throws the browser's quota error.
    await page.evaluate((errorName) => {
      const real = Storage.prototype.setItem;
      window.__restoreStorage = () => { Storage.prototype.setItem = real; };
      Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', errorName); };
    }, name);
    await goDeeper(page);
    const field = page.getByRole('textbox', { name: FIELD });
    await field.fill('Typed while the disk was full');
    // How soon it is said is measured by `make bench` (budget: one second).
    const alert = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved' });
    await expect(alert).toContainText('Browser storage is full');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    await checkA11y(page, 'storage full');

    // The model is still in the tab, and can be exported from the alert.
    await expect(field).toHaveValue('Typed while the disk was full');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Export this model' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('Typed while the disk was full');

    // Room again (the user cleared some space): saving resumes and nothing was lost.
    await page.evaluate(() => window.__restoreStorage());
    await alert.getByRole('button', { name: 'Try saving again' }).click();
    await saved(page);
    await page.reload();
    await goDeeper(page);
    await expect(page.getByRole('textbox', { name: FIELD })).toHaveValue('Typed while the disk was full');
  });
}

test('deleted models wait in the bin across visits, with their versions, until deleted for good', async ({ page }) => {
  await createModel(page, 'Binned Co');
  await goDeeper(page);
  await page.getByRole('textbox', { name: FIELD }).fill('Kept through a delete');
  await saved(page);
  await page.goto(page.url().replace('/dialogue', '/operations#versions'));
  await page.getByLabel('Version name').fill('Spring plan');
  await page.getByRole('button', { name: 'Save version' }).click();
  await saved(page);
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await page.getByRole('group', { name: 'Actions for Binned Co' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Binned Co' })).toHaveCount(0);

  // A later visit: still in the bin.
  await page.reload();
  const bin = page.getByRole('region', { name: 'Recently deleted' });
  await expect(bin).toContainText('Binned Co');
  await expect(bin).toContainText('deleted');
  await checkA11y(page, 'home with the bin');
  await bin.getByRole('button', { name: 'Restore Binned Co' }).click();
  await expect(page.getByRole('link', { name: 'Binned Co' })).toBeVisible();
  await expect(bin).toHaveCount(0);
  await page.getByRole('link', { name: 'Binned Co' }).click();
  await goDeeper(page);
  await expect(page.getByRole('textbox', { name: FIELD })).toHaveValue('Kept through a delete');
  await page.goto(page.url().replace('/dialogue', '/operations#versions'));
  await expect(page.getByText('Spring plan', { exact: true })).toBeVisible();

  // Deleted for good: gone, versions too.
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await page.getByRole('group', { name: 'Actions for Binned Co' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('region', { name: 'Recently deleted' }).getByRole('button', { name: 'Delete Binned Co for good' }).click();
  await expect(page.getByRole('region', { name: 'Recently deleted' })).toHaveCount(0);
  await page.reload();
  // The home page itself, not the loading page, which lists no models at all.
  await expect(page.getByLabel('Company name')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Binned Co' })).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mos.version.') || k.startsWith('mos.bin.')))).toEqual([]);
});

test('an import that replaces a model keeps the replaced one as a version', async ({ page }) => {
  await createModel(page, 'Replace Me Ltd');
  await goDeeper(page);
  await page.getByRole('textbox', { name: FIELD }).fill('Only in the browser copy');
  await saved(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Model tools' }).getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8').replace('Only in the browser copy', 'From the file');
  await goDeeper(page);
  await page.getByRole('textbox', { name: FIELD }).fill('Typed after the export');
  await saved(page);
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'm.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace it' }).click();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await page.getByRole('link', { name: 'Replace Me Ltd' }).click();
  await goDeeper(page);
  await expect(page.getByRole('textbox', { name: FIELD })).toHaveValue('From the file');
  await page.goto(page.url().replace('/dialogue', '/operations#versions'));
  const today = new Date().toISOString().slice(0, 10);
  const version = page.getByRole('listitem').filter({ hasText: `Before the import of ${today}` });
  await expect(version).toBeVisible();
  await version.getByRole('link', { name: `Open Before the import of ${today}` }).click();
  // The replaced state comes back as a model of its own.
  await page.getByRole('button', { name: 'Restore this version as a copy' }).click();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await page.getByRole('link', { name: `Replace Me Ltd (Before the import of ${today})` }).click();
  await goDeeper(page);
  await expect(page.getByRole('textbox', { name: FIELD })).toHaveValue('Typed after the export');
});

test('the export reminder, the exported date and the storage panel', async ({ page }) => {
  await createModel(page, 'Reminder Co');
  await saved(page);
  const url = page.url();
  const id = url.split('/model/')[1].split('/')[0];
  // Exported ten days ago, changed since.
  await page.evaluate((id) => localStorage.setItem('mos.exports', JSON.stringify({ [id]: Date.now() - 10 * 86_400_000 })), id);
  await goDeeper(page);
  await page.getByRole('textbox', { name: FIELD }).fill('A change after the export');
  await saved(page);
  await page.reload();
  const reminder = page.getByRole('region', { name: 'Export reminder' });
  await expect(reminder).toContainText('Last exported 10 days ago.');
  await checkA11y(page, 'export reminder');
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Reminder Co' })).toContainText('Exported 10 days ago');
  await page.goto(url);
  const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Export now' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^reminder-co-marketing-os-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(reminder).toHaveCount(0);
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Reminder Co' })).toContainText('Exported today');

  const panel = page.getByRole('region', { name: 'Storage in this browser' });
  await expect(panel).toContainText(/This app uses \d+ KB of the about 5 MB a browser usually allows it \(1%\): models \d+ KB\./);
});
