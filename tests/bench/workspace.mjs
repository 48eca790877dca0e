// Filling a browser's workspace through the app itself, for the benchmark and the A/B runner.
import { generate } from './model.mjs';

/** Imports the model file `text` through the home page's file picker and waits for Stage 1. */
export async function importText(page, url, text) {
  await page.goto(url);
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' }).waitFor();
}

/** The app's storage after importing `count` generated models of `flowCount` flows each and
 *  going home, as [key, text] pairs: what the quick home page reads on a returning visit. */
export async function storedWorkspace(browser, url, count, flowCount) {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let m = 0; m < count; m++) await importText(page, url, generate(flowCount, [], `bench-returning-${m}`));
  await page.goto(url);
  await page.locator('ul.model-list > li').nth(count - 1).waitFor();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mos.')).map((k) => [k, localStorage.getItem(k)]));
  await context.close();
  return stored;
}

/** The addresses people first meet the app by, made through the app itself: a consultant's
 *  invitation link, a prospect's reply link to it, and a read-only link of a 100-flow model. */
export async function entryLinks(browser, url) {
  const consultant = await (await browser.newContext()).newPage();
  await consultant.goto(`${url}invitations`);
  await consultant.getByLabel('Your name').fill('Dana Reyes');
  await consultant.getByLabel('Organisation').fill('Northbeam Advisory');
  await consultant.getByLabel('Contact').fill('dana@northbeam.example');
  await consultant.getByLabel("Prospect's company").fill('Acme Analytics');
  await consultant.getByRole('radio', { name: 'The maturity self-assessment only' }).check();
  await consultant.getByRole('button', { name: 'Create the invitation link' }).click();
  const invitation = await consultant.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  if (!invitation.includes('/invite#')) throw new Error('bench: no invitation link');

  const prospect = await (await browser.newContext()).newPage();
  await prospect.goto(invitation);
  await prospect.getByRole('button', { name: 'Start' }).click();
  await prospect.getByRole('group', { name: 'Metrics and reporting', exact: true }).getByRole('radio', { name: /^Effective/ }).check();
  await prospect.getByRole('link', { name: 'Send your results' }).click();
  await prospect.getByRole('button', { name: 'Make the reply link' }).click();
  const reply = await prospect.getByRole('textbox', { name: 'Reply link' }).inputValue();
  if (!reply.includes('/reply#')) throw new Error('bench: no reply link');

  await importText(consultant, url, generate(100, [], 'bench-readonly'));
  await consultant.goto(`${url}model/bench-readonly/report`);
  await consultant.getByRole('button', { name: 'Make a read-only link' }).click();
  const readOnly = await consultant.getByRole('textbox', { name: 'Read-only link' }).inputValue();
  if (!readOnly.includes('/view#')) throw new Error('bench: no read-only link');
  await consultant.context().close();
  await prospect.context().close();
  return { invitation, reply, readOnly };
}
