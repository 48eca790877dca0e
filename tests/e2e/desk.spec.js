// The consultant's desk end to end, each person in a browser of their own: a consultant, two
// prospects (Acme Analytics; Ledgerline), and three colleagues of the Ledgerline prospect. The
// invitation link had again after a reload; an assessment-only prospect never offered another
// stage; a received reply read-only; the same reply twice counted once; a newer reply updating
// the model with the earlier kept; the cohort's marks by their names; the team view flagging a
// two-stage disagreement. axe-clean throughout, and the cohort and team view at 360 px.
import { test, expect, checkA11y, saved, inviteToAssessment as invite, answerArea as answer, makeReplyLink as replyLink } from './fixtures.js';

test.setTimeout(300_000);

const TEAM = 'Operations team and leadership';
const METRICS = 'Metrics and reporting';

/** A person opens the invitation in their own browser, answers and makes their reply link. */
async function answerInvitation(browser, link, { name, answers }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  if (name) await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maturity assessment' })).toBeVisible();
  for (const [area, stage, evidence] of answers) await answer(page, area, stage, evidence);
  await saved(page);
  return { context, page, reply: await replyLink(page) };
}

test('a consultant, two prospects and a team: the desk from invitation to team view', async ({ browser }) => {
  const consultantContext = await browser.newContext();
  const desk = await consultantContext.newPage();
  const acmeLink = await invite(desk, 'Acme Analytics');
  const ledgerLink = await invite(desk, 'Ledgerline');

  // After a reload the invitation's link is there again, to copy or open.
  await desk.reload();
  const acmeCard = desk.getByRole('group', { name: /^Actions for “Acme Analytics”/ });
  await expect(acmeCard.getByRole('link', { name: 'Open it as your prospect will see it' })).toHaveAttribute('href', acmeLink);
  await expect(acmeCard.getByRole('button', { name: 'Copy the link' })).toBeVisible();
  await checkA11y(desk, 'invitations after a reload');
  // Followed from the card, the preview opens the welcome as the prospect will see it.
  await acmeCard.getByRole('link', { name: 'Open it as your prospect will see it' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: 'Acme Analytics: a marketing operations maturity check' })).toBeVisible();
  await expect(desk.getByText('This is your own invitation, as your prospect will see it.')).toBeVisible();
  await desk.goBack();

  // Acme's prospect: a maturity check, and never a way into a stage.
  const acme = await browser.newContext();
  const prospect = await acme.newPage();
  await prospect.goto(acmeLink);
  await expect(prospect.getByRole('heading', { level: 1, name: 'Acme Analytics: a marketing operations maturity check' })).toBeVisible();
  await checkA11y(prospect, 'welcome to a maturity check');
  await prospect.getByRole('button', { name: 'Start' }).click();
  await answer(prospect, TEAM, 'Efficient');
  await answer(prospect, METRICS, 'Effective', 'Weekly pipeline dashboard');
  await saved(prospect);
  await expect(prospect.getByRole('link', { name: /Work on it in Stage|See the whole model|^Stage \d/ })).toHaveCount(0);
  await checkA11y(prospect, 'an invited assessment');
  const acmeFirst = await replyLink(prospect);

  // The consultant adds it: it opens read-only, as received.
  await desk.goto(acmeFirst);
  await desk.getByRole('button', { name: 'Add to my workspace' }).click();
  await expect(desk.getByRole('region', { name: 'Client reply' })).toContainText(/as received on/);
  await desk.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Maturity assessment/ }).click();
  await expect(desk.getByRole('group', { name: TEAM, exact: true }).getByRole('radio', { name: /^Unaware/ })).toBeDisabled();
  await checkA11y(desk, 'a received reply');

  // The same reply twice is counted once.
  await desk.goto(acmeFirst);
  await expect(desk.getByText(/already in your workspace: it is the same as the one received on/)).toBeVisible();
  await expect(desk.getByRole('button', { name: 'Add to my workspace' })).toHaveCount(0);

  // A newer reply updates Acme's model and keeps the earlier one as a version.
  await prospect.goto('/');
  await prospect.getByRole('link', { name: 'Acme Analytics' }).click();
  await answer(prospect, TEAM, 'Effective', 'An ops lead since 2025');
  await saved(prospect);
  const acmeSecond = await replyLink(prospect);
  await desk.goto(acmeSecond);
  await expect(desk.getByText(/Acme Analytics has changed their answers since the reply you received on/)).toBeVisible();
  await desk.getByRole('button', { name: "Update Acme Analytics's model" }).click();
  await expect(desk.getByRole('heading', { name: 'What changed in the latest reply' })).toBeVisible();
  await expect(desk.getByRole('table', { name: /Maturity assessment/ })).toContainText('Operations team and leadership · stage');

  // Ledgerline: the prospect and three colleagues answer, each in their own browser, two of
  // them two stages apart on the team.
  const people = [
    { name: 'Ann Lee', answers: [[TEAM, 'Efficient'], [METRICS, 'Efficient']] },
    { name: 'Bo Park', answers: [[TEAM, 'Customer-Centric', 'Customer council minutes'], [METRICS, 'Efficient']] },
    { name: 'Cy Ortiz', answers: [[TEAM, 'Effective', 'Org chart'], [METRICS, 'Unaware']] },
    { name: 'Di Chen', answers: [[TEAM, 'Effective', 'Ops charter'], [METRICS, 'Efficient']] },
  ];
  for (const person of people) {
    const { context, reply } = await answerInvitation(browser, ledgerLink, person);
    await desk.goto(reply);
    await expect(desk.getByText(`Answered by ${person.name}.`)).toBeVisible();
    await desk.getByRole('button', { name: 'Add to my workspace' }).click();
    await expect(desk.getByRole('region', { name: 'Client reply' })).toBeVisible();
    await context.close();
  }

  // The cohort: each company once, a named mark per client per area.
  await desk.goto('/cohort');
  await expect(desk.getByText('2 clients with assessment results.')).toBeVisible();
  await expect(desk.getByRole('img', { name: `Acme Analytics, ${TEAM}: Effective` })).toBeVisible();
  await expect(desk.getByRole('img', { name: new RegExp(`^Ledgerline, ${TEAM}: `) })).toHaveCount(1);
  await checkA11y(desk, 'the cohort');

  // The team view flags the two-stage disagreement.
  await desk.getByRole('link', { name: "Where Ledgerline's team disagrees" }).first().click();
  const table = desk.getByRole('table', { name: /Each colleague's stage per area/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Area', 'Ann Lee', 'Bo Park', 'Cy Ortiz', 'Di Chen', 'Spread', 'What to do']);
  const team = table.getByRole('row', { name: new RegExp(TEAM) });
  await expect(team.getByRole('cell')).toHaveText([/^Efficient/, /^Customer-Centric/, /^Effective/, /^Effective/, 'Efficient to Customer-Centric', 'Talk it through: 2 stages apart']);
  await expect(table.getByRole('row', { name: new RegExp(METRICS) })).not.toContainText('Talk it through');
  await checkA11y(desk, 'the team view');

  // Both pages at 360 px: nothing wider than the window, still axe-clean.
  await desk.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/cohort', '/cohort/team?company=ledgerline']) {
    await desk.goto(path);
    await expect(desk.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await desk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await checkA11y(desk, `${path} at 360 px`);
  }

  await acme.close();
  await consultantContext.close();
});
