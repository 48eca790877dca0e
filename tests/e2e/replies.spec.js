// A client's reply at the consultant's end: kept as sent (read-only, with a copy to work on),
// the same reply twice added once, a newer reply updating the model with the earlier kept as
// a version, an older one changing nothing; and an assessment-only prospect who is never
// offered a stage they were not invited to.
import { test, expect, checkA11y, saved, inviteToAssessment as invite, answerArea as answer, makeReplyLink as replyLink } from './fixtures.js';

test('a reply is kept as sent, added once, and updated by a newer one', async ({ browser }) => {
  test.setTimeout(120_000);
  const consultantContext = await browser.newContext();
  const consultant = await consultantContext.newPage();
  const invitation = await invite(consultant, 'Ledgerline');

  const prospectContext = await browser.newContext();
  const prospect = await prospectContext.newPage();
  await prospect.goto(invitation);
  await prospect.getByRole('button', { name: 'Start' }).click();
  await answer(prospect, 'Operations team and leadership', 'Efficient');
  await answer(prospect, 'Metrics and reporting', 'Effective');
  await saved(prospect);
  // An assessment-only prospect is never offered a stage: no way into Stage 1, 2 or 3.
  const results = prospect.getByRole('region', { name: 'Result by area' });
  await expect(results).toBeVisible();
  // Each area as the result counts it: a claim of Effective with no evidence counts one lower.
  await expect(results.getByRole('row', { name: /^Metrics and reporting/ })).toContainText('Efficient (claimed Effective, no evidence)');
  await expect(prospect.getByRole('link', { name: /Work on it in Stage/ })).toHaveCount(0);
  await expect(prospect.getByRole('link', { name: /^Stage \d/ })).toHaveCount(0);
  await expect(prospect.getByRole('link', { name: 'See the whole model' })).toHaveCount(0);
  // Typing the address of a stage does not reach it either.
  const assessUrl = prospect.url();
  const prospectModel = new URL(assessUrl).pathname.split('/')[2];
  await prospect.goto(`/model/${prospectModel}/dialogue`);
  await expect(prospect.getByRole('heading', { level: 1, name: 'Not part of this invitation' })).toBeVisible();
  await expect(prospect.getByText(/asks for the maturity self-assessment only/)).toBeVisible();
  await expect(prospect.getByRole('textbox')).toHaveCount(0);
  await checkA11y(prospect, 'a stage the invitation did not ask for');
  await prospect.getByRole('link', { name: 'Back to what you were invited to do' }).click();
  await expect(prospect.getByRole('region', { name: 'Result by area' })).toBeVisible();
  // The model's own address opens the assessment, and its report offers only what was asked:
  // no read-only link (it would reach the consultant as a second copy), no stage tables.
  await prospect.goto(`/model/${prospectModel}`);
  await expect(prospect).toHaveURL(new RegExp(`/assess/${prospectModel}$`));
  await prospect.goto(`/model/${prospectModel}/report`);
  await expect(prospect.getByRole('heading', { name: 'Sharing your answers' })).toBeVisible();
  await expect(prospect.getByRole('button', { name: 'Make a read-only link' })).toHaveCount(0);
  await expect(prospect.getByRole('button', { name: 'Flows (CSV)' })).toHaveCount(0);
  await expect(prospect.getByRole('button', { name: 'RACI (CSV)' })).toHaveCount(0);
  await prospect.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Gaps and plan' }).click();
  await expect(prospect.getByRole('heading', { level: 1, name: 'Gaps and action plan' })).toBeVisible();
  await expect(prospect.getByRole('heading', { name: 'Diagnostic questions' })).toHaveCount(0);
  // The prospect's home puts their invitation first; the builder's own tools wait, folded.
  await prospect.goto('/');
  await expect(prospect.getByRole('heading', { level: 1, name: 'What you were invited to fill in' })).toBeVisible();
  await expect(prospect.getByRole('link', { name: 'Ledgerline' })).toBeVisible();
  await expect(prospect.getByText(/^Invited by /)).toBeVisible();
  await expect(prospect.getByRole('link', { name: 'Invite a prospect' })).toBeHidden();
  await expect(prospect.getByRole('button', { name: 'Create model' })).toBeHidden();
  await prospect.getByText('Use the builder for your own work').click();
  await expect(prospect.getByRole('button', { name: 'Create model' })).toBeVisible();
  await checkA11y(prospect, "the prospect's home");
  await prospect.getByRole('link', { name: 'Ledgerline' }).click();
  const first = await replyLink(prospect);

  // The consultant adds the reply: it opens read-only, as received.
  await consultant.goto(first);
  await expect(consultant.getByRole('heading', { level: 1, name: 'A reply from Ledgerline' })).toBeVisible();
  await consultant.getByRole('button', { name: 'Add to my workspace' }).click();
  const banner = consultant.getByRole('region', { name: 'Client reply' });
  await expect(banner).toContainText(/Ledgerline's reply, as received on .*\. It is kept as they sent it/);
  await consultant.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  const team = consultant.getByRole('group', { name: 'Operations team and leadership', exact: true });
  await expect(team.getByRole('radio', { name: /^Efficient/ })).toBeChecked();
  await expect(team.getByRole('radio', { name: /^Effective/ })).toBeDisabled();
  // Nothing to save or undo in a reply kept as sent, and the header says why.
  await expect(consultant.getByRole('status').filter({ hasText: 'Read-only: the reply as received' })).toBeVisible();
  await expect(consultant.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  // Nothing on it asks the consultant to answer, retake or work on the client's reply.
  await expect(consultant.getByRole('link', { name: 'Answer this area' })).toHaveCount(0);
  await expect(consultant.getByRole('button', { name: /retake/ })).toHaveCount(0);
  await expect(consultant.getByText(/These are the client's answers as they sent them/)).toBeVisible();
  await checkA11y(consultant, 'a reply as received');
  const modelUrl = consultant.url();

  // The same reply again is recognised and adds nothing.
  await consultant.goto(first);
  await expect(consultant.getByText(/already in your workspace: it is the same as the one received on/)).toBeVisible();
  await expect(consultant.getByRole('button', { name: 'Add to my workspace' })).toHaveCount(0);
  await consultant.goto('/');
  await expect(consultant.getByRole('link', { name: /^Ledgerline/ })).toHaveCount(1);

  // The prospect changes an answer and replies again: the model is updated, the earlier kept.
  await prospect.goto('/');
  await prospect.getByRole('link', { name: 'Ledgerline' }).click();
  await answer(prospect, 'Metrics and reporting', 'Customer-Centric');
  await saved(prospect);
  const second = await replyLink(prospect);
  await consultant.goto(second);
  await expect(consultant.getByText(/Ledgerline has changed their answers since the reply you received on/)).toBeVisible();
  const changes = consultant.getByRole('table', { name: /Maturity assessment/ });
  await expect(changes.getByRole('row', { name: /Metrics and reporting · stage/ })).toContainText('Effective');
  await expect(changes.getByRole('row', { name: /Metrics and reporting · stage/ })).toContainText('Customer-Centric');
  await checkA11y(consultant, 'a newer reply');
  await consultant.getByRole('button', { name: "Update Ledgerline's model" }).click();
  await expect(consultant.getByText(/Updated “Ledgerline” with their newer reply/)).toBeVisible();
  await expect(consultant.getByRole('heading', { name: 'What changed in the latest reply' })).toBeVisible();
  // The reply it replaced is kept, and can be read as it came.
  const earlier = consultant.getByRole('region', { name: 'Client reply' }).getByText(/Earlier replies, kept as they came/);
  await earlier.getByRole('link').first().click();
  await expect(consultant.getByText(/As received on/).first()).toBeVisible();
  await consultant.getByRole('link', { name: 'Back to the report' }).click();
  await expect(consultant.getByRole('heading', { name: 'What changed in the latest reply' })).toBeVisible();
  await consultant.goto('/');
  await expect(consultant.getByRole('link', { name: /^Ledgerline/ })).toHaveCount(1);

  // The first reply, opened again, is older than the one kept: nothing changes.
  await consultant.goto(first);
  await expect(consultant.getByText(/You already have a later reply from Ledgerline/)).toBeVisible();

  // A newer reply as a file shows what changed before it updates anything, as a link does.
  await prospect.goto('/');
  await prospect.getByRole('link', { name: 'Ledgerline' }).click();
  await answer(prospect, 'Data and insights', 'Efficient');
  await saved(prospect);
  await prospect.getByRole('link', { name: 'Send your results' }).click();
  const download = prospect.waitForEvent('download');
  await prospect.getByRole('button', { name: 'Download your results (JSON)' }).click();
  const file = await (await download).path();
  await consultant.goto('/');
  await consultant.getByLabel('Import a model file (JSON)').setInputFiles(file);
  await expect(consultant.getByRole('heading', { level: 1, name: 'A reply from Ledgerline' })).toBeVisible();
  await expect(consultant.getByText(/Ledgerline has changed their answers since the reply you received on/)).toBeVisible();
  await expect(consultant.getByRole('table', { name: /Maturity assessment/ }).getByRole('row', { name: /Data and insights · stage/ })).toContainText('Efficient');
  await consultant.goto('/');
  await expect(consultant.getByRole('link', { name: /^Ledgerline/ })).toHaveCount(1);
  await consultant.getByLabel('Import a model file (JSON)').setInputFiles(file);
  await consultant.getByRole('button', { name: "Update Ledgerline's model" }).click();
  await expect(consultant.getByText(/Updated “Ledgerline” with their newer reply/)).toBeVisible();
  // The same file again is recognised and adds nothing.
  await consultant.goto('/');
  await consultant.getByLabel('Import a model file (JSON)').setInputFiles(file);
  await expect(consultant.getByText(/already in your workspace, received on/)).toBeVisible();
  await consultant.goto('/');
  await expect(consultant.getByRole('link', { name: /^Ledgerline/ })).toHaveCount(1);

  // "Edit a copy" makes a model of the consultant's own that can be changed.
  await consultant.goto(modelUrl);
  await consultant.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(consultant.getByText('Made “Ledgerline (working copy)”, a copy you can change.')).toBeVisible();
  await expect(consultant.getByRole('region', { name: 'Client reply' })).toHaveCount(0);
  await consultant.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  const copyTeam = consultant.getByRole('group', { name: 'Operations team and leadership', exact: true });
  await copyTeam.getByRole('radio', { name: /^Effective/ }).check();
  await expect(copyTeam.getByRole('radio', { name: /^Effective/ })).toBeChecked();

  await consultantContext.close();
  await prospectContext.close();
});

test('a reply as received reads well on a phone @phone', async ({ browser }) => {
  const consultantContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const consultant = await consultantContext.newPage();
  const invitation = await invite(consultant, 'Ledgerline');
  const prospectContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const prospect = await prospectContext.newPage();
  await prospect.goto(invitation);
  await prospect.getByRole('button', { name: 'Start' }).click();
  await answer(prospect, 'Operations team and leadership', 'Efficient');
  await saved(prospect);
  const link = await replyLink(prospect);
  await consultant.goto(link);
  await consultant.getByRole('button', { name: 'Add to my workspace' }).click();
  const banner = consultant.getByRole('region', { name: 'Client reply' });
  await expect(banner).toBeVisible();
  const box = await banner.boundingBox();
  expect(box.width).toBeLessThanOrEqual(360);
  expect(await consultant.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await checkA11y(consultant, 'a reply as received, phone');
  await consultantContext.close();
  await prospectContext.close();
});
