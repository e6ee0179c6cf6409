// Finding an event: the search box and filters narrow the timeline, story mode, the list
// and the cards together, say how many events are shown, live in the link and pass axe.
// Asserts what the real extractor finds in the two embedded seed articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, axe } from './harness.mjs';

let server, browser, page;
before(async () => {
  server = await serve();
  browser = await browse(server.origin, { viewport: { width: 1440, height: 900 } });
  page = browser.page;
});
after(async () => { await browser?.close(); await server?.close(); });

const box = () => page.getByRole('searchbox', { name: 'Search events' });
const count = () => page.getByTestId('search-count').innerText();
const marks = () => page.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.innerText.replace(/\s+/g, ' ')));
const rows = () => page.locator('[data-testid="event-table"] tbody tr');
async function open(suffix = '') {
  await page.goto(server.url + suffix);
  await ready(page);
}
async function settle() {
  await page.waitForTimeout(150);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test('a name however it is written finds its event; every view narrows; the count says so', async () => {
  await open();
  const all = Number((await count()).match(/^(\d+) events$/)[1]);
  assert.ok(all >= 8, await count());
  for (const q of ['al-Qurashi', 'qurashi', 'Al Qurashi', 'QURA']) {
    await box().fill(q);
    await settle();
    assert.equal(await count(), `1 of ${all} events shown`, q);
  }
  const shown = await marks();
  assert.equal(shown.length, 1);
  assert.match(shown[0], /al-Qurashi/);
  assert.equal(await rows().count(), 1, 'the list narrows too');
  assert.match(await page.evaluate(() => location.hash), /q=QURA/);
  // Escape clears, and every event is back
  await box().press('Escape');
  await settle();
  assert.equal(await count(), `${all} events`);
  assert.equal(await rows().count(), all);
});

test('/ focuses the search box; Enter selects the best match', async () => {
  await open();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
  await page.keyboard.type('isis loses');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="detail"] .detail-title', { hasText: /ISIS loses/ }).waitFor();
});

test('filters narrow by lane and casualties, story mode walks only what is shown, Clear restores', async () => {
  await open();
  const all = Number((await count()).match(/^(\d+) events$/)[1]);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Casualties' }).selectOption('killed');
  await settle();
  const killed = await marks();
  assert.ok(killed.length >= 1 && killed.length < all, killed.join('\n'));
  assert.match(await count(), new RegExp(`^${killed.length} of ${all} events shown$`));
  // the cards narrow to the incidents shown
  const cards = await page.locator('[data-testid="casualty-card"]').count();
  assert.ok(cards >= 1 && cards <= killed.length, `${cards} cards`);
  // story mode walks the shown events only
  await page.keyboard.press(']');
  const first = await page.locator('[data-testid="detail"] .detail-title').innerText();
  assert.ok(killed.some((t) => t.includes(first.split(' — ').pop().slice(0, 20))), `${first} in ${killed.join(' | ')}`);
  await page.getByRole('checkbox', { name: 'conflict' }).check();
  await settle();
  assert.match(await page.evaluate(() => location.hash), /out=killed/);
  assert.match(await page.evaluate(() => location.hash), /lane=conflict/);
  const axeIssues = await axe(page);
  assert.deepEqual(axeIssues, [], 'axe with the filters open');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await settle();
  assert.equal(await count(), `${all} events`);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /out=|lane=|q=/);
});

test('the visible range (set by zoom, pan or the overview brush) becomes the date filter', async () => {
  await open('#view=2014-01-01..2019-12-31');
  // (the same page as before: the filters may still be open)
  if ((await page.locator('details.filters').getAttribute('open')) === null) await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('button', { name: 'Only the visible range' }).click();
  await settle();
  assert.match(await page.evaluate(() => location.hash), /from=2014-01-01&to=2019-12-31/);
  assert.equal(await page.getByLabel('From').inputValue(), '2014-01-01');
  const years = (await page.locator('[data-testid="event-table"] tbody td.nowrap').allInnerTexts());
  assert.ok(years.length >= 3 && years.every((y) => /201[4-9]/.test(y)), years.join(', '));
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
});

test('a shared link restores the query, the filters, the selection and the view', async () => {
  await open();
  await box().fill('raid');
  await settle();
  await page.locator('[data-testid="timeline"] [data-event-id]').first().click();
  await settle();
  const link = await page.evaluate(() => location.href);
  const other = await browse(server.origin, { viewport: { width: 1440, height: 900 } });
  try {
    const p = other.page;
    await p.goto(link);
    await ready(p);
    assert.equal(await p.getByRole('searchbox', { name: 'Search events' }).inputValue(), 'raid');
    assert.equal(await p.getByTestId('search-count').innerText(), await count());
    assert.equal(await p.locator('[data-testid="timeline"]').getAttribute('data-view'), await page.locator('[data-testid="timeline"]').getAttribute('data-view'));
    assert.equal(await p.locator('[data-testid="timeline"] [aria-pressed="true"]').count(), 1, 'the selection');
  } finally { await other.close(); }
});

test('no console errors, page errors or failed requests', async () => {
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(browser.problems.failed, []);
});
