// Stage 2 as a marketing lead maps the team's work: a team by size, about ten flows by
// suggestion, by typing and by keyboard, KPIs and feeds, and the findings the map reveals.
import { test, expect, checkA11y, createModel, saved } from './fixtures.js';

const cell = (page, name) => page.getByRole('group', { name, exact: true });
const flow = (page, name) => page.locator('li.flow-item').filter({ has: page.locator('summary > .flow-name').getByText(name, { exact: true }) });
const open = (page, name) => flow(page, name).locator('summary').click();

test('build a map of about ten flows and see what it reveals; reload keeps it', async ({ page }) => {
  await createModel(page, 'Map Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 2: Map inputs and outputs' })).toBeVisible();

  // A team suggested for four people.
  await page.getByLabel('People in marketing').fill('4');
  await page.getByRole('button', { name: 'Suggest a team for this size' }).click();
  for (const name of ['Product marketing', 'Demand generation', 'Marketing operations', 'Design']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  const findings = page.getByRole('region', { name: 'What your map reveals' });
  await expect(findings).toContainText('Design owns no flow.');

  // Flows adopted from the method's suggestions, one click each.
  await cell(page, 'Product marketing: primary external inputs').getByRole('button', { name: 'Add Competitive intel' }).click();
  await cell(page, 'Product marketing: primary external outputs').getByRole('button', { name: 'Add Product release campaigns' }).click();
  await cell(page, 'Product marketing: primary external outputs').getByRole('button', { name: 'Add Strategic narrative' }).click();
  await cell(page, 'Demand generation: primary external inputs').getByRole('button', { name: 'Add Intent data' }).click();
  await cell(page, 'Demand generation: primary external outputs').getByRole('button', { name: 'Add End-to-end marketing campaigns' }).click();
  await cell(page, 'Marketing operations: primary external inputs').getByRole('button', { name: 'Add Marketing performance data' }).click();
  await cell(page, 'Marketing operations: primary external outputs').getByRole('button', { name: 'Add Nurture campaigns' }).click();

  // Typed flows, by keyboard.
  await page.getByLabel('New primary external output for Demand generation').fill('Partner webinars');
  await page.keyboard.press('Enter');
  await page.getByLabel('New secondary internal output for Product marketing').fill('Battle cards');
  await page.keyboard.press('Enter');

  // A company function and one of its typical flows (arrives with no owner).
  await page.getByRole('button', { name: 'Add Sales' }).click();
  await page.getByRole('button', { name: 'Add Common objections by persona' }).click();
  await expect(findings).toContainText('“Common objections by persona” has no owner.');
  await expect(page.locator('li.flow-item')).toHaveCount(10);

  // Give it an owner in its editor.
  const objections = flow(page, 'Common objections by persona');
  await open(page, 'Common objections by persona');
  await objections.getByLabel('Owner').selectOption({ label: 'Product marketing' });
  await expect(findings).not.toContainText('has no owner');
  await expect(cell(page, 'Product marketing: secondary internal inputs')).toContainText('Common objections by persona');

  // Competitive intel feeds the release campaigns; release campaigns get a KPI that cannot be measured yet.
  const intel = flow(page, 'Competitive intel');
  await open(page, 'Competitive intel');
  await intel.getByRole('group', { name: 'Feeds these outputs' }).getByText('Product release campaigns').click();
  await expect(intel.getByLabel('Product release campaigns')).toBeChecked();
  const launches = flow(page, 'Product release campaigns');
  await open(page, 'Product release campaigns');
  await launches.getByRole('button', { name: 'Add KPI' }).click();
  await launches.getByLabel('Metric').fill('Pipeline from launches');
  await launches.getByLabel('Can you measure it?').selectOption({ label: 'Not yet' });
  await launches.getByLabel('Proxy you measure meanwhile').fill('Demo requests in launch week');

  await expect(findings).toContainText('“Pipeline from launches” on “Product release campaigns” cannot be measured yet. A proxy is recorded for now.');
  await expect(findings).toContainText('The output “Battle cards” has no KPI');
  await expect(findings).toContainText('The input “Intent data” feeds no output');
  await expect(findings).not.toContainText('The input “Competitive intel” feeds no output');
  await expect(findings).toContainText('Design owns no flow.');
  await expect(intel.getByText('Feeds nothing')).toHaveCount(0);

  // Filter the map to one sub-function.
  await page.getByLabel('Show sub-function').selectOption({ label: 'Demand generation' });
  await expect(page.getByRole('heading', { level: 3, name: 'Product marketing' })).toHaveCount(0);
  await expect(cell(page, 'Demand generation: primary external outputs')).toContainText('Partner webinars');
  await page.getByLabel('Show sub-function').selectOption({ label: 'All sub-functions' });
  await checkA11y(page, 'Stage 2 with a map');

  await saved(page);
  await page.reload();
  await expect(page.locator('li.flow-item')).toHaveCount(10);
  await expect(findings).toContainText('A proxy is recorded for now.');
  await expect(findings).toContainText('Design owns no flow.');
  await expect(page.getByRole('row', { name: /Product marketing 5 1 5\.0/ })).toBeVisible();
});

test('@phone the map stacks on a phone and passes axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The map' })).toBeVisible();
  await open(page, 'Intent data');
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
  const findings = page.getByRole('region', { name: 'What your map reveals' });
  await expect(findings).toContainText('The input “Customer interviews” feeds no output');

  const interviews = flow(page, 'Customer interviews');
  await open(page, 'Customer interviews');
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
