// The article reader as a reader sees it, against the real extraction of the two
// embedded seed articles: outlets and dates (the undated article's inferred date and
// why), captions as captions, no scrape artifacts, highlighted dates that show their
// resolved value and select their event, and text rendered as text only.
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
  await page.waitForSelector('.reader .doc');
});
after(async () => { await browser?.close(); await server?.close(); });

const doc = (id) => page.locator(`.reader .doc[data-article="${id}"]`);

test('every embedded article is shown with its outlet and date', async () => {
  assert.equal(await page.locator('.reader .doc').count(), 2);
  assert.equal(await doc('004').locator('.doc-outlet').innerText(), 'Al Jazeera');
  assert.equal(await doc('004').getByTestId('article-date').innerText(), '31 Aug 2024');
  assert.equal(await doc('000').locator('.doc-outlet').innerText(), 'The Sun');
  assert.match(await doc('000').locator('h3').innerText(), /Anbar desert/);
});

test('the undated article shows its inferred date and why', async () => {
  assert.equal(
    await doc('000').getByTestId('article-date').innerText(),
    'undated; inferred 31 Aug 2024 from the matching report in Al Jazeera',
  );
});

test('captions are captions and scrape artifacts are not shown as text', async () => {
  const text = await page.locator('.reader').innerText();
  assert.ok(!text.includes('[/caption]'), 'no [/caption] in the reader');
  assert.ok(!text.includes(' date 2024-08-31'), 'no header line in the reader');
  const captions = await doc('000').locator('figure figcaption').allInnerTexts();
  assert.ok(captions.some((c) => c.startsWith('Several ISIS members have been killed in a coordinated attack')), captions.join('\n'));
  assert.ok(!captions.some((c) => c.includes('Iraq’s military said')), 'body text is not a caption');
  assert.match(await doc('000').locator('.doc-boilerplate').innerText(), /^by Juliana Cruz Lima/);
});

test('dates are highlighted with their resolved value on hover and focus', async () => {
  const thursday = doc('004').locator('mark.hl-timex', { hasText: /^Thursday$/ });
  assert.equal(await thursday.count(), 1);
  assert.equal(await thursday.getAttribute('data-resolved'), 'Thursday → 2024-08-29');
  assert.match(await thursday.getAttribute('title'), /29 Aug 2024, counted from the publication date 31 Aug 2024/);
  assert.equal(await thursday.getAttribute('tabindex'), '0');
  const described = await thursday.evaluate((el) =>
    document.getElementById(el.getAttribute('aria-describedby'))?.textContent);
  assert.match(described, /^Thursday: 29 Aug 2024/);
  await thursday.focus();
  const tip = await thursday.evaluate((el) => getComputedStyle(el, '::after').content);
  assert.equal(tip, '"Thursday → 2024-08-29"');
  // The undated article's "Thursday" is counted from its inferred date.
  const sunThursday = doc('000').locator('mark.hl-timex', { hasText: /^Thursday$/ });
  assert.match(await sunThursday.getAttribute('title'), /inferred reference date 31 Aug 2024/);
});

test('casualty figures and event sentences are highlighted', async () => {
  const fig = doc('004').locator('mark.hl-fig', { hasText: '15 ISIL (ISIS) fighters were killed' });
  assert.equal(await fig.count(), 1);
  assert.match(await fig.getAttribute('title'), /militants killed, 15/);
  assert.ok(await doc('004').locator('.sent.event-sent').count() >= 5);
});

test('clicking a date highlight selects its event: its card and sentences are marked', async () => {
  await doc('004').locator('mark.hl-timex', { hasText: /^Thursday$/ }).click();
  await page.waitForSelector('[data-testid="casualty-card"][aria-current="true"]');
  const selected = page.locator('[data-testid="casualty-card"][aria-current="true"]');
  assert.equal(await selected.locator('.card-date').innerText(), '29 Aug 2024');
  const inEvent = await page.locator('.reader .sent.in-event').allInnerTexts();
  assert.ok(inEvent.some((t) => t.startsWith('There was no sign of civilian casualties')), inEvent.join('\n'));
  assert.ok(inEvent.some((t) => t.startsWith('The United States military has said that 15')), inEvent.join('\n'));
  assert.ok(!inEvent.some((t) => t.includes('At its peak')), 'other events are not marked');
  assert.ok(await doc('004').locator('mark.hl-timex', { hasText: /^Thursday$/ }).evaluate((el) => el.classList.contains('hl-selected')));
});

test('Enter on a date highlight selects its event; selecting elsewhere marks its sentences', async () => {
  await doc('004').locator('mark.hl-timex', { hasText: /^2014$/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.reader .sent.in-event')?.textContent.includes('peak'));
  const inEvent = await page.locator('.reader .sent.in-event').allInnerTexts();
  assert.ok(inEvent.length >= 2 && inEvent.every((t) => /peak/i.test(t)), inEvent.join('\n'));
  assert.equal(await page.locator('[data-testid="casualty-card"][aria-current="true"]').count(), 0, 'no card for 2014');
  // Selecting the base-attack event (here from its card) marks its sentence in the reader.
  await page.locator('[data-testid="casualty-card"]', { hasText: 'five US personnel' })
    .getByRole('button', { name: 'Select on the timeline' }).click();
  await page.waitForFunction(() => document.querySelector('.reader .sent.in-event')?.textContent.startsWith('Earlier this month'));
  assert.deepEqual(await page.locator('.reader .sent.in-event').allInnerTexts(), [
    'Earlier this month, at least five US personnel were injured in an attack against a military base in Iraq.',
  ]);
  // The reader pane follows the selection to that sentence.
  await page.waitForFunction(() => {
    const el = document.querySelector('.reader .sent.in-event');
    const r = el.getBoundingClientRect();
    const box = el.closest('.reader').getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  }, null, { timeout: 5000 });
});

test('article text is rendered as text nodes only', async () => {
  const tags = await page.$$eval('.reader .doc-text *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
  assert.deepEqual(tags.filter((t) => !['figcaption', 'figure', 'mark', 'p', 'span'].includes(t)), []);
  const spans = await page.$$eval('.reader .doc-text span:not(.sent):not(.artifact)', (els) => els.length);
  assert.equal(spans, 0);
});

test('the reader passes axe accessibility checks', async () => {
  assert.deepEqual(await axe(page, '.reader'), []);
});

test('no console errors, page errors, failed or foreign requests', async () => {
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.foreign, []);
});
