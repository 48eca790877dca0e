// Stage 1 as a newcomer walks it: rate who matters, say how well each side is covered, mark
// the programs, then go deeper: segments, what you do on each side, and what the balance says.
import { test, expect, checkA11y, createModel, saved, goDeeper, visibleFields } from './fixtures.js';

const card = (page, name) => page.getByRole('group', { name, exact: true });

test('fill Stage 1’s essentials by keyboard and labels, go deeper, reload, and read the checklist and the balance', async ({ page }) => {
  await createModel(page, 'Listen Co');
  await expect(page.getByText('About 10 minutes.')).toBeVisible();
  expect(await visibleFields(page), 'fields before “Go deeper”').toBeLessThanOrEqual(40);
  const checklist = page.getByRole('region', { name: 'What is still missing' });
  await expect(checklist).toContainText('1 of 5 essentials done.');
  await expect(checklist).toContainText('Done: The company is named.');

  // Who matters, now and in a year. The first row by keyboard alone.
  await page.getByLabel('Customers & prospects: matters now').focus();
  await page.keyboard.press('h'); // jumps to "High"
  await page.keyboard.press('Tab');
  await page.keyboard.press('m'); // "In 12 months": Medium
  await expect(page.getByLabel('Customers & prospects: matters now').locator('option:checked')).toHaveText('High');
  await expect(page.getByLabel('Customers & prospects: in 12 months').locator('option:checked')).toHaveText('Medium');
  for (const name of ['Industry analysts', 'Trade and tier-1 media', 'Partners', 'Competitors', 'Your brand (corporate and employer)', 'Your product', 'Your employees']) {
    await page.getByLabel(`${name}: matters now`).selectOption('Medium');
    await page.getByLabel(`${name}: in 12 months`).selectOption('High');
  }
  // Investors are still to rate: the checklist says so and links to the table.
  await expect(checklist.getByRole('link', { name: 'Every constituent you kept is rated for now and for 12 months' })).toBeVisible();

  // Side A is thin, side B is busy.
  const status = (name, value) => page.getByLabel(`${name}: status`).selectOption(value);
  await status('Market & customer research', 'Partial');
  await status('Product usage & adoption data', 'Gap');
  await status('Competitive research', 'Gap');
  await status('Industry benchmarks & trends', 'Not needed');
  for (const name of ['Go-to-market campaigns', 'Product experience', 'Brand & product positioning', 'Outreach & prospecting']) {
    await status(name, 'In place');
  }

  // Supporting programs: two gaps for competitors, the rest in hand.
  const programs = page.getByRole('region', { name: 'Supporting programs' });
  for (const select of await programs.getByRole('combobox').all()) await select.selectOption('Have');
  await status('Battle cards', 'Gap');
  await status('Competitor landscape', 'Gap');

  // Go deeper: leave investors out, drill into segments, say what you do and whom it reaches.
  await goDeeper(page);
  await card(page, 'Investors').getByLabel('Include in your model').uncheck();
  await expect(checklist).toContainText('5 of 5 essentials done.');
  await expect(checklist).toContainText('Nothing: every essential of this stage is in place.');
  const customers = card(page, 'Customers & prospects');
  await // A closed section says what it holds.
  await customers.getByText('Segments · none yet').click();
  await customers.getByRole('button', { name: 'Add Ideal customer profile (ICP)' }).click();
  await customers.getByLabel('Segment note').fill('Series A to C SaaS, 50 to 500 staff');
  await expect(customers.getByText('Segments · 1: Ideal customer profile (ICP)')).toBeVisible();
  const competitors = card(page, 'Competitors');
  await competitors.getByText(/^Supporting programs/).click();
  await competitors.getByRole('group', { name: 'Battle cards' }).getByLabel('Priority').selectOption('High');
  await expect(competitors.getByText('Supporting programs (2 gaps) · 2: Competitor landscape, Battle cards')).toBeVisible();
  await card(page, 'Go-to-market campaigns').getByLabel('What you do today (one per line)').fill('Webinars\nPaid social');
  const research = card(page, 'Market & customer research');
  await research.getByText('Reaches · none yet').click();
  await research.getByLabel('Customers & prospects').check();
  await expect(research.getByText('Reaches · 1: Customers & prospects')).toBeVisible();
  // A constituent with no name is refused, and the form says why.
  await page.getByRole('textbox', { name: 'New market constituent' }).press('Enter');
  await expect(page.getByText('Type a name for the new constituent first.')).toBeVisible();

  await page.getByLabel('Who owns loop A1').fill('Community lead');
  await page.getByLabel('Prospects drop off in the middle of the funnel while top-of-funnel volume grows').check();

  // The reading explains the lean.
  const reading = page.getByRole('region', { name: 'The balance of your conversation' });
  await expect(reading).toContainText('Your team leans to side B: it speaks more than it listens. 4 of 4 speaking categories are running, against 1 of 3 listening ones.');
  await expect(reading).toContainText('The listening gaps are product usage & adoption data and competitive research.');
  await expect(reading).toContainText('You recognise one of the five signs');
  await expect(page.getByRole('img', { name: 'Balance of listening and speaking' })).toBeVisible();

  // The roadmap lists the gaps, high priority first; reorder by keyboard.
  const roadmap = page.getByRole('region', { name: 'Your Stage 1 roadmap' }).getByRole('listitem');
  await expect(roadmap).toHaveText([/Battle cards.*High priority/, /Competitor landscape/]);
  const up = page.getByRole('button', { name: 'Move Competitor landscape up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(roadmap).toHaveText([/Competitor landscape/, /Battle cards/]);
  await expect(page.getByRole('button', { name: 'Move Competitor landscape down' })).toBeEnabled();
  await checkA11y(page, 'Stage 1 filled, details open');

  await saved(page);
  await page.reload();

  await expect(page.getByLabel('Investors: matters now')).toHaveCount(0);
  await expect(checklist).toContainText('5 of 5 essentials done.');
  await expect(page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 1.*100% done/ })).toBeVisible();
  await goDeeper(page);
  await expect(reading).toContainText('Your team leans to side B');
  await expect(roadmap).toHaveText([/Competitor landscape/, /Battle cards/]);
  await customers.getByText(/^Segments · 1/).click();
  await expect(customers.getByLabel('Segment note')).toHaveValue('Series A to C SaaS, 50 to 500 staff');

  // The next step leads on to Stage 2.
  await page.getByRole('link', { name: 'Next: Stage 2: Map inputs and outputs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 2: Map inputs and outputs' })).toBeVisible();
});

test('a missing item in the checklist links to its place on the page', async ({ page }) => {
  await createModel(page, 'Link Co');
  const checklist = page.getByRole('region', { name: 'What is still missing' });
  await checklist.getByRole('link', { name: 'Every supporting program is marked have, gap or not now' }).click();
  await expect(page).toHaveURL(/#programs$/);
  await expect(page.getByRole('heading', { name: 'Supporting programs and documents' })).toBeInViewport();
});

test('the sample model opens from the home page with Stage 1 complete', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await expect(page.getByRole('main').getByLabel('Company name')).toHaveValue('Northwind Metrics (sample)');
  await expect(page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 1.*100% done/ })).toBeVisible();
  await goDeeper(page);
  await expect(page.getByRole('region', { name: 'The balance of your conversation' })).toContainText('Your team leans to side B');
  // Opening it again opens the same model rather than a second copy.
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByRole('link', { name: 'Northwind Metrics (sample)' })).toHaveCount(1);
});

test('@phone Stage 1 works on a phone and prints without the app around it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await page.getByLabel('Battle cards: status').selectOption('Gap');
  await goDeeper(page);
  await card(page, 'Competitors').getByText(/^Supporting programs/).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, 'Stage 1 sample');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Supporting programs and documents' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your Stage 1 roadmap' })).toBeVisible();
});
