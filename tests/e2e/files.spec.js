// Export, import (file picker and drag-and-drop), bad files, conflicts, the workspace's own
// actions, and damaged or refused storage.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect, checkA11y, createModel, saved, goDeeper } from './fixtures.js';

const schema = JSON.parse(readFileSync('schema/marketing-os-model.schema.json', 'utf8'));
// Ajv's default options: strict mode, which refuses unknown formats and keywords.
const validate = new Ajv2020().compile(schema);

async function exportModel(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Model tools' }).getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function withoutSavedAt(text) {
  const json = JSON.parse(text);
  delete json.saved_at;
  return json;
}

test('export, then import into a fresh browser profile, gives the identical model', async ({ page, browser }) => {
  await createModel(page, 'Export Co');
  await goDeeper(page);
  await page.getByRole('group', { name: 'Partners' }).getByLabel('Note').fill('Two resellers in DACH');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await page.getByLabel('New sub-function').fill('Demand generation');
  await page.getByRole('button', { name: 'Add sub-function' }).click();
  await page.getByRole('button', { name: 'Add Intent data' }).click();
  await saved(page);

  const first = await exportModel(page);
  const today = new Date().toISOString().slice(0, 10);
  expect(first.name).toBe(`export-co-marketing-os-${today}.json`);
  expect(first.text).toMatch(/^\{\n {2}"format": "marketing-os-model",\n {2}"schema": 1,/);
  expect(validate(JSON.parse(first.text)), JSON.stringify(validate.errors)).toBe(true);

  // A second browser profile: empty storage, a stranger's machine.
  const other = await browser.newContext({ acceptDownloads: true });
  const page2 = await other.newPage();
  await page2.goto('/');
  await expect(page2.getByText('No models yet')).toBeVisible();
  await page2.getByLabel('Import a model file (JSON)').setInputFiles({ name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
  await expect(page2.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await goDeeper(page2);
  await expect(page2.getByRole('group', { name: 'Partners' }).getByLabel('Note')).toHaveValue('Two resellers in DACH');
  const second = await exportModel(page2);
  expect(withoutSavedAt(second.text)).toEqual(withoutSavedAt(first.text));
  await other.close();
});

test('fields written by a newer build survive an import, an edit, a reload and an export', async ({ page }) => {
  // The fixture carries fields this build does not know: in the envelope, the model, a
  // constituent, a flow, and a version and its snapshot.
  const fixture = readFileSync('tests/fixtures/v1-newer-fields.json');
  await page.goto('/');
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'northwind.json', mimeType: 'application/json', buffer: fixture });
  // Importing opens the model's pages, whose module the browser compiles first: on a busy
  // machine that has taken over 10 s (as in `createModel`).
  const stage1 = page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' });
  await expect(stage1).toBeVisible({ timeout: 30_000 });
  await goDeeper(page);
  await page.getByRole('group', { name: 'Partners' }).getByLabel('Note').fill('Edited in an older build');
  await saved(page);
  // Read back from this browser's storage, as at the next visit.
  await page.reload();
  await expect(stage1).toBeVisible({ timeout: 30_000 });
  await goDeeper(page);
  await expect(page.getByRole('group', { name: 'Partners' }).getByLabel('Note')).toHaveValue('Edited in an older build');

  const file = JSON.parse((await exportModel(page)).text);
  const model = file.model;
  const byId = (list, id) => list.find((x) => x.id === id);
  expect(file.origin).toEqual({ build: '0.3.0', device: 'studio laptop' });
  expect(model.workshop.facilitator).toBe('Dana Whitfield');
  expect(byId(model.dialogue.constituents, 1).persona_links).toEqual(['https://example.com/personas/ops-lead']);
  expect(byId(model.dialogue.constituents, 5).note).toBe('Edited in an older build');
  expect(byId(model.mapping.flows, 22).confidence).toBe('high');
  const version = byId(model.versions, 25);
  expect(version.colour).toBe('teal');
  expect(byId(version.snapshot.mapping.flows, 22).confidence).toBe('medium');
});

test('the published schema compiles in strict mode and says what the loader requires', async ({ page }) => {
  // Compiling logs nothing either: no strict-mode warning of any kind.
  const logged = [];
  const logger = { log: (...m) => logged.push(m), warn: (...m) => logged.push(m), error: (...m) => logged.push(m) };
  const strict = new Ajv2020({ logger }).compile(schema);
  expect(logged).toEqual([]);
  const fixture = JSON.parse(readFileSync('tests/fixtures/v1-model.json', 'utf8'));
  expect(strict(fixture), JSON.stringify(strict.errors)).toBe(true);

  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeVisible();
  const sample = await exportModel(page);
  expect(sample.name).toMatch(/^northwind-metrics-sample-marketing-os-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(sample.text);
  expect(strict(exported), JSON.stringify(strict.errors)).toBe(true);

  // The loader refuses these, and so does the schema.
  const { format, ...noFormat } = exported;
  expect(format).toBe('marketing-os-model');
  expect(strict(noFormat)).toBe(false);
  expect(strict.errors).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'format' } }));
  expect(strict({ ...exported, format: 'excalidraw' })).toBe(false);
  expect(strict.errors).toContainEqual(expect.objectContaining({ instancePath: '/format', keyword: 'const' }));
  expect(strict({ ...exported, schema: 2 })).toBe(false);
  const { id, ...noId } = exported.model;
  expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  expect(strict({ ...exported, model: noId })).toBe(false);
  expect(strict({ ...exported, model: { ...noId, id: 'not an id' } })).toBe(false);
  // And accepts the smallest file the loader accepts.
  expect(strict({ format: 'marketing-os-model', schema: 1, model: { id: 'm' } })).toBe(true);
});

test('bad files get a clear error and change nothing', async ({ page }) => {
  await createModel(page, 'Safe Co');
  await goDeeper(page);
  await page.getByRole('group', { name: 'Competitors' }).getByLabel('Note').fill('Keep me');
  await saved(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();

  const input = page.getByLabel('Import a model file (JSON)');
  const alert = page.getByRole('region', { name: 'Import a model' }).getByRole('alert');
  const cases = [
    ['notes.json', 'this is not json', /not valid JSON.*line 1, column 2/],
    ['drawing.json', '{"type":"excalidraw","elements":[]}', /no "format" field/],
    ['future.json', '{"format":"marketing-os-model","schema":42,"model":{}}', /newer version of the app \(schema 42/],
    ['broken.json', '{"format":"marketing-os-model","schema":1,"model":{"id":"x","mapping":{"flows":[{"direction":"sideways"}]}}}', /model\.mapping\.flows\[0\]\.direction/],
    ['empty.json', '', /empty/],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(alert).toContainText(name);
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
  }
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32) });
  await expect(alert).toContainText('“huge.json” is 5.1 MB; the most this app reads is 5 MB. Nothing was changed.');

  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  expect(after).toBe(before);
  await expect(page.getByRole('link', { name: 'Safe Co' })).toBeVisible();
  await checkA11y(page, 'home with an import error');
});

test('a picture or a file in another encoding is named for what it is, and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  // The app's own schematic PNG, once reported as lists "more than 64 levels deep".
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the schematic (PNG)' }).click(),
  ]);
  const picture = readFileSync(await png.path());
  const model = await exportModel(page);
  await saved(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();

  const input = page.getByLabel('Import a model file (JSON)');
  const alert = page.getByRole('region', { name: 'Import a model' }).getByRole('alert');
  // A model in another encoding, with a name that is not plain ASCII.
  const text = model.text.replace('"company": "Northwind Metrics (sample)"', '"company": "Zürich Metrics"');
  expect(text).toContain('Zürich');
  const cases = [
    ['schematic.png', picture, '“schematic.png” was not imported. This is a PNG image, not a model file. A model is exported as a .json file. Nothing was changed.'],
    ['utf16.json', Buffer.from(`\ufeff${text}`, 'utf16le'), '“utf16.json” was not imported. This file is UTF-16 text: save it as UTF-8 and import it again. Nothing was changed.'],
    ['latin1.json', Buffer.from(text, 'latin1'), '“latin1.json” was not imported. This file is Latin-1 (ISO-8859-1 or Windows-1252) text: save it as UTF-8 and import it again. Nothing was changed.'],
  ];
  for (const [name, buffer, message] of cases) {
    await input.setInputFiles({ name, mimeType: name.endsWith('png') ? 'image/png' : 'application/json', buffer });
    await expect(alert).toHaveText(message);
  }
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  expect(after).toBe(before);
  await checkA11y(page, 'home with a PNG refused');
  // The same model saved as UTF-8 imports.
  await input.setInputFiles({ name: 'utf8.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('alertdialog', { name: 'This model is already here' })).toBeVisible();
});

test('importing a model that is already here asks: replace it or keep both', async ({ page }) => {
  await createModel(page, 'Twin Co');
  await saved(page);
  const file = await exportModel(page);
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  const input = page.getByLabel('Import a model file (JSON)');
  await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const dialog = page.getByRole('alertdialog', { name: 'This model is already here' });
  await expect(dialog).toBeVisible();
  await checkA11y(page, 'import conflict');
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('link', { name: 'Twin Co (imported)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Twin Co', exact: true })).toBeVisible();

  // Replace: the file's content wins.
  const edited = file.text.replace('"company": "Twin Co"', '"company": "Twin Co Renamed"');
  await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(edited) });
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace it' }).click();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('link', { name: 'Twin Co Renamed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Twin Co', exact: true })).toHaveCount(0);
});

test('a file dropped on the import box is imported', async ({ page }) => {
  await createModel(page, 'Drop Co');
  await saved(page);
  const file = await exportModel(page);
  const other = file.text.replace(/"id": "[^"]+"/, '"id": "dropped-model"').replace('"company": "Drop Co"', '"company": "Dropped Co"');
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return d;
  }, other);
  await page.getByRole('region', { name: 'Import a model' }).dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.getByRole('main').getByLabel('Company name')).toHaveValue('Dropped Co');
});

test('rename, duplicate, delete and restore models in the workspace', async ({ page }) => {
  await createModel(page, 'First Client');
  await saved(page);
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  const actions = (name) => page.getByRole('group', { name: `Actions for ${name}` });

  await actions('First Client').getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Client One');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('link', { name: 'Client One' })).toBeVisible();

  await actions('Client One').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('main').getByLabel('Company name')).toHaveValue('Client One (copy)');
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('link', { name: 'Client One (copy)' })).toBeVisible();

  await actions('Client One (copy)').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Client One (copy)' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Client One (copy)”.' })).toBeVisible();
  await checkA11y(page, 'home after delete');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Client One (copy)' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Client One' , exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Client One (copy)' })).toBeVisible();
});

test('damaged stored data is reported, backed up and can be downloaded', async ({ page }) => {
  await createModel(page, 'Healthy Co');
  await saved(page);
  await page.evaluate(() => {
    localStorage.setItem('mos.model.damaged', '{"format":"marketing-os-model","schema":1,"model":{"id":"damaged","company":');
    localStorage.setItem('mos.model.future', '{"format":"marketing-os-model","schema":9,"model":{"id":"future"}}');
  });
  await page.goto('/');
  const report = page.getByRole('alert').filter({ hasText: 'Some saved data could not be opened' });
  await expect(report).toContainText('not valid JSON');
  await expect(report).toContainText('newer version of the app');
  await expect(page.getByRole('link', { name: 'Healthy Co' })).toBeVisible();
  await checkA11y(page, 'home with damaged data');

  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  expect(stored['mos.model.future']).toContain('"schema":9'); // never overwritten
  const backups = Object.keys(stored).filter((k) => k.startsWith('mos.backup.'));
  expect(backups.length).toBe(2);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Download the stored text' }).first().click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('"id":"damaged"');
});

test('when the browser refuses storage the app works in memory and says so', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'Working in memory only' })).toContainText('SecurityError');
  await page.getByLabel('Company name').fill('Private Co');
  await page.getByRole('button', { name: 'Create model' }).click();
  await goDeeper(page);
  await page.getByRole('group', { name: 'Investors' }).getByLabel('Note').fill('Still works');
  await expect(page.getByRole('status').filter({ hasText: 'Kept in this tab only' })).toBeVisible();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('link', { name: 'Private Co' })).toBeVisible();
  await context.close();
});

test('a full storage quota is reported and the model stays in memory', async ({ page }) => {
  await createModel(page, 'Full Co');
  await saved(page);
  await goDeeper(page);
  // Make every write fail the way a full store does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('group', { name: 'Investors' }).getByLabel('Note').fill('Typed after the disk filled');
  await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved' })).toContainText('storage is full');
  await expect(page.getByRole('group', { name: 'Investors' }).getByLabel('Note')).toHaveValue('Typed after the disk filled');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Model tools' }).getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Typed after the disk filled');
});

