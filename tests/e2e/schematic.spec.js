// The schematic stays legible as the browser draws it: measured in the page, no label
// overlaps another or leaves the box it sits in, for the sample and a model with 66 flows at
// 1280 px and for the sample on a 360 px phone; whatever the picture only counts is named in
// its text alternative; and in print it gets a landscape page of its own.
import { test, expect, checkA11y } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIXTY_SIX = readFileSync(new URL('../fixtures/sixty-six-flows.json', import.meta.url));
const SAMPLE = 'Northwind Metrics (sample): the Market(ing) Operating System';
const BIG = 'Fjordline Analytics Zürich & Partners: the Market(ing) Operating System';

async function toReport(page) {
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The system at a glance' })).toBeVisible();
}

async function openSample(page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample model' }).click();
  await toReport(page);
}

async function openSixtySix(page) {
  await page.goto('/');
  await page.getByLabel('Import a model file (JSON)').setInputFiles({ name: 'sixty-six-flows.json', mimeType: 'application/json', buffer: SIXTY_SIX });
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible({ timeout: 30_000 });
  await toReport(page);
}

/** Every text in the picture with the box it sits in (the rect sharing its data-frame),
 *  as the browser lays them out, in CSS pixels. */
function measure(picture) {
  return picture.evaluate((svg) => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const frames = new Map([...svg.querySelectorAll('rect[data-frame]')].map((r) => [r.dataset.frame, box(r)]));
    return [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: box(t), frame: frames.get(t.dataset.frame) ?? null }));
  });
}

/** Fails with every label that leaves its box or overlaps another (half a pixel of grace
 *  for rounding). */
function expectLegible(labels, name) {
  const e = 0.5;
  const problems = [];
  for (const { text, box, frame } of labels) {
    if (!frame) problems.push(`${text}: in no box`);
    else if (box.x0 < frame.x0 - e || box.x1 > frame.x1 + e || box.y0 < frame.y0 - e || box.y1 > frame.y1 + e) {
      problems.push(`${text}: leaves its box ${JSON.stringify(box)} ${JSON.stringify(frame)}`);
    }
  }
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      if (a.box.x0 < b.box.x1 - e && b.box.x0 < a.box.x1 - e && a.box.y0 < b.box.y1 - e && b.box.y0 < a.box.y1 - e) {
        problems.push(`${a.text} overlaps ${b.text}`);
      }
    }
  });
  expect(labels.length, name).toBeGreaterThan(10);
  expect(problems, name).toEqual([]);
}

test('the sample schematic keeps every label in its box and clear of the others', async ({ page }) => {
  await openSample(page);
  const picture = page.getByRole('img', { name: SAMPLE });
  await expect(picture).toBeVisible();
  await expect(picture.locator('text').filter({ hasText: /^◂ Nurture campaigns$/ })).toHaveCount(1);
  expectLegible(await measure(picture), 'the sample at 1280 px');
  // The smallest text is at least 12 px on this screen.
  const smallest = await picture.evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)));
  expect(smallest).toBeGreaterThan(12);
  await checkA11y(page, 'report of the sample');
});

test('with 66 flows the schematic counts them and the text alternative names each', async ({ page }) => {
  await openSixtySix(page);
  const picture = page.getByRole('img', { name: BIG });
  await expect(picture).toBeVisible();
  expectLegible(await measure(picture), '66 flows at 1280 px');
  // The rows count their flows; the description and the list name every one.
  await expect(picture.locator('text').filter({ hasText: /^▸ 6 inputs · ◂ 1 output$/ })).toHaveCount(1);
  // The picture is labelled by its title and its description (which names every flow).
  await expect(picture).toHaveAccessibleName(/Supercalifragilisticexpialidociousnewsletter/);
  await expect(picture).toHaveAccessibleName(/the picture counts them, rather than naming each/);
  await page.getByText('What the picture shows').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Quarterly win/loss interview programme with churned enterprise customers' })).toBeVisible();
  await checkA11y(page, 'report with 66 flows');

  // Printed, the picture is the report's landscape cover, under the title; the rest is portrait.
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'schematic-'));
  for (const format of ['A4', 'Letter']) {
    const file = join(dir, `${format}.pdf`);
    writeFileSync(file, await page.pdf({ format, printBackground: true }));
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file]).toString();
    const landscape = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]));
    expect(landscape, `${format}: a landscape cover, then portrait pages`).toEqual(landscape.map((_, i) => i === 0));
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-']).toString();
    expect(cover, `${format}: the cover has the title`).toContain('Fjordline Analytics Zürich & Partners: Market(ing) Operating System');
    expect(cover, `${format}: the picture prints with its heading`).toContain('The system at a glance');
    expect(cover).toContain('Marketing to marketing');
    // The picture's smallest words are still 8 pt type (a word's box is about 1.16 em tall).
    const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-']).toString();
    const height = Number(bbox.match(/<page width="[\d.]+" height="([\d.]+)"/)[1]);
    // The picture's words: above its key (an 8 pt caption) and the running footer.
    const words = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)];
    const key = words.find((m) => m[3] === 'Key:');
    expect(key, `${format}: the key prints under the picture`).toBeTruthy();
    const heights = words
      .filter((m) => Number(m[2]) < Math.min(Number(key[1]), height - 12 * 72 / 25.4))
      .map((m) => Number(m[2]) - Number(m[1]));
    expect(Math.min(...heights) / 1.16, `${format}: smallest text on the cover, in pt`).toBeGreaterThanOrEqual(8);
  }
});

test('@phone the sample schematic stays legible at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openSample(page);
  const picture = page.getByRole('img', { name: SAMPLE });
  await expect(picture).toBeVisible();
  await expect(picture).toContainText('A1: Community manager');
  expectLegible(await measure(picture), 'the sample at 360 px');
  const smallest = await picture.evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)));
  expect(smallest).toBeGreaterThan(9);
  await checkA11y(page, 'report on a phone');
});
