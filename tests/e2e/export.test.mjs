// Export, as a person uses it: the Export menu downloads contract JSON (which the Import
// dialog opens again), a CSV of casualty figures, and TimelineJS3 JSON that TimelineJS3
// itself (from npm, served locally) loads with every event. Also: the single-file build
// opened straight from disk (file://) shows the timeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, browse, ready, cspViolations, DIST } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SINGLE = path.resolve(here, '../../dist-single/dateline.html');
const TL_DIST = path.join(here, 'node_modules/@knight-lab/timelinejs/dist');

let server, browser, page;
const files = {};
before(async () => {
  server = await serve();
  browser = await browse(server.origin);
  page = browser.page;
  await page.goto(server.url);
  await ready(page);
});
after(async () => { await browser?.close(); await server?.close(); });

const eventTexts = () => page.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.innerText));

/** Opens the Export menu, clicks `label`, and returns the downloaded file's name and text. */
async function exportAs(label) {
  if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
  const menu = page.locator('summary', { hasText: 'Export' });
  if (!(await page.getByRole('button', { name: label }).isVisible())) await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  assert.equal(await page.getByRole('button', { name: label }).isVisible(), false, 'the menu closes');
  const file = await download.path();
  return { name: download.suggestedFilename(), path: file, text: fs.readFileSync(file, 'utf8') };
}

test('a first export that waits for the worker says it is being prepared, then downloads', async () => {
  // The worker's module arrives slowly (held back 800 ms), as on a slow network.
  const b = await browse(server.origin);
  try {
    const p = b.page;
    await p.route(/worker_bg.*\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
    await p.goto(server.url);
    await ready(p);
    await p.locator('summary', { hasText: 'Export' }).click();
    const downloaded = p.waitForEvent('download');
    await p.getByRole('button', { name: 'CSV of casualty figures' }).click();
    const status = p.getByTestId('working');
    await status.getByText('Preparing the export…').waitFor({ timeout: 2000 });
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), 'dateline-casualties.csv');
    assert.match(fs.readFileSync(await download.path(), 'utf8'), /killed/);
    await p.waitForFunction(() => document.querySelector('[data-testid="working"]').textContent === '');
    assert.deepEqual(b.problems.page, []);
    assert.deepEqual(b.problems.console, []);
  } finally { await b.close(); }
});

test('JSON export is the contract document with every article text', async () => {
  const out = await exportAs('JSON (re-importable)');
  files.json = out;
  assert.equal(out.name, 'dateline.json');
  const doc = JSON.parse(out.text);
  assert.deepEqual(doc.articles.map((a) => a.id).sort(), ['000', '004']);
  for (const a of doc.articles) assert.ok(a.text && a.text.length > 1000, `${a.id} carries its text`);
  const aj = doc.articles.find((a) => a.id === '004');
  assert.equal(aj.published, '2024-08-31');
  assert.equal(doc.articles.find((a) => a.id === '000').reference_date, '2024-08-31');
  const raid = doc.events.find((e) => e.date === '2024-08-29');
  assert.ok(raid, 'the raid event');
  assert.deepEqual([...new Set(raid.mentions.map((m) => m.article))].sort(), ['000', '004']);
  for (const y of ['2003', '2014', '2017', '2019', '2023-10', '2023-10/2024-02']) {
    assert.ok(doc.events.some((e) => e.date === y), `an event dated ${y}`);
  }
  const killed = doc.casualties.filter((c) => c.group === 'militants' && c.outcome === 'killed');
  assert.deepEqual(killed.map((c) => [c.article, c.count, c.qualifier]).sort(), [['000', 15, 'at_least'], ['004', 15, 'exact']]);
});

test('the JSON export opens again from the Import dialog and shows the same timeline', async () => {
  const before = await eventTexts();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own articles' });
  await dialog.getByLabel(/Or choose files/).setInputFiles({ name: 'dateline.json', mimeType: 'application/json', buffer: Buffer.from(files.json.text) });
  const events = JSON.parse(files.json.text).events.length;
  await dialog.getByText(`Loaded “dateline.json”: ${events} events from 2 articles.`).waitFor();
  await page.keyboard.press('Escape');
  assert.deepEqual(await eventTexts(), before);
});

test('a file that is not a Dateline export is refused and the story stays', async () => {
  const before = await eventTexts();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own articles' });
  await dialog.getByLabel(/Or choose files/).setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": [1, 2]}') });
  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /“other\.json”: Not a Dateline document: it has no “articles” list\. Open a JSON file exported by Dateline/);
  await page.keyboard.press('Escape');
  assert.deepEqual(await eventTexts(), before);
});

test('the Export menu works from the keyboard and Escape closes it', async () => {
  const summary = page.locator('summary', { hasText: 'Export' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const json = page.getByRole('button', { name: 'JSON (re-importable)' });
  assert.equal(await json.isVisible(), true);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'JSON (re-importable)');
  await page.keyboard.press('Escape');
  assert.equal(await json.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
});

/** RFC 4180 rows of `text` (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

test('CSV export: one row per figure, by incident, with roles that sum to the cards', async () => {
  const out = await exportAs('CSV of casualty figures');
  assert.equal(out.name, 'dateline-casualties.csv');
  const [header, ...rows] = parseCsv(out.text);
  assert.deepEqual(header, ['incident_id', 'incident_date', 'incident', 'group', 'outcome', 'count', 'qualifier',
    'as_written', 'role', 'counted', 'reconciled', 'outlet', 'article_title', 'article', 'sentence']);
  const doc = JSON.parse(files.json.text);
  assert.equal(rows.length, doc.casualties.length);
  const objs = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  const find = (want) => objs.filter((o) => Object.entries(want).every(([k, v]) => o[k] === v));
  assert.equal(find({ group: 'militants', outcome: 'killed', as_written: 'at least 15', outlet: 'The Sun' }).length, 1);
  assert.equal(find({ group: 'militants', outcome: 'killed', count: '15', qualifier: 'exact', outlet: 'Al Jazeera' }).length, 1);
  // US troops injured in the raid: 7 = 5 wounded + 2 hurt in falls; summing gives 7, not 14
  const injured = find({ incident_date: '2024-08-29', group: 'us_forces', outcome: 'injured' });
  assert.equal(injured.reduce((n, o) => n + Number(o.counted), 0), 7, JSON.stringify(injured));
  assert.ok(injured.every((o) => o.reconciled === '7'));
  // both reports split the 7 into 5 + 2: every part is a component, never counted
  assert.deepEqual([...new Set(injured.filter((o) => o.role === 'component').map((o) => o.count))].sort(), ['2', '5']);
  assert.equal(find({ group: 'civilians', outcome: 'killed', count: '0' }).length >= 1, true);
  assert.ok(objs.every((o) => o.incident_id && o.role), 'every row has its incident and role');
  assert.doesNotMatch(out.text, /\[\/caption\]|\(stock photo\)/, 'no scrape artifacts');
});

test('TimelineJS3 export: events dated at their precision, and TimelineJS shows every one', async () => {
  const out = await exportAs('TimelineJS3 JSON');
  assert.equal(out.name, 'dateline-timelinejs.json');
  const tl = JSON.parse(out.text);
  const byHeadline = (re) => tl.events.find((e) => re.test(e.text.headline));
  assert.ok(tl.events.length >= 8, `${tl.events.length} events`);
  const raid = tl.events.find((e) => e.start_date.year === '2024' && e.start_date.month === '8' && e.start_date.day === '29');
  assert.ok(raid, 'the raid on 29 Aug 2024');
  assert.match(raid.text.text, /Reported by (The Sun, Al Jazeera|Al Jazeera, The Sun)\./);
  assert.deepEqual(byHeadline(/invades Iraq/).start_date, { year: '2003' });
  const range = tl.events.find((e) => e.end_date);
  assert.deepEqual([range.start_date, range.end_date], [{ year: '2023', month: '10' }, { year: '2024', month: '2' }]);
  for (const e of tl.events) assert.ok(e.group && e.unique_id, JSON.stringify(e));

  // TimelineJS3 from npm, served from 127.0.0.1, builds a slide and a marker per event.
  const tlServer = await serve(DIST, '/app/', {
    '/tl/timeline.js': { type: 'text/javascript', body: fs.readFileSync(path.join(TL_DIST, 'js/timeline.js')) },
    '/tl/timeline.css': { type: 'text/css', body: fs.readFileSync(path.join(TL_DIST, 'css/timeline.css')) },
    '/data.json': { type: 'application/json', body: out.text },
    '/tl.html': {
      type: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/tl/timeline.css">
        <script src="/tl/timeline.js"></script></head><body>
        <div id="tl" style="width: 1200px; height: 700px"></div>
        <script>fetch('/data.json').then((r) => r.json()).then((d) => { window.timeline = new TL.Timeline('tl', d); });</script>
        </body></html>`,
    },
  });
  const viewer = await browse(null);
  try {
    await viewer.page.goto(`${tlServer.origin}/tl.html`);
    await viewer.page.waitForFunction((n) => document.querySelectorAll('.tl-timemarker').length === n, tl.events.length, { timeout: 30000 });
    const shown = await viewer.page.$$eval('.tl-slide .tl-headline', (els) => els.map((e) => e.textContent.trim()));
    const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const e of tl.events) {
      assert.ok(shown.includes(decode(e.text.headline)), `TimelineJS shows “${e.text.headline}”`);
    }
    assert.deepEqual(viewer.problems.page, []);
  } finally {
    await viewer.close();
    await tlServer.close();
  }
});

test('single-file build opened from disk (file://) shows the timeline, imports and exports', async () => {
  assert.ok(fs.existsSync(SINGLE), `${SINGLE} is missing: run scripts/build-single.sh`);
  const html = fs.readFileSync(SINGLE, 'utf8');
  assert.doesNotMatch(html, /<link[^>]+rel="(stylesheet|modulepreload|preload)"/, 'nothing left to fetch');
  const single = await browse(null);
  try {
    await single.page.goto('file://' + SINGLE);
    await ready(single.page);
    const texts = await single.page.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.innerText));
    assert.ok(texts.some((t) => /29 Aug 2024/.test(t)), texts.join('\n'));
    assert.ok(texts.some((t) => /2003/.test(t)));
    // Importing works from disk too: the extraction worker starts from the page itself.
    const p = single.page;
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    await p.getByLabel('Article text').fill('Four fishermen were killed when a storm hit the harbour of Southgate on 9 June 2023, the coastguard said.');
    await p.getByRole('button', { name: 'Add article' }).click();
    await p.locator('.import-report').getByText('Added “Pasted article”').waitFor({ timeout: 60000 });
    await p.keyboard.press('Escape');
    await p.locator('[data-testid="timeline"] [data-event-id]', { hasText: 'Southgate' }).first().waitFor();
    // no outlet typed: the source is named for a person, never by its internal id
    const southgate = await p.locator('[data-testid="timeline"] [data-event-id]', { hasText: 'Southgate' }).first().innerText();
    assert.match(southgate, /Your article 1/);
    assert.doesNotMatch(southgate, /user-1/);
    // Exporting works from disk too (the worker writes the file).
    await p.locator('summary', { hasText: 'Export' }).click();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'JSON (re-importable)' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.ok(exported.events.some((e) => /Southgate/.test(e.title)), 'the added article is in the export');
    // The saved article comes back after a reload from disk too: the worker, started from
    // the page itself, reads the stored articles and extracts them again.
    await p.reload();
    await ready(p);
    await p.locator('[data-testid="timeline"] [data-event-id]', { hasText: 'Southgate' }).first().waitFor({ timeout: 60000 });
    assert.deepEqual(single.problems.page, []);
    assert.deepEqual(single.problems.console, []);
    assert.deepEqual(single.problems.failed, []);
    assert.deepEqual(await cspViolations(single.page), [], 'the hashed CSP admits exactly the inline code');
  } finally {
    await single.close();
  }
});

test('no console errors, page errors, failed or foreign requests, no CSP violation', async () => {
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.foreign, []);
});
