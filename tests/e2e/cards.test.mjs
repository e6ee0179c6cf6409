// Casualty cards as a reader sees them, against the real extractor's output for the two
// embedded seed articles (The Sun, undated; Al Jazeera, 31 Aug 2024): the raid card
// and the base-attack card, every figure with its source chip, and a chip marking its
// sentence in the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, axe, cspViolations } from './harness.mjs';

let server, browser, page;
before(async () => {
  server = await serve();
  browser = await browse(server.origin);
  page = browser.page;
  await page.goto(server.url);
  await ready(page);
  await page.waitForSelector('[data-testid="casualty-card"]');
});
after(async () => { await browser?.close(); await server?.close(); });

const card = (date) => page.locator('[data-testid="casualty-card"]').filter({
  has: page.locator('.card-date', { hasText: new RegExp(`^${date}$`) }),
});
const line = (c, group, outcome) => c.locator(`[data-group="${group}"][data-outcome="${outcome}"]`);
const chips = (l) => l.locator(':scope > .chips .chip').allInnerTexts();

test('one card per incident: the 29 Aug 2024 raid and the Aug 2024 base attack', async () => {
  assert.equal(await page.locator('[data-testid="casualty-card"]').count(), 2);
  assert.equal(await card('29 Aug 2024').count(), 1);
  assert.equal(await card('Aug 2024').count(), 1);
  // the card's header is the event's headline
  assert.match(await card('Aug 2024').locator('h3').innerText(), /Attack injures at least five US personnel/);
});

test('raid: militants killed 15, both sources with their qualifiers as written', async () => {
  const l = line(card('29 Aug 2024'), 'militants', 'killed');
  assert.equal(await l.getAttribute('data-value'), '15');
  assert.equal(await l.locator('.line-value').innerText(), '15');
  assert.match(await l.locator('.line-support').innerText(), /2 sources agree/);
  const c = (await chips(l)).map((t) => t.replace(/\s+/g, ' '));
  assert.ok(c.some((t) => /^at least 15 · The Sun · undated \(31 Aug 2024, inferred\)$/.test(t)), c.join(' | '));
  assert.ok(c.some((t) => /^15 · Al Jazeera · 31 Aug 2024$/.test(t)), c.join(' | '));
  assert.match(await l.locator('.line-rule').innerText(), /consistent with 15/);
  assert.equal(await l.locator('.line-discrepancy').count(), 0, 'no discrepancy flag');
  // One coherent sentence for screen readers.
  assert.equal(
    await l.locator('.visually-hidden').innerText(),
    'Militants killed: 15, 2 sources agree (Al Jazeera: 15; The Sun: at least 15).',
  );
  assert.equal(await l.locator('.line-main').getAttribute('aria-hidden'), 'true');
});

test('raid: US forces injured 7 with the 5 + 2 breakdown marked consistent', async () => {
  const l = line(card('29 Aug 2024'), 'us_forces', 'injured');
  assert.equal(await l.getAttribute('data-value'), '7');
  const b = l.locator('.line-breakdown');
  assert.equal(await b.locator('.breakdown-eq').innerText(), '7 injured = 5 wounded + 2 hurt in falls');
  assert.match(await b.locator('.badge').innerText(), /consistent/);
  const parts = await b.locator('.chip').allInnerTexts();
  assert.deepEqual(parts.sort(), [
    '2 hurt in falls · Al Jazeera', '2 hurt in falls · The Sun', '5 wounded · Al Jazeera', '5 wounded · The Sun',
  ], 'parts link to each source, and are not competing figures');
  await b.locator('.chip', { hasText: '2 hurt in falls · The Sun' }).click();
  await page.waitForFunction(() =>
    document.querySelector('.reader .sent[aria-current="true"]')?.textContent.startsWith('Five US soldiers were wounded and two others were hurt in falls'));
  assert.equal(await page.locator('.reader .sent[aria-current="true"]').evaluate((el) => el.closest('[data-article]').dataset.article), '000');
  const c = await chips(l);
  assert.equal(c.length, 2, c.join(' | '));
  assert.ok(c.every((t) => t.startsWith('7 · ')), c.join(' | '));
  assert.match(await l.locator('.visually-hidden').innerText(), /5 wounded and 2 hurt in falls\.$/);
});

test('raid: civilians 0, an explicit zero reported by both sources, distinct from no data', async () => {
  const raid = card('29 Aug 2024');
  const l = line(raid, 'civilians', 'killed');
  assert.equal(await l.getAttribute('data-value'), '0');
  assert.match(await l.locator('.line-support').innerText(), /none reported · 2 sources/);
  const c = await chips(l);
  assert.ok(c.some((t) => t.includes('The Sun')) && c.some((t) => t.includes('Al Jazeera')), c.join(' | '));
  // Groups without any figure are "no data", said in words, not drawn as zero lines.
  assert.equal(await raid.locator('[data-group="partner_forces"]').count(), 0);
  assert.match(await raid.locator('.card-nodata').innerText(), /partner forces and others \(no data, not zero\)/);
});

test('raid: the unquantified claim is text with its sources, not a number', async () => {
  const claim = card('29 Aug 2024').locator('.claim');
  assert.equal(await claim.locator('.claim-text').innerText(), 'key leaders among the dead');
  const c = await claim.locator('.chip').allInnerTexts();
  assert.deepEqual(c.sort(), ['Al Jazeera', 'The Sun']);
});

test('base attack: at least 5 US personnel injured, from Al Jazeera', async () => {
  const l = line(card('Aug 2024'), 'us_forces', 'injured');
  assert.equal(await l.getAttribute('data-value'), '5');
  assert.equal(await l.locator('.line-value').innerText(), 'at least 5');
  assert.match(await l.locator('.line-rule').innerText(), /lower bound/);
  assert.deepEqual(await chips(l), ['at least 5 · Al Jazeera · 31 Aug 2024']);
});

test('clicking a source chip scrolls the reader to its sentence, marks and focuses it', async () => {
  const chip = line(card('29 Aug 2024'), 'militants', 'killed').locator('.chip', { hasText: 'The Sun' });
  await chip.click();
  const marked = page.locator('.reader .sent[aria-current="true"]');
  await marked.first().waitFor();
  assert.equal(await marked.count(), 1);
  assert.match(await marked.innerText(), /^AT least 15 ISIS terrorists/);
  assert.equal(await marked.evaluate((el) => el.closest('[data-article]').dataset.article), '000');
  assert.ok(await marked.evaluate((el) => el.classList.contains('marked')));
  assert.ok(await marked.evaluate((el) => document.activeElement === el), 'marked sentence has focus');
  await page.waitForFunction(() => {
    const el = document.querySelector('.reader .sent[aria-current="true"]');
    const r = el.getBoundingClientRect();
    const box = el.closest('.reader').getBoundingClientRect();
    return r.top >= Math.max(0, box.top) && r.bottom <= Math.min(innerHeight, box.bottom);
  }, null, { timeout: 5000 });
});

test('chips work from the keyboard', async () => {
  const chip = line(card('29 Aug 2024'), 'civilians', 'killed').locator('.chip', { hasText: 'Al Jazeera' });
  await chip.focus();
  await page.keyboard.press('Enter');
  const marked = page.locator('.reader .sent[aria-current="true"]');
  await page.waitForFunction(() =>
    document.querySelector('.reader .sent[aria-current="true"]')?.textContent.includes('did not report any civilian'));
  assert.equal(await marked.innerText(), 'It did not report any civilian casualties.');
  assert.equal(await marked.evaluate((el) => el.closest('[data-article]').dataset.article), '004');
});

test('selecting a card shows it first, marked as the selected event, keeping focus', async () => {
  const button = card('29 Aug 2024').getByRole('button', { name: 'Select on the timeline' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="casualty-card"][aria-current="true"]');
  const selected = page.locator('[data-testid="casualty-card"][aria-current="true"]');
  assert.equal(await selected.count(), 1);
  assert.equal(await selected.locator('.card-date').innerText(), '29 Aug 2024');
  const pressed = selected.getByRole('button', { name: 'Selected on the timeline' });
  assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
  assert.ok(await pressed.evaluate((el) => document.activeElement === el), 'focus stays on the button');
  const tops = await page.$$eval('[data-testid="casualty-card"]', (els) =>
    els.map((e) => ({ sel: e.getAttribute('aria-current') === 'true', top: e.getBoundingClientRect().top })));
  const selTop = tops.find((t) => t.sel).top;
  assert.ok(tops.every((t) => t.sel || t.top > selTop), 'the selected card is shown first');
});

test('cards pass axe accessibility checks', async () => {
  assert.deepEqual(await axe(page, '.cards'), []);
});

test('no console errors, page errors, failed or foreign requests', async () => {
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.foreign, []);
});
