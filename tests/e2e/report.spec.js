// The report of the sample model: the schematic drawn from it, prints without the app around
// it, downloads as SVG, PNG, Markdown and CSV, and presents a layer at a time by keyboard.
import { test, expect, checkA11y } from './fixtures.js';
import { readFileSync } from 'node:fs';

async function openReport(page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Metrics (sample): Market(ing) Operating System' })).toBeVisible();
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

// Every CSV starts with a UTF-8 byte order mark (Excel on Windows needs it), then its lines.
function csvLines(file) {
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return file.bytes.subarray(3).toString().split('\r\n');
}

test('the report shows the schematic, prints cleanly and downloads every format', async ({ page }) => {
  await openReport(page);
  const picture = page.getByRole('img', { name: 'Northwind Metrics (sample): the Market(ing) Operating System' });
  await expect(picture).toBeVisible();
  await expect(picture).toContainText('Nurture campaigns');
  await page.getByText('What the picture shows').click();
  await expect(page.getByRole('listitem').filter({ hasText: /^Demand generation \(primary, with the market\): inputs Intent data; outputs Nurture campaigns\.$/ })).toBeVisible();
  await checkA11y(page, 'report of the sample');

  const svg = await download(page, page.getByRole('button', { name: 'Download the schematic (SVG)' }));
  expect(svg.name).toMatch(/^northwind-metrics-sample-schematic-\d{4}-\d{2}-\d{2}\.svg$/);
  expect(svg.bytes.toString()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const png = await download(page, page.getByRole('button', { name: 'Download the schematic (PNG)' }));
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const files = page.getByRole('group', { name: 'Download the report' });
  const md = await download(page, files.getByRole('button', { name: 'Report (Markdown)' }));
  expect(md.name).toMatch(/-report-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.bytes.toString()).toContain('## Stage 2: Map inputs and outputs');
  const flows = await download(page, files.getByRole('button', { name: 'Flows (CSV)' }));
  expect(flows.name).toMatch(/^northwind-metrics-sample-flows-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csvLines(flows)[0]).toBe('Flow,Direction,Scope,Owner,Status,Priority,KPIs,Note');
  const kpis = await download(page, files.getByRole('button', { name: 'KPIs (CSV)' }));
  expect(kpis.name).toMatch(/-kpis-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csvLines(kpis)[0]).toBe('Flow,Metric,Target,Unit,Period,Measurable,Proxy,Short list,Owner');
  expect(kpis.bytes.toString()).toContain('Marketing-qualified leads');
  const raci = await download(page, files.getByRole('button', { name: 'RACI (CSV)' }));
  expect(raci.name).toMatch(/^northwind-metrics-sample-raci-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csvLines(raci)[0]).toMatch(/^Program or flow,/);
  expect(raci.bytes.toString()).toContain('Flow: Nurture campaigns,A/R,C,I');
  const plan = await download(page, files.getByRole('button', { name: 'Action plan (CSV)' }));
  expect(plan.name).toMatch(/^northwind-metrics-sample-action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csvLines(plan)[0]).toBe('Action,Hypothesis,Impact,Effort,Owner,Quarter,Done,From');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(files).toBeHidden();
  await expect(picture).toBeVisible();
  // The browser's print gives a multi-page PDF on A4 and on Letter.
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page[^s]/g).length).toBeGreaterThan(1);
  }
});

test('presentation mode builds the schematic up a layer at a time by keyboard', async ({ page }) => {
  await openReport(page);
  await page.getByRole('link', { name: 'Present it' }).click();
  const step = page.locator('.present-step');
  await expect(step).toHaveText(/^1 of 4: Loop AB/);
  const drawn = (text) => page.locator('.present-svg svg > text').filter({ hasText: text });
  await expect(drawn('Nurture campaigns')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText(/^2 of 4: Primary flows/);
  await expect(drawn('Nurture campaigns')).toHaveCount(1);
  await expect(drawn('Marketing performance')).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(step).toHaveText(/^3 of 4: Secondary flows/);
  await expect(drawn('Marketing performance')).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(step).toHaveText(/^4 of 4/);
  await expect(page.getByRole('button', { name: 'Next layer' })).toBeDisabled();
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveText(/^3 of 4/);
  await checkA11y(page, 'presentation mode');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: /Market\(ing\) Operating System$/ })).toBeVisible();
});

test('@phone the report draws the simplified schematic on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openReport(page);
  const compact = page.locator('.schematic.compact svg');
  await expect(compact).toBeVisible();
  await expect(compact).toContainText('primary · ');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(page, 'report on a phone');
});

test('every gap in one list, made into actions that stay put until sorted, found in the report', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Gaps and plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gaps and action plan' })).toBeVisible();
  const gaps = page.getByRole('region', { name: 'Every gap in your model' });
  // Grouped by stage, each group counted, the ranking rule stated.
  await expect(gaps.getByRole('heading', { level: 3, name: /^Stage 1: the dialogue with your market · \d+$/ })).toBeVisible();
  await expect(gaps.getByRole('heading', { level: 3, name: /^Stage 2: the marketing team and its flows · \d+$/ })).toBeVisible();
  await expect(gaps).toContainText('Inside each group, high severity comes first');
  const before = await gaps.getByRole('listitem').count();
  await expect(gaps).toContainText(`${before} gaps in all`);
  // The diagnostic questions wait in closed sections that say what they hold.
  const area = page.getByText('The external loop and the flows');
  await expect(page.locator('summary', { hasText: 'The external loop and the flows' })).toContainText('5 questions, 0 rated');
  await area.click();
  const listening = page.getByRole('group', { name: /^Which listening programs/ });
  await listening.getByLabel('Now').selectOption('2');
  await listening.getByLabel('Ideal').selectOption('4');
  await listening.getByLabel('Note').fill('Review sites only');
  await expect(page.locator('summary', { hasText: 'The external loop and the flows' })).toContainText('5 questions, 1 rated');
  // The rating joins the list, titled as the action it asks for.
  const diagnostics = gaps.getByRole('region', { name: /^Diagnostic questions · 1$/ });
  await expect(diagnostics).toContainText('Make the listening programs steer decisions');
  await expect(diagnostics).toContainText('(now 2 of 5, aiming for 4)');
  await expect(gaps).toContainText(`${before + 1} gaps in all`);
  await gaps.getByRole('button', { name: 'Make an action of: Make the listening programs steer decisions' }).click();
  await gaps.getByRole('button', { name: 'Make an action of: Agree how each flow is run: systems, expertise and resource' }).click();
  await expect(gaps.getByText('In the plan')).toHaveCount(2);
  const plan = page.getByRole('region', { name: 'Action plan' });
  const pathways = 'Agree how each flow is run: systems, expertise and resource';
  const listeningAction = plan.getByRole('group', { name: 'Action: Make the listening programs steer decisions' });
  const pathwaysAction = plan.getByRole('group', { name: `Action: ${pathways}` });
  await pathwaysAction.getByLabel(`${pathways}: impact`).selectOption({ label: 'Medium' });
  await pathwaysAction.getByLabel(`${pathways}: effort`).selectOption({ label: 'High' });
  await listeningAction.getByLabel('Make the listening programs steer decisions: impact').selectOption({ label: 'High' });
  await listeningAction.getByLabel('Make the listening programs steer decisions: effort').selectOption({ label: 'Low' });
  await listeningAction.getByLabel('Make the listening programs steer decisions: owner').fill('Community manager');
  // Nothing moves while a row is edited: the plan keeps the order the actions were made in.
  await expect(plan.getByRole('group').first()).toHaveAccessibleName('Action: Make the listening programs steer decisions');
  await pathwaysAction.getByLabel(`${pathways}: impact`).selectOption({ label: 'High' });
  await pathwaysAction.getByLabel(`${pathways}: effort`).selectOption({ label: 'Low' });
  await pathwaysAction.getByLabel(`${pathways}: effort`).selectOption({ label: 'High' });
  await expect(plan.getByRole('group').first()).toHaveAccessibleName('Action: Make the listening programs steer decisions');
  await pathwaysAction.getByLabel(`${pathways}: effort`).selectOption({ label: 'Low' });
  await pathwaysAction.getByRole('button', { name: `More about ${pathways}` }).click();
  await expect(pathwaysAction.getByLabel('Hypothesis')).toHaveValue(/hand-offs stop stalling/);
  // Sorting is a button: impact over effort, ties keeping their order.
  await plan.getByRole('button', { name: 'Sort by impact over effort' }).click();
  await expect(plan.getByRole('group').first()).toHaveAccessibleName('Action: Make the listening programs steer decisions');
  await pathwaysAction.getByLabel(`${pathways}: effort`).selectOption({ label: 'High' });
  await listeningAction.getByLabel('Make the listening programs steer decisions: effort').selectOption({ label: 'High' });
  await plan.getByRole('button', { name: 'Sort by impact over effort' }).click();
  await expect(plan.getByRole('group').first()).toHaveAccessibleName('Action: Make the listening programs steer decisions');
  await listeningAction.getByLabel('Make the listening programs steer decisions: impact').selectOption({ label: 'Low' });
  await plan.getByRole('button', { name: 'Sort by impact over effort' }).click();
  await expect(plan.getByRole('group').first()).toHaveAccessibleName(`Action: ${pathways}`);
  await listeningAction.getByLabel('Make the listening programs steer decisions: impact').selectOption({ label: 'High' });
  await listeningAction.getByLabel('Make the listening programs steer decisions: effort').selectOption({ label: 'Low' });
  await plan.getByRole('button', { name: 'Sort by impact over effort' }).click();
  await expect(plan.getByRole('group').first()).toHaveAccessibleName('Action: Make the listening programs steer decisions');
  await checkA11y(page, 'gaps and plan');
  const csv = await download(page, plan.getByRole('button', { name: 'Download the plan (CSV)' }));
  expect(csv.name).toMatch(/^northwind-metrics-sample-action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csvLines(csv);
  expect(lines[0]).toBe('Action,Hypothesis,Impact,Effort,Owner,Quarter,Done,From');
  expect(lines[1]).toMatch(/^Make the listening programs steer decisions,"If we raise[^"]*",high,low,Community manager,\d{4}-Q\d,no,diag:ab\.listening$/);
  // The same count on the assessment: its share of the one list.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  await expect(page.getByText(new RegExp(`of the ${before + 1} gaps in your whole model comes? from the assessment`))).toBeVisible();

  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  const standing = page.getByRole('region', { name: 'Where you stand' });
  await expect(standing).toContainText('2 actions planned, 0 done.');
  await expect(standing.getByRole('img', { name: 'Maturity by area' })).toBeVisible();
  const next = page.getByRole('region', { name: 'Next actions' }).getByRole('row').nth(1);
  await expect(next).toContainText('Make the listening programs steer decisions');
  await expect(next).toContainText('Community manager');
  // The full plan has the hypothesis behind each action.
  await expect(page.getByRole('table', { name: /^Every action/ })).toContainText('If we raise');
});
