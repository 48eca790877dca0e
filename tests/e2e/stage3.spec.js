// Stage 3 as a team puts its system to work: pathways, a RACI row, an SLA, a week of the
// scorecard, a saved version, a change, and the two compared; the version opened read-only
// and restored as a copy.
import { test, expect, checkA11y, createModel, saved, goDeeper } from './fixtures.js';
import { readFileSync } from 'node:fs';

const stage = (page, name) => page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name });
const card = (page, legend) => page.getByRole('group', { name: legend, exact: true });

/** A model with one sub-function and one flow with a KPI, made in Stage 2. */
async function mapOneFlow(page) {
  await createModel(page, 'Rhythm Co');
  await stage(page, /Stage 2/).click();
  await page.getByLabel('People in marketing').fill('2');
  await page.getByRole('button', { name: 'Suggest a team for this size' }).click();
  const form = page.getByRole('form', { name: 'Add a flow' });
  const owner = form.getByLabel('Owner');
  const sub = (await owner.locator('option').nth(1).textContent()).trim();
  await form.getByLabel('New flow').fill('Nurture campaigns');
  await form.getByLabel('Kind').selectOption({ label: 'Output, external' });
  await owner.selectOption({ label: sub });
  await form.getByRole('button', { name: 'Add flow' }).click();
  await page.getByLabel('Nurture campaigns: KPI').fill('MQLs');
  await page.getByRole('button', { name: 'More about Nurture campaigns' }).click();
  await page.locator('tr.flow-more').getByLabel('Target').fill('100');
  await stage(page, /Stage 3/).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 3: Operationalise' })).toBeVisible();
  return sub;
}

test('run the system: pathways, RACI, SLA, a scorecard week, versions compared', async ({ page }) => {
  const sub = await mapOneFlow(page);
  const checklist = page.getByRole('region', { name: 'What is still missing' });
  await expect(checklist).toContainText('0 of 5 essentials done.');

  // The essentials: the KPI on the short list with its owner and target, the reviews' owners.
  await page.getByLabel('MQLs: on the short list').check();
  await expect(page.getByLabel('MQLs: target')).toHaveValue('100');
  await page.getByLabel('MQLs: owner').fill('Dana');
  await page.getByLabel('Weekly scorecard: owner').fill('Dana');
  await expect(checklist).toContainText('2 of 5 essentials done.');
  await checklist.getByRole('link', { name: /monthly written report/ }).click();
  await expect(page.getByLabel(/^Monthly.*: owner$/)).toBeInViewport();
  await goDeeper(page);

  // Communication: teaching and a forum carrying the flow.
  const execs = card(page, 'Executives and board');
  await execs.getByLabel('Status').selectOption({ label: 'Done' });
  await execs.getByLabel('Format').fill('Schematic walk-through at the board meeting');
  await page.getByRole('button', { name: 'Add Weekly pipeline meeting' }).click();
  const forum = card(page, 'Weekly pipeline meeting');
  await forum.getByLabel('Add a flow it carries').selectOption({ label: 'Nurture campaigns' });
  await expect(forum.getByRole('list', { name: 'Flows it carries' })).toContainText('Nurture campaigns');

  // Process pathway: flagged until systems, expertise and resource are there.
  const pathways = page.getByRole('region', { name: 'Process pathways' });
  await expect(pathways).toContainText('1 flow lacks systems, expertise or resource.');
  const pathway = pathways.locator('li.pathway').filter({ hasText: 'Nurture campaigns' });
  await expect(pathway.getByText('No systems')).toBeVisible();
  await pathway.locator('summary').click();
  await pathway.getByLabel('Systems').fill('HubSpot, Salesforce');
  await pathway.getByLabel('Expertise').selectOption({ label: 'In the team' });
  await pathway.getByLabel('Teams involved').fill('Sales ops');
  await pathway.getByLabel('Lead time (days)').fill('soon');
  await expect(pathway.getByText('Not a number')).toBeVisible();
  await pathway.getByLabel('Lead time (days)').fill('5');
  await expect(pathway.getByText('Not a number')).toHaveCount(0);
  await pathway.getByLabel('Budget owner').fill('Marketing');
  await expect(pathways).toContainText('Every flow has its systems, expertise and resource.');
  await expect(pathway.locator('.badge')).toHaveCount(0);

  // RACI: two roles, one row, checked as it is filled in; CSV download.
  const raci = page.getByRole('region', { name: 'RACI matrix' }).first();
  await raci.getByRole('button', { name: `Add ${sub}` }).click();
  await raci.getByLabel('New role').fill('CMO');
  await raci.getByRole('button', { name: 'Add role' }).click();
  await raci.getByLabel('Add a row for').selectOption({ label: 'Flow: Nurture campaigns' });
  const row = raci.getByRole('row', { name: /Flow: Nurture campaigns/ });
  await expect(row).toContainText('No one is accountable: mark exactly one A.');
  await expect(row).toContainText('No one is responsible: mark at least one R.');
  await row.getByLabel('CMO for Flow: Nurture campaigns').selectOption({ label: 'A' });
  await row.getByLabel(`${sub} for Flow: Nurture campaigns`).selectOption({ label: 'A' });
  await expect(row).toContainText('2 roles are accountable: keep exactly one A.');
  await row.getByLabel(`${sub} for Flow: Nurture campaigns`).selectOption({ label: 'R' });
  await expect(row.getByText('OK', { exact: true })).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    raci.getByRole('button', { name: 'Download the matrix (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^rhythm-co-raci-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toBe(`Program or flow,${sub},CMO\r\nFlow: Nurture campaigns,R,A\r\n`);

  // An SLA from the method's list.
  await page.getByRole('button', { name: 'Add Product releases' }).click();
  const sla = card(page, 'Product releases');
  await sla.getByLabel('Provider').fill('Product');
  await sla.getByLabel('Receiver').fill('Product marketing');
  await sla.getByLabel('Lead time (days)').fill('10');
  await sla.getByLabel('When it is missed').fill('The launch moves a week');
  await expect(sla).toContainText("Product needs 10 days' notice from Product marketing.");

  // A week of the scorecard.
  const scorecard = page.getByRole('table', { name: /^Scorecard for Q\d \d{4}$/ });
  const line = scorecard.getByRole('row', { name: /MQLs/ });
  const weeks = line.getByRole('textbox');
  await weeks.nth(0).fill('90');
  await expect(line).toContainText('At risk');
  await weeks.nth(1).fill('120');
  await expect(line).toContainText('On track');
  await expect(line).toContainText('↑ up, improving');
  // A budget line for the sub-function this quarter.
  await page.getByLabel('Add a budget line for').selectOption({ label: sub });
  const budget = page.getByRole('group', { name: `Budget for ${sub}` });
  await budget.getByLabel('Amount').fill('40,000');
  await budget.getByLabel('Plan').fill('Nurture rebuild');
  await expect(page.getByText(/\d{4}-Q\d: 40000 in total/)).toBeVisible();
  await checkA11y(page, 'Stage 3 filled in');

  // Save a version; it survives a reload (stored under its own key).
  await page.getByLabel('Version name').fill('Baseline');
  await page.getByRole('button', { name: 'Save version' }).click();
  await saved(page);
  await page.reload();
  await goDeeper(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Baseline' })).toBeVisible();
  await page.getByRole('group', { name: 'Versions to compare' }).getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByText('No differences: these two are the same.')).toBeVisible();

  // Change the model: the SLA's lead time, another SLA, a logged change.
  await card(page, 'Product releases').getByLabel('Lead time (days)').fill('15');
  await page.getByRole('button', { name: 'Add Customer surveys' }).click();
  const log = page.getByRole('form', { name: 'Log a change' });
  await log.getByLabel('Where').selectOption({ label: 'Your company' });
  await log.getByLabel('Kind of change').fill('Product releases and updates');
  await log.getByLabel('What changed').fill('Spring release moved to May');
  await log.getByLabel('Impact').fill('Launch campaign slips');
  await log.getByLabel('Action taken').fill('Agreed a longer SLA with Product');
  await log.getByRole('button', { name: 'Log change' }).click();
  await expect(page.locator('.change-list')).toContainText('Spring release moved to May');

  // Compare the version with the model now.
  await page.getByRole('group', { name: 'Versions to compare' }).getByRole('button', { name: 'Compare' }).click();
  const ops = page.getByRole('table', { name: /^Stage 3: operations/ });
  await expect(ops.getByRole('row', { name: /SLA “Customer surveys”/ })).toContainText('Added');
  const changed = ops.getByRole('row', { name: /SLA “Product releases” · lead time days/ });
  await expect(changed).toContainText('Changed');
  await expect(changed.getByRole('cell')).toHaveText(['Changed', '10', '15']);
  await expect(page.getByText(/\d+ added, \d+ removed, \d+ changed, \d+ moved\./)).toBeVisible();
  await checkA11y(page, 'Stage 3 comparing versions');

  // Open the version read-only, then restore it as a copy.
  await page.getByRole('link', { name: 'Open Baseline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rhythm Co: version “Baseline”' })).toBeVisible();
  await expect(page.getByText(/Read-only/)).toBeVisible();
  await checkA11y(page, 'a version read-only');
  await page.getByRole('button', { name: 'Restore this version as a copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await expect(page.getByRole('main').getByLabel('Company name')).toHaveValue('Rhythm Co (Baseline)');
  await stage(page, /Stage 3/).click();
  await goDeeper(page);
  await expect(card(page, 'Product releases').getByLabel('Lead time (days)')).toHaveValue('10');
  await expect(card(page, 'Customer surveys')).toHaveCount(0);
});

test('@phone Stage 3 fits a phone, its tables scroll inside themselves, and it prints', async ({ page }) => {
  await mapOneFlow(page);
  await page.getByLabel('MQLs: on the short list').check();
  await goDeeper(page);
  await expect(page.getByRole('table', { name: /^Scorecard for/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, 'Stage 3 on a phone');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Weekly scorecard' })).toBeVisible();
});
