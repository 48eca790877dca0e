// The report printed as a document, read back from the PDF with poppler-utils: the page count,
// a page number on every page, no page but the last under a third full, the company in the
// document's title, and every gap and action present. A4 and Letter; the sample model, and a
// prospect's model from an assessment-only invitation.
import { test, expect, checkA11y, saved } from './fixtures.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const MM = 72 / 25.4;
// The report's @page margins (style/pages.css): 16 mm at the top, 18 mm at the foot.
const TOP = 16 * MM;
const FOOT = 18 * MM;

/** The printed PDF's title, its pages' text (in reading order) and how full each page is. */
function readPdf(bytes, name) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const title = (info.match(/^Title:\s*(.*)$/m) || [])[1] || '';
  const pages = Number(info.match(/^Pages:\s*(\d+)/m)[1]);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const fullness = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, , h, body]) => {
    const height = Number(h);
    const bottoms = [...body.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < height - FOOT);
    const lowest = Math.max(TOP, ...bottoms);
    return (lowest - TOP) / (height - TOP - FOOT);
  });
  return { title, pages, text, fullness };
}

const squash = (s) => s.replace(/\s+/g, '');

/** Prints the open report on A4 and Letter and checks it as a reader would. */
async function printAndCheck(page, company, label) {
  // What must be in print: every gap and every action, as the page lists them.
  const gaps = await page.getByRole('table', { name: /^Every gap/ }).locator('tbody th').allInnerTexts();
  const actions = await page.getByRole('table', { name: /^Every action/ }).locator('tbody th').allInnerTexts().catch(() => []);
  const seen = {};
  for (const format of ['A4', 'Letter']) {
    const pdf = readPdf(await page.pdf({ format, printBackground: true }), `${label}-${format}`);
    expect(pdf.title).toMatch(new RegExp(`^${company.replace(/[()]/g, '\\$&')} — Market\\(ing\\) OS report — \\d{4}-\\d{2}-\\d{2}$`));
    expect(pdf.pages).toBeGreaterThan(0);
    pdf.text.forEach((t, i) => {
      expect(t, `page ${i + 1} of ${label} on ${format}`).toContain(`Page ${i + 1} of ${pdf.pages}`);
      expect(t).toContain(`${company} — Market(ing) OS report`);
    });
    pdf.fullness.slice(0, -1).forEach((f, i) => {
      expect(f, `page ${i + 1} of ${pdf.pages} of ${label} on ${format} is ${Math.round(f * 100)}% full`).toBeGreaterThan(1 / 3);
    });
    const all = squash(pdf.text.join(''));
    for (const g of gaps) expect(all, `gap “${g}” printed`).toContain(squash(g));
    for (const a of actions) expect(all, `action “${a}” printed`).toContain(squash(a));
    seen[format] = pdf.pages;
  }
  return { gaps: gaps.length, actions: actions.length, pages: seen };
}

test('the sample report prints as a document on A4 and Letter', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  // Two gaps made actions, so the plan has something to print.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Gaps and plan' }).click();
  await page.getByRole('button', { name: /^Make an action of: / }).first().click();
  await page.getByRole('button', { name: /^Make an action of: / }).first().click();
  await saved(page);
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  const company = 'Northwind Metrics (sample)';
  await expect(page.getByRole('heading', { level: 1, name: `${company}: Market(ing) Operating System` })).toBeVisible();
  // The brief comes first: where the team stands, what matters most, the next actions.
  for (const name of ['Where you stand', 'What matters most', 'Next actions', 'The balance of the dialogue', 'The KPI short list']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page).toHaveTitle(new RegExp(`^Northwind Metrics \\(sample\\) — Market\\(ing\\) OS report — `));
  await checkA11y(page, 'report with brief');
  const printed = await printAndCheck(page, company, 'sample');
  expect(printed.gaps).toBeGreaterThan(5);
  expect(printed.actions).toBe(2);
  // Leaving the report gives the tab its own name back.
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Stage 1/ }).click();
  await expect(page).toHaveTitle('Market(ing) OS Builder');
});

test("an assessment-only prospect's report is about the assessment and names the consultant", async ({ browser }) => {
  const consultant = await (await browser.newContext()).newPage();
  await consultant.goto('/invitations');
  await consultant.getByLabel('Your name').fill('Dana Reyes');
  await consultant.getByLabel('Organisation').fill('Northbeam Advisory');
  await consultant.getByLabel("Prospect's company").fill('Acme Analytics');
  await consultant.getByRole('radio', { name: 'The maturity self-assessment only' }).check();
  await consultant.getByRole('button', { name: 'Create the invitation link' }).click();
  const link = consultant.getByRole('textbox', { name: 'Invitation link' });
  await expect(link).toHaveValue(/\/invite#1\./);
  const invitation = await link.inputValue();

  const page = await (await browser.newContext()).newPage();
  await page.goto(invitation);
  await page.getByRole('button', { name: 'Start' }).click();
  for (const [area, stage] of [['Operations team and leadership', 'Efficient'], ['Metrics and reporting', 'Effective'], ['Processes (leads, campaigns)', 'Unaware']]) {
    await page.getByRole('group', { name: area, exact: true }).getByRole('radio', { name: new RegExp(`^${stage}`) }).check();
  }
  await saved(page);
  const id = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('mos.model.')).slice('mos.model.'.length));
  await page.goto(`/model/${id}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Analytics: marketing operations maturity' })).toBeVisible();
  await expect(page.getByText('Prepared with Dana Reyes of Northbeam Advisory')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Stage [123]/ })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Each area/ })).toContainText('Metrics and reporting');
  await checkA11y(page, 'assessment-only report');
  const printed = await printAndCheck(page, 'Acme Analytics', 'assessment-only');
  expect(printed.pages.A4).toBeLessThanOrEqual(3);
});
