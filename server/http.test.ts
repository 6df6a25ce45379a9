/** The one port also serves the built app, and never a file outside it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, tempDataDir } from './test-support.ts';

const app = tempDataDir();
let t: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  mkdirSync(join(app.dir, 'assets'));
  writeFileSync(join(app.dir, 'index.html'), '<!doctype html><title>System Canvas</title>');
  writeFileSync(join(app.dir, 'assets', 'app-1234.js'), 'console.log(1)');
  t = await startTestServer({ staticDir: app.dir });
});
afterAll(async () => {
  await t.stop();
  app.remove();
});

/** A raw GET, so the path is sent exactly as written (fetch would tidy away the ../). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('serves the app, its assets, and index.html for the app’s own routes', async () => {
  expect((await get('/')).body).toContain('System Canvas');
  const asset = await get('/assets/app-1234.js');
  expect([asset.status, asset.type, asset.body]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log(1)']);
  expect((await get('/rooms/some-room')).body).toContain('System Canvas');
});

it('never serves a file outside the app folder', async () => {
  for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/../../capability-secret']) {
    const res = await get(path);
    expect(res.body).not.toMatch(/root:|^[A-Za-z0-9_-]{43}$/);
  }
  expect((await get('/%E0%A4%A')).status).toBe(400);
  expect((await get('/api/nothing')).status).toBe(404);
});
