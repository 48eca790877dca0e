// The maturity self-assessment as someone who came only for it: every question answered by
// keyboard alone, a stage and a radar they can read, kept across a reload, and a retake that
// keeps the earlier result.
import { test, expect, checkA11y, createModel, saved, visibleFields } from './fixtures.js';

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page, target) {
  for (let i = 0; i < 400; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

/** Picks a stage in a dimension's group: Tab into it, then arrow down from "Not sure yet". */
async function pickStage(page, group, steps) {
  await tabTo(page, group.getByRole('radio').first());
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
}

/** Answers a select by typing the start of an option, as keyboard users do. */
async function choose(page, select, letters) {
  await tabTo(page, select);
  await page.keyboard.type(letters);
}

test('answer the whole assessment by keyboard, read the stage and radar, reload, retake', async ({ page }) => {
  await createModel(page, 'Assess Co');
  const id = new URL(page.url()).pathname.split('/')[2];
  // The assessment on a page of its own: no stage navigator.
  await page.goto(`/assess/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Maturity assessment' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Stages' })).toHaveCount(0);
  await expect(page.getByText('0 of 9 essentials done', { exact: true })).toBeVisible();
  // The essentials only: capabilities and drivers wait under "Go deeper" (a radio group counts once).
  expect(await visibleFields(page), 'fields before “Go deeper”').toBeLessThanOrEqual(40);
  await expect(page.getByRole('checkbox', { name: 'Run the platforms day to day' })).toHaveCount(0);
  await checkA11y(page, 'assessment on its own');

  const group = (name) => page.getByRole('group', { name, exact: true });
  // Unaware is one step down from "Not sure yet", Efficient two, Effective three.
  await pickStage(page, group('Operations team and leadership'), 2);
  await pickStage(page, group('Go-to-market focus'), 2);
  await pickStage(page, group('Martech stack and its plan'), 2);
  await pickStage(page, group('Data and insights'), 1);
  const metrics = group('Metrics and reporting');
  await pickStage(page, metrics, 3);
  await expect(metrics.getByRole('radio', { name: /^Effective/ })).toBeChecked();
  await tabTo(page, metrics.getByLabel('What shows this? (an artefact or a metric)'));
  await page.keyboard.type('Weekly pipeline dashboard');
  await choose(page, metrics.getByLabel('How sure are you?'), 'F');
  const processes = group('Processes (leads, campaigns)');
  await pickStage(page, processes, 2);
  await tabTo(page, processes.getByRole('checkbox', { name: 'Between Efficient and Effective' }));
  await page.keyboard.press('Space');
  await pickStage(page, group('Charter and cross-functional role'), 2);

  // Health checks, then capabilities and drivers under "Go deeper".
  for (const part of ['The KPI set', 'The dashboard', 'The review cadence', 'The monthly written report', 'The plan and budget']) {
    await choose(page, page.getByRole('combobox', { name: part, exact: true }), 'Pa');
  }
  await tabTo(page, page.getByRole('checkbox', { name: /^Two people in the team/ }));
  await page.keyboard.press('Space');
  for (const q of ['consistent and repeatable', 'accountability', 'driven by the market', 'efficient execution']) {
    await choose(page, page.getByRole('combobox', { name: new RegExp(q) }), 'N');
  }
  await choose(page, page.getByRole('combobox', { name: /weekly scorecard inside a quarterly window/ }), 'P');
  await expect(page.getByText('9 of 9 essentials done', { exact: true })).toBeVisible();
  await tabTo(page, page.locator('details.go-deeper > summary'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('checkbox', { name: 'Run the platforms day to day' }));
  await page.keyboard.press('Space');
  for (const driver of ['Accountability', 'Digital transformation', 'Customer centricity']) {
    await choose(page, page.getByRole('combobox', { name: driver, exact: true }), 'P');
  }
  await expect(page.getByText('They do not move your maturity stage')).toBeVisible();

  // The result: stage, rule, radar with a text alternative, next steps linked to the model.
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByText('Overall stage: Efficient')).toBeVisible();
  // One sentence says how the stage was reached.
  await expect(result.getByText(/of your 7 answered areas reach .+ or above.*(so you are|holds you) at Efficient\.$/)).toBeVisible();
  await expect(result.getByText('Spread: from Unaware to Effective.')).toBeVisible();
  const radar = result.getByRole('img', { name: 'Maturity by area' });
  await expect(radar).toBeVisible();
  // Its rings are named by stage.
  for (const stage of ['Unaware', 'Efficient', 'Effective', 'Customer-Centric', 'Next Generation']) {
    await expect(radar.locator('text.ring-label', { hasText: stage })).toHaveCount(1);
  }
  const table = result.getByRole('table', { name: /By area/ });
  await expect(table.getByRole('row', { name: /Data and insights/ })).toContainText('Unaware');
  await expect(table.getByRole('row', { name: /Processes/ })).toContainText('Between Efficient and Effective');
  const next = table.getByRole('row', { name: /Metrics and reporting/ });
  await expect(next).toContainText('To reach Customer-Centric');
  await expect(next.getByRole('link', { name: /Work on it in Stage 3/ })).toHaveAttribute('href', `/model/${id}/operations#rhythm`);
  const gaps = result.getByRole('list').filter({ hasText: 'The KPI set is only partly in place.' });
  await expect(gaps.getByRole('listitem').filter({ hasText: 'Agree a short list of KPIs with targets and owners' }).getByRole('link', { name: 'Work on it' })).toHaveAttribute('href', `/model/${id}/operations#rhythm`);
  await expect(gaps).toContainText('Give each person goals, KPIs and a clear role');
  await expect(gaps).toContainText('Fitness test, not yet: Does the team work on accountability');
  await checkA11y(page, 'assessment answered');

  // Kept across a reload.
  await saved(page);
  await page.reload();
  await expect(page.getByText('9 of 9 essentials done', { exact: true })).toBeVisible();
  await expect(result.getByText('Overall stage: Efficient')).toBeVisible();
  await expect(metrics.getByLabel('What shows this? (an artefact or a metric)')).toHaveValue('Weekly pipeline dashboard');

  // Retake: the earlier result stays and the radar overlays it.
  page.once('dialog', (d) => d.accept());
  await tabTo(page, result.getByRole('button', { name: 'Keep this result and retake the assessment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Answer at least one area above to see your stage.')).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: /: Efficient$/ })).toHaveCount(1);
  await pickStage(page, group('Data and insights'), 2);
  await expect(result.getByText('Overall stage: Efficient (from 1 of 7 areas so far)')).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Earlier' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Data and insights/ })).toContainText('EfficientUnaware');
  await expect(result.getByText(/^Earlier \(\d{4}-\d{2}-\d{2}\)$/)).toBeVisible();
});

test('health checks the model already answers come prefilled, saying where from', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  const kpis = page.getByRole('group', { name: 'The KPI set' });
  await expect(kpis.getByRole('combobox', { name: 'The KPI set' }).locator('option:checked')).toHaveText('In place');
  await expect(kpis).toContainText('From your model: Stage 3: 1 KPI on the short list, with a target and an owner.');
  // The user's own answer overrides it.
  await kpis.getByRole('combobox', { name: 'The KPI set' }).selectOption({ label: 'Partly' });
  await expect(kpis).not.toContainText('From your model');
});

test('@phone the assessment fits a phone and prints', async ({ page }) => {
  await createModel(page, 'Small Screen Co');
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  await page.getByRole('group', { name: 'Data and insights', exact: true }).getByRole('radio', { name: /^Efficient/ }).check();
  await expect(page.getByRole('img', { name: 'Maturity by area' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, 'assessment on a phone');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(page.getByRole('img', { name: 'Maturity by area' })).toBeVisible();
});
