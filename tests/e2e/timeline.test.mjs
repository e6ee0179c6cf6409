// The interactive timeline as a person uses it: the whole story at first load, zoom
// (ctrl+wheel, keys, buttons), pan (drag, keys), fit all, story mode, the detail panel
// of the 29 Aug 2024 raid, deep links, ?data= datasets and their error message, and a
// plain wheel that scrolls the page instead of zooming. Asserts what the real extractor
// finds in the two embedded seed articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, DIST, SUB_PATH } from './harness.mjs';
import { dataset } from './bench/gen.mjs';

const small = {
  articles: [], mentions: [], unknown_field: true,
  events: [
    { id: 'alpha', date: '2010-05-04', title: 'Alpha happened', mentions: [], kind: 'attack' },
    { id: 'beta', date: '2011-07', title: 'Beta month', mentions: [], kind: 'political' },
    { id: 'gamma', date: '2012/2013', title: 'Gamma era', mentions: [] },
  ],
};
const extra = {
  [`${SUB_PATH}small.json`]: { body: JSON.stringify(small) },
  [`${SUB_PATH}dense.json`]: { body: JSON.stringify(dataset(2000)) },
  [`${SUB_PATH}broken.json`]: { body: '{"events": [ {"id": 1' },
  [`${SUB_PATH}wrong-shape.json`]: { body: '{"foo": 1}' },
};

let server, browser, page;
before(async () => {
  server = await serve(DIST, SUB_PATH, extra);
  browser = await browse(server.origin);
  page = browser.page;
});
after(async () => { await browser?.close(); await server?.close(); });

const DAY = 86400000;
/** The visible window from the timeline's data-view (`a..b`, inclusive days) in days. */
async function view() {
  const v = await page.getAttribute('[data-testid="timeline"]', 'data-view');
  const [a, b] = v.split('..').map((d) => Date.parse(d + 'T00:00:00Z') / DAY);
  return { text: v, start: a, end: b + 1, span: b + 1 - a };
}
async function open(suffix = '') {
  await page.goto(server.url + suffix);
  await ready(page);
}
/** Lets input land: a short pause, then two animation frames (zoom and pan apply on one). */
async function settle() {
  await page.waitForTimeout(100);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
const events = () => page.locator('[data-testid="timeline"] [data-event-id]');
const eventByText = (re) => events().filter({ hasText: re }).first();
const plot = () => page.getByRole('group', { name: /Timeline surface/ });
const selectedTitle = () => page.locator('[data-testid="detail"] .detail-title').innerText();
/** Waits (up to 5 s) until the detail title matches `re`, then returns it. */
async function titleMatching(re) {
  await page.locator('[data-testid="detail"] .detail-title', { hasText: re }).waitFor({ timeout: 5000 });
  return selectedTitle();
}

test('first load shows the whole story, 2003 to 2024, inside the plot', async () => {
  await open();
  const box = await plot().boundingBox();
  const want = [/^2003\b/, /^2014\b/, /^2017\b/, /^2019\b/, /^Oct 2023 – Feb 2024/, /^early Aug 2024/, /^29 Aug 2024/];
  for (const re of want) {
    const ev = events().filter({ has: page.locator('time', { hasText: re }) }).first();
    assert.equal(await ev.count(), 1, `an event dated ${re}`);
    const b = await ev.locator('.tl-mark').boundingBox();
    assert.ok(b.x >= box.x - 1 && b.x + b.width <= box.x + box.width + 1, `${re} is on screen`);
  }
  assert.equal(await events().filter({ has: page.locator('time', { hasText: /^Oct 2023 – Feb 2024/ }) }).getAttribute('data-shape'), 'era');
  assert.equal(await eventByText(/29 Aug 2024/).getAttribute('data-shape'), 'point');
  assert.equal(await events().filter({ has: page.locator('time', { hasText: /^2014$/ }) }).first().getAttribute('data-shape'), 'period');
  assert.match(await eventByText(/early Aug 2024/).getAttribute('class'), /tl-approx/);
  for (const lane of ['eras', 'conflict', 'casualties', 'politics']) {
    assert.ok(await page.locator('.tl-lane-name', { hasText: new RegExp(`^${lane}$`, 'i') }).count(), lane);
  }
  const v = await view();
  assert.ok(v.start <= Date.UTC(2003, 0, 1) / DAY && v.end >= Date.UTC(2024, 11, 1) / DAY, v.text);
  // Axis labels of one row never overlap.
  const ticks = await page.$$eval('.tl-ticks:first-child .tl-tick', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
  assert.ok(ticks.length >= 5);
  for (let i = 1; i < ticks.length; i++) assert.ok(ticks[i][0] >= ticks[i - 1][1], 'ticks do not overlap');
});

test('a plain vertical wheel scrolls the page and never zooms', async () => {
  await open();
  const before = await view();
  const box = await plot().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(300);
  assert.equal((await view()).text, before.text);
});

test('ctrl + wheel zooms in at the pointer, keys and buttons zoom and fit', async () => {
  await open();
  const fit = await view();
  const box = await plot().boundingBox();
  const px = box.x + box.width * 0.25;
  const dayAt = (v) => v.start + (v.span * (px - box.x)) / box.width;
  await page.mouse.move(px, box.y + 40);
  await page.keyboard.down('Control');
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -50);
  await page.keyboard.up('Control');
  await page.waitForTimeout(200);
  const zoomed = await view();
  assert.ok(zoomed.span < fit.span * 0.2, `${zoomed.text} narrower than ${fit.text}`);
  assert.ok(Math.abs(dayAt(zoomed) - dayAt(fit)) < fit.span * 0.01, 'the day under the pointer stays');

  await plot().focus();
  await page.keyboard.press('0');
  await settle();
  assert.equal((await view()).text, fit.text, '0 fits all');
  await page.keyboard.press('+');
  await settle();
  const half = await view();
  assert.ok(Math.abs(half.span - fit.span / 2) <= 2, `+ halves: ${half.text}`);
  await page.keyboard.press('-');
  await settle();
  assert.ok(Math.abs((await view()).span - fit.span) <= 2, '- doubles');

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle();
  assert.ok(Math.abs((await view()).span - fit.span / 4) <= 2, 'two clicks on + quarter the span');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await settle();
  assert.ok(Math.abs((await view()).span - fit.span / 2) <= 2);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await settle();
  assert.equal((await view()).text, fit.text);
  // Never past a day.
  await plot().focus();
  for (let i = 0; i < 16; i++) await page.keyboard.press('+');
  await settle();
  // A one-day window may straddle two calendar days in data-view.
  assert.ok((await view()).span <= 2, `zoom stops at one day: ${(await view()).text}`);
  // Never out to the Middle Ages: at most 1.5 × the data's 2003–2024 extent.
  for (let i = 0; i < 24; i++) await page.keyboard.press('-');
  await settle();
  const widest = await view();
  assert.ok(widest.span <= 8036 * 1.5 + 2 && widest.start >= Date.UTC(1997, 0, 1) / DAY, widest.text);
});

test('drag and arrow keys pan', async () => {
  await open();
  await plot().focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await settle();
  const a = await view();
  await page.keyboard.press('ArrowRight');
  await settle();
  const b = await view();
  assert.ok(Math.abs(b.start - a.start - a.span / 10) <= 2, `→ pans a tenth: ${a.text} → ${b.text}`);
  await page.keyboard.press('ArrowLeft');
  await settle();
  assert.ok(Math.abs((await view()).start - a.start) <= 2, '← pans back');

  const box = await plot().boundingBox();
  const y = box.y + box.height - 8; // an empty strip at the bottom of the plot
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * 0.7 - i * 30, y);
  await page.mouse.up();
  await settle();
  const c = await view();
  const expected = (300 / box.width) * a.span;
  assert.ok(Math.abs(c.start - a.start - expected) < a.span * 0.02, `dragging left by 300px shows later days: ${c.text}`);
  assert.ok(Math.abs(c.span - a.span) <= 1, `a drag keeps the zoom (to the day the fragment rounds to): ${a.text} → ${c.text}`);
});

test('a sideways or shift + wheel pans', async () => {
  await open();
  await plot().focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await settle();
  const a = await view();
  const box = await plot().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(120, 0);
  await settle();
  const b = await view();
  assert.ok(b.start > a.start && Math.abs(b.span - a.span) <= 1, `sideways wheel pans later: ${a.text} → ${b.text}`);
  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, -120);
  await page.keyboard.up('Shift');
  await settle();
  const c = await view();
  assert.ok(c.start < b.start && Math.abs(c.span - b.span) <= 1, `shift + wheel pans: ${b.text} → ${c.text}`);
});

test('a two-finger touch pinch zooms in', async () => {
  const touchBrowser = await browse(server.origin, { hasTouch: true });
  try {
    const p = touchBrowser.page;
    await p.goto(server.url);
    await ready(p);
    const viewOf = async () => {
      const v = await p.getAttribute('[data-testid="timeline"]', 'data-view');
      const [a, b] = v.split('..').map((d) => Date.parse(d + 'T00:00:00Z') / DAY);
      return { text: v, span: b + 1 - a };
    };
    const before = await viewOf();
    const box = await p.locator('.tl-plot').boundingBox();
    const cdp = await p.context().newCDPSession(p);
    const y = box.y + box.height - 8;
    const cx = box.x + box.width / 2;
    const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y, id: 1 }, { x: cx + d, y, id: 2 }],
    });
    await touch('touchStart', 40);
    for (let d = 50; d <= 200; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await p.waitForTimeout(200);
    const after = await viewOf();
    assert.ok(after.span < before.span * 0.6, `pinch zooms in: ${before.text} → ${after.text}`);
    assert.deepEqual(touchBrowser.problems.page, []);
    assert.deepEqual(touchBrowser.problems.console, []);
  } finally {
    await touchBrowser.close();
  }
});

test('selecting the raid opens its detail: date resolution, sources, casualty figures', async () => {
  await open();
  await eventByText(/29 Aug 2024/).click();
  assert.equal(await eventByText(/29 Aug 2024/).getAttribute('aria-pressed'), 'true');
  const detail = page.getByRole('region', { name: 'Selected event' });
  assert.match(await selectedTitle(), /^29 Aug 2024 — /);
  const resolution = await detail.getByTestId('resolution').innerText();
  assert.match(resolution, /“Thursday” → 29 Aug 2024, from the (publication|reference) date 31 Aug 2024/);
  const sources = await detail.locator('.detail-source').allInnerTexts();
  assert.ok(sources.some((s) => /^Al Jazeera/.test(s)), sources.join('\n'));
  assert.ok(sources.some((s) => /^The Sun/.test(s)), sources.join('\n'));
  const quotes = await detail.locator('.detail-quote').allInnerTexts();
  assert.ok(quotes.length >= 2 && quotes.every((q) => q.length > 20), quotes.join('\n'));
  const figures = await detail.locator('.detail-figure').allInnerTexts();
  const all = figures.join('\n');
  assert.match(all, /at least 15 militants killed[^\n]* — The Sun/);
  assert.match(all, /^15 militants killed[^\n]* — Al Jazeera/m);
  assert.match(all, /^7 US forces injured/m);
  assert.match(all, /^0 civilians killed/m);
  assert.match(all, /^5 US forces injured/m);
  assert.match(all, /\b2 US forces injured \(hurt in falls\)/);
  // A figure's button marks its sentence for the reader without errors.
  await detail.locator('.detail-figure').first().click();
  await detail.locator('.detail-show').first().click();
});

test('story mode walks events in time order and keeps the selection in view', async () => {
  await open();
  await page.keyboard.press(']');
  assert.match(await titleMatching(/^2003 — /), /^2003 — /);
  await page.getByRole('button', { name: /Next event/ }).click();
  assert.match(await titleMatching(/^2014 — /), /^2014 — /);
  await page.getByRole('button', { name: /Previous event/ }).click();
  assert.match(await titleMatching(/^2003 — /), /^2003 — /);
  // Zoomed into 2003, "next" pans the view to 2014 and keeps the zoom.
  await open('#view=2002-07-01..2003-12-31');
  await page.keyboard.press(']');
  await titleMatching(/^2003 — /);
  const zoomed = await view();
  await page.keyboard.press(']');
  await titleMatching(/^2014 — /);
  const mid2014 = Date.UTC(2014, 6, 1) / DAY;
  await page.waitForFunction((d) => {
    const [a, b] = document.querySelector('[data-testid="timeline"]').dataset.view.split('..').map((x) => Date.parse(x + 'T00:00:00Z') / 86400000);
    return a <= d && b >= d;
  }, mid2014, { timeout: 5000 });
  assert.ok(Math.abs((await view()).span - zoomed.span) <= 1, 'the zoom is kept');
  // On a focused event, ← and → move between events and keep focus.
  await page.keyboard.press('0');
  await eventByText(/29 Aug 2024/).click();
  await eventByText(/29 Aug 2024/).focus();
  await titleMatching(/^29 Aug 2024 — /);
  await page.keyboard.press('ArrowLeft');
  await page.locator('[data-testid="detail"] .detail-title', { hasNotText: /29 Aug 2024/ }).waitFor({ timeout: 5000 });
  // Focus follows the selection (moved on the next frame).
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true', null, { timeout: 5000 });
  await page.keyboard.press('ArrowRight');
  assert.match(await titleMatching(/^29 Aug 2024 — /), /^29 Aug 2024 — /);
  await page.keyboard.press('Enter');
  assert.match(await titleMatching(/^29 Aug 2024 — /), /^29 Aug 2024 — /);
  // From inside the detail panel, [ draws the previous event's panel (the raid is the
  // last event) and focus moves to its title instead of falling back to the page.
  await page.locator('[data-testid="detail"] .detail-show').first().focus();
  await page.keyboard.press('[');
  await page.locator('[data-testid="detail"] .detail-title', { hasNotText: /29 Aug 2024/ }).waitFor({ timeout: 5000 });
  await page.waitForFunction(() => document.activeElement?.classList.contains('detail-title'), null, { timeout: 5000 });
});

test('the URL fragment round-trips selection and window; back/forward walk selections', async () => {
  await open();
  await eventByText(/29 Aug 2024/).click();
  const raidId = await eventByText(/29 Aug 2024/).getAttribute('data-event-id');
  await page.waitForTimeout(400);
  assert.match(new URL(page.url()).hash, new RegExp(`^#event=${raidId}&view=\\d{4}-\\d\\d-\\d\\d\\.\\.\\d{4}-\\d\\d-\\d\\d$`));
  await page.goto(`${server.url}#event=${raidId}&view=2024-01-01..2024-12-31`);
  await page.reload();
  await ready(page);
  assert.equal((await view()).text, '2024-01-01..2024-12-31');
  assert.match(await selectedTitle(), /^29 Aug 2024 — /);
  assert.equal(new URL(page.url()).pathname, SUB_PATH);
  await eventByText(/early Aug 2024/).click();
  assert.match(await selectedTitle(), /^early Aug 2024 — /);
  await page.goBack();
  await page.waitForTimeout(200);
  assert.match(await selectedTitle(), /^29 Aug 2024 — /);
  await page.goForward();
  await page.waitForTimeout(200);
  assert.match(await selectedTitle(), /^early Aug 2024 — /);
});

test('?data= loads a same-origin dataset; unknown fields are ignored', async () => {
  await open('?data=small.json');
  await page.getByRole('status').filter({ hasText: 'Showing 3 events' }).waitFor();
  await page.locator('[data-event-id="alpha"]').waitFor();
  const ids = await events().evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.deepEqual(ids, ['alpha', 'beta', 'gamma']);
  assert.equal(await page.locator('[data-event-id="gamma"]').getAttribute('data-shape'), 'era');
  assert.match(await page.locator('[data-event-id="beta"] time').innerText(), /^Jul 2011$/);
});

test('dense datasets cluster into counts that open on click', async () => {
  await open('?data=dense.json');
  await page.locator('[data-event-id^="bench-"]').first().waitFor();
  const badges = page.locator('.tl-cluster');
  assert.ok(await badges.count() > 0, 'clusters drawn');
  assert.ok(await events().count() < 400, 'only a few hundred elements for 2,000 events');
  const before = await view();
  const n = Number(await badges.first().innerText());
  assert.ok(n >= 2);
  await badges.first().click();
  await settle();
  assert.ok((await view()).span < before.span / 4, 'a click zooms into the cluster');
  // The list draws the rows in view of 2,000 (it is windowed), and says it has them all.
  const rows = page.locator('[data-testid="event-table"] tbody tr[aria-rowindex]');
  assert.ok(await rows.count() < 200, `${await rows.count()} rows drawn`);
  assert.equal(await page.getByRole('table').getAttribute('aria-rowcount'), '2001');
  assert.equal(await page.locator('.list-more').count(), 0, 'no "Show more": the table scrolls');
});

test('invalid, missing or foreign data: a clear message and the embedded story', async () => {
  for (const [q, re] of [
    ['?data=broken.json', /Could not load the dataset “broken.json”: Not a Dateline document: it is not valid JSON \(line 1, character \d+\)\. Open a JSON file exported by Dateline/],
    // valid JSON of the wrong shape: refused in the same words as through Import
    ['?data=wrong-shape.json', /Could not load the dataset “wrong-shape.json”: Not a Dateline document: it has no “articles” list\. Open a JSON file exported by Dateline/],
    ['?data=missing.json', /Could not load the dataset “missing.json”: the server answered 404/],
    ['?data=https://example.com/x.json', /only datasets from this site can be loaded/],
  ]) {
    await open(q);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), re);
    assert.match(await alert.innerText(), /embedded story is shown instead/);
    assert.equal(await eventByText(/29 Aug 2024/).count(), 1, 'the embedded story stays');
  }
  // The 404 above was asked for; forget it before the final check.
  browser.problems.failed = browser.problems.failed.filter((f) => !f.includes('missing.json'));
  browser.problems.console = browser.problems.console.filter((m) => !/404/.test(m));
});

test('the overview brush shows and moves the visible window', async () => {
  await open();
  const strip = await page.locator('.tl-overview').boundingBox();
  const brush = await page.getByTestId('overview-brush').boundingBox();
  assert.ok(brush.width > strip.width * 0.8, 'at fit the brush covers the strip');
  await plot().focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await settle();
  const small = await page.getByTestId('overview-brush').boundingBox();
  assert.ok(small.width < strip.width * 0.3);
  await page.mouse.click(strip.x + strip.width * 0.1, strip.y + strip.height / 2);
  await settle();
  const v = await view();
  assert.ok(v.start < Date.UTC(2005, 0, 1) / DAY, `view moved to the start: ${v.text}`);
});

test('no console errors, page errors, failed or foreign requests', async () => {
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.foreign, []);
});
