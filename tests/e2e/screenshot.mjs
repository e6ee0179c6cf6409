// Takes the README screenshot (docs/screenshot.png) of the release dist/ in headless
// Chromium, after the timeline has drawn. Usage: node screenshot.mjs [out.png] [width] [height] [dark]
import path from 'node:path';
import { serve, browse, ready } from './harness.mjs';

const out = path.resolve(process.argv[2] || '../../docs/screenshot.png');
const width = Number(process.argv[3] || 1280);
const height = Number(process.argv[4] || 900);
const server = await serve();
const b = await browse(server.origin, { viewport: { width, height }, colorScheme: process.argv[5] === 'dark' ? 'dark' : 'light' });
try {
  await b.page.goto(server.url + (process.env.FRAGMENT || ''));
  await ready(b.page);
  await b.page.waitForTimeout(300);
  await b.page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  console.log(`screenshot: ${out}`);
} finally {
  await b.close();
  await server.close();
}
