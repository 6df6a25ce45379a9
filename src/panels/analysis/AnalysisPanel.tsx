/** Sense-making: loops, key factors, causal paths and what-if, each shown on the canvas as a lens. */
import { useState } from 'react';
import { useViewStore } from '../../ui/appSession.ts';
import { KeyFactorsView } from './KeyFactorsView.tsx';
import { LoopsView } from './LoopsView.tsx';
import { PathsView } from './PathsView.tsx';
import { WhatIfView } from './WhatIfView.tsx';
import { BasisSelect } from './BasisSelect.tsx';
import { RoundsList } from '../rounds/RoundsList.tsx';

const VIEWS = { loops: 'Loops', factors: 'Key factors', paths: 'Paths', whatif: 'What if' } as const;
type View = keyof typeof VIEWS;

export function AnalysisPanel() {
  const [view, setView] = useState<View>('loops');
  return (
    <div className="analysis">
      <h2>Analysis</h2>
      <div className="segmented" role="group" aria-label="Analysis view">
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => {
              // Leaving what-if takes its prediction off the canvas.
              if (view === 'whatif' && useViewStore.getState().lens.kind === 'whatif') useViewStore.getState().setLens({ kind: 'none' });
              setView(v);
            }}
          >
            {VIEWS[v]}
          </button>
        ))}
      </div>
      {view !== 'paths' && <BasisSelect />}
      {view === 'loops' && <LoopsView />}
      {view === 'factors' && <KeyFactorsView />}
      {view === 'paths' && <PathsView />}
      {view === 'whatif' && <WhatIfView />}
      <RoundsList />
    </div>
  );
}
