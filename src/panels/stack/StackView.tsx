/** The learning stack: the maps at every scale and how they connect, the patterns, the enablers and the stewardship timeline. */
import { useEffect, useRef, useState } from 'react';
import { renameStack } from '../../model/stack/operations.ts';
import { newStack, openMapFromStack, openStackExample, openStackText, openStackView, saveStackFile } from '../../services/stacks.ts';
import { appSession, useStack } from '../../ui/appSession.ts';
import { EnablersView } from './EnablersView.tsx';
import { PatternsView } from './PatternsView.tsx';
import { StackControls } from './StackControls.tsx';
import { StackDiagramView } from './StackDiagramView.tsx';
import { TimelineView } from './TimelineView.tsx';
import { StackReportButton } from './StackReportButton.tsx';
import './stack.css';

const TABS = [
  { id: 'stack', label: 'Stack' },
  { id: 'patterns', label: 'Patterns' },
  { id: 'enablers', label: 'Enablers and barriers' },
  { id: 'timeline', label: 'Stewardship' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function StackView({ onClose }: { onClose(): void }) {
  const stack = useStack((s) => s.stack);
  const maps = useStack((s) => s.maps);
  const undoName = useStack((s) => s.past[s.past.length - 1]?.name);
  const redoName = useStack((s) => s.future[0]?.name);
  const [tab, setTab] = useState<Tab>('stack');
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void openStackView(appSession);
    heading.current?.focus();
  }, []);

  return (
    <section className="stack-view" role="dialog" aria-modal="true" aria-labelledby="stack-view-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="stack-view__bar">
        <h2 id="stack-view-title" ref={heading} tabIndex={-1}>
          Learning stack
        </h2>
        {stack && <input className="stack-view__name" aria-label="Stack name" value={stack.title} onChange={(e) => appSession.stack.getState().dispatch(renameStack(e.target.value))} />}
        <div className="stack-view__actions" role="group" aria-label="Stack files">
          <button type="button" onClick={() => appSession.stack.getState().undo()} disabled={!undoName} aria-label={undoName ? `Undo ${undoName}` : 'Undo'}>
            ↶
          </button>
          <button type="button" onClick={() => appSession.stack.getState().redo()} disabled={!redoName} aria-label={redoName ? `Redo ${redoName}` : 'Redo'}>
            ↷
          </button>
          <button type="button" onClick={() => void newStack(appSession)}>
            New stack
          </button>
          <button type="button" onClick={() => void openStackExample(appSession, 'early-help-riverside.json')}>
            Open example stack
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open stack…
          </button>
          <button type="button" onClick={() => void saveStackFile(appSession)} disabled={!stack}>
            Save stack…
          </button>
          {stack && <StackReportButton stack={stack} maps={maps} />}
          <button type="button" onClick={onClose} className="stack-view__close">
            Close stack
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Stack file to open"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then((text) => openStackText(appSession, file.name, text));
            }}
          />
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Stack views">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`stack-tab-${t.id}`} aria-selected={tab === t.id} aria-controls="stack-tabpanel" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="stack-view__body" role="tabpanel" id="stack-tabpanel" aria-labelledby={`stack-tab-${tab}`}>
        {!stack ? (
          <p>Opening the stack…</p>
        ) : tab === 'stack' ? (
          <>
            <StackDiagramView
              stack={stack}
              maps={maps}
              onOpen={(id) => {
                void openMapFromStack(appSession, id).then(onClose);
              }}
            />
            <StackControls stack={stack} />
          </>
        ) : tab === 'patterns' ? (
          <PatternsView stack={stack} maps={maps} />
        ) : tab === 'enablers' ? (
          <EnablersView stack={stack} maps={maps} />
        ) : (
          <TimelineView stack={stack} maps={maps} />
        )}
      </div>
    </section>
  );
}
