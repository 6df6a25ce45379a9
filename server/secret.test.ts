/** The capability secret is made once, whole, however many server processes start on one data folder at the same moment. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('gives every process starting at once the same whole secret, and leaves no drafts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-secret-'));
  dirs.push(dir);
  const script = `import { loadOrCreateSecret } from ${JSON.stringify(new URL('./capabilities.ts', import.meta.url).pathname)}; console.log(loadOrCreateSecret(process.argv[1]).toString());`;
  const outs = await Promise.all(Array.from({ length: 6 }, () => run('npx', ['tsx', '--eval', script, dir], { encoding: 'utf8' })));
  const secrets = new Set(outs.map((o) => o.stdout.trim()));
  expect(secrets.size).toBe(1);
  expect([...secrets][0]!.length).toBeGreaterThanOrEqual(32);
  expect(readdirSync(dir)).toEqual(['capability-secret']);
}, 60_000);
