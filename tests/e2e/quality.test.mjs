// The quality bar as a person meets it: the list view in sync with the selection, the
// remembered dark theme, and the page at phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

test('list view: a sortable table of every event; choosing one selects it', async () => {
  const b = await browse(server.origin);
  try {
    const { page } = b;
    await page.goto(server.url);
    await ready(page);
    const table = page.getByRole('table');
    const timelineIds = await page.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.dataset.eventId));
    const rowIds = await page.$$eval('[data-testid="event-table"] tbody tr', (rs) => rs.map((r) => r.dataset.rowId));
    assert.deepEqual([...rowIds].sort(), [...new Set(timelineIds)].sort(), 'same events as the timeline');
    const dates = await page.$$eval('[data-testid="event-table"] tbody tr td:first-child', (tds) => tds.map((t) => t.textContent));
    assert.equal(dates[0], '2003', 'chronological by default');
    await table.getByRole('button', { name: 'Date' }).click();
    const reversed = await page.$$eval('[data-testid="event-table"] tbody tr td:first-child', (tds) => tds.map((t) => t.textContent));
    assert.equal(reversed.at(-1), '2003', 'a second click reverses the order');
    assert.equal(await page.$eval('th[aria-sort="descending"]', (th) => th.textContent.trim()), 'Date');
    const raid = page.locator('[data-testid="event-table"] tbody tr', { hasText: '29 Aug 2024' }).first();
    await raid.getByRole('button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await raid.getAttribute('class'), 'selected');
    assert.equal(await raid.getByRole('button').getAttribute('aria-current'), 'true');
    assert.deepEqual(b.problems.page, []);
    assert.deepEqual(b.problems.console, []);
  } finally { await b.close(); }
});

test('theme: follows the system, toggles, and is remembered across reloads', async () => {
  const b = await browse(server.origin, { colorScheme: 'dark' });
  try {
    const { page } = b;
    await page.goto(server.url);
    await ready(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const darkBg = await bg();
    assert.equal(darkBg, 'rgb(21, 21, 20)', 'system dark preference is followed');
    // the button says what it will do: in dark, switch to light
    const toggle = page.getByRole('button', { name: 'Light theme' });
    await toggle.click();
    assert.equal(await bg(), 'rgb(251, 250, 247)', 'toggled to light');
    // kept as earlier builds kept it (gloo's storage: a JSON string), so either reads it
    assert.equal(await page.evaluate(() => localStorage.getItem('dateline.theme')), '"light"');
    await page.reload();
    await ready(page);
    assert.equal(await bg(), 'rgb(251, 250, 247)', 'the choice survives a reload');
    assert.equal(await page.getByRole('button', { name: 'Dark theme' }).count(), 1, 'in light, it offers dark');
  } finally { await b.close(); }
});

test('phone width: no horizontal page scroll', async () => {
  const b = await browse(server.origin, { viewport: { width: 360, height: 740 }, hasTouch: true });
  try {
    await b.page.goto(server.url);
    await ready(b.page);
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than a 360px screen`);
  } finally { await b.close(); }
});
