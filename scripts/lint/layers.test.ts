/** The layer rule, run through the project's own ESLint configuration as `npm run lint` runs it. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/import-downward').map((m) => m.message);
}

describe('layers import downward only', () => {
  it('refuses the export layer importing the canvas', async () => {
    const errors = await layerErrors('src/export/wrong.ts', "import { toFlow } from '../canvas/toFlow.ts';\nexport const x = toFlow;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/export may not import from src/canvas');
  });

  it('refuses sideways imports between canvas and panels, and services reaching up into the UI', async () => {
    expect(await layerErrors('src/canvas/wrong.ts', "import { Legend } from '../panels/Legend.tsx';\nexport const x = Legend;\n")).toHaveLength(1);
    expect(await layerErrors('src/services/wrong.ts', "import { FindBox } from '../ui/FindBox.tsx';\nexport const x = FindBox;\n")).toHaveLength(1);
  });

  it('refuses dynamic imports upward too', async () => {
    expect(await layerErrors('src/model/wrong.ts', "export const load = () => import('../store/mapStore.ts');\n")).toHaveLength(1);
  });

  it('keeps React and zustand out of the pure layers', async () => {
    const errors = await layerErrors('src/draw/wrong.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(errors[0]).toContain("may not import 'react'");
  });

  it('keeps a pure layer off its own browser-only files', async () => {
    const errors = await layerErrors('src/layout/wrong.ts', "import { runLayout } from './browser/client.ts';\nexport const x = runLayout;\n");
    expect(errors[0]).toContain('browser-only');
    expect(await layerErrors('src/services/fine.ts', "import { runLayout } from '../layout/browser/client.ts';\nexport const x = runLayout;\n")).toEqual([]);
  });

  it('allows imports downward and within a folder', async () => {
    expect(await layerErrors('src/canvas/fine.ts', "import { NODE_SIZE } from '../draw/nodeSize.ts';\nimport { toFlow } from './toFlow.ts';\nexport const x = [NODE_SIZE, toFlow];\n")).toEqual([]);
  });

  it('asks for a new folder to be placed in the table', async () => {
    const [result] = await eslint.lintText('export const x = 1;\n', { filePath: 'src/newthing/x.ts' });
    expect(result?.messages.map((m) => m.message).join(' ')).toContain('not in the layer table');
  });
});
