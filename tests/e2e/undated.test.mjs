// An undated report, handled openly: pasted without a date and added anyway, its two
// incidents are listed under "Date unknown" (not dropped), each opens the detail panel
// by keyboard, each has a card of its own (4 injured, 6 injured, never reconciled
// against each other), and "No one was killed in the attack" is on the first card as the
// source said it, not contradicted by "no data".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browse, ready, axe } from './harness.mjs';

const REPORT = [
  'Rockets hit UN compound',
  '',
  'Four peacekeepers were injured on Friday when rockets hit a compound near the border, the mission said. No one was killed in the attack, a spokesman said. Six soldiers were wounded in a separate attack on Saturday.',
].join('\n');

let server, browser, page;
before(async () => {
  server = await serve();
  browser = await browse(server.origin);
  page = browser.page;
  await page.goto(server.url);
  await ready(page);
});
after(async () => { await browser?.close(); await server?.close(); });

const dialog = () => page.getByRole('dialog', { name: 'Add your own articles' });
const strip = () => page.getByTestId('undated');
const cardsOf = () => page.locator('[data-testid="casualty-card"]', { hasText: 'date unknown' });

test('the built-in story has no "Date unknown" strip', async () => {
  assert.equal(await strip().count(), 0);
});

test('an undated report added anyway: its incidents are listed as date unknown, each with its own card', async () => {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog().waitFor({ state: 'visible' });
  await dialog().getByLabel('Article text').fill(REPORT);
  await dialog().getByRole('button', { name: 'Add article' }).click();
  const ask = dialog().getByRole('alert');
  await ask.waitFor();
  assert.match(await ask.innerText(), /“Friday” needs a publication date/);
  await ask.getByRole('button', { name: 'Add without a date' }).click();
  const report = dialog().locator('.import-report');
  await report.getByText(/Selected under “Date unknown” below the timeline: “.+” \(Friday · date unknown\)\./).waitFor({ timeout: 60000 });
  await page.keyboard.press('Escape');
  await dialog().waitFor({ state: 'hidden' });

  // Listed under "Date unknown", with a visible date-unknown treatment.
  await strip().waitFor();
  assert.equal(await strip().getByRole('heading', { name: 'Date unknown' }).count(), 1);
  const items = strip().locator('.undated-event');
  assert.equal(await items.count(), 2, await strip().innerText());
  assert.match(await items.nth(0).innerText(), /Friday · date unknown/);
  assert.match(await items.nth(1).innerText(), /Saturday · date unknown/);
  assert.match(await items.nth(0).innerText(), /Your article 1/);
  const style = await items.nth(0).evaluate((el) => getComputedStyle(el).borderStyle);
  assert.match(style, /dashed|solid/);

  // The first incident is selected; its detail panel says why it has no date.
  await page.waitForFunction(() => /event=undated-/.test(location.hash));
  assert.equal(await items.nth(0).getAttribute('aria-pressed'), 'true');
  const detail = page.getByTestId('detail');
  await detail.getByText('Date unknown · not on the time axis').waitFor();
  assert.match(await detail.innerText(), /“Friday” could not be placed: the article has no publication date/);

  // By keyboard: Tab to the second incident, Enter opens it in the same panel.
  await items.nth(0).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.includes('Saturday')), true);
  await page.keyboard.press('Enter');
  await detail.getByText(/Saturday · date unknown/).waitFor();
  assert.equal(await items.nth(1).getAttribute('aria-pressed'), 'true');
  assert.match(await detail.innerText(), /Six soldiers were wounded in a separate attack on Saturday\./);

  // Two cards, one per incident: 4 and 6, never "sources differ".
  const cards = cardsOf();
  assert.equal(await cards.count(), 2, await page.locator('.cards').innerText());
  const value = (card) => card.locator('.card-line[data-outcome="injured"]').getAttribute('data-value');
  assert.equal(await value(cards.nth(0)), '4');
  assert.equal(await value(cards.nth(1)), '6');
  for (let i = 0; i < 2; i++) {
    const text = await cards.nth(i).innerText();
    assert.doesNotMatch(text, /sources differ/i, text);
    assert.match(text, /(Friday|Saturday) · date unknown/);
  }

  // "No one was killed in the attack": on the first card as the source said it.
  const first = await cards.nth(0).innerText();
  assert.match(first, /No one killed, says Your article 1/);
  assert.doesNotMatch(first, /No figures given for/, 'no "no data" for what the source said');
  assert.match(first, /No injury or capture figures given for/);
  assert.equal(await cards.nth(1).getByTestId('card-said').count(), 0);
  // Its chip marks the sentence in the reader.
  const chip = cards.nth(0).getByTestId('card-said').getByRole('button', { name: /in the article/ });
  await chip.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="card-said"] .chip')?.classList.contains('active'));

  // Accessible as drawn.
  const violations = await axe(page, '[data-testid="undated"]');
  assert.deepEqual(violations, []);
});

test('a reload keeps the undated incidents listed; selecting one opens its detail', async () => {
  await page.reload();
  await ready(page);
  await strip().waitFor({ timeout: 60000 });
  const items = strip().locator('.undated-event');
  assert.equal(await items.count(), 2);
  await items.nth(0).click();
  await page.getByTestId('detail').getByText('Date unknown · not on the time axis').waitFor();
  await page.waitForFunction(() => /event=undated-/.test(location.hash));
});
