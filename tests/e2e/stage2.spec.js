// Stage 2 as a marketing lead maps the team's work: a team by size, about ten flows by
// suggestion, by typing and by keyboard, KPIs and feeds, and the findings the map reveals.
import { test, expect, checkA11y, createModel, saved, goDeeper } from './fixtures.js';

const cell = (page, name) => page.getByRole('group', { name, exact: true });
const row = (page, name) => page.locator('table.flow-table tbody', { has: page.getByLabel(`${name}: name`, { exact: true }) });
const more = (page, name) => page.getByRole('button', { name: `More about ${name}`, exact: true }).click();

/** Adds a flow from the one-line form under the table. */
async function addFlow(page, name, kind, owner) {
  const form = page.getByRole('form', { name: 'Add a flow' });
  await form.getByLabel('New flow').fill(name);
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel('Owner').selectOption({ label: owner });
  await form.getByRole('button', { name: 'Add flow' }).click();
  await expect(row(page, name)).toHaveCount(1);
}

test('build a map of about ten flows from one list and see what it reveals; reload keeps it', async ({ page }) => {
  await createModel(page, 'Map Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 2: Map inputs and outputs' })).toBeVisible();
  const checklist = page.getByRole('region', { name: 'What is still missing' });
  await expect(checklist).toContainText('0 of 6 essentials done.');

  // A team suggested for four people, and the flows the method suggests for it in one list.
  await page.getByLabel('People in marketing').fill('4');
  await page.getByRole('button', { name: 'Suggest a team for this size' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested flows' });
  await expect(suggested.getByRole('row', { name: /Competitive intel/ })).toContainText('Product marketing');
  for (const name of ['Competitive intel', 'Product release campaigns', 'Strategic narrative', 'Intent data',
    'End-to-end marketing campaigns', 'Marketing performance data', 'Nurture campaigns']) {
    await suggested.getByRole('button', { name: `Add ${name}`, exact: true }).click();
  }
  await expect(suggested.getByRole('button', { name: 'Add Intent data' })).toHaveCount(0);
  await suggested.getByRole('button', { name: 'Skip Buyer and user research' }).click();
  await expect(suggested.getByRole('row', { name: /Buyer and user research/ })).toHaveCount(0);
  await expect(page.getByText('1 skipped.')).toBeVisible();

  // Typed flows, one line each; a name already taken is flagged before it is added.
  await addFlow(page, 'Partner webinars', 'Output, external', 'Demand generation');
  await addFlow(page, 'Battle cards', 'Output, internal', 'Product marketing');
  const form = page.getByRole('form', { name: 'Add a flow' });
  await form.getByLabel('New flow').fill('intent data');
  await expect(form).toContainText('There is already a flow named “intent data”.');
  await expect(form.getByRole('button', { name: 'Add it anyway' })).toBeVisible();
  await form.getByLabel('New flow').fill('');

  // A company function and one of its typical flows, added without an owner.
  await page.getByRole('button', { name: 'Add Sales' }).click();
  await suggested.getByLabel('Common objections by persona: owner').selectOption({ label: 'No owner yet' });
  await suggested.getByRole('button', { name: 'Add Common objections by persona' }).click();
  await expect(page.locator('table.flow-table tbody')).toHaveCount(10);
  await expect(checklist).toContainText('Every flow has an owner');
  await goDeeper(page);
  const findings = page.getByRole('region', { name: 'What your map reveals' });
  await expect(findings).toContainText('“Common objections by persona” has no owner.');
  await expect(findings).toContainText('The sub-function Design owns no flow.');

  // Give it an owner in its row.
  await page.getByLabel('Common objections by persona: owner').selectOption({ label: 'Product marketing' });
  await expect(findings).not.toContainText('has no owner');
  await expect(cell(page, 'Product marketing: secondary internal inputs')).toContainText('Common objections by persona');

  // A KPI typed in the row; what a flow feeds and a KPI's details under "More".
  await page.getByLabel('Battle cards: KPI').fill('Win rate against named competitors');
  await more(page, 'Competitive intel');
  const intel = row(page, 'Competitive intel');
  await intel.getByRole('group', { name: 'Feeds these outputs' }).getByText('Product release campaigns').click();
  await expect(intel.getByLabel('Product release campaigns')).toBeChecked();
  await more(page, 'Product release campaigns');
  const launches = row(page, 'Product release campaigns');
  // A suggested output comes with the KPI it usually answers to.
  await expect(launches.getByLabel('Metric')).toHaveValue('Pipeline from launches');
  await launches.getByLabel('Can you measure it?').selectOption({ label: 'Not yet' });
  await launches.getByLabel('Proxy you measure meanwhile').fill('Demo requests in launch week');
  await expect(page.getByLabel('Product release campaigns: KPI')).toHaveValue('Pipeline from launches');

  await expect(findings).toContainText('“Pipeline from launches” on “Product release campaigns” cannot be measured yet. A proxy is recorded for now.');
  await expect(findings).not.toContainText('The output “Battle cards” has no KPI');
  await expect(findings).toContainText('The input “Intent data” feeds no output');
  await expect(findings).not.toContainText('The input “Competitive intel” feeds no output');

  // Filter the map to one sub-function.
  await page.getByLabel('Show sub-function').selectOption({ label: 'Demand generation' });
  await expect(page.getByRole('heading', { level: 3, name: 'Product marketing' })).toHaveCount(0);
  await expect(cell(page, 'Demand generation: primary external outputs')).toContainText('Partner webinars');
  await page.getByLabel('Show sub-function').selectOption({ label: 'All sub-functions' });
  await checkA11y(page, 'Stage 2 with a map');

  await saved(page);
  await page.reload();
  await expect(page.locator('table.flow-table tbody')).toHaveCount(10);
  await expect(page.getByText('1 skipped.')).toBeVisible();
  await goDeeper(page);
  await expect(findings).toContainText('A proxy is recorded for now.');
  await expect(findings).toContainText('The sub-function Design owns no flow.');
  await expect(page.getByRole('row', { name: /Product marketing 5 1 5$/ })).toBeVisible();
});

test('@phone the map stacks on a phone and passes axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await goDeeper(page);
  await expect(page.getByRole('heading', { level: 2, name: 'The map' })).toBeVisible();
  await more(page, 'Intent data');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, 'Stage 2 sample');
});

test('an input among many outputs picks what it feeds from a list, not a wall of checkboxes', async ({ page }) => {
  const flows = [{ id: 10, name: 'Customer interviews', direction: 'input', scope: 'primary_external', owner: 1 }];
  for (let i = 1; i <= 20; i++) flows.push({ id: 10 + i, name: `Campaign ${i}`, direction: 'output', scope: 'primary_external', owner: 1 });
  const file = { format: 'marketing-os-model', schema: 1, app: 'test', saved_at: '2026-11-01T00:00:00Z',
    model: { id: 'many-outputs', company: 'Many Outputs Co', mapping: { sub_functions: [{ id: 1, name: 'Demand generation', kind: 'core' }], flows }, next_id: 100 } };
  await page.goto('/');
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await goDeeper(page);
  const findings = page.getByRole('region', { name: 'What your map reveals' });
  await expect(findings).toContainText('The input “Customer interviews” feeds no output');

  const interviews = row(page, 'Customer interviews');
  await more(page, 'Customer interviews');
  const feeds = interviews.getByRole('group', { name: 'Feeds these outputs' });
  await expect(feeds.getByRole('checkbox')).toHaveCount(0);
  await feeds.getByLabel('Add an output it feeds').selectOption({ label: 'Campaign 7' });
  await expect(feeds.getByRole('checkbox', { name: 'Campaign 7' })).toBeChecked();
  await expect(feeds.getByLabel('Add an output it feeds').locator('option', { hasText: 'Campaign 7' })).toHaveCount(0);
  await expect(findings).not.toContainText('The input “Customer interviews” feeds no output');
  await checkA11y(page, 'Stage 2 feeds picked from a list');

  // Unticking it puts it back among the choices.
  await feeds.getByRole('checkbox', { name: 'Campaign 7' }).click();
  await expect(feeds.getByRole('checkbox')).toHaveCount(0);
  await expect(feeds.getByLabel('Add an output it feeds').locator('option', { hasText: 'Campaign 7' })).toHaveCount(1);
  await expect(findings).toContainText('The input “Customer interviews” feeds no output');
});

test('@phone a sub-function\'s people are named in its row, or counted with a number', async ({ page }) => {
  await createModel(page, 'Named Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await page.getByLabel('People in marketing').fill('4');
  await page.getByRole('button', { name: 'Suggest a team for this size' }).click();
  // A number is enough: nobody has to be named.
  const counts = page.getByRole('spinbutton', { name: 'People (FTE)' });
  await expect(counts).toHaveCount(4);
  await expect(counts.first()).toHaveValue('1');

  const demand = page.getByRole('group', { name: 'People in Demand generation' });
  for (const name of ['Mia', 'Noor']) {
    await demand.getByRole('combobox', { name: 'Add a person' }).fill(name);
    await demand.getByRole('button', { name: 'Add person' }).click();
  }
  await expect(demand.getByRole('list', { name: 'Named in Demand generation' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('2 FTE: one for each person named')).toBeVisible();
  await expect(counts).toHaveCount(3);
  await expect(page.getByRole('row', { name: 'Demand generation 0 2 0' })).toBeVisible();
  await checkA11y(page, 'Stage 2 with people named');

  // Naming someone already on the list moves them rather than adding them twice.
  const product = page.getByRole('group', { name: 'People in Product marketing' });
  await product.getByRole('combobox', { name: 'Add a person' }).fill('noor');
  await product.getByRole('button', { name: 'Add person' }).click();
  await expect(product.getByRole('list', { name: 'Named in Product marketing' })).toContainText('Noor');
  await expect(product.getByRole('status')).toHaveText('Noor moved here from Demand generation: a person works in one sub-function.');
  await expect(demand.getByRole('list', { name: 'Named in Demand generation' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('1 FTE: the one person named')).toHaveCount(2);

  // Taken out, Mia leaves the row; with nobody named the number field is back.
  await demand.getByRole('button', { name: 'Take Mia out of Demand generation' }).click();
  await expect(demand.getByRole('list')).toHaveCount(0);
  await expect(counts).toHaveCount(3);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize().width);
  await saved(page);
});
