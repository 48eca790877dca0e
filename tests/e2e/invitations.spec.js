// The consultant's desk: invitations kept across a reload (their link copied and opened again),
// labelled, edited (and marked so), duplicated into the form, archived and restored, one message
// at a time; each field's problem beside it; a logo and the accent kept for the next invitation
// and shown on the welcome; replies counted on the card, each a link; the prospect's send page
// saying what has been sent, even after a reload, and whether the answers changed since.
import { test, expect, checkA11y, saved } from './fixtures.js';

// A 1×1 PNG, and an SVG that a logo picker must refuse.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><rect width="10" height="10"/></svg>');

/** Fills the invitation form and returns the link it makes. */
async function makeInvitation(page, { prospect, welcome = 'Thanks for taking part.', accent, logo, modules = 'The maturity self-assessment only' }) {
  await page.goto('/invitations');
  // A new browser context is a cold origin: compiling the app's module there has taken over
  // 10 s with the machine busy running the other worker's journeys.
  await expect(page.getByRole('heading', { level: 1, name: 'Invite a prospect' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Your name', { exact: true }).fill('Dana Reyes');
  await page.getByLabel('Organisation').fill('Northbeam Advisory');
  await page.getByLabel('Contact').fill('dana@northbeam.example');
  if (accent) await page.getByLabel('Accent colour').fill(accent);
  if (logo) await page.getByLabel('Logo (optional)').setInputFiles(logo);
  await page.getByLabel("Prospect's company").fill(prospect);
  await page.getByLabel('Welcome message').fill(welcome);
  await page.getByRole('radio', { name: modules }).check();
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  const link = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(link).toHaveValue(/\/invite#1\./);
  return link.inputValue();
}

/** An invitation's card on /invitations, found by the name its actions are grouped under. */
function card(page, title) {
  const group = page.getByRole('group', { name: new RegExp(`^Actions for “${title.replace(/[()]/g, '\\$&')}”`) });
  return { item: page.getByRole('listitem').filter({ has: group }), group };
}

test('a consultant has the link again after a reload, labels, edits, duplicates and archives', async ({ browser, context, page }) => {
  // The whole desk in one journey, with two browsers: longer than the default minute.
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // A logo must be a small PNG, JPEG or WebP: an SVG is refused, with the cap named.
  await page.goto('/invitations');
  await page.getByLabel('Logo (optional)').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG });
  await expect(page.getByRole('alert').filter({ hasText: 'not a PNG, JPEG or WebP image' })).toContainText('at most 16 KB');
  await expect(page.getByText('A PNG, JPEG or WebP image of at most 16 KB')).toBeVisible();

  const first = await makeInvitation(page, {
    prospect: 'Ledgerline',
    accent: '#ffeb3b',
    logo: { name: 'logo.png', mimeType: 'image/png', buffer: PNG },
  });
  await expect(page.getByRole('img', { name: 'Your logo, as the prospect will see it' })).toBeVisible();
  await expect(page.getByText('buttons will use a darker shade')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Made the invitation “Ledgerline”.' })).toBeVisible();
  // The accent and the logo stay for the next invitation, in this visit and the next.
  await expect(page.getByLabel('Accent colour')).toHaveValue('#ffeb3b');
  await page.goto('/invitations');
  await expect(page.getByLabel('Accent colour')).toHaveValue('#ffeb3b');
  await expect(page.getByRole('img', { name: 'Your logo, as the prospect will see it' })).toBeVisible();
  const second = await makeInvitation(page, { prospect: 'Ledgerline', welcome: 'For the CFO.' });
  expect(second).not.toEqual(first);

  // After a reload both cards are there, told apart, each with its own link again.
  await page.reload();
  const one = card(page, 'Ledgerline');
  const two = card(page, 'Ledgerline (2)');
  await expect(one.item).toHaveCount(1);
  await expect(two.item).toHaveCount(1);
  await expect(one.item).toContainText(/Made \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
  await expect(one.item).toContainText('No reply yet');
  await expect(one.group.getByRole('link', { name: 'Open it as your prospect will see it' })).toHaveAttribute('href', first);
  await two.group.getByRole('button', { name: 'Copy the link' }).click();
  await expect(two.item.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toEqual(second);
  // No replies yet: nothing to compare.
  await expect(one.group.getByRole('link', { name: 'Compare clients' })).toHaveCount(0);
  await checkA11y(page, 'invitations with cards');

  // A label of the consultant's own, kept across a reload and never sent to the prospect.
  const label = two.item.getByRole('textbox', { name: /^Label of the invitation made/ });
  await label.fill('Ledgerline, the CFO');
  await label.press('Tab');
  await page.reload();
  const cfo = card(page, 'Ledgerline, the CFO');
  await expect(cfo.item).toHaveCount(1);
  await expect(cfo.group.getByRole('link', { name: 'Open it as your prospect will see it' })).toHaveAttribute('href', second);

  // Edit: the same invitation (same id), new wording, old links said to keep the old.
  await expect(cfo.item).not.toContainText('Edited');
  await cfo.group.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Edit the invitation “Ledgerline, the CFO”' })).toBeFocused();
  await expect(page.getByText('Links you have already sent keep their old wording')).toBeVisible();
  await expect(page.getByLabel('Welcome message')).toHaveValue('For the CFO.');
  await page.getByLabel('Welcome message').fill('For the CFO, with thanks.');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the changes to “Ledgerline, the CFO”' })).toBeVisible();
  await expect(cfo.item).toHaveCount(1);
  // The card says it was changed after it was made; the other card does not.
  await expect(cfo.item).toContainText(/Made \d{1,2} \w+ \d{4}, \d{2}:\d{2} · Edited \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
  await expect(one.item).not.toContainText('Edited');
  const edited = await cfo.group.getByRole('link', { name: 'Open it as your prospect will see it' }).getAttribute('href');
  expect(edited).not.toEqual(second);

  // Duplicate: the copy opens in the form for its new prospect, said so in place of the
  // earlier message.
  await cfo.group.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Edit the invitation “Ledgerline, the CFO (copy)”' })).toBeVisible();
  const company = page.getByRole('textbox', { name: "Prospect's company" });
  await expect(company).toBeFocused();
  await expect(company).toHaveValue('Ledgerline');
  await expect(page.getByRole('textbox', { name: /^Your label \(only you see it\)/ })).toHaveValue('Ledgerline, the CFO (copy)');
  await expect(page.getByRole('status').filter({ hasText: 'a copy of “Ledgerline, the CFO” with a link of its own' })).toContainText('“Ledgerline, the CFO” is unchanged.');
  // A copy has sent no link yet: nothing is said of old links.
  await expect(page.getByText('Links you have already sent keep their old wording')).toHaveCount(0);
  await expect(page.getByText('Saved the changes to')).toHaveCount(0);
  await expect(card(page, 'Ledgerline, the CFO (copy)').item).toHaveCount(1);
  await expect(card(page, 'Ledgerline, the CFO (copy)').item).not.toContainText('Edited');
  await company.fill('Quarry Partners');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  const quarry = card(page, 'Quarry Partners');
  await expect(quarry.item).toHaveCount(1);
  await expect(quarry.item).toContainText('to Quarry Partners');
  await expect(page.getByRole('heading', { level: 2, name: 'Your invitation' })).toBeVisible();
  // The form is given back as it was before the copy opened in it.
  await expect(page.getByRole('textbox', { name: "Prospect's company" })).toHaveValue('');

  // Archive: the link still opens and replies still count, said when archiving and in the archive.
  await quarry.group.getByRole('button', { name: 'Archive' }).click();
  await expect(quarry.group).toBeHidden();
  const archivedSaid = page.getByRole('status').filter({ hasText: 'Archived “Quarry Partners”' });
  await expect(archivedSaid).toContainText('Its link still opens for whoever has it, and replies to it are still recognised');
  await expect(page.getByText('Saved the changes to')).toHaveCount(0);
  const archive = page.getByText('Archived (1)');
  await expect(archive).toBeVisible();
  await page.reload();
  await page.getByText('Archived (1)').click();
  await expect(page.getByText("An archived invitation's link still opens for whoever has it")).toBeVisible();
  const archived = page.getByRole('group', { name: /^Actions for “Quarry Partners”/ });
  await expect(archived.getByRole('button', { name: 'Restore' })).toBeVisible();
  await checkA11y(page, 'invitations with the archive open');
  await archived.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored “Quarry Partners” to your list.' })).toBeVisible();
  await expect(page.getByText(/^Archived \(/)).toHaveCount(0);
  await expect(archived.getByRole('button', { name: 'Archive' })).toBeVisible();
  await archived.getByRole('button', { name: 'Archive' }).click();
  await page.getByText('Archived (1)').click();
  await archived.getByRole('button', { name: 'Delete for good' }).click();
  await archived.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(archived).toHaveCount(0);
  await expect(page.getByText(/^Archived \(/)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Quarry Partners” for good.' })).toBeVisible();

  // The prospect: a maturity check, the consultant's logo and accent, their own name.
  const prospectContext = await browser.newContext();
  const prospect = await prospectContext.newPage();
  await prospect.goto(first);
  await expect(prospect.getByRole('heading', { level: 1, name: 'Ledgerline: a marketing operations maturity check' })).toBeVisible();
  const logo = prospect.getByRole('img', { name: 'Northbeam Advisory logo' });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img) => img.naturalWidth)).toBe(1);
  // The light yellow accent is darkened on the button so white text reads.
  const start = prospect.getByRole('button', { name: 'Start' });
  const bg = await start.evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg).not.toEqual('rgb(255, 235, 59)');
  expect(await start.evaluate((b) => getComputedStyle(b).color)).toEqual('rgb(255, 255, 255)');
  await expect(prospect.getByText("So Dana Reyes of Northbeam Advisory can tell your answers apart from your colleagues'.")).toBeVisible();
  await checkA11y(prospect, 'welcome with a logo');
  await prospect.getByLabel('Your name (optional)').fill('Priya Shah');
  await start.click();
  await expect(prospect.getByRole('heading', { level: 1, name: 'Maturity assessment' })).toBeVisible();
  await prospect.getByRole('group', { name: 'Metrics and reporting', exact: true }).getByRole('radio', { name: /^Effective/ }).check();
  await saved(prospect);
  const respondent = await prospect.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('mos.model.'));
    return JSON.parse(localStorage.getItem(key)).model.respondent;
  });
  expect(respondent).toEqual('Priya Shah');
  await prospect.getByRole('link', { name: 'Send your results' }).click();
  await prospect.getByRole('button', { name: 'Make the reply link' }).click();
  const reply = await prospect.getByRole('textbox', { name: 'Reply link' }).inputValue();

  // The reply arrives: the card counts it, says when, and offers the comparison.
  await page.goto(reply);
  await page.getByRole('button', { name: 'Add to my workspace' }).click();
  await expect(page.getByRole('region', { name: 'Client reply' })).toBeVisible();
  await page.goto('/invitations');
  await expect(one.item).toContainText(/1 reply in your workspace, the last received \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
  await expect(one.group.getByRole('link', { name: 'Compare clients' })).toHaveAttribute('href', /^\/cohort\?invitation=[\w-]+$/);
  await expect(cfo.item).toContainText('No reply yet');
  // The replies are links: open the list, then the reply itself.
  await one.item.getByText(/^1 reply in your workspace/).click();
  const priya = one.item.getByRole('link', { name: 'Ledgerline (Priya Shah)' });
  await expect(priya).toHaveAttribute('href', /^\/model\/[\w-]+\/report$/);
  await expect(priya.locator('..')).toContainText(/, received \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
  await checkA11y(page, 'invitations with a reply listed');
  await priya.click();
  await expect(page.getByRole('region', { name: 'Client reply' })).toBeVisible();
  await prospectContext.close();
});

test('the send page says what has been sent, after a reload too, and whether answers changed since', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const desk = await (await browser.newContext()).newPage();
  const link = await makeInvitation(desk, { prospect: 'Acme Analytics' });
  await page.goto(link);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('group', { name: 'Metrics and reporting', exact: true }).getByRole('radio', { name: /^Effective/ }).check();
  await saved(page);
  await page.getByRole('link', { name: 'Send your results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send your results to Dana Reyes of Northbeam Advisory' })).toBeVisible();
  const done = page.getByRole('region', { name: 'What you have sent so far' });
  await expect(done).toContainText('Nothing has left this browser yet');
  await expect(done.getByRole('listitem')).toHaveText(['Not yet: reply link', 'Not yet: results file', 'Not yet: email']);
  await expect(page.getByRole('heading', { level: 2, name: 'What Dana Reyes of Northbeam Advisory will get' })).toBeVisible();
  // The send page's primary button wears the consultant's accent.
  expect(await page.getByRole('button', { name: 'Make the reply link' }).evaluate((b) => getComputedStyle(b).color)).toEqual('rgb(255, 255, 255)');

  await page.getByRole('button', { name: 'Make the reply link' }).click();
  const reply = await page.getByRole('textbox', { name: 'Reply link' }).inputValue();
  const when = /\d{1,2} \w+ \d{4}, \d{2}:\d{2}/;
  await expect(done.getByRole('listitem').first()).toHaveText(new RegExp(`^Done: reply link made on ${when.source}$`));
  await expect(done).not.toContainText('Nothing has left this browser yet');
  const mail = page.getByRole('link', { name: /^Email (the link to )?dana@northbeam\.example$/ });
  const body = decodeURIComponent((await mail.getAttribute('href')).split('body=')[1]);
  if (reply.length <= 2000) {
    await expect(mail).toHaveAccessibleName('Email the link to dana@northbeam.example');
    expect(body).toContain(reply);
    await expect(page.getByRole('button', { name: 'Download the file to attach' })).toHaveCount(0);
  } else {
    await expect(mail).toHaveAccessibleName('Email dana@northbeam.example');
    expect(body).not.toContain('/reply#');
    expect(body).toContain('attached file');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file to attach' }).click();
    await download;
    await expect(done.getByRole('listitem').nth(1)).toHaveText(new RegExp(`^Done: results file downloaded on ${when.source}$`));
  }
  await checkA11y(page, 'send page after the link');
  // Opening the email is counted (the mail program itself is not opened in the test).
  await mail.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await mail.click();
  await expect(done.getByRole('listitem').nth(2)).toHaveText(new RegExp(`^Done: email opened in your email program on ${when.source} \\(check that you pressed send there\\)$`));

  // Back another day: the page still knows what was sent, and when.
  await page.reload();
  await expect(done).toContainText(new RegExp(`You last made your results ready to send on ${when.source}\\. Your answers have not changed since\\.`));
  await expect(done).toContainText('Dana Reyes sees it is the same reply, and nothing is added twice.');
  await expect(done.getByRole('listitem').first()).toHaveText(new RegExp(`^Done: reply link made on ${when.source}$`));
  await expect(done.getByRole('listitem').nth(2)).toContainText('Done: email opened in your email program on');

  // The prospect changes an answer: the consultant's copy is out of date, and sending again
  // updates it rather than adding a second reply.
  await page.getByRole('link', { name: 'Back to your answers' }).click();
  await page.getByRole('group', { name: 'Metrics and reporting', exact: true }).getByRole('radio', { name: /^Efficient/ }).check();
  await saved(page);
  await page.getByRole('link', { name: 'Send your results' }).click();
  await expect(done).toContainText('You have changed your answers since, so the results Dana Reyes has from you are out of date.');
  await expect(done).toContainText("your newer answers replace the earlier ones in Dana Reyes's workspace");
  await expect(done).toContainText('They do not count as a second reply.');
  await expect(done.getByRole('listitem').first()).toHaveText(new RegExp(`^Done: reply link made on ${when.source}, before your latest changes$`));
  await checkA11y(page, 'send page with answers changed since');
  await page.getByRole('button', { name: 'Make the reply link' }).click();
  await expect(done).toContainText('Your answers have not changed since.');
  await expect(done.getByRole('listitem').first()).toHaveText(new RegExp(`^Done: reply link made on ${when.source}$`));
});

test('each field of the invitation form names its own problem, and focus goes to the first', async ({ page }) => {
  await page.goto('/invitations');
  await page.getByLabel('Contact').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  const name = page.getByRole('textbox', { name: 'Your name', exact: true });
  const contact = page.getByRole('textbox', { name: /^Contact/ });
  const company = page.getByRole('textbox', { name: "Prospect's company" });
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Type the name the prospect will know you by.');
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(contact).toHaveAccessibleDescription(/^Give an email address/);
  await expect(company).toHaveAccessibleDescription('Type the company you are inviting.');
  await expect(page.getByRole('textbox', { name: 'Organisation' })).not.toHaveAttribute('aria-invalid', 'true');
  // The summary by the button still names the fields.
  const summary = page.getByRole('alert').filter({ hasText: /needs? changing/ });
  await expect(summary).toContainText('3 fields need changing');
  await expect(summary).toContainText("Prospect's company: type the company you are inviting.");
  await checkA11y(page, 'invitation form with problems');
  // Each mark goes as its field is put right.
  await name.fill('Dana Reyes');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('');
  await contact.fill('dana@northbeam.example');
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  await expect(company).toBeFocused();
  await expect(summary).toContainText('One field needs changing');
  await company.fill('Acme Analytics');
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  await expect(page.getByRole('textbox', { name: 'Invitation link' })).toHaveValue(/\/invite#1\./);
  await expect(summary).toHaveCount(0);
  await expect(company).not.toHaveAttribute('aria-invalid', 'true');
});

test('a longer reply is emailed as a file to attach, a short one as its link', async ({ browser, page }) => {
  // Everything invited, and the sample's size of answers: a link far over 2,000 characters.
  const desk = await (await browser.newContext()).newPage();
  const link = await makeInvitation(desk, { prospect: 'Big Co', modules: 'Everything: the three stages and the assessment', welcome: 'x' });
  await page.goto(link);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stage 1: Define the dialogue' })).toBeVisible();
  await page.getByRole('link', { name: 'Send your results' }).click();
  await page.getByRole('button', { name: 'Make the reply link' }).click();
  const reply = await page.getByRole('textbox', { name: 'Reply link' }).inputValue();
  const mail = page.getByRole('link', { name: /^Email / });
  const body = decodeURIComponent((await mail.getAttribute('href')).split('body=')[1]);
  expect(body.includes(reply)).toBe(reply.length <= 2000);
  await expect(page.getByRole('button', { name: 'Download the file to attach' })).toHaveCount(reply.length <= 2000 ? 0 : 1);
});

test('the invitations page, a branded welcome and the send page fit a phone @phone', async ({ browser, page }) => {
  await makeInvitation(page, { prospect: 'A company with a rather long name, Incorporated', logo: { name: 'logo.png', mimeType: 'image/png', buffer: PNG } });
  const link = await makeInvitation(page, { prospect: 'A company with a rather long name, Incorporated' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Copy the link' })).toHaveCount(2);
  await page.getByLabel('Logo (optional)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('button', { name: 'Remove the logo' })).toBeVisible();
  // The form's problems, and a copy open in the form with its message.
  await page.getByRole('button', { name: 'Create the invitation link' }).click();
  await expect(page.getByRole('textbox', { name: "Prospect's company" })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Duplicate' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'a copy of' })).toBeVisible();
  // Nothing reaches past the page's width (measured on the elements: a phone's browser may
  // widen its layout viewport to fit whatever overflows).
  const width = page.viewportSize().width;
  const overflow = () => page.evaluate((w) => Math.max(document.documentElement.scrollWidth - window.innerWidth,
    ...[...document.querySelectorAll('main *')].map((e) => Math.ceil(e.getBoundingClientRect().right) - w)), width);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await checkA11y(page, 'invitations on a phone');
  // The consultant's own preview of the welcome: as the prospect sees it, but nothing to start
  // (a try-out would count as a client's reply).
  await page.goto(link);
  await expect(page.getByText('This is your own invitation, as your prospect will see it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to your invitations' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The prospect's send page, after a send and a reload.
  const prospect = await (await browser.newContext({ viewport: page.viewportSize() })).newPage();
  await prospect.goto(link);
  await prospect.getByRole('button', { name: 'Start' }).click();
  await prospect.getByRole('link', { name: 'Send your results' }).click();
  await prospect.getByRole('button', { name: 'Make the reply link' }).click();
  await expect(prospect.getByRole('textbox', { name: 'Reply link' })).toBeVisible();
  await prospect.reload();
  await expect(prospect.getByRole('region', { name: 'What you have sent so far' })).toContainText('You last made your results ready to send on');
  expect(await prospect.evaluate((w) => Math.max(document.documentElement.scrollWidth - window.innerWidth,
    ...[...document.querySelectorAll('main *')].map((e) => Math.ceil(e.getBoundingClientRect().right) - w)), width)).toBeLessThanOrEqual(0);
  await checkA11y(prospect, 'send page on a phone');
});
