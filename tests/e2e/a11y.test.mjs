// Accessibility: axe-core reports no violations on each main view, in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, axe } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

for (const colorScheme of ['light', 'dark']) {
  test(`axe: the whole page at first load (${colorScheme})`, async () => {
    const b = await browse(server.origin, { colorScheme });
    try {
      await b.page.goto(server.url);
      await ready(b.page);
      assert.deepEqual(await axe(b.page), []);
    } finally { await b.close(); }
  });
}

test('axe: with an event selected from the list view', async () => {
  const b = await browse(server.origin);
  try {
    const { page } = b;
    await page.goto(server.url);
    await ready(page);
    await page.locator('[data-testid="event-table"] tbody tr', { hasText: '29 Aug 2024' }).first().getByRole('button').click();
    assert.deepEqual(await axe(page), []);
  } finally { await b.close(); }
});

test('axe: phone width', async () => {
  const b = await browse(server.origin, { viewport: { width: 360, height: 740 }, hasTouch: true });
  try {
    await b.page.goto(server.url);
    await ready(b.page);
    assert.deepEqual(await axe(b.page), []);
  } finally { await b.close(); }
});

test('the axe check can fail: an unlabelled image is reported', async () => {
  const b = await browse(server.origin);
  try {
    await b.page.goto(server.url);
    await ready(b.page);
    await b.page.evaluate(() => document.querySelector('main').append(document.createElement('img')));
    const violations = await axe(b.page);
    assert.ok(violations.some((v) => v.startsWith('image-alt')), violations.join('\n'));
  } finally { await b.close(); }
});
