// A phone (390 × 844, touch) shows what was tapped, and every mark can be seen: a compact
// masthead, the most recent incident drawn (never hidden in a cluster), lane names that
// cover no event, the detail of a tapped event brought into view and a way back, the
// list view as stacked rows, touch help; and in both themes every mark, bar and band of
// the timeline at least 3:1 against its background, its text at least 4.5:1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function phone(fn) {
  const b = await browse(server.origin, PHONE);
  try {
    await b.page.goto(server.url);
    await ready(b.page);
    await fn(b.page);
  } finally { await b.close(); }
}
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('phone: a compact masthead, the story and its timeline in the first screen', () => phone(async (page) => {
  const head = await page.locator('header.masthead').boundingBox();
  assert.ok(head.height <= 844 * 0.25, `masthead ${head.height}px`);
  const heading = await page.getByTestId('story-heading').boundingBox();
  assert.ok(heading.y + heading.height < 844 * 0.5, 'the story heading is in the top half');
  const plot = await page.getByRole('group', { name: /Timeline surface/ }).boundingBox();
  assert.ok(plot.y < 844 * 0.75, `the timeline starts in the first screen (${plot.y}px)`);
  assert.ok(await page.locator('.tl-help-touch').isVisible(), 'touch help');
  assert.equal(await page.locator('.tl-help-pointer').isVisible(), false, 'no mouse help on a touch screen');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
}));

test('phone: the most recent incident is drawn, and lane names cover no event', () => phone(async (page) => {
  const raid = page.locator('[data-testid="timeline"] [data-event-id]', { hasText: /29 Aug 2024/ }).first();
  assert.ok(await raid.isVisible(), 'the raid is a mark, not inside a cluster');
  const names = await page.locator('.tl-lane-name').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const marks = await page.locator('[data-testid="timeline"] [data-event-id] .tl-mark, [data-testid="timeline"] [data-event-id] .tl-label, .tl-cluster')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()).filter((r) => r.width > 0));
  assert.ok(names.length >= 3 && marks.length >= 3);
  for (const n of names) for (const m of marks) assert.ok(!overlap(n, m), `lane name ${JSON.stringify(n)} covers ${JSON.stringify(m)}`);
}));

test('phone: tapping an event brings its detail into view, and back', () => phone(async (page) => {
  const raid = page.locator('[data-testid="timeline"] [data-event-id]', { hasText: /29 Aug 2024/ }).first();
  await raid.tap();
  const detail = page.getByTestId('detail');
  await detail.locator('.detail-title').waitFor();
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid="detail"]').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight - 100;
  }, null, { timeout: 5000 });
  await detail.getByRole('button', { name: /Back to the timeline/ }).tap();
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid="timeline"]').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight / 2;
  }, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed')), 'true', 'focus on the selected event');
}));

test('phone: the list view is a stack of readable rows', () => phone(async (page) => {
  const rows = page.locator('[data-testid="event-table"] tbody tr');
  assert.ok(await rows.count() >= 5);
  const boxes = await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (const b of boxes) assert.ok(b.x >= 0 && b.x + b.width <= 390 + 0.5, `row inside the screen: ${JSON.stringify(b)}`);
  // titles wrap as prose (not a word per line): a title button is at least half the width
  const widths = await page.locator('[data-testid="event-table"] tbody th button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  assert.ok(widths.every((w) => w > 150), widths.join(', '));
  const label = await page.locator('[data-testid="event-table"] tbody td[data-label="Sources"]').first()
    .evaluate((td) => getComputedStyle(td, '::before').content);
  assert.equal(label, '"Sources: "', 'each field says what it is');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
}));

/** WCAG contrast of two `rgb(...)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`${scheme} theme: every lane's marks, the era band and the timeline's text stand out`, async () => {
    const b = await browse(server.origin, { viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    try {
      const page = b.page;
      await page.goto(server.url);
      await ready(page);
      const colours = await page.evaluate(() => {
        const css = (el, p) => getComputedStyle(el)[p];
        const plot = document.querySelector('.tl-plot');
        const odd = document.querySelector('.tl-lane-odd');
        const out = { surface: css(plot, 'backgroundColor'), alternate: css(odd, 'backgroundColor'), marks: {} };
        for (const ev of document.querySelectorAll('[data-testid="timeline"] [data-event-id]')) {
          const key = ev.dataset.shape === 'era' ? 'era' : ev.dataset.lane;
          const mark = ev.querySelector('.tl-mark');
          // a period's outline carries its colour, a point's or era's fill
          const colour = ev.dataset.shape === 'period' ? css(mark, 'borderTopColor') : css(mark, 'backgroundColor');
          let opacity = 1;
          for (let el = mark; el; el = el.parentElement) opacity *= Number(css(el, 'opacity'));
          (out.marks[key] ||= []).push({ colour, opacity });
        }
        const label = document.querySelector('[data-testid="timeline"] .tl-title') || document.querySelector('[data-testid="timeline"] .tl-label');
        const src = document.querySelector('[data-testid="timeline"] .tl-src');
        out.text = css(label, 'color');
        out.muted = css(src, 'color');
        return out;
      });
      // the embedded story has conflict and casualty events and an era; every lane drawn is checked
      assert.ok(colours.marks.conflict && colours.marks.era, Object.keys(colours.marks).join(', '));
      for (const [lane, list] of Object.entries(colours.marks)) {
        for (const { colour, opacity } of list) {
          assert.equal(opacity, 1, `${lane} marks are opaque`);
          for (const bg of [colours.surface, colours.alternate]) {
            const c = contrast(colour, bg);
            assert.ok(c >= 3, `${scheme}: ${lane} ${colour} on ${bg} is ${c.toFixed(2)}:1`);
          }
        }
      }
      for (const bg of [colours.surface, colours.alternate]) {
        assert.ok(contrast(colours.text, bg) >= 4.5, `${scheme}: label text ${contrast(colours.text, bg).toFixed(2)}:1`);
        assert.ok(contrast(colours.muted, bg) >= 4.5, `${scheme}: source text ${contrast(colours.muted, bg).toFixed(2)}:1`);
      }
      // the selection ring too
      await page.locator('[data-testid="timeline"] [data-event-id]').first().click();
      const ring = await page.evaluate(() => getComputedStyle(document.querySelector('.tl-selected .tl-mark')).boxShadow);
      const ringColour = ring.match(/rgba?\([^)]+\)/)[0];
      assert.ok(contrast(ringColour, colours.surface) >= 3, `${scheme}: selection ring ${ringColour}`);
    } finally { await b.close(); }
  });
}
