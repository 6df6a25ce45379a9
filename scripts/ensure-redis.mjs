// The room server's Redis test drives a real redis-server (Debian's). When it
// is missing and we are root, install it, as tests/e2e/chromium.mjs does for
// Chromium; otherwise leave it to the test, which fails saying what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('/usr/bin/redis-server') && process.getuid?.() === 0) {
  console.log("redis-server not found: installing Debian's redis-server package (apt-get install -y redis-server)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server', { stdio: 'inherit' });
}
