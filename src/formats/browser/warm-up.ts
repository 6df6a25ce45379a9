/**
 * The import worker's warm-up, run when the user shows they are about to open
 * a file (Open…, Ctrl+O, Import a file…, a drag over the canvas). Loading the
 * parsers is not all a first import pays for: the first run of the reading,
 * building and checking code is compiled as it goes (the map checks compile
 * their validators on first use). So the worker also reads two tiny files of
 * its own, a Kumu workbook and a GraphML file, and throws the results away.
 */
import { writeXlsx } from '../kumu/xlsx.ts';
import { openFiles } from '../open-files.ts';
import { forThePage } from './hand-over.ts';

const TINY_GRAPHML =
  '<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">' +
  '<key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="l" for="node" attr.name="label" attr.type="string"/>' +
  '<graph edgedefault="directed"><node id="a"><data key="l">A</data></node><node id="b"><data key="l">B</data></node>' +
  '<edge source="a" target="b"><data key="w">1</data></edge></graph></graphml>';

/** Returns how many of the tiny files were read as maps (both, unless a reader broke). */
export async function warmUpReaders(): Promise<number> {
  const workbook = await writeXlsx([
    { name: 'Elements', rows: [['Label', 'Type'], ['A', 'Factor'], ['B', 'Outcome']] },
    { name: 'Connections', rows: [['From', 'To', 'Type', 'Strength'], ['A', 'B', '++', '2']] },
  ]);
  let read = 0;
  for (const file of [
    { name: 'warm-up.xlsx', bytes: workbook },
    { name: 'warm-up.graphml', bytes: new TextEncoder().encode(TINY_GRAPHML) },
  ]) {
    if (forThePage(await openFiles([file])).kind === 'imported') read++;
  }
  return read;
}
