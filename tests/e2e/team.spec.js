// The operations charter: start from a kind, compose it from its parts, see it read as
// operational or strategic in plain words, write it in your own words, and find it in the
// report.
import { test, expect, checkA11y, createModel, saved, goDeeper } from './fixtures.js';

test('a marketing leader writes a charter and sees which kind it is @phone', async ({ page }) => {
  await createModel(page, 'Charter Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Team and charter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team and charter' })).toBeVisible();
  const charter = page.getByRole('region', { name: 'The operations charter' });
  await expect(charter).toContainText('Answer the maturity assessment to see which charter suits your stage.');
  const reading = charter.locator('.charter-reading');
  await expect(reading).toContainText('Write or compose a charter to see how it reads.');

  await charter.getByRole('button', { name: 'Start from an operational charter' }).click();
  await expect(reading).toContainText('Operational.');
  await expect(reading).toContainText('To make it strategic:');
  await expect(reading).toContainText('Widen its remit past marketing');
  await checkA11y(page, 'charter, operational');

  // Serve two drivers across every customer-facing function: strategic.
  await charter.getByRole('checkbox', { name: 'Accountability for business results' }).check();
  await charter.getByRole('checkbox', { name: 'Customer centricity' }).check();
  await charter.getByRole('combobox', { name: 'Scope' }).selectOption({ label: 'Marketing and every customer-facing function' });
  await expect(reading).toContainText('Strategic. A strategic charter: it serves accountability for business results and customer centricity and reaches beyond marketing.');
  const text = charter.getByRole('textbox', { name: 'Your charter' });
  await expect(text).toHaveValue(/It exists to make marketing accountable for revenue and growth and make the company customer-centric/);
  await checkA11y(page, 'charter, strategic');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize().width);

  // The user's own words are read the same way, and kept.
  await text.fill('We keep the CRM tidy and send the campaign reports on time.');
  await expect(reading).toContainText('Operational. An operational charter: it is about running marketing well');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your charter' })).toHaveValue('We keep the CRM tidy and send the campaign reports on time.');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('main')).toContainText('Charter (operational): We keep the CRM tidy and send the campaign reports on time.');
});

test('a leader writes a charter, maps two people to roles, sees the next stage\'s gaps, and finds the hire in the Stage 3 budget @phone', async ({ page }) => {
  await createModel(page, 'Team Design Co');
  await page.goto(page.url().replace('/dialogue', '/team'));
  await expect(page.getByRole('heading', { level: 1, name: 'Team and charter' })).toBeVisible();
  const charter = page.getByRole('region', { name: 'The operations charter' });
  await charter.getByRole('button', { name: 'Start from a strategic charter' }).click();
  await expect(charter.locator('.charter-reading')).toContainText('Strategic. A strategic charter');
  const next = page.getByRole('region', { name: 'Roles the next stage needs' });
  await expect(next).toContainText('There is no assessment yet');
  await expect(page.getByRole('region', { name: 'Stage 2 flows nobody can run' })).toContainText('Every Stage 2 flow has an owner with people to run it.');
  await next.getByRole('combobox', { name: 'Design the team for the stage' }).selectOption({ label: 'Customer-Centric' });
  await expect(next).toContainText('12 roles; 0 covered today, 12 with nobody on them.');

  const people = page.getByRole('region', { name: "Today's team" });
  for (const name of ['Ana Admin', 'Ben Reports']) {
    await people.getByRole('textbox', { name: "Person's name" }).fill(name);
    await people.getByRole('button', { name: 'Add person' }).click();
  }
  const ana = people.getByRole('group', { name: 'Ana Admin' });
  await ana.getByRole('combobox', { name: 'Add a role' }).selectOption({ label: 'Marketing automation admin' });
  await ana.getByRole('combobox', { name: 'Add a role' }).selectOption({ label: 'Data manager' });
  await ana.getByRole('textbox', { name: 'Marketing automation admin (FTE)' }).fill('0.6');
  await ana.getByRole('textbox', { name: 'Data manager (FTE)' }).fill('0.4');
  const ben = people.getByRole('group', { name: 'Ben Reports' });
  await ben.getByRole('combobox', { name: 'Add a role' }).selectOption({ label: 'Analytics and reporting' });
  // A role starts at 0 FTE: it covers nothing until Ben says how much of his time it takes.
  await expect(ben.getByRole('textbox', { name: 'Analytics and reporting (FTE)' })).toHaveValue('0');
  await expect(next).toContainText('12 roles; 2 covered today, 10 with nobody on them.');
  await ben.getByRole('textbox', { name: 'Analytics and reporting (FTE)' }).fill('1');
  await expect(next).toContainText('12 roles; 3 covered today, 9 with nobody on them.');
  const admin = next.getByRole('group', { name: 'Marketing automation admin' });
  await expect(admin).toContainText('0.6 FTE today');
  await expect(admin).toContainText('Today: Ana Admin 0.6');
  const pipeline = next.getByRole('group', { name: 'Pipeline management' });
  await expect(pipeline).toContainText('Nobody on it');
  await expect(pipeline).toContainText('Would close: Manage leads; Define the metrics.');
  await checkA11y(page, 'team design');

  // Hire a pipeline manager: the decision becomes a Stage 3 budget line.
  await pipeline.getByRole('combobox', { name: 'Close the gap by' }).selectOption({ label: 'Hire' });
  const quarter = (await pipeline.getByRole('combobox', { name: 'Quarter' }).locator('option:checked').textContent()).trim();
  await pipeline.getByRole('textbox', { name: 'Cost' }).fill('30000');
  await pipeline.getByRole('button', { name: 'Add Pipeline management to the plan' }).click();
  await expect(pipeline).toContainText(`In the plan: Hire in ${quarter}, 30,000.`);
  const plan = page.getByRole('region', { name: 'Hiring and training plan' });
  await expect(plan).toContainText(`${quarter}: 30,000`);
  await saved(page);

  await plan.getByRole('link', { name: 'See the Stage 3 plan and budget' }).click();
  const line = page.getByRole('group', { name: 'Budget for Team: Hire – Pipeline management' });
  await expect(line).toBeVisible();
  await expect(line.getByRole('textbox', { name: 'Amount' })).toHaveValue(/^30,?000$/);
  // A change in the budget is a change in the plan.
  await line.getByRole('textbox', { name: 'Amount' }).fill('32000');
  await saved(page);
  await page.goto(page.url().replace(/\/operations.*$/, '/team'));
  await expect(page.getByRole('region', { name: 'Hiring and training plan' })).toContainText(`${quarter}: 32,000`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize().width);
});

test('marketing and sales sign a lead hand-off, recorded as a Stage 3 SLA @phone', async ({ page }) => {
  await createModel(page, 'Hand-off Co');
  await page.goto(page.url().replace('/dialogue', '/team'));
  const handoff = page.getByRole('region', { name: 'Lead hand-off agreement' });
  await expect(handoff).toContainText("Still to agree: the buying signals that make a lead worth sales' time; who qualifies a lead; how soon sales follows up; the weekly review.");
  await handoff.getByRole('textbox', { name: 'Buying signals a lead must show (one per line)' }).fill('Budget confirmed\nA project within six months\nThe decision maker is involved');
  await handoff.getByRole('combobox', { name: 'Who qualifies a lead' }).selectOption({ label: 'Sales development (SDRs)' });
  await handoff.getByRole('textbox', { name: 'Sales follows up within (hours)' }).fill('24');
  await handoff.getByRole('textbox', { name: 'Weekly review day' }).fill('Monday');
  await handoff.getByRole('textbox', { name: 'Who attends the review' }).fill('Marketing ops, SDR lead, sales director');
  await expect(handoff).toContainText('Ready to sign: both sides add their name below.');
  await handoff.getByRole('textbox', { name: 'Signed for marketing by' }).fill('Mia Chen');
  await handoff.getByRole('textbox', { name: 'Signed for sales by' }).fill('Sam Ortiz');
  await expect(handoff).toContainText('Agreed by Mia Chen for marketing and Sam Ortiz for sales.');
  await expect(handoff).toContainText("Recorded in Stage 3 as an SLA: Follow up leads that meet the hand-off criteria, qualified by sales development. Marketing asks, Sales delivers: 1 day's lead time. When it is missed: Raised at the weekly lead review (Monday).");
  await checkA11y(page, 'lead hand-off');
  await saved(page);
  // The page prints without the app around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(handoff).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('main')).toContainText('Lead hand-off: agreed by Mia Chen and Sam Ortiz; 3 buying signals; sales follows up within 24 hours.');

  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 3: Operationalise/ }).click();
  await goDeeper(page);
  const slas = page.getByRole('region', { name: 'Service levels between teams' });
  // Added after the SLAs already there.
  await expect(slas.getByRole('textbox', { name: 'Work', exact: true }).last()).toHaveValue('Follow up leads that meet the hand-off criteria, qualified by sales development');
  await expect(slas.getByRole('textbox', { name: 'Lead time (days)' }).last()).toHaveValue('1');
  await expect(slas.getByRole('textbox', { name: 'When it is missed' }).last()).toHaveValue('Raised at the weekly lead review (Monday)');
});

test('the customer life cycle view flags a team that spends nothing on expansion @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Team and charter' }).click();
  const life = page.getByRole('region', { name: 'Across the customer life cycle' });
  await expect(life).toContainText('Acquisition: 2 flows, 2 KPIs. Expansion (existing customers): 0 flows, 0 KPIs');
  await expect(life.getByRole('note')).toContainText('Nothing is spent on expansion.');
  // Suggested from the flow's KPI ("Marketing-qualified leads").
  const nurture = life.getByRole('combobox', { name: 'Life-cycle place of Nurture campaigns' });
  await expect(nurture.locator('option:checked')).toHaveText('Suggested: Acquisition');
  await checkA11y(page, 'customer life cycle');
  // The team nurtures existing customers too: the flag goes.
  await nurture.selectOption({ label: 'Both' });
  await expect(life).toContainText('Expansion (existing customers): 1 flow, 1 KPI');
  await expect(life.getByRole('note')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Life-cycle place of Nurture campaigns' }).locator('option:checked')).toHaveText('Both');
});

test('one list of people: named in Stage 2, given roles on the team page, totals warned and reported cleanly @phone', async ({ page }) => {
  await createModel(page, 'People Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await page.getByLabel('New sub-function').fill('Marketing operations');
  await page.getByRole('button', { name: 'Add sub-function' }).click();
  const ops = page.getByRole('group', { name: 'People in Marketing operations' });
  await ops.getByRole('combobox', { name: 'Add a person' }).fill('Ana');
  await ops.getByRole('button', { name: 'Add person' }).click();
  await expect(ops.getByRole('list', { name: 'Named in Marketing operations' })).toContainText('Ana');
  await expect(page.getByText('1 FTE: the one person named')).toBeVisible();

  // The same Ana on the team page, working in Marketing operations.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Team and charter' }).click();
  const people = page.getByRole('region', { name: "Today's team" });
  const ana = people.getByRole('group', { name: 'Ana' });
  await expect(ana.getByRole('combobox', { name: 'Works in (Stage 2)' }).locator('option:checked')).toHaveText('Marketing operations');

  // Roles start at 0; two that add up to 1.3 FTE are more than one person's time.
  await ana.getByRole('combobox', { name: 'Add a role' }).selectOption({ label: 'Marketing automation admin' });
  const admin = ana.getByRole('textbox', { name: 'Marketing automation admin (FTE)' });
  await expect(admin).toHaveValue('0');
  await expect(ana.getByRole('status')).toHaveText('In total: 0 FTE.');
  await ana.getByRole('combobox', { name: 'Add a role' }).selectOption({ label: 'Data manager' });
  await expect(ana.getByRole('textbox', { name: 'Data manager (FTE)' })).toHaveValue('0');
  await admin.fill('0.7');
  await ana.getByRole('textbox', { name: 'Data manager (FTE)' }).fill('0.6');
  await expect(ana.getByRole('status')).toHaveText("Ana's roles add up to 1.3 FTE, more than one full-time person.");
  await checkA11y(page, 'team page, a person over one FTE');

  // Someone added here shows in Stage 2 once placed.
  await people.getByRole('textbox', { name: "Person's name" }).fill('Ben');
  await people.getByRole('button', { name: 'Add person' }).click();
  await people.getByRole('group', { name: 'Ben' }).getByRole('combobox', { name: 'Works in (Stage 2)' }).selectOption({ label: 'Marketing operations' });
  // The same name twice adds nobody, and says why.
  await people.getByRole('textbox', { name: "Person's name" }).fill('ana');
  await people.getByRole('button', { name: 'Add person' }).click();
  await expect(people.getByText('Ana is already on the list.')).toBeVisible();
  await expect(people.getByRole('group', { name: /^Ana$/i })).toHaveCount(1);
  await saved(page);
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 2/ }).click();
  await expect(page.getByRole('list', { name: 'Named in Marketing operations' })).toContainText('Ben');
  await expect(page.getByText('2 FTE: one for each person named')).toBeVisible();

  // The report prints the total as people write it.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  const main = page.getByRole('main');
  await expect(main).toContainText('Team: 2 people on 1.3 FTE of marketing operations roles');
  await expect(main).toContainText('Roles add up to more than one full-time person for Ana.');
  await expect(main).not.toContainText(/\d\.\d{5,}/);
  await checkA11y(page, 'report with the team');
});
