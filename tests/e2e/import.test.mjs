// Import, as a person uses it: paste an article and see its event, reload and still see
// it, remove it; drop files (good, binary, non-UTF-8, too large, empty, nothing found);
// XSS vectors stay inert text; corrupt or foreign stored data and a full storage never
// leave a blank page; a 1 MB article is added and the page still responds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, cspViolations, DIST, SUB_PATH } from './harness.mjs';

const KEY = 'dateline.user-articles';
const BACKUP_KEY = 'dateline.user-articles.backup';
const ARTICLE = [
  'Flood defences fail in river town',
  '',
  'Rescue teams said on Saturday that 12 civilians were killed when a dam burst near the town of Northvale on 3 March 2022. Officials said the dam had been inspected in 2019.',
].join('\n');

let server, browser, page;
before(async () => {
  server = await serve();
  browser = await browse(server.origin);
  page = browser.page;
  page.on('dialog', (d) => d.accept()); // the reset confirmation
  await page.goto(server.url);
  await ready(page);
});
after(async () => { await browser?.close(); await server?.close(); });

const dialog = () => page.getByRole('dialog', { name: 'Add your own articles' });
const report = () => dialog().locator('.import-report');
const eventTexts = () => page.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.innerText));

async function openImport() {
  if (!(await dialog().isVisible())) await page.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog().waitFor({ state: 'visible' });
}

/** Waits for the report of an import to mention `text`, then returns the whole report. */
async function reportOf(text) {
  await report().getByText(text).first().waitFor({ timeout: 60000 });
  return report().innerText();
}

/** Drops files on the page the way a browser does: a `drop` event with a DataTransfer. */
async function drop(files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type || '' }));
    document.body.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, files.map((f) => ({ ...f, bytes: [...f.bytes] })));
}
const utf8 = (s) => Buffer.from(s, 'utf8');

async function paste({ text, title = '', outlet = '', date = '' }) {
  await openImport();
  await dialog().getByLabel('Article text').fill(text);
  await dialog().getByLabel('Title').fill(title);
  await dialog().getByLabel('Outlet').fill(outlet);
  await dialog().getByLabel('Publication date').fill(date);
  await dialog().getByRole('button', { name: 'Add article' }).click();
}

async function closeImport() {
  await page.keyboard.press('Escape');
  await dialog().waitFor({ state: 'hidden' });
}

test('the Import button opens a labelled dialog; Escape closes it and focus returns', async () => {
  const opener = page.getByRole('button', { name: 'Import', exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog().waitFor({ state: 'visible' });
  assert.ok(await dialog().getByLabel('Article text').isVisible());
  assert.match(await dialog().innerText(), /None added yet/);
  await closeImport();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Import');
});

/** Files the page has fetched so far, by name. */
const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));

test('the extractor is not part of the page load: the story is extracted at build time', async () => {
  const files = await fetched();
  assert.ok(files.some((f) => /^dateline_bg-[0-9a-f]{16}\.wasm$/.test(f)), files.join(' '));
  assert.ok(!files.some((f) => /^worker/.test(f)), `no worker yet: ${files.join(' ')}`);
  assert.ok((await eventTexts()).length >= 5, 'the embedded story is drawn without it');
});

test('a pasted article adds its event to the timeline, marked with its outlet', async () => {
  const before = await eventTexts();
  await paste({ text: ARTICLE, title: 'Dam burst report', outlet: 'Test Gazette', date: '2022-03-05' });
  const text = await reportOf('Added “Dam burst report”');
  assert.match(text, /Added “Dam burst report”: \d+ dates?, 1 casualty figure, 1 event\./);
  // extracted off the page's thread, by the worker module started for it
  assert.ok((await fetched()).some((f) => /^worker_loader-[0-9a-f]{16}\.js$/.test(f)), (await fetched()).join(' '));
  assert.match(await dialog().locator('.added-list').innerText(), /Dam burst report[\s\S]*Test Gazette, 5 Mar 2022/);
  await closeImport();
  const after = await eventTexts();
  assert.equal(after.length, before.length + 1, after.join('\n'));
  const added = after.find((t) => /Northvale/.test(t));
  assert.ok(added, `the dam burst event in:\n${after.join('\n')}`);
  assert.match(added, /2022/);
  assert.match(added, /Test Gazette/);
  // the embedded story is untouched
  assert.ok(after.some((t) => /29 Aug 2024/.test(t)));
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(saved.version, 1);
  assert.deepEqual(saved.articles.map((a) => [a.id, a.name, a.outlet, a.published]),
    [['user-1', 'Dam burst report', 'Test Gazette', '2022-03-05']]);
});

test('the added article survives a reload, and Remove takes it out again', async () => {
  await page.reload();
  await ready(page);
  // the saved article is extracted in the worker after start; the story is there at once
  await page.locator('[data-testid="timeline"] [data-event-id]', { hasText: 'Northvale' }).first()
    .waitFor({ timeout: 30000 });
  assert.ok((await eventTexts()).some((t) => /29 Aug 2024/.test(t)));
  assert.equal(await page.getByTestId('working').innerText(), '', 'the status line is empty when done');
  await openImport();
  await dialog().getByRole('button', { name: 'Remove “Dam burst report”' }).click();
  await reportOf('Removed “Dam burst report”.');
  assert.match(await dialog().innerText(), /None added yet/);
  await closeImport();
  assert.ok(!(await eventTexts()).some((t) => /Northvale/.test(t)));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
});

test('dropped .txt files are added, bad ones refused with a clear message', async () => {
  const before = (await eventTexts()).length;
  await drop([
    { name: 'dropped.txt', type: 'text/plain', bytes: utf8(ARTICLE) },
    { name: 'photo.png', type: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'latin1.txt', type: 'text/plain', bytes: Buffer.from('caf\xe9 au lait, 3 March 2022', 'latin1') },
    { name: 'empty.txt', type: 'text/plain', bytes: Buffer.alloc(0) },
    { name: 'huge.txt', type: 'text/plain', bytes: Buffer.alloc(2 * 1024 * 1024 + 10, 'a') },
  ]);
  await dialog().waitFor({ state: 'visible' }); // a drop opens the dialog with the report
  const text = await reportOf('Added “dropped.txt”');
  assert.match(text, /“photo\.png” is not plain text/);
  assert.match(text, /“latin1\.txt” is not UTF-8 text/);
  assert.match(text, /“empty\.txt” is empty/);
  assert.match(text, /“huge\.txt” is too large \(2 MB\); an article can be at most 2 MB\./);
  assert.match(await dialog().locator('.added-list').innerText(), /dropped\.txt/);
  assert.doesNotMatch(await dialog().locator('.added-list').innerText(), /photo|latin1|empty|huge/);
  await closeImport();
  assert.equal((await eventTexts()).length, before + 1);
});

test('a dropped binary file alone is refused as an alert, and nothing is lost', async () => {
  const before = await eventTexts();
  await drop([{ name: 'report.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n\0\0\x01\x02binary', 'latin1') }]);
  await dialog().waitFor({ state: 'visible' });
  const alert = dialog().getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /“report\.pdf” is not plain text/);
  await closeImport();
  assert.deepEqual(await eventTexts(), before);
});

test('empty pasted text is refused and what was typed in other fields is kept', async () => {
  await paste({ text: '   \n ', title: 'Nothing', outlet: 'Kept Outlet' });
  await dialog().getByRole('alert').waitFor();
  assert.match(await dialog().getByRole('alert').innerText(), /“Nothing” is empty: there is no text to add\./);
  assert.equal(await dialog().getByLabel('Outlet').inputValue(), 'Kept Outlet');
  await closeImport();
});

test('text with no dates or figures is accepted with a notice that nothing was found', async () => {
  await paste({ text: 'A quiet afternoon. Nobody said anything of note.', title: 'Quiet day' });
  const text = await reportOf('Added “Quiet day”');
  assert.match(text, /nothing was found in it/);
  assert.match(await dialog().locator('.added-list').innerText(), /Quiet day/);
  await closeImport();
});

test('HTML and script in article text, title and outlet stay inert text', async () => {
  const scripts = await page.locator('script').count();
  const vector = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 2">',
    '<a href="javascript:window.__xss = 3">click me</a>',
    '<svg onload="window.__xss = 4"></svg>',
    '12 civilians were killed on 3 March 2022.',
  ].join('\n');
  await paste({ text: vector, title: '<img src=x onerror="window.__xss=5">', outlet: '<script>window.__xss=6</script>' });
  await reportOf('Added “<img src=x onerror="window.__xss=5">”');
  assert.match(await dialog().locator('.added-list').innerText(), /<img src=x onerror="window.__xss=5">/);
  await closeImport();
  await page.reload();
  await ready(page);
  await openImport();
  await closeImport();
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script ran');
  assert.equal(await page.locator('script').count(), scripts, 'no script element added');
  assert.equal(await page.locator('img, svg[onload], [onerror], a[href^="javascript:"]').count(), 0, 'no element injected');
  assert.ok(await page.getByText('<img src=x onerror="window.__xss=5">').first().count());
});

test('an undated report with a weekday: asked for its date first; added anyway, shown and selected; Remove can be undone', async () => {
  const undated = 'Rockets hit a peacekeepers\' compound near Southbridge\n\nFour peacekeepers were injured on Friday when rockets hit their compound near Southbridge on 7 April 2023, a spokesman said.';
  await paste({ text: undated, outlet: 'Harbour Post' });
  const ask = dialog().getByRole('alert');
  await ask.waitFor();
  assert.match(await ask.innerText(), /“Friday” needs a publication date to be placed on the timeline/);
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'date', 'the date field takes focus');
  assert.doesNotMatch(await dialog().locator('.added-list').innerText(), /Southbridge/, 'nothing added yet');
  await ask.getByRole('button', { name: 'Add without a date' }).click();
  const text = await reportOf('Added “Rockets hit a peacekeepers\' compound near Southbridge”');
  // the new article's first event is selected, and the report says where to look
  assert.match(text, /Selected on the timeline: “.+” \(7 Apr 2023\)\./);
  await page.waitForFunction(() => /event=/.test(location.hash));
  assert.equal(await dialog().getByRole('alert').count(), 0, 'the question is gone');
  // Remove, then Undo within a few seconds: the article is back, the same one
  const row = dialog().locator('.added-list li', { hasText: 'Southbridge' });
  await row.getByRole('button', { name: /Remove/ }).click();
  await reportOf('Removed “Rockets hit a peacekeepers\' compound near Southbridge”');
  assert.equal(await row.count(), 0);
  await dialog().getByRole('button', { name: /Undo removing/ }).click();
  await reportOf('Restored “Rockets hit a peacekeepers\' compound near Southbridge”');
  assert.equal(await row.count(), 1);
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.ok(saved.articles.some((a) => a.outlet === 'Harbour Post'), 'saved again');
  await closeImport();
  await page.locator('[data-testid="timeline"] [data-event-id]', { hasText: 'Harbour Post' }).first().waitFor({ timeout: 60000 });
});

test('“Your articles only” shows a timeline of the user’s articles alone, kept in the link', async () => {
  const mine = page.getByRole('checkbox', { name: 'Your articles only' });
  await mine.check();
  await page.waitForFunction(() => /mine=1/.test(location.hash));
  const only = async () => {
    const texts = await eventTexts();
    return texts.length > 0 && texts.every((t) => !/Al Jazeera|The Sun/.test(t));
  };
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline"] [data-event-id]').length > 0);
  assert.ok(await only(), (await eventTexts()).join('\n'));
  assert.ok(!(await eventTexts()).some((t) => /29 Aug 2024/.test(t)), 'the embedded raid is not on it');
  await page.reload();
  await ready(page);
  await page.locator('[data-testid="timeline"] [data-event-id]', { hasText: /Harbour Post/ }).first().waitFor({ timeout: 60000 });
  assert.ok(await page.getByRole('checkbox', { name: 'Your articles only' }).isChecked(), 'the link keeps it');
  assert.ok(await only());
  // The link also keeps the window of the user's story; leaving it must still show the
  // whole story (fit all), not that window.
  await page.waitForFunction(() => /view=/.test(location.hash));
  await page.getByRole('checkbox', { name: 'Your articles only' }).uncheck();
  await page.locator('[data-testid="timeline"] [data-event-id]', { hasText: /29 Aug 2024/ }).first().waitFor();
  assert.doesNotMatch(await page.evaluate(() => location.hash), /mine=1/);
});

test('Reset to the embedded story removes every added article', async () => {
  await openImport();
  assert.ok((await dialog().locator('.added-list li').count()) > 0);
  await dialog().getByRole('button', { name: 'Reset to the embedded story' }).click();
  await reportOf('Reset to the embedded story.');
  assert.equal(await dialog().locator('.added-list li').count(), 0);
  await closeImport();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  assert.ok(!(await eventTexts()).some((t) => /Northvale/.test(t)));
});

test('corrupt stored data: the story still shows, the user is told, and can clear it', async () => {
  await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"articles":[{"id":'), KEY);
  await page.reload();
  await ready(page);
  const notice = page.getByRole('region', { name: 'Messages' });
  await notice.getByText(/could not be read/).waitFor();
  assert.match(await notice.innerText(), /Your saved articles could not be read \(not JSON .*\)\. Dateline started with the embedded story\. A copy was kept in this browser\./);
  // The notice may come before the timeline is drawn: wait for the story's raid.
  await page.locator('[data-testid="timeline"] [data-event-id]', { hasText: /29 Aug 2024/ }).first().waitFor();
  assert.ok((await eventTexts()).some((t) => /29 Aug 2024/.test(t)));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), '{"version":1,"articles":[{"id":');
  await notice.getByRole('button', { name: 'Clear saved data' }).click();
  await notice.getByText('Saved data cleared from this browser.').waitFor();
  assert.deepEqual(await page.evaluate(([a, b]) => [localStorage.getItem(a), localStorage.getItem(b)], [KEY, BACKUP_KEY]), [null, null]);
});

test('stored data from another version is kept aside, not read', async () => {
  await page.evaluate((k) => localStorage.setItem(k, '{"version":99,"articles":[]}'), KEY);
  await page.reload();
  await ready(page);
  const notice = page.getByRole('region', { name: 'Messages' });
  await notice.getByText(/another version of Dateline/).waitFor();
  assert.match(await notice.innerText(), /schema 99; this one reads 1/);
  await notice.getByRole('button', { name: 'Clear saved data' }).click();
  await notice.getByText('Saved data cleared from this browser.').waitFor();
});

test('full storage: the article is still shown, with a warning', async () => {
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await paste({ text: ARTICLE, title: 'Unsaved report', date: '2022-03-05' });
  await reportOf('Added “Unsaved report”');
  await closeImport();
  const notice = page.getByRole('region', { name: 'Messages' });
  await notice.getByText(/could not be saved/).waitFor();
  assert.match(await notice.innerText(), /storage for this page is full/);
  assert.ok((await eventTexts()).some((t) => /Northvale/.test(t)));
  // A fresh visit (the link no longer names a window around the unsaved event): setItem
  // is restored; the unsaved article is gone, the story is not.
  await page.goto(server.url);
  await ready(page);
  assert.ok(!(await eventTexts()).some((t) => /Northvale/.test(t)));
});

test('a 1 MB article is added and the page still responds', async () => {
  const filler = 'The committee met again and discussed the budget at length without reaching a decision. ';
  let big = 'Two soldiers were wounded on 4 May 2021 in a clash near Eastport, officials said.\n';
  while (big.length < 1024 * 1024) big += filler;
  // Record every progress message shown while the work runs, when extraction starts
  // and ends, and a main-thread timer that only ticks when the page is free.
  await page.evaluate(() => {
    window.__progress = [];
    window.__phase = {};
    window.__ticks = [];
    window.__timer = setInterval(() => window.__ticks.push(performance.now()), 10);
    new MutationObserver(() => {
      const p = document.querySelector('.import-progress');
      const t = p && p.textContent.trim();
      if (t && !window.__progress.includes(t)) window.__progress.push(t);
      if (t && t.startsWith('Finding') && !window.__phase.start) window.__phase.start = performance.now();
      if (!p && window.__phase.start && !window.__phase.end) window.__phase.end = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await drop([{ name: 'big.txt', type: 'text/plain', bytes: utf8(big) }]);
  await dialog().waitFor({ state: 'visible' });
  // While the worker extracts, the page answers: the user can type in the form, and the
  // import is still running afterwards (a main-thread extraction would answer only
  // after it had finished).
  await dialog().locator('.import-progress', { hasText: 'Finding dates' }).waitFor();
  await dialog().getByLabel('Article text').fill('typed while it works');
  assert.equal(await dialog().getByLabel('Article text').inputValue(), 'typed while it works');
  assert.match(await dialog().locator('.import-progress').innerText(), /Finding dates/, 'still extracting');
  assert.doesNotMatch(await report().innerText(), /big\.txt/);
  await dialog().getByLabel('Article text').fill('');
  const text = await reportOf('Added “big.txt”');
  assert.match(text, /1 casualty figure/);
  assert.equal(await dialog().locator('.import-progress').count(), 0, 'progress is gone when done');
  assert.deepEqual(await page.evaluate(() => window.__progress), ['Reading “big.txt” (1 of 1)…', 'Finding dates and figures in 1 article…']);
  // How long the page's own thread was busy at most during extraction (for the record;
  // figures belong in benchmarks, so this is printed, not asserted).
  const { start, end, gap } = await page.evaluate(() => {
    clearInterval(window.__timer);
    const { start, end } = window.__phase;
    const ticks = [start, ...window.__ticks.filter((t) => t > start && t < end), end];
    return { start, end, gap: Math.max(...ticks.slice(1).map((t, i) => t - ticks[i])) };
  });
  assert.ok(start && end > start, 'the extraction phase was seen');
  console.log(`1 MB article: extraction phase ${(end - start).toFixed(0)} ms, longest main-thread task ${gap.toFixed(0)} ms`);
  assert.equal(await page.getByRole('button', { name: 'Add article' }).isEnabled(), true);
  // still interactive: the dialog closes by keyboard and the Export menu opens
  await closeImport();
  await page.getByText('Export', { exact: true }).click();
  assert.ok(await page.getByRole('button', { name: 'CSV of casualty figures' }).isVisible());
  await page.getByText('Export', { exact: true }).click();
  assert.equal(await page.evaluate(() => 6 * 7), 42);
  assert.ok((await eventTexts()).some((t) => /Eastport/.test(t)));
});

test('an extractor that cannot start: the user is told, and the article is kept', async () => {
  const other = await browse(server.origin);
  try {
    // The worker script throws instead of starting the extractor.
    await other.context.route(/\/worker_loader-[0-9a-f]{16}\.js$/, (r) => r.fulfill({ contentType: 'text/javascript', body: 'throw new Error("no extractor here");' }));
    const p = other.page;
    await p.goto(server.url);
    await ready(p);
    const before = await p.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.length);
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    await p.getByLabel('Article text').fill(ARTICLE);
    await p.getByLabel('Publication date').fill('2022-03-05');
    await p.getByRole('button', { name: 'Add article' }).click();
    const rep = p.locator('.import-report');
    await rep.getByText('could not be extracted now').waitFor({ timeout: 30000 });
    // no title typed: the article is named by its first line, which reads as a headline
    assert.match(await p.locator('.added-list').innerText(), /Flood defences fail in river town/);
    await p.keyboard.press('Escape');
    const notice = (await p.locator('.notice-error').allInnerTexts()).join('\n');
    assert.match(notice, /The extractor stopped: .*no extractor here.* Your articles are kept/s);
    assert.equal(await p.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.length), before, 'the story on screen stays');
    const saved = JSON.parse(await p.evaluate((k) => localStorage.getItem(k), KEY));
    assert.equal(saved.articles.length, 1, 'the article is saved for the next visit');
    assert.equal(await p.getByTestId('working').innerText(), '');
  } finally {
    await other.close();
  }
});

test('an article added while the saved ones are still being read is saved with them', async () => {
  const other = await browse(server.origin);
  try {
    const p = other.page;
    await p.goto(server.url);
    await ready(p);
    const stored = { version: 1, articles: [{ id: 'user-1', name: 'Harbour “storm”\\report', text: 'Four fishermen were killed when a storm hit the harbour of Southgate on 9 June 2023, the coastguard said.' }] };
    await p.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(stored)]);
    // The worker (which reads the saved articles) arrives late.
    await other.context.route(/\/worker_loader-[0-9a-f]{16}\.js$/, async (r) => {
      await new Promise((done) => setTimeout(done, 5000));
      await r.continue();
    });
    await p.reload();
    await ready(p);
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    await p.getByLabel('Article text').fill(ARTICLE);
    await p.getByLabel('Publication date').fill('2022-03-05');
    await p.getByRole('button', { name: 'Add article' }).click();
    // The saved articles are not read yet: the new one waits rather than replace them.
    assert.equal(await p.evaluate((k) => localStorage.getItem(k), KEY), JSON.stringify(stored));
    await p.locator('.import-report').getByText('Added “Flood defences fail in river town”').waitFor({ timeout: 60000 });
    await p.keyboard.press('Escape');
    for (const place of ['Southgate', 'Northvale']) {
      await p.locator('[data-testid="timeline"] [data-event-id]', { hasText: place }).first().waitFor({ timeout: 60000 });
    }
    const saved = JSON.parse(await p.evaluate((k) => localStorage.getItem(k), KEY));
    assert.deepEqual(saved.articles.map((a) => [a.id, a.name]), [['user-1', 'Harbour “storm”\\report'], ['user-2', 'Flood defences fail in river town']]);
    assert.equal(saved.articles[0].text, stored.articles[0].text);
    await p.waitForFunction(() => document.querySelector('[data-testid="working"]').textContent === '');
    assert.deepEqual(other.problems.page, []);
  } finally {
    await other.close();
  }
});

test('a ?data= dataset is not replaced when the saved articles are extracted later', async () => {
  const doc = { articles: [], events: [
    { id: 'solo', kind: 'war', title: 'A dataset event', date: '2010-05-01', precision: 'day', mentions: [] },
  ] };
  const data = await serve(DIST, SUB_PATH, { [`${SUB_PATH}one.json`]: { body: JSON.stringify(doc) } });
  const other = await browse(data.origin);
  try {
    const p = other.page;
    await p.goto(data.url);
    await ready(p);
    // a saved article: the next start has the worker extract it
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    await p.getByLabel('Article text').fill(ARTICLE);
    await p.getByLabel('Publication date').fill('2022-03-05');
    await p.getByRole('button', { name: 'Add article' }).click();
    await p.locator('.import-report').getByText('Added “Flood defences fail in river town”').waitFor({ timeout: 30000 });
    await p.goto(`${data.url}?data=one.json`);
    await p.locator('[data-event-id="solo"]').waitFor();
    // long enough for the worker's answer about the saved article to arrive
    await p.waitForTimeout(3000);
    const ids = await p.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.dataset.eventId));
    assert.deepEqual(ids, ['solo']);
    assert.equal(await p.getByTestId('working').innerText(), '');
  } finally {
    await other.close();
    await data.close();
  }
});

test('an unrelated article changes no built-in event and no built-in card', async () => {
  const other = await browse(server.origin);
  try {
    const p = other.page;
    await p.goto(server.url);
    await ready(p);
    const builtIn = async () => ({
      events: (await p.$$eval('[data-testid="timeline"] [data-event-id]', (els) => els.map((e) => e.innerText.replace(/\s+/g, ' '))))
        .filter((t) => /Al Jazeera|The Sun/.test(t)).sort(),
      cards: (await p.locator('[data-testid="casualty-card"]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')).sort(),
    });
    const before = await builtIn();
    // A long undated report of another base attack, in another country and year.
    const filler = 'Engineers inspected the runway and the fuel depot while the garrison held a drill. ';
    const report = ['Rockets strike airbase near Mafraq', '',
      'Three guards were injured when rockets struck an airbase near Mafraq on Tuesday, officials said.',
      'Roughly 900 soldiers are stationed at the base.', filler.repeat(400)].join('\n');
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    await p.getByLabel('Article text').fill(report);
    await p.getByRole('button', { name: 'Add article' }).click();
    await p.getByRole('button', { name: 'Add without a date' }).click();
    await p.locator('.import-report').getByText(/^Added “Rockets strike airbase near Mafraq”/).waitFor({ timeout: 60000 });
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Fit all' }).click();
    await p.waitForTimeout(300);
    const after = await builtIn();
    assert.deepEqual(after.events, before.events, 'every built-in event keeps its sources');
    for (const card of before.cards) assert.ok(after.cards.includes(card), `built-in card unchanged: ${card}`);
  } finally {
    await other.close();
  }
});

test('pasted page source becomes text: no markup in titles, reader or events', async () => {
  const other = await browse(server.origin);
  try {
    const p = other.page;
    await p.goto(server.url);
    await ready(p);
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    await p.getByLabel('Article text').fill([
      '<!DOCTYPE html><html><head><title>Convoy ambushed near Tikrit | Example News</title><script>window.__ran = 1;</script></head><body>',
      '<h1>Convoy ambushed near Tikrit</h1>',
      '<p>Three soldiers were <b>killed</b> when a roadside bomb hit their convoy near Tikrit on 4&nbsp;May 2021, officials said.</p>',
      '<p><img src=x onerror="window.__xss = 1">Police said the road was closed &amp; cleared by the evening.</p>',
      '</body></html>',
    ].join('\n'));
    await p.getByRole('button', { name: 'Add article' }).click();
    // named by its headline, which the page's source gave
    await p.locator('.import-report').getByText('Added “Convoy ambushed near Tikrit | Example News”').waitFor({ timeout: 60000 });
    await p.keyboard.press('Escape');
    const mark = p.locator('[data-testid="timeline"] [data-event-id]', { hasText: 'Tikrit' }).first();
    await mark.waitFor({ timeout: 60000 });
    const all = (await p.locator('body').innerText());
    assert.doesNotMatch(all, /<\s*(p|b|h1|img|script)\b/i, 'no tag shown as text');
    assert.match(all, /closed & cleared/, 'references decoded');
    assert.equal(await p.evaluate(() => window.__ran ?? window.__xss ?? 0), 0, 'nothing in it ran');
  } finally {
    await other.close();
  }
});

test('a hidden panic notice (role alert) with a reload link is ready in the page', async () => {
  const fatal = page.locator('#fatal');
  assert.equal(await fatal.getAttribute('role'), 'alert');
  assert.equal(await fatal.isVisible(), false);
  assert.equal(await fatal.locator('a', { hasText: 'reload' }).count(), 1, 'a reload link (hidden until a panic)');
});

test('no console errors, page errors, failed or foreign requests, no CSP violation', async () => {
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(browser.problems.foreign, []);
});
