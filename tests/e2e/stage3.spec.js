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

  // RACI: two roles, one row, checked as it is filled in; CSV download. The new role's field
  // offers the model's names.
  const raci = page.getByRole('region', { name: 'RACI matrix' }).first();
  await raci.getByRole('button', { name: `Add ${sub}` }).click();
  await expect(raci.getByLabel('New role')).toHaveAttribute('list', 'model-names');
  await raci.getByLabel('New role').fill('CMO');
  await raci.getByRole('button', { name: 'Add role' }).click();
  await raci.getByLabel('Add a row for').selectOption({ label: 'Flow: Nurture campaigns' });
  const grid = raci.getByRole('grid', { name: 'Who does what' });
  const row = grid.getByRole('row', { name: /Flow: Nurture campaigns/ });
  await expect(row).toContainText('No one is accountable: mark exactly one A.');
  await expect(row).toContainText('No one is responsible: mark at least one R.');
  // The grid is one tab stop: Tab from the form before it lands on the first letter.
  await raci.getByRole('button', { name: 'Add row' }).focus();
  await page.keyboard.press('Tab');
  const cell = (role, name, what) => grid.getByRole('button', { name: `${role} for ${name}: ${what}`, exact: true });
  await expect(cell(sub, 'Flow: Nurture campaigns', 'none')).toBeFocused();
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  // Typing a letter sets the cell; arrows move along the row.
  await page.keyboard.press('a');
  await expect(cell(sub, 'Flow: Nurture campaigns', 'Accountable')).toBeFocused();
  await expect(cell(sub, 'Flow: Nurture campaigns', 'Accountable')).toHaveText(/^A/);
  await page.keyboard.press('ArrowRight');
  await expect(cell('CMO', 'Flow: Nurture campaigns', 'none')).toBeFocused();
  await page.keyboard.press('A');
  await expect(row).toContainText('2 roles are accountable: keep exactly one A.');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Delete');
  await expect(cell(sub, 'Flow: Nurture campaigns', 'none')).toBeFocused();
  await page.keyboard.press('r');
  await expect(row.getByText('OK', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(grid.getByRole('rowheader', { name: 'Flow: Nurture campaigns' })).toBeFocused();
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  // A row of its own; clicking steps a cell through R, A, A/R; arrows move between rows.
  await raci.getByLabel('Or name a row yourself').fill('Launch brief');
  await raci.getByRole('button', { name: 'Add row' }).click();
  const brief = cell(sub, 'Launch brief', 'none');
  await brief.click();
  await expect(cell(sub, 'Launch brief', 'Responsible')).toBeFocused();
  await cell(sub, 'Launch brief', 'Responsible').click();
  await cell(sub, 'Launch brief', 'Accountable').click();
  await expect(cell(sub, 'Launch brief', 'Accountable and responsible')).toHaveText(/^A\/R/);
  await page.keyboard.press('ArrowUp');
  await expect(cell(sub, 'Flow: Nurture campaigns', 'Responsible')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(cell('CMO', 'Launch brief', 'Responsible')).toBeFocused();
  await expect(grid.getByRole('row', { name: /Launch brief/ }).getByText('OK', { exact: true })).toBeVisible();
  await checkA11y(page, 'the RACI grid in use');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    raci.getByRole('button', { name: 'Download the matrix (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^rhythm-co-raci-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
  // A UTF-8 byte order mark first, so Excel on Windows reads accents right; then the header.
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toBe(`\uFEFFProgram or flow,${sub},CMO\r\nFlow: Nurture campaigns,R,A\r\nLaunch brief,A/R,R\r\n`);
  // Removing a row from the keyboard keeps focus in the grid, on the row that is left.
  await cell('CMO', 'Launch brief', 'Responsible').focus();
  await page.keyboard.press('End');
  await expect(grid.getByRole('button', { name: 'Remove row Launch brief' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row', { name: /Launch brief/ })).toHaveCount(0);
  await expect(grid.getByRole('button', { name: 'Remove row Flow: Nurture campaigns' })).toBeFocused();

  // An SLA from the method's list.
  await page.getByRole('button', { name: 'Add Product releases' }).click();
  const sla = card(page, 'Product releases');
  // Its two sides are named by what they do, and the sentence says who asks and who delivers.
  await expect(sla).toContainText('No lead time agreed yet.');
  await expect(sla.getByLabel('Who asks')).toHaveAttribute('list', 'model-names');
  await expect(sla.getByLabel('Who delivers')).toHaveAttribute('list', 'model-names');
  await sla.getByLabel('Who asks').fill('Product marketing');
  await expect(sla).toContainText('Product marketing asks: no lead time agreed yet.');
  await sla.getByLabel('Who delivers').fill('Product');
  await sla.getByLabel('Lead time (days)').fill('10');
  await sla.getByLabel('When it is missed').fill('The launch moves a week');
  await expect(sla).toContainText("Product marketing asks, Product delivers: 10 days' lead time.");

  // A week of the scorecard.
  const scorecard = page.getByRole('table', { name: /^Scorecard for Q\d \d{4}$/ });
  const line = scorecard.getByRole('row', { name: /MQLs/ });
  const weeks = line.getByRole('textbox');
  // The target of 100 is for the quarter: each week is judged against its share (100 over
  // the quarter's 13 or 14 weeks), and the quarter so far adds the weeks up.
  await expect(line).toContainText('≥ 100 a quarter');
  await expect(line).toContainText(/7\.\d a week/);
  await weeks.nth(0).fill('7');
  await expect(line).toContainText('At risk');
  await expect(line).toContainText(/7 of 7\.\d1 week/);
  await weeks.nth(1).fill('9');
  await expect(line).toContainText(/16 of 1[45]\.\d2 weeksOn track/);
  await expect(line).not.toContainText('At risk');
  await expect(line).toContainText('↑ up, improving');
  // The KPI's name stays in view while the weeks scroll sideways.
  const region = page.getByRole('region', { name: 'Scorecard, scrolls sideways' });
  await region.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
  const kpiCell = line.getByRole('rowheader');
  const [cellBox, regionBox] = [await kpiCell.boundingBox(), await region.boundingBox()];
  expect(Math.abs(cellBox.x - regionBox.x)).toBeLessThan(3);
  await region.evaluate((r) => { r.scrollLeft = 0; });
  // A budget line for the sub-function this quarter.
  await page.getByLabel('Add a budget line for').selectOption({ label: sub });
  const budget = page.getByRole('group', { name: `Budget for ${sub}` });
  await budget.getByLabel('Amount').fill('40,000');
  await budget.getByLabel('Plan').fill('Nurture rebuild');
  // Totals read as people write quarters and money, in the budget's currency.
  await expect(page.getByText(/^Q\d \d{4}: 40,000 in total$/)).toBeVisible();
  await page.getByLabel('Currency').fill('€');
  await expect(page.getByText(/^Q\d \d{4}: €40,000 in total$/)).toBeVisible();
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
  // An entry that says nothing is refused, and the form says why until it is filled in.
  await log.getByRole('button', { name: 'Log change' }).click();
  await expect(log).toContainText('Describe the change before logging it.');
  await log.getByLabel('Where').selectOption({ label: 'Your company' });
  await log.getByLabel('Kind of change').fill('Product releases and updates');
  await log.getByLabel('What changed').fill('Spring release moved to May');
  await expect(log).not.toContainText('Describe the change before logging it.');
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
  // The summary counts only the kinds of change there are.
  await expect(page.getByText(/^[1-9]\d* added(, [1-9]\d* (removed|changed|moved))+\.$/)).toBeVisible();
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
  // The short list and the reviews fold into cards on a phone: every field is on screen
  // without swiping sideways.
  if (page.viewportSize().width <= 400) {
    for (const field of [page.getByLabel('MQLs: owner'), page.getByLabel('MQLs: target'), page.getByLabel('Quarterly planning: who comes')]) {
      await field.scrollIntoViewIfNeeded();
      const box = await field.boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize().width);
    }
    expect(await page.getByRole('region', { name: 'KPIs on your map' }).evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
  }
  await goDeeper(page);
  await expect(page.getByRole('table', { name: /^Scorecard for/ })).toBeVisible();
  // A RACI grid of five roles scrolls sideways inside its region; the row's name stays put.
  const raci = page.getByRole('region', { name: 'RACI matrix' }).first();
  for (const role of ['Chief marketing officer', 'Sales', 'Product', 'Finance', 'Design']) {
    await raci.getByLabel('New role').fill(role);
    await raci.getByRole('button', { name: 'Add role' }).click();
  }
  await raci.getByLabel('Add a row for').selectOption({ label: 'Flow: Nurture campaigns' });
  const scroller = raci.getByRole('region', { name: 'RACI matrix, scrolls sideways' });
  const header = scroller.getByRole('rowheader', { name: 'Flow: Nurture campaigns' });
  await scroller.getByRole('button', { name: 'Design for Flow: Nurture campaigns: none' }).click();
  await expect(scroller.getByRole('button', { name: 'Design for Flow: Nurture campaigns: Responsible' })).toBeInViewport();
  if (page.viewportSize().width <= 400) expect(await scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  const [h, r] = [await header.boundingBox(), await scroller.boundingBox()];
  expect(Math.abs(h.x - r.x)).toBeLessThan(2);
  expect(h.width).toBeGreaterThan(90);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, 'Stage 3 on a phone');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Weekly scorecard' })).toBeVisible();
});

test('a name typed once is offered wherever a team or a person is named, the plan too', async ({ page }) => {
  await mapOneFlow(page);
  const option = (name) => page.locator(`datalist#model-names option[value="${name}"]`);
  const offers = (field) => expect(field).toHaveAttribute('list', 'model-names');
  // A new person, typed once as a KPI owner.
  await page.getByLabel('MQLs: on the short list').check();
  await expect(option('Priya Shah')).toHaveCount(0);
  await page.getByLabel('MQLs: owner').fill('Priya Shah');
  await expect(option('Priya Shah')).toHaveCount(1);
  // The reviews: their owners and who comes (a list, each name offered on its own).
  await offers(page.getByLabel('Weekly scorecard: owner'));
  await offers(page.getByLabel('Weekly scorecard: who comes'));
  await page.getByLabel('Weekly scorecard: who comes').fill('Priya Shah, Finance partner');
  await expect(option('Finance partner')).toHaveCount(1);
  await expect(option('Priya Shah')).toHaveCount(1);
  await goDeeper(page);
  // A forum's people, an SLA's two sides, a pathway's teams and budget owner, a RACI role.
  await page.getByRole('button', { name: 'Add Weekly pipeline meeting' }).click();
  await offers(card(page, 'Weekly pipeline meeting').getByLabel('Who takes part'));
  await page.getByRole('button', { name: 'Add Product releases' }).click();
  await offers(card(page, 'Product releases').getByLabel('Who asks'));
  await offers(card(page, 'Product releases').getByLabel('Who delivers'));
  const pathway = page.getByRole('region', { name: 'Process pathways' }).locator('li.pathway').first();
  await pathway.locator('summary').click();
  await offers(pathway.getByLabel('Teams involved'));
  await offers(pathway.getByLabel('Budget owner'));
  await offers(page.getByRole('region', { name: 'RACI matrix' }).first().getByLabel('New role'));
  // The action plan: an action's owner offers the same names, and a new one comes back.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Gaps and plan' }).click();
  await page.getByLabel('New action').fill('Agree the release SLA');
  await page.getByRole('button', { name: 'Add action' }).click();
  const owner = page.getByLabel('Agree the release SLA: owner');
  await offers(owner);
  await expect(option('Priya Shah')).toHaveCount(1);
  await expect(option('Finance partner')).toHaveCount(1);
  await owner.fill('Sam Ortiz');
  await checkA11y(page, 'the action plan with an owner');
  await stage(page, /Stage 3/).click();
  await expect(option('Sam Ortiz')).toHaveCount(1);
  await expect(page.getByLabel('MQLs: owner')).toHaveValue('Priya Shah');
});
