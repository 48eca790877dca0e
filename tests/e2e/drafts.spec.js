// What is typed into a "new item" field survives a reload (the tab's session storage keeps it
// per model and field), and is forgotten once the item is added.
import { test, expect, checkA11y, createModel, goDeeper } from './fixtures.js';

function stage(page, name) {
  return page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name }).click();
}

test('new-item fields keep their text over a reload until the item is added', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Company name').fill('Half-typed Co');
  await page.reload();
  await expect(page.getByLabel('Company name')).toHaveValue('Half-typed Co');

  await createModel(page, 'Draft Co');
  await goDeeper(page);
  await page.getByRole('textbox', { name: 'New market constituent' }).fill('Trade press');
  await stage(page, /Stage 2/);
  await page.getByLabel('New sub-function').fill('Field marketing');
  await page.getByRole('form', { name: 'Add a flow' }).getByLabel('New flow').fill('Win/loss notes');
  await stage(page, /Stage 3/);
  await goDeeper(page);
  const log = page.getByRole('form', { name: 'Log a change' });
  await log.getByLabel('What changed').fill('Prices rise in May');
  await log.getByLabel('Impact').fill('Fewer trials');
  await page.getByLabel('Version name').fill('Before the price rise');

  await page.reload();
  await goDeeper(page);
  await expect(log.getByLabel('What changed')).toHaveValue('Prices rise in May');
  await expect(log.getByLabel('Impact')).toHaveValue('Fewer trials');
  await expect(page.getByLabel('Version name')).toHaveValue('Before the price rise');
  await checkA11y(page, 'Stage 3 with drafts');
  await stage(page, /Stage 2/);
  await expect(page.getByLabel('New sub-function')).toHaveValue('Field marketing');
  await expect(page.getByRole('form', { name: 'Add a flow' }).getByLabel('New flow')).toHaveValue('Win/loss notes');
  await stage(page, /Stage 1/);
  await goDeeper(page);
  await expect(page.getByRole('textbox', { name: 'New market constituent' })).toHaveValue('Trade press');

  // Adding clears the field, and a reload does not bring the text back.
  await page.getByRole('textbox', { name: 'New market constituent' }).press('Enter');
  await expect(page.getByRole('group', { name: 'Trade press' })).toBeVisible();
  await stage(page, /Stage 2/);
  await page.getByRole('button', { name: 'Add sub-function' }).click();
  await stage(page, /Stage 3/);
  await goDeeper(page);
  await log.getByRole('button', { name: 'Log change' }).click();
  await expect(page.locator('.change-list')).toContainText('Prices rise in May');
  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Before the price rise' })).toBeVisible();
  await page.reload();
  await goDeeper(page);
  await expect(log.getByLabel('What changed')).toHaveValue('');
  await expect(log.getByLabel('Impact')).toHaveValue('');
  await expect(page.getByLabel('Version name')).toHaveValue('');
  await stage(page, /Stage 2/);
  await expect(page.getByLabel('New sub-function')).toHaveValue('');
  // The flow was not added: its draft is still there.
  await expect(page.getByRole('form', { name: 'Add a flow' }).getByLabel('New flow')).toHaveValue('Win/loss notes');
  await stage(page, /Stage 1/);
  await goDeeper(page);
  await expect(page.getByRole('textbox', { name: 'New market constituent' })).toHaveValue('');

  // Drafts belong to their model: another model's fields start empty, and the new model's
  // company name was forgotten once the model was made.
  await page.getByRole('link', { name: 'Market(ing) OS Builder' }).click();
  await expect(page.getByLabel('Company name')).toHaveValue('');
  await createModel(page, 'Other Co');
  await stage(page, /Stage 2/);
  await expect(page.getByRole('form', { name: 'Add a flow' }).getByLabel('New flow')).toHaveValue('');
});
