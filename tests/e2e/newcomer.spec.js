// A newcomer's one sitting: the head of marketing of a 60-person B2B SaaS company takes a fresh
// model through the essentials of all three stages, the assessment and the report, and we
// count every field she fills. Goal: a complete model for at most 150 fields, every stage's
// checklist done; no page of a fresh model shows more than 40 fields before "Go deeper".
import { test, expect, checkA11y, createModel, saved } from './fixtures.js';

/** Form fields a user can see: what she would have to consider filling (a group of radio
 *  buttons is one question, so one field). */
const visibleFields = (page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter((e) => e.checkVisibility());
    const radioGroups = new Set(shown.filter((e) => e.type === 'radio').map((e) => e.name));
    return shown.filter((e) => e.type !== 'radio').length + radioGroups.size;
  });

test('no page of a fresh model shows more than 40 fields before Go deeper', async ({ page }) => {
  await createModel(page, 'Fresh Co');
  const nav = page.getByRole('navigation', { name: 'Stages' });
  const counts = {};
  // Each page's heading: the page before stays until the new one's code has come.
  const headings = { 'Stage 1': /^Stage 1/, 'Stage 2': /^Stage 2/, 'Stage 3': /^Stage 3/, 'Maturity assessment': /^Maturity assessment/, Team: 'Team and charter', Gaps: 'Gaps and action plan', Report: /^Fresh Co/ };
  for (const [name, heading] of Object.entries(headings)) {
    const link = nav.getByRole('link', { name: new RegExp(`^${name}`) });
    if (await link.count() === 0) continue;
    await link.first().click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    counts[name] = await visibleFields(page);
  }
  console.log(`fields on a fresh model's pages: ${JSON.stringify(counts)}`);
  expect(Object.keys(counts).length).toBeGreaterThanOrEqual(4);
  for (const [name, count] of Object.entries(counts)) expect(count, `${name} fields before Go deeper`).toBeLessThanOrEqual(40);
});

test('a newcomer gets a complete model, a result and a report in at most 150 fields', async ({ page }) => {
  // Every stage, six axe runs and the full report: about 50 s alone, longer while the other
  // worker runs the crash journeys.
  test.slow();
  let filled = 0;
  const fill = async (locator, value) => { await locator.fill(value); filled += 1; };
  const pick = async (locator, option) => { await locator.selectOption(option); filled += 1; };
  const tick = async (locator) => { await locator.check(); filled += 1; };
  const click = async (locator) => { await locator.click(); filled += 1; };

  await createModel(page, 'Northwind Analytics');
  filled += 1; // the company name
  const nav = page.getByRole('navigation', { name: 'Stages' });
  const checklist = page.getByRole('region', { name: 'What is still missing' });

  // Stage 1: who matters now and in a year, sides A and B, supporting programs.
  const matters = page.getByRole('region', { name: 'Constituents and how much they matter' });
  for (const select of await matters.getByRole('combobox').all()) {
    const label = await select.getAttribute('aria-label') ?? '';
    await pick(select, /Customers|Competitors|brand|product/i.test(label) ? 'High' : 'Medium');
  }
  const sides = page.getByRole('region', { name: 'Categories on sides A and B' });
  for (const select of await sides.getByRole('combobox').all()) await pick(select, { index: 2 });
  const programs = page.getByRole('region', { name: 'Supporting programs' });
  const programSelects = await programs.getByRole('combobox').all();
  for (const [i, select] of programSelects.entries()) await pick(select, i % 3 === 0 ? 'Gap' : 'Have');
  await expect(checklist).toContainText('Nothing: every essential of this stage is in place.');
  await checkA11y(page, 'Stage 1 essentials done');

  // Stage 2: a team for five, the functions marketing works with, the suggested flows.
  await page.getByRole('link', { name: /^Next: Stage 2/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 2: Map inputs and outputs' })).toBeVisible();
  await fill(page.getByLabel('People in marketing'), '5');
  await click(page.getByRole('button', { name: 'Suggest a team for this size' }));
  for (const fn of ['Sales', 'Product', 'Customer success']) await click(page.getByRole('button', { name: `Add ${fn}`, exact: true }));
  await click(page.getByRole('button', { name: /^Add all \d+ with their owners$/ }));
  await expect(checklist).toContainText('Nothing: every essential of this stage is in place.');
  await checkA11y(page, 'Stage 2 essentials done');

  // Stage 3: five KPIs on the short list with owners and targets, and the three reviews.
  await page.getByRole('link', { name: /^Next: Stage 3/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 3: Operationalise' })).toBeVisible();
  const kpis = ['Marketing-sourced pipeline', 'Win rate', 'Cost per lead', 'MQL to SQL conversion', 'Referral pipeline'];
  for (const [i, kpi] of kpis.entries()) {
    await tick(page.getByLabel(`${kpi}: on the short list`));
    // Its owner comes from the flow's owner in Stage 2; she only types the target.
    await expect(page.getByLabel(`${kpi}: owner`)).not.toHaveValue('');
    await fill(page.getByLabel(`${kpi}: target`), ['$1.2M', '25%', '< $180', '30%', '$300k'][i]);
  }
  for (const [review, day] of [['Weekly scorecard', 'Monday'], ['Monthly written report', 'First Friday'], ['Quarterly planning', 'Last week of the quarter']]) {
    await fill(page.getByLabel(`${review}: owner`), 'Head of marketing');
    await fill(page.getByLabel(`${review}: day`), day);
  }
  await expect(checklist).toContainText('Nothing: every essential of this stage is in place.');
  await checkA11y(page, 'Stage 3 essentials done');

  // The assessment: a stage per area, the five components and the fitness test.
  await page.getByRole('link', { name: /^Next: Maturity assessment/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maturity assessment' })).toBeVisible();
  const stages = ['Efficient', 'Effective', 'Efficient', 'Unaware', 'Effective', 'Efficient', 'Efficient'];
  const dimensionGroups = page.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Not sure yet' }) });
  await expect(dimensionGroups).toHaveCount(7);
  for (let i = 0; i < 7; i += 1) {
    const group = dimensionGroups.nth(i);
    await click(group.getByRole('radio', { name: new RegExp(`^${stages[i]}:`) }));
    if (stages[i] === 'Effective') await fill(group.getByLabel('What shows this? (an artefact or a metric)'), 'Weekly pipeline dashboard');
  }
  const health = page.getByRole('region', { name: /health/i });
  for (const select of await health.getByRole('combobox').all()) {
    if ((await select.inputValue()) === '' || /Not answered|Not checked/.test(await select.locator('option:checked').innerText())) {
      await pick(select, { index: 2 });
    }
  }
  await expect(checklist).toContainText('Nothing: every essential of this stage is in place.');
  await checkA11y(page, 'assessment essentials done');

  // Every stage's checklist reads done in the navigator.
  for (const name of [/Stage 1.*100% done/, /Stage 2.*100% done/, /Stage 3.*100% done/, /Maturity assessment.*100% done/]) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }

  // The report: her result, her gaps and her plan.
  await nav.getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Northwind Analytics/ })).toBeVisible();
  await expect(page.getByText(/Marketing operations maturity: (Efficient|Effective)/)).toBeVisible();
  await checkA11y(page, 'report');
  await saved(page);

  console.log(`newcomer: ${filled} fields filled`);
  expect(filled).toBeLessThanOrEqual(150);
});
