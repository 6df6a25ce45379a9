/**
 * The fuzz suite's files (src/model/fuzz, fast-check with a fixed seed; set
 * FUZZ_SEED to try others) on a sample, through the app's own Open…: each
 * file is refused with a message that names the file and says where, and
 * leaves the open map as it was, or it opens as a map (or, for another tool's
 * file, waits with its report). The page answers the keyboard afterwards.
 * What to expect of each file comes from the same readers, run here in Node.
 */
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { mapText } from '../../src/model/fuzz/arbitraries.ts';
import { openFiles } from '../../src/formats/open-files.ts';
import { addNode, node, startEmptyMap } from './helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const SAMPLE = 40;

test.describe.configure({ timeout: 300_000 });

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const fileCase = fc.oneof(
  { weight: 6, arbitrary: mapText.map((text) => ({ name: 'map.json', bytes: utf8(text) })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => ({ name: 'noise.json', bytes: Buffer.from(b) })) },
  // Another tool's name on damaged text: the importers must refuse it as plainly.
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('graphml', 'gexf', 'dot', 'csv', 'mmp', 'prsm'), fc.string({ maxLength: 200 }), mapText).map(([ext, junk, text]) => ({
      name: `other.${ext}`,
      bytes: utf8(ext === 'csv' || ext === 'dot' ? junk : `<${junk}>${text.slice(0, 300)}`),
    })),
  },
);
/** Files a tester writes by hand, always in the sample. */
const HAND_MADE = [
  { name: 'deep.json', bytes: utf8(`{"schemaVersion": ${'['.repeat(10_000)}1${']'.repeat(10_000)}}`) },
  { name: 'long-id.json', bytes: utf8(`{"schemaVersion":2,"id":"m","meta":{},"nodes":{"${'n'.repeat(1_000_000)}":{}},"links":{},"clusters":{}}`) },
  { name: 'utf16.json', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"nodes": [1, 2', 'utf16le')]) },
  { name: 'empty.json', bytes: Buffer.alloc(0) },
  { name: 'script.json', bytes: utf8('<script>window.hacked = 1</script>') },
];

/** What a user sees of the open map: its title and the labels of its nodes. */
const openMap = (page: Page) =>
  page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent ?? '',
    nodes: [...document.querySelectorAll('.react-flow__node')].map((n) => n.textContent ?? '').sort(),
  }));

test(`a sample of ${SAMPLE} damaged and hostile files through Open… (seed ${SEED})`, async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  await addNode(page, 'actor', 'Older residents');
  const input = page.locator('#open-file-input');
  const files = [...HAND_MADE, ...fc.sample(fileCase, { seed: SEED, numRuns: SAMPLE })];
  let refused = 0;
  let opened = 0;

  for (const [i, file] of files.entries()) {
    const name = `${i}-${file.name}`;
    const expected = await openFiles([{ name, bytes: new Uint8Array(file.bytes) }]);
    const before = await openMap(page);
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: file.bytes });
    const accepted = expected.kind === 'own' ? expected.load.ok : expected.outcome.ok;
    const context = `${name}: ${file.bytes.subarray(0, 120).toString('utf8')}`;

    if (!accepted) {
      refused++;
      const problems = expected.kind === 'own' ? (expected.load.ok ? [] : expected.load.problems) : expected.outcome.ok ? [] : expected.outcome.problems;
      const alert = page.getByRole('alert').filter({ hasText: name }).last();
      await expect(alert, context).toContainText('Your open map has not changed');
      const text = (await alert.textContent()) ?? '';
      // Where: a line and column, a part of the map, or the whole file for a file that is not a map at all.
      const placed = problems.filter((p) => p.where && !['top level', 'whole file', name].includes(p.where));
      for (const p of placed.slice(0, 3)) expect(text, context).toContain(p.where.replace(/^line /, 'line '));
      expect(text, context).not.toMatch(/\bat .*\.(ts|js):\d+|Maximum call stack|undefined is not|Cannot read prop|\[object /);
      await alert.getByRole('button', { name: 'Dismiss message' }).click();
      expect(await openMap(page), context).toEqual(before);
    } else if (expected.kind === 'own') {
      opened++;
      const keepBoth = page.getByRole('dialog', { name: /You already have/ });
      const notice = page.getByRole('status').filter({ hasText: `Opened ${name}` });
      await expect(keepBoth.or(notice).first(), context).toBeVisible();
      if (await keepBoth.isVisible()) await keepBoth.getByRole('button', { name: 'Keep both' }).click();
      await expect(notice, context).toBeVisible();
    } else {
      opened++;
      // Another tool's file waits with its report; cancelling leaves the open map as it was.
      const report = page.getByRole('dialog', { name: /^Import from / });
      await expect(report, context).toBeVisible();
      await report.getByRole('button', { name: 'Cancel' }).click();
      expect(await openMap(page), context).toEqual(before);
    }
  }
  expect(refused).toBeGreaterThan(SAMPLE / 2);
  test.info().annotations.push({ type: 'sample', description: `${refused} refused, ${opened} opened` });

  // Nothing ran, and the page still answers the keyboard.
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await page.keyboard.press('f');
  await page.keyboard.type('Still answering');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Still answering')).toBeVisible();
});
