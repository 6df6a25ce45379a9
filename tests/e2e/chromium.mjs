// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, then Debian's
// /usr/bin/chromium. When neither exists and we are root, installs Debian's
// package; otherwise stops with an instruction. Browser tests never skip.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'The browser tests need Chromium. Install it with `sudo apt-get install -y chromium`, ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
