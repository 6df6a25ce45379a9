/**
 * Edits survive a closed tab, a reload and a killed browser; the library's
 * versions bring back an older state. The kill test launches its own
 * Chromium with a profile on disk, kills the browser process with SIGKILL
 * right after an edit (no clean shutdown, no pagehide), and starts it again
 * on the same profile.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seriousViolations } from './axe.ts';
import { addNode, node, openApp, startEmptyMap } from './helpers.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The ids of the processes started with this profile: ours alone, found by its unique folder. */
function processesUsing(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** The browser process itself: the one of ours without a --type (renderers, GPU and utilities have one). */
function browserProcess(profile: string): number {
  const main = processesUsing(profile).filter((pid) => !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type='));
  if (main.length !== 1) throw new Error(`expected one browser process for ${profile}, found ${main.length}`);
  return main[0]!;
}

async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    baseURL,
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await openApp(page);
  return { context, page };
}

async function typeNewFactor(page: Page, label: string) {
  await page.getByRole('button', { name: 'Add factor' }).click();
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await expect(editor).toBeFocused();
  await editor.fill(label);
  await editor.press('Enter');
}

test('an edit followed at once by killing the browser process is there when it starts again', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'system-canvas-kill-'));
  try {
    let { context, page } = await launch(profile, baseURL!);
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Empty map/ }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    // Let the new map reach the library, so the edit below is the only thing at stake.
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const browserPid = browserProcess(profile);

    await typeNewFactor(page, 'Typed just before the crash');
    process.kill(browserPid, 'SIGKILL');
    await context.close().catch(() => undefined);
    await expect.poll(() => processesUsing(profile).length, { timeout: 15_000 }).toBe(0);

    ({ context, page } = await launch(profile, baseURL!));
    await expect(node(page, 'Typed just before the crash')).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a reload straight after typing a label keeps the label', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'First');
  await node(page, 'First').dblclick();
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await expect(editor).toBeFocused();
  await editor.fill('Renamed just before reload');
  await editor.press('Enter');
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await expect(node(page, 'Renamed just before reload')).toBeVisible();
});

test('closing the tab straight after an edit keeps it', async ({ context }) => {
  const page = await context.newPage();
  await startEmptyMap(page);
  await typeNewFactor(page, 'Made just before closing');
  await page.close();
  const again = await context.newPage();
  await openApp(again);
  await expect(node(again, 'Made just before closing')).toBeVisible();
});

test('versions: a layout keeps a version, and restoring it brings back the old label (undoably)', async ({ page }) => {
  await startEmptyMap(page);
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Title').fill('Versions map');
  await addNode(page, 'factor', 'Old label');
  await addNode(page, 'factor', 'Second factor');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Layered/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(layered\)/ })).toBeVisible({ timeout: 15_000 });

  await node(page, 'Old label').dblclick();
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await editor.fill('New label');
  await editor.press('Enter');
  await expect(node(page, 'New label')).toBeVisible();

  await page.getByRole('button', { name: 'Maps…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your maps' });
  await expect(dialog.getByText(/^This browser (keeps your maps until you delete them|may clear your maps when space runs low: keep a file too)/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Versions of Versions map' }).click();
  const versions = dialog.getByRole('region', { name: 'Versions of Versions map' });
  const beforeLayout = versions.getByRole('listitem').filter({ hasText: 'before a layout' });
  await expect(beforeLayout).toContainText('2 nodes');
  await expect(versions.getByRole('listitem').filter({ hasText: 'while editing' })).toContainText('0 nodes');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/versions-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/versions-1280.png' });

  await beforeLayout.getByRole('button', { name: /^Restore the version from / }).click();
  await expect(dialog).toBeHidden();
  await expect(node(page, 'Old label')).toBeVisible();
  await expect(node(page, 'New label')).toHaveCount(0);
  await expect(page.getByText(/Restored the version from .+\. Undo brings back what was there\./)).toBeVisible();

  // Restoring is one step: undo brings back what was there, and a reload keeps the restored map.
  await page.getByRole('button', { name: /^Undo Restore a version/ }).click();
  await expect(node(page, 'New label')).toBeVisible();
  await page.getByRole('button', { name: /^Redo Restore a version/ }).click();
  await expect(node(page, 'Old label')).toBeVisible();
  await page.reload();
  await expect(node(page, 'Old label')).toBeVisible();
});

test('a failed save is shown at once in plain words, the edit is kept, and it is saved when storage works again', async ({ page }) => {
  // Every IndexedDB write fails as a full disk does, until the test lets it through.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { failWrites?: boolean }).failWrites && String(args[1]).startsWith('map:')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await startEmptyMap(page);
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
  await addNode(page, 'factor', 'Made while the disk is full');
  const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved in this browser yet' });
  await expect(banner).toContainText('The space this browser gives System Canvas is full. They are kept in this tab, and System Canvas keeps trying.');
  await expect(banner.getByRole('button', { name: 'Save a file' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await page.screenshot({ path: 'test-results/save-failed-1440.png' });
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^✓ Saved$/ })).toBeVisible();
  await page.reload();
  await expect(node(page, 'Made while the disk is full')).toBeVisible();
});
