// Runs the browser tests against the production build (npm run build first).
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
