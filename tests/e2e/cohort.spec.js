// The consultant's cohort and a company's team view, from crafted replies imported as files:
// a company counted once however many colleagues replied, marks found by their names, medians
// in stage words, one client against the others (picked from the address), and the team view
// flagging a two-stage disagreement with the evidence behind each claim; both CSVs; axe-clean,
// and legible on a phone with no column out of sight.
import { test, expect, checkA11y } from './fixtures.js';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const TEAM = 'team_leadership';
const CHARTER = 'charter_role';
const METRICS = 'metrics_reporting';

/** A reply file as a prospect's browser writes it: the model in its envelope. */
function replyFile({ id, inv, company, respondent = '', minute, answers }) {
  const model = {
    id,
    company,
    created_at: NOW,
    updated_at: NOW + minute * 60_000,
    assessment: {
      answers: answers.map(([dimension, stage, evidence = '']) => [dimension, { stage, evidence }]),
    },
    invitation: {
      id: inv,
      consultant: 'Dana Reyes',
      organisation: 'Northbeam Advisory',
      contact: 'dana@northbeam.example',
      prospect: company,
      modules: 'assessment',
      created_at: NOW,
    },
    respondent,
    received_at: NOW + minute * 60_000,
  };
  const text = JSON.stringify({ format: 'marketing-os-model', schema: 1, app: '0.1.0', saved_at: '2026-12-01T09:00:00Z', model });
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
}

const REPLIES = [
  // Three colleagues at Acme, one writing the company in lower case: one client.
  replyFile({ id: 'acme-ann', inv: 'inv-acme', company: 'Acme Analytics', respondent: 'Ann Lee', minute: 1,
    answers: [[TEAM, 'efficient'], [CHARTER, 'effective', 'Charter on the wiki'], [METRICS, 'unaware']] }),
  replyFile({ id: 'acme-bo', inv: 'inv-acme', company: 'acme analytics', respondent: 'Bo Park', minute: 2,
    answers: [[TEAM, 'customer_centric', 'Customer council minutes'], [CHARTER, 'effective', 'Quarterly plan'], [METRICS, 'efficient']] }),
  // No name given, and Customer-Centric claimed with no evidence: it counts as Effective.
  replyFile({ id: 'acme-3', inv: 'inv-acme', company: 'Acme Analytics', minute: 3,
    answers: [[TEAM, 'effective', 'Org chart'], [CHARTER, 'customer_centric'], [METRICS, 'efficient']] }),
  replyFile({ id: 'beta-1', inv: 'inv-beta', company: 'Beta Corp', respondent: 'Cy', minute: 4,
    answers: [[TEAM, 'next_generation', 'Ops team of six'], [CHARTER, 'efficient'], [METRICS, 'effective']] }),
  replyFile({ id: 'cyan-1', inv: 'inv-cyan', company: 'Cyan Ltd', minute: 5, answers: [[TEAM, 'unaware'], [METRICS, 'efficient']] }),
];

/** Imports every reply on the home page, as a consultant does with the files they receive. */
async function importReplies(page) {
  for (const file of REPLIES) {
    await page.goto('/');
    await page.getByLabel('Import a model file (JSON)').setInputFiles(file);
    await page.waitForURL(/\/(model|assess)\//);
  }
}

/** Nothing on the page is wider than the window. */
async function noSideScroll(page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** On a phone every table row is a card: no cell lies outside the window, so no column is
 * hidden off to the side, and the table's region has nothing to scroll. */
async function tablesFit(page) {
  if (page.viewportSize().width > 400) return;
  const problems = await page.evaluate(() => {
    const out = [];
    for (const region of document.querySelectorAll('[role=region]')) {
      if (region.scrollWidth > region.clientWidth) out.push(`${region.getAttribute('aria-label')} scrolls sideways`);
      for (const cell of region.querySelectorAll('tbody th, tbody td')) {
        const r = cell.getBoundingClientRect();
        if (r.left < 0 || r.right > window.innerWidth) out.push(`"${cell.textContent}" lies outside the window`);
      }
    }
    return out;
  });
  expect(problems).toEqual([]);
}

/** The chart's stage names and dimension names neither overlap nor are cut: every line of text
 * lies inside the chart, and no two lines of two stage names cross. */
async function labelsClear(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    const lines = (el) => { const r = document.createRange(); r.selectNodeContents(el); return [...r.getClientRects()]; };
    const figure = document.querySelector('figure').getBoundingClientRect();
    const inside = (b) => b.left >= figure.left && b.right <= figure.right;
    for (const axis of document.querySelectorAll('figure [class*=axis]')) {
      const names = [...axis.children];
      const boxes = names.map(lines);
      boxes.forEach((rects, i) => {
        if (!rects.every(inside)) out.push(`"${names[i].textContent}" runs outside the chart`);
        for (const other of boxes.slice(i + 1)) {
          for (const a of rects) for (const b of other) {
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`"${names[i].textContent}" overlaps another stage name`);
          }
        }
      });
    }
    for (const name of document.querySelectorAll('figure p strong')) {
      if (!lines(name).every(inside)) out.push(`"${name.textContent}" is cut`);
    }
    return out;
  });
  expect(problems).toEqual([]);
}

test('the cohort counts a company once and sets one client against the others @phone', async ({ page }) => {
  await importReplies(page);
  await page.goto('/cohort');
  await expect(page.getByText('3 clients with assessment results.')).toBeVisible();
  // A mark per client per dimension, named; Acme is one mark at its colleagues' median, and its
  // name says how far apart the colleagues are.
  await expect(page.getByRole('img', {
    name: 'Acme Analytics, Operations team and leadership: Median Effective, 3 colleagues from Efficient to Customer-Centric',
  })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Acme Analytics, Charter and cross-functional role: Effective, all 3 colleagues agree' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Beta Corp, Operations team and leadership: Next Generation' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Cyan Ltd, Operations team and leadership: Unaware' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Acme Analytics, Operations team/ })).toHaveCount(1);
  const legend = page.getByRole('list', { name: "Key to the clients' marks" });
  await expect(legend.getByRole('listitem')).toHaveText([/Acme Analytics/, /Beta Corp/, /Cyan Ltd/]);
  // The team view is a link beside the company's name, in the key and in the table.
  await expect(legend.getByRole('link', { name: 'Team view of Acme Analytics' })).toHaveAttribute('href', '/cohort/team?company=acmeanalytics');
  await expect(legend.getByRole('link', { name: /Team view/ })).toHaveCount(1);
  // Medians in stage words, in the chart and in the table; never "0.5".
  await expect(page.getByText('Median: between Efficient and Effective')).toBeVisible();
  const table = page.getByRole('table', { name: /Stage per area/ });
  const charter = table.getByRole('row', { name: /Charter and cross-functional role/ });
  await expect(charter.getByRole('cell').nth(1)).toHaveText('Between Efficient and Effective');
  await expect(charter).toContainText('Effective, all 3 colleagues agree (above the median)');
  // On a phone the column heads give way to a label in each cell; the key keeps the link.
  if (page.viewportSize().width > 400) {
    await expect(table.getByRole('columnheader', { name: 'Acme Analytics' }).getByRole('link', { name: 'Team view of Acme Analytics' }))
      .toHaveAttribute('href', '/cohort/team?company=acmeanalytics');
  }
  await expect(table.getByRole('row', { name: /Operations team and leadership/ }))
    .toContainText('Median Effective, 3 colleagues from Efficient to Customer-Centric');
  // A team has an overall stage too, and the page says how it was reached.
  await expect(page.getByRole('listitem').filter({ hasText: /^Acme Analytics: 3 replies/ })).toContainText(
    'Overall Effective, 3 of 7 areas answered. Reached by the assessment\'s own rule, applied to the median of the 3 colleagues\' answers in each area',
  );
  await expect(page.getByRole('listitem').filter({ hasText: /^Acme Analytics: 3 replies/ })).toContainText(
    '2 of the 3 areas reach Effective or above, so the team is at Effective.',
  );
  await expect(table.getByRole('row', { name: /Operations team and leadership/ }).getByRole('cell').nth(3)).toHaveText('Unaware to Next Generation');
  await expect(page.locator('main')).not.toContainText(/\d\.5/);
  await checkA11y(page, 'cohort');
  await noSideScroll(page);
  await tablesFit(page);
  await labelsClear(page);

  // The cohort downloads as a spreadsheet: a line per client per dimension, with its dates.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the cohort (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^clients-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(await file.path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('\ufeffCompany,Replies,First reply,Latest reply,Overall stage,Dimension,Stage counted (a team\'s median),'
    + 'Stage as a number (0 Unaware to 4 Next Generation),Lowest answer,Highest answer,Colleagues answering');
  expect(csv).toContain('Acme Analytics,3,2026-12-01,2026-12-01,Effective,Operations team and leadership,Effective,2,Efficient,Customer-Centric,3');
  expect(csv).toContain('Beta Corp,1,2026-12-01,2026-12-01,Efficient,Charter and cross-functional role,Efficient,1,Efficient,Efficient,1');
  expect(csv).toContain('Cyan Ltd,1,2026-12-01,2026-12-01,Unaware,Charter and cross-functional role,Not answered,,,,0');
  expect(csv).toHaveLength(1 + 3 * 7 + 1);

  // The picker offers only invitations with replies and takes one from the address.
  await page.goto('/cohort?invitation=inv-beta');
  const picker = page.getByRole('combobox', { name: 'Set one client against the others' });
  await expect(picker).toHaveValue('inv-beta');
  await expect(picker.getByRole('option')).toHaveText([
    'No one: all clients alike',
    'Acme Analytics, invited by Dana Reyes of Northbeam Advisory (3 replies)',
    'Beta Corp, invited by Dana Reyes of Northbeam Advisory (1 reply)',
    'Cyan Ltd, invited by Dana Reyes of Northbeam Advisory (1 reply)',
  ]);
  // One reply is not a benchmark: it is shown against everyone else.
  await expect(page.getByText('1 reply to this invitation, from Beta Corp. Beta Corp is set against your 2 other clients.')).toBeVisible();
  const against = page.getByRole('region', { name: 'Beta Corp against the others' });
  await expect(against.getByRole('listitem').filter({ hasText: 'Operations team and leadership' })).toHaveText(
    "Operations team and leadership: Next Generation, above the others' median (Efficient)",
  );
  await expect(against.getByRole('listitem').filter({ hasText: 'Charter' })).toHaveText(
    "Charter and cross-functional role: Efficient, below the others' median (Effective)",
  );
  await expect(against.getByRole('listitem').filter({ hasText: 'Metrics' })).toHaveText("Metrics and reporting: Efficient, at the others' median");
  await expect(legend.getByRole('listitem').filter({ hasText: 'Beta Corp' })).toContainText('the client you picked');
  await checkA11y(page, 'one client against the others');
  await noSideScroll(page);
  await tablesFit(page);
  await labelsClear(page);

  // Several colleagues at one company: the reply count says so, and the team view is a link away.
  await picker.selectOption({ label: 'Acme Analytics, invited by Dana Reyes of Northbeam Advisory (3 replies)' });
  await expect(page.getByText(/^3 replies to this invitation, from 3 colleagues at Acme Analytics/)).toBeVisible();
  // The address follows the picker, and the page stays as it was around it.
  await expect(page).toHaveURL(/\/cohort\?invitation=inv-acme$/);
  await expect(picker).toHaveValue('inv-acme');
  await expect(page.getByRole('img', { name: 'Acme Analytics, Charter and cross-functional role: Effective' })).toBeVisible();
  await expect(page.getByRole('link', { name: "Where Acme Analytics's team disagrees" }).first()).toHaveAttribute('href', '/cohort/team?company=acmeanalytics');
  // An invitation with no reply here shows every client and says why.
  await page.goto('/cohort?invitation=inv-unknown');
  await expect(page.getByText(/The invitation in this address has no reply in this browser yet/)).toBeVisible();
});

test('the team view flags where colleagues are two stages apart, and downloads @phone', async ({ page }) => {
  await importReplies(page);
  await page.goto('/cohort');
  await page.getByRole('link', { name: 'Team view of Acme Analytics' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: "Where Acme Analytics's team disagrees" })).toBeVisible();
  const table = page.getByRole('table', { name: /Each colleague's stage per area/ });
  if (page.viewportSize().width > 400) {
    await expect(table.getByRole('columnheader')).toHaveText(['Area', 'Ann Lee', 'Bo Park', 'Colleague 3', 'Spread', 'What to do']);
  }
  const team = table.getByRole('row', { name: /Operations team and leadership/ });
  // Each stage with what stands behind it: the evidence where there is some (below Effective
  // none is asked for, so none is missed).
  await expect(team.getByRole('cell')).toHaveText([
    'Efficient',
    'Customer-CentricEvidence: Customer council minutes',
    'EffectiveEvidence: Org chart',
    'Efficient to Customer-Centric',
    'Talk it through: 2 stages apart',
  ]);
  // Customer-Centric claimed with no evidence counts as Effective, and the cell says so.
  const charter = table.getByRole('row', { name: /Charter/ });
  await expect(charter.getByRole('cell').nth(2)).toHaveText('EffectiveClaimed Customer-Centric, with no evidence');
  await expect(charter).toContainText('All at Effective');
  await expect(charter).toContainText('Nothing: the answers agree');
  await expect(table.getByRole('row', { name: /Metrics/ })).toContainText('Nothing urgent: 1 stage apart');
  await expect(page.getByText('1 area has answers two stages or more apart: Operations team and leadership.')).toBeVisible();
  await expect(page.getByText(/first sign that a team has no operating system/)).toBeVisible();
  await expect(page.getByText(/^Acme Analytics as a team: overall Effective, 3 of 7 areas answered\./)).toBeVisible();
  await checkA11y(page, 'team view');
  await noSideScroll(page);
  await tablesFit(page);
  // On a phone, what to do comes first in each area's card, in view without scrolling sideways.
  const verdict = team.getByRole('cell', { name: /Talk it through/ });
  const box = await verdict.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize().width);
  if (page.viewportSize().width < 400) {
    expect(box.y).toBeLessThan((await team.getByRole('cell').first().boundingBox()).y);
  }

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the team view (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^acme-analytics-team-view-\d{4}-\d{2}-\d{2}\.csv$/);
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('Company,Exported on,Dimension,Ann Lee,Bo Park,Colleague 3,Spread,Stages apart,What to do\r\n');
  expect(csv).toMatch(/\r\nAcme Analytics,\d{4}-\d{2}-\d{2},Operations team and leadership,Efficient,Customer-Centric,Effective,Efficient to Customer-Centric,2,Talk it through: 2 stages apart\r\n/);

  // Printed, the page keeps the table and drops the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download the team view (CSV)' })).toBeHidden();
  await expect(table).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Each colleague's name opens their reply, in the introduction and (on a wide screen) at the
  // head of their column.
  const ann = page.getByRole('link', { name: 'Ann Lee' });
  await expect(ann).toHaveCount(page.viewportSize().width > 400 ? 2 : 1);
  await expect(ann.first()).toHaveAttribute('href', /^\/model\/[^/]+\/report$/);
  await expect(ann.last()).toHaveAttribute('href', await ann.first().getAttribute('href'));
  await ann.first().click();
  await expect(page).toHaveURL(/\/model\/[^/]+\/report$/);
  await expect(page.getByText(/Answered by Ann Lee/).first()).toBeVisible();

  // A company with one reply has no team view to speak of.
  await page.goto('/cohort/team?company=betacorp');
  await expect(page.getByText(/Only one person at Beta Corp has replied so far/)).toBeVisible();
});
