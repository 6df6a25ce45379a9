// Takes a screenshot of the production build, for the README and for looking
// at the UI: node scripts/screenshot.mjs [out.png] [width] [height]
// Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/chromium.mjs';

const [out = 'docs/screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
const port = 4399;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  // Wait for the preview server rather than a fixed time: a busy machine starts it slowly.
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('main[data-ready="true"]').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.kill();
}
