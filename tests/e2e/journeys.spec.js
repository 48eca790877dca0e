// The solo marketer's first sitting: create, move through every stage, type, reload, undo.
import { test, expect, checkA11y, createModel, saved, goDeeper } from './fixtures.js';

const stages = [
  ['Stage 1: Define the dialogue', 'Stage 1: Define the dialogue'],
  ['Stage 2: Map inputs and outputs', 'Stage 2: Map inputs and outputs'],
  ['Stage 3: Operationalise', 'Stage 3: Operationalise'],
  ['Maturity assessment', 'Maturity assessment'],
  ['Report', /Market\(ing\) Operating System/],
];

test('create a model, fill every stage, reload, and find everything still there', async ({ page }) => {
  await page.goto('/');
  await checkA11y(page, 'home (empty)');
  await createModel(page, 'Acme Analytics');
  const nav = page.getByRole('navigation', { name: 'Stages' });

  // Stage 1
  await page.getByLabel('Industry analysts: matters now').selectOption('High');
  await goDeeper(page);
  const analysts = page.getByRole('group', { name: 'Industry analysts' });
  await analysts.getByLabel('Note').fill('Gartner and Forrester cover us');
  await page.getByRole('group', { name: 'Competitive research' }).getByLabel('What you do today (one per line)').fill('Win/loss interviews\nPricing page watch');
  await page.getByLabel('Who owns loop A1').fill('Community lead');
  await page.getByLabel('Money goes out with no return you can show').check();
  await checkA11y(page, 'Stage 1');

  // Stage 2
  await nav.getByRole('link', { name: /Stage 2/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: stages[1][1] })).toBeVisible();
  await page.getByLabel('New sub-function').fill('Product marketing');
  await page.getByRole('button', { name: 'Add sub-function' }).click();
  await page.getByRole('button', { name: 'Add Sales' }).click();
  const add = page.getByRole('form', { name: 'Add a flow' });
  await add.getByLabel('New flow').fill('Battle cards');
  await add.getByLabel('Kind').selectOption({ label: 'Output, internal' });
  await add.getByLabel('Owner').selectOption({ label: 'Product marketing' });
  await add.getByRole('button', { name: 'Add flow' }).click();
  await expect(page.getByLabel('Battle cards: owner').locator('option:checked')).toHaveText('Product marketing');
  await page.getByRole('button', { name: 'More about Battle cards' }).click();
  await page.locator('tr.flow-more').getByLabel('Status').selectOption('Planned');
  await checkA11y(page, 'Stage 2');

  // Stage 3
  await nav.getByRole('link', { name: /Stage 3/ }).click();
  await page.getByLabel('Weekly scorecard: owner').fill('Head of marketing ops');
  await goDeeper(page);
  await page.getByLabel('Where the dashboard lives').fill('Looker: Marketing weekly');
  await page.getByLabel('What changed').fill('Series B closed');
  await page.getByRole('button', { name: 'Log change' }).click();
  await page.getByLabel('Version name').fill('Q4 baseline');
  await page.getByRole('button', { name: 'Save version' }).click();
  await checkA11y(page, 'Stage 3');

  // Assessment
  await nav.getByRole('link', { name: /Maturity assessment/ }).click();
  const metrics = page.getByRole('group', { name: 'Metrics and reporting' });
  await metrics.getByRole('radio', { name: 'Effective' }).check();
  await metrics.getByLabel('What shows this? (an artefact or a metric)').fill('Weekly pipeline dashboard');
  await checkA11y(page, 'assessment');

  // Report
  await nav.getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Analytics: Market(ing) Operating System' })).toBeVisible();
  await expect(page.getByText('Dashboard: Looker: Marketing weekly.')).toBeVisible();
  await checkA11y(page, 'report');

  await saved(page);
  await page.reload();

  // Everything is still there after a reload.
  await expect(page.getByText('Dashboard: Looker: Marketing weekly.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Metrics and reporting Effective/ })).toBeVisible();
  await nav.getByRole('link', { name: /Stage 1/ }).click();
  await expect(page.getByLabel('Industry analysts: matters now').locator('option:checked')).toHaveText('High');
  await goDeeper(page);
  await expect(page.getByRole('group', { name: 'Industry analysts' }).getByLabel('Note')).toHaveValue('Gartner and Forrester cover us');
  await expect(page.getByLabel('Who owns loop A1')).toHaveValue('Community lead');
  await expect(page.getByLabel('Money goes out with no return you can show')).toBeChecked();
  await nav.getByRole('link', { name: /Stage 2/ }).click();
  await page.getByRole('button', { name: 'More about Battle cards' }).click();
  await expect(page.locator('tr.flow-more').getByLabel('Status').locator('option:checked')).toHaveText('Planned');
  await nav.getByRole('link', { name: /Maturity assessment/ }).click();
  await expect(page.getByRole('group', { name: 'Metrics and reporting' }).getByLabel('What shows this? (an artefact or a metric)')).toHaveValue('Weekly pipeline dashboard');

  // The navigator shows progress, and the home page lists the model with its completeness.
  await expect(nav.getByRole('link', { name: /Stage 2.*\d+% done/ })).toBeVisible();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Acme Analytics' }) });
  await expect(row).toContainText(/Changed (just now|\d+ minutes? ago)/);
  await expect(row).toContainText(/[1-9]\d*% complete/);
  await checkA11y(page, 'home (one model)');
});

test('typing and reloading at once loses nothing: the page saves as it hides', async ({ page }) => {
  await createModel(page, 'Quick Co');
  await goDeeper(page);
  await page.getByRole('group', { name: 'Investors' }).getByLabel('Note').fill('Board meets monthly');
  await page.reload(); // no wait for the debounce
  await goDeeper(page);
  await expect(page.getByRole('group', { name: 'Investors' }).getByLabel('Note')).toHaveValue('Board meets monthly');
});

test('undo and redo by keyboard and by button', async ({ page }) => {
  await createModel(page, 'Undo Co');
  const company = page.getByRole('main').getByLabel('Company name');
  await company.fill('Undo Company Ltd');
  await goDeeper(page);
  await page.getByLabel('Who owns loop B1').fill('Internal comms');
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Who owns loop B1')).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(company).toHaveValue('Undo Co');
  await page.keyboard.press('Control+Shift+z');
  await expect(company).toHaveValue('Undo Company Ltd');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel('Who owns loop B1')).toHaveValue('Internal comms');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Who owns loop B1')).toHaveValue('');
});

test('the whole app works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  // The loading page shows the same heading but has nothing to focus: wait, as a keyboard user
  // does, until the page's form is there.
  await expect(page.getByLabel('Company name')).toBeVisible();
  // Skip link first, then into the create form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.getByLabel('Company name').focus();
  await page.keyboard.type('Keys Inc');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  const link = page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ });
  await link.focus();
  // The focus ring is visible.
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Maturity assessment' })).toBeVisible();
  const team = page.getByRole('group', { name: 'Operations team and leadership' });
  await team.getByRole('radio', { name: 'Not sure yet' }).focus();
  await page.keyboard.press('ArrowRight'); // moves to Unaware and selects it
  await expect(team.getByRole('radio', { name: 'Unaware' })).toBeChecked();
});

for (const [name, path] of [['home', '/'], ['stage 1', 'dialogue'], ['stage 2', 'mapping'], ['stage 3', 'operations'], ['assessment', 'assessment'], ['report', 'report']]) {
  test(`@phone ${name} fits a 360 px screen without sideways scrolling`, async ({ page }) => {
    if (path === '/') {
      await page.goto('/');
      // The home page itself, not the loading page with the same heading.
      await expect(page.getByLabel('Company name')).toBeVisible();
    } else {
      await createModel(page, 'Phone Co');
      await page.goto(page.url().replace(/dialogue$/, path));
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await checkA11y(page, `${name} on a phone`);
  });
}

test('printing shows the report without the app chrome', async ({ page }) => {
  await createModel(page, 'Print Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: /Print Co/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
});

test('an unknown address says so and leads home', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto('/model/does-not-exist/dialogue');
  await expect(page.getByRole('alert')).toContainText('no model with that id');
  await checkA11y(page, 'missing model');
});
