// The first vertical slice, as a person sees it: the release dist/ served under a
// sub-path shows the title and the events the extractor found in the seed articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, cspViolations } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await browse(server.origin);
  await browser.page.goto(server.url);
  await ready(browser.page);
});
after(async () => { await browser?.close(); await server?.close(); });

test('page title names the product and the story', async () => {
  assert.match(await browser.page.title(), /^Dateline/);
});

test('timeline shows the extracted seed events with date, title and source', async () => {
  const events = await browser.page.$$eval('[data-testid="timeline"] [data-event-id]', (els) =>
    els.map((e) => ({ id: e.dataset.eventId, text: e.innerText })));
  const texts = events.map((e) => e.text).join('\n');
  for (const year of ['2003', '2014', '2017', '2019']) {
    assert.ok(events.some((e) => e.text.includes(year)), `an event dated ${year} in:\n${texts}`);
  }
  const raid = events.find((e) => /29 Aug 2024/.test(e.text));
  assert.ok(raid, `the 29 Aug 2024 raid in:\n${texts}`);
  assert.match(raid.text, /Al Jazeera/);
  assert.match(raid.text, /The Sun/);
  assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'event ids are unique');
});

test('the strict Content-Security-Policy is in force and never violated', async () => {
  const csp = await browser.page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(await browser.page.$$eval('script:not([src])', (s) => s.length), 0, 'no inline scripts');
  assert.deepEqual(await cspViolations(browser.page), []);
});

test('no console errors, page errors, failed or foreign requests', async () => {
  assert.deepEqual(browser.problems.page, []);
  assert.deepEqual(browser.problems.console, []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.foreign, []);
});
