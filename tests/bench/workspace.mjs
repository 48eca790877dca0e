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
