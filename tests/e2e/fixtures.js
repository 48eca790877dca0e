// Every journey runs with these guards: no console errors, no page errors, no CSP violation,
// no request that leaves 127.0.0.1; and `checkA11y` runs axe-core on a page.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  guards: [
    async ({ context }, use) => {
      const problems = [];
      // A test that makes the page fail on purpose names the problems it expects.
      const allowed = [];
      problems.allow = (pattern) => allowed.push(pattern);
      context.on('request', (req) => {
        const url = new URL(req.url());
        if (!['127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
          problems.push(`request left 127.0.0.1: ${req.url()}`);
        }
      });
      // Any Content-Security-Policy violation fails the test like a console error.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
      context.on('page', (page) => watch(page, problems));
      for (const page of context.pages()) watch(page, problems);
      await use(problems);
      const unexpected = problems.filter((p) => !allowed.some((pattern) => pattern.test(p)));
      expect(unexpected, 'console errors, page errors or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

function watch(page, problems) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
}

export { expect };

/** Runs axe-core (WCAG 2.x A and AA) and fails on any serious or critical violation. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, `axe violations on ${label}`).toEqual([]);
}

/** Creates a model from the home page and waits for Stage 1. */
export async function createModel(page, company) {
  await page.goto('/');
  await page.getByLabel('Company name').fill(company);
  await page.getByRole('button', { name: 'Create model' }).click();
  // The button starts the app's module: on a cold origin, with the machine busy running the
  // other worker's journeys, compiling it has taken over 10 s (CI failed on it once).
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible({ timeout: 30_000 });
}

/** Waits until the header says everything is saved. */
export async function saved(page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Opens the part of a stage page under "Go deeper" (a no-op when it is open already). */
export async function goDeeper(page) {
  const deeper = page.locator('details.go-deeper');
  if (!(await deeper.evaluate((d) => d.open))) await page.getByText('Go deeper', { exact: true }).click();
  await expect(deeper).toHaveAttribute('open', '');
}

/** The fields a user can fill on the page as shown: a group of radio buttons is one field. */
export async function visibleFields(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
      .filter((e) => e.checkVisibility());
    const radios = new Set(shown.filter((e) => e.type === 'radio').map((e) => e.name));
    return shown.filter((e) => e.type !== 'radio').length + radios.size;
  });
}

/** As a consultant, makes an assessment-only invitation to `prospect` and returns its link. */
export async function inviteToAssessment(page, prospect) {
  await page.goto('/invitations');
  await page.getByLabel('Your name', { exact: true }).fill('Dana Reyes');
  await page.getByLabel('Organisation').fill('Northbeam Advisory');
  await page.getByLabel('Contact').fill('dana@northbeam.example');
  await page.getByLabel("Prospect's company").fill(prospect);
  await page.getByRole('radio', { name: 'The maturity self-assessment only' }).check();
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  const link = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(link).toHaveValue(/\/invite#1\./);
  return link.inputValue();
}

/** In the assessment, picks a stage for an area, with the evidence behind it when given. */
export async function answerArea(page, area, stage, evidence) {
  const group = page.getByRole('group', { name: area, exact: true });
  await group.getByRole('radio', { name: new RegExp(`^${stage}`) }).check();
  if (evidence) await group.getByLabel('What shows this? (an artefact or a metric)').fill(evidence);
}

/** As an invited prospect, goes to the send page, makes the reply link and returns it. */
export async function makeReplyLink(page) {
  await page.getByRole('link', { name: 'Send your results' }).click();
  await page.getByRole('button', { name: 'Make the reply link' }).click();
  const box = page.getByRole('textbox', { name: 'Reply link' });
  await expect(box).toHaveValue(/\/reply#1\./);
  return box.inputValue();
}
