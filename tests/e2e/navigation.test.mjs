// Never lost on the timeline: zoom keeps the selected event in sight, the timeline keeps
// its height over an empty stretch, the overview strip spans what the axis spans, each
// edge says how many events lie beyond it and brings the nearest into view, story mode
// says when it is at an end, the story is named on the page, and one key press skips
// past the article reader. At 1440 × 900, with the embedded story.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready } from './harness.mjs';

let server, browser, page;
before(async () => {
  server = await serve();
  browser = await browse(server.origin, { viewport: { width: 1440, height: 900 } });
  page = browser.page;
});
after(async () => { await browser?.close(); await server?.close(); });

const DAY = 86400000;
const timeline = () => page.locator('[data-testid="timeline"]');
const plot = () => page.getByRole('group', { name: /Timeline surface/ });
const raid = () => timeline().locator('[data-event-id]', { hasText: /29 Aug 2024/ }).first();
async function open(suffix = '') {
  await page.goto(server.url + suffix);
  await ready(page);
}
async function settle() {
  await page.waitForTimeout(100);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
async function view() {
  const v = await timeline().getAttribute('data-view');
  const [a, b] = v.split('..').map((d) => Date.parse(d + 'T00:00:00Z') / DAY);
  return { start: a, end: b + 1 };
}

test('the page names its story, from the articles themselves', async () => {
  await open();
  const heading = page.getByTestId('story-heading');
  // the latest report's headline, then every source with its date
  assert.equal(await heading.getByRole('heading', { level: 2 }).innerText(), 'US and Iraqi forces raid ISIL hideouts in western Iraq');
  assert.match(await heading.innerText(), /As reported by Al Jazeera, 31 Aug 2024 and The Sun, undated, on a timeline from 2003 to 2024\./);
});

test('zooming in five times keeps the selected raid in view', async () => {
  await open();
  await raid().click();
  await plot().focus();
  const day = Date.UTC(2024, 7, 29) / DAY;
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('+');
    await settle();
  }
  const v = await view();
  assert.ok(v.end - v.start < 400, `zoomed in: ${JSON.stringify(v)}`);
  assert.ok(v.start <= day && day < v.end, `the raid is still in view: ${JSON.stringify(v)}`);
  assert.ok(await raid().isVisible());
  // and the buttons do the same
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle();
  const w = await view();
  assert.ok(w.start <= day && day < w.end);
});

test('over an empty stretch the timeline keeps its height; the edges say what lies beyond', async () => {
  await open();
  const before = await plot().boundingBox();
  await page.goto(server.url + '#view=2006-01-01..2008-12-31');
  await page.reload(); // a fresh start on the empty stretch, as from a shared link
  await timeline().waitFor();
  await page.getByTestId('overview-brush').waitFor();
  await settle();
  assert.equal(await timeline().locator('[data-event-id]').count(), 0, 'nothing in view');
  const after = await plot().boundingBox();
  assert.equal(after.height, before.height, 'the same height, so nothing below moves');
  const earlier = page.getByRole('button', { name: /^← 1 event, earlier: show the nearest, “.+” \(2003\)$/ });
  const later = page.getByRole('button', { name: /^\d+ events →, later: show the nearest, “.+” \(2014\)$/ });
  assert.equal(await earlier.innerText(), '← 1 event');
  assert.match(await later.innerText(), /^\d+ events →$/);
  await later.click();
  await settle();
  const peak = timeline().locator('[data-event-id]', { hasText: /^2014/ }).first();
  await peak.waitFor();
  assert.equal(await peak.getAttribute('aria-pressed'), 'true', 'the nearest later event is selected and in view');
  assert.equal(await page.getByRole('button', { name: /, earlier: / }).count(), 1, 'the 2003 invasion is still before');
});

test('the overview strip spans exactly what the axis spans, and its brush the view', async () => {
  await open();
  const strip = await page.locator('.tl-overview').boundingBox();
  const brush = await page.getByTestId('overview-brush').boundingBox();
  assert.ok(Math.abs(brush.x - strip.x) <= 1.5 && Math.abs(brush.width - strip.width) <= 2,
    `at fit the brush covers the strip: ${JSON.stringify({ strip, brush })}`);
  const ends = await page.locator('.tl-ov-label').allInnerTexts();
  const v = await timeline().getAttribute('data-view');
  assert.deepEqual(ends, [v.slice(0, 4), v.split('..')[1].slice(0, 4)], `${ends} vs ${v}`);
});

test('story mode says when it is at either end and keeps focus there', async () => {
  await open();
  const prev = page.getByRole('button', { name: /Previous event/ });
  const next = page.getByRole('button', { name: /Next event/ });
  await next.click(); // the first event
  await settle();
  assert.equal(await prev.getAttribute('aria-disabled'), 'true');
  assert.equal(await prev.getAttribute('title'), 'This is the first event');
  assert.match(await timeline().locator('.tl-count').innerText(), /first of \d+ selected/);
  // pressed at the first event (by keyboard: it is aria-disabled, so it keeps focus)
  await prev.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '◀ Previous event', 'focus stays');
  assert.match(await timeline().locator('.tl-count').innerText(), /first of \d+ selected/, 'still the first');
  assert.equal(await next.getAttribute('aria-disabled'), 'false');
  await open(); // nothing selected: [ goes to the last event
  await page.keyboard.press('[');
  await settle();
  assert.equal(await next.getAttribute('aria-disabled'), 'true', 'at the last event');
  assert.match(await timeline().locator('.tl-count').innerText(), /last of \d+ selected/);
});

test('one press skips past the reader’s many tab stops', async () => {
  await open();
  const skip = page.getByRole('button', { name: 'Skip past the articles to the list of events' });
  await skip.focus();
  assert.ok(await skip.isVisible(), 'shown when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'event-list-heading');
});

const overlap = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

for (const width of [1440, 360]) {
  test(`the default view at ${width} px can be read: labels whole, apart and on the plot`, async () => {
    const b = await browse(server.origin, { viewport: { width, height: 900 } });
    try {
      const p = b.page;
      await p.goto(server.url);
      await ready(p);
      const shown = await p.locator('[data-testid="timeline"] [data-event-id] .tl-label').evaluateAll((els) => els.map((el) => {
        const head = el.querySelector('.tl-head');
        return {
          text: el.innerText.replace(/\s+/g, ' '),
          box: el.getBoundingClientRect().toJSON(),
          whole: head.scrollHeight <= head.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
        };
      }));
      const plotBox = await p.getByRole('group', { name: /Timeline surface/ }).boundingBox();
      if (width === 1440) assert.equal(await p.locator('.tl-cluster').count(), 0, 'nothing clustered');
      for (const l of shown) {
        assert.ok(l.whole, `not cut: ${l.text}`);
        assert.ok(l.box.x >= plotBox.x - 1 && l.box.x + l.box.width <= plotBox.x + plotBox.width + 1, `on the plot: ${l.text}`);
      }
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          assert.ok(!overlap(shown[i].box, shown[j].box), `“${shown[i].text}” overlaps “${shown[j].text}”`);
        }
      }
      // Fit all ends near the last event: within 10 % of the span after it.
      const v = await p.locator('[data-testid="timeline"]').getAttribute('data-view');
      const [a, z] = v.split('..').map((d) => Date.parse(d + 'T00:00:00Z') / DAY);
      const last = Date.UTC(2024, 11, 1) / DAY; // the latest events: Aug–Nov 2024
      assert.ok(z - last <= 0.1 * (z - a), `fit ends ${v}`);
    } finally { await b.close(); }
  });
}
