// The operations charter: start from a kind, compose it from its parts, see it read as
// operational or strategic in plain words, write it in your own words, and find it in the
// report.
import { test, expect, checkA11y, createModel, saved } from './fixtures.js';

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
