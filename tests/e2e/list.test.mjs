// The list view of a long dataset (?data= with 10,000 generated events) is windowed: only
// the rows in view plus a margin are in the DOM, yet the table says how many rows it has
// and where each drawn row is, scrolls to its last row, sorts, and the keyboard moves
// through every row (the focus kept as rows are recycled); on a phone the rows stack.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, axe, DIST, SUB_PATH } from './harness.mjs';
import { dataset } from './bench/gen.mjs';

const N = 10000;
const extra = { [`${SUB_PATH}events-10000.json`]: { body: JSON.stringify(dataset(N)) } };

let server;
before(async () => { server = await serve(DIST, SUB_PATH, extra); });
after(async () => { await server?.close(); });

/** Opens the 10,000-event dataset and waits until the list has its rows. */
async function open(options) {
  const b = await browse(server.origin, options);
  await b.page.goto(server.url + '?data=events-10000.json');
  await b.page.waitForFunction((n) => document.querySelector('[data-testid="event-table"]')?.getAttribute('aria-rowcount') === String(n + 1), N, { timeout: 30000 });
  return b;
}
const rows = (page) => page.locator('[data-testid="event-table"] tbody tr[aria-rowindex]');
/** The aria-rowindex of the element with focus's row (0 when outside the table body). */
const focusedRow = (page) => page.evaluate(() => Number(document.activeElement?.closest('tbody tr')?.getAttribute('aria-rowindex') || 0));
/** Waits a frame or two, for the window to follow a scroll. */
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

test('10,000 events: a few dozen rows in the DOM; the table still counts them all', async () => {
  const b = await open();
  try {
    const { page } = b;
    const table = page.getByRole('table');
    // aria-rowcount counts every row, the header row (aria-rowindex 1) included.
    assert.equal(await table.getAttribute('aria-rowcount'), String(N + 1));
    assert.equal(await page.locator('thead tr').getAttribute('aria-rowindex'), '1');
    const drawn = await rows(page).count();
    assert.ok(drawn > 10 && drawn < 200, `${drawn} rows drawn`);
    const indices = await rows(page).evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('aria-rowindex'))));
    assert.deepEqual(indices, indices.map((_, i) => i + 2), 'the first rows, numbered from 2');
    // Rows are still found by role and name.
    assert.equal(await table.getByRole('row').first().getAttribute('aria-rowindex'), '1');
    assert.ok(await table.getByRole('button', { name: /^Generated event/ }).count() >= 10);
    // Gap rows are hidden from assistive technology.
    for (const gap of await page.locator('tbody tr.gap').all()) assert.equal(await gap.getAttribute('aria-hidden'), 'true');
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`# DOM: ${nodes} elements, ${drawn} table rows drawn of ${N}`);
    assert.ok(nodes < 3000, `${nodes} elements`);
    // The windowed table (gap rows included) passes axe, at the top and half way down.
    assert.deepEqual(await axe(page, '.event-list'), []);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await frames(page);
    assert.deepEqual(await axe(page, '.event-list'), []);
    assert.deepEqual(b.problems.page, []);
    assert.deepEqual(b.problems.console, []);
  } finally { await b.close(); }
});

test('scrolling to the end shows the last row; the window follows the scroll', async () => {
  const b = await open();
  try {
    const { page } = b;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await frames(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await frames(page);
    const last = page.locator(`tbody tr[aria-rowindex="${N + 1}"]`);
    assert.equal(await last.count(), 1, 'the last row is drawn');
    assert.ok(await last.isVisible());
    const box = await last.boundingBox();
    const vh = page.viewportSize().height;
    assert.ok(box.y >= 0 && box.y + box.height <= vh + 1, `last row in view: ${JSON.stringify(box)}`);
    assert.ok(await rows(page).count() < 200);
    // Half way: rows near the middle, none from the start.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await frames(page);
    const first = Number(await rows(page).first().getAttribute('aria-rowindex'));
    assert.ok(first > 1000 && first < 9000, `first drawn row ${first}`);
    assert.ok(await rows(page).count() < 200);
    // The drawn rows cover the whole viewport (no blank band), and the page stays put.
    const y = await page.evaluate(() => scrollY);
    const span = await rows(page).evaluateAll((rs) => {
      const boxes = rs.map((r) => r.getBoundingClientRect());
      return [Math.min(...boxes.map((r) => r.top)), Math.max(...boxes.map((r) => r.bottom))];
    });
    assert.ok(span[0] <= 0 && span[1] >= page.viewportSize().height, `rows span ${span}`);
    await frames(page);
    assert.equal(await page.evaluate(() => scrollY), y, 'no scroll jitter');
  } finally { await b.close(); }
});

test('keyboard: arrows, Page Down, End and Home move the focus through all rows', async () => {
  const b = await open();
  try {
    const { page } = b;
    await rows(page).first().getByRole('button').focus();
    assert.equal(await focusedRow(page), 2);
    await page.keyboard.press('ArrowDown');
    await frames(page);
    assert.equal(await focusedRow(page), 3);
    await page.keyboard.press('PageDown');
    await frames(page);
    const paged = await focusedRow(page);
    assert.ok(paged > 8, `Page Down went to row ${paged}`);
    await page.keyboard.press('End');
    await frames(page);
    assert.equal(await focusedRow(page), N + 1, 'End reaches the last row');
    const last = page.locator(`tbody tr[aria-rowindex="${N + 1}"]`);
    const box = await last.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height + 1, 'and shows it');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^Generated event/);
    await page.keyboard.press('ArrowUp');
    await frames(page);
    assert.equal(await focusedRow(page), N);
    await page.keyboard.press('Home');
    await frames(page);
    assert.equal(await focusedRow(page), 2, 'Home goes back to the first row');
    // The focused row stays drawn (and focused) while the page scrolls far away from it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await frames(page);
    assert.equal(await focusedRow(page), 2, 'focus kept');
    assert.ok(await rows(page).count() < 200);
    // Enter selects the focused event, as before.
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('tbody tr[aria-rowindex="2"]').getAttribute('class'), 'selected');
    assert.deepEqual(b.problems.page, []);
    assert.deepEqual(b.problems.console, []);
  } finally { await b.close(); }
});

test('sorting a windowed table: the other end of the order comes first', async () => {
  const b = await open();
  try {
    const { page } = b;
    const firstDate = () => rows(page).first().locator('td').first().innerText();
    assert.match(await firstDate(), /2003/);
    await page.getByRole('table').getByRole('button', { name: 'Date' }).click();
    await frames(page);
    assert.match(await firstDate(), /2024/);
    assert.equal(await rows(page).first().getAttribute('aria-rowindex'), '2');
    assert.ok(await rows(page).count() < 200);
  } finally { await b.close(); }
});

test('phone: a windowed list is still a stack of readable rows', async () => {
  const b = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const { page } = b;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    await frames(page);
    const drawn = rows(page);
    const n = await drawn.count();
    assert.ok(n > 5 && n < 200, `${n} rows`);
    const boxes = await drawn.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    for (const box of boxes) assert.ok(box.x >= 0 && box.x + box.width <= 390 + 0.5, JSON.stringify(box));
    // Some drawn row is in view (the window follows the scroll on a phone too).
    assert.ok(boxes.some((box) => box.y >= 0 && box.y < 844), 'rows in view');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  } finally { await b.close(); }
});
