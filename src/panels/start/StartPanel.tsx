/**
 * What an empty map says first: name the outcome this map is about (it
 * becomes the focal outcome), then name what leads to it. Shown over an
 * empty canvas, out of the way of its controls; "Start blank" leaves it.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { count } from '../../model/plural.ts';
import type { NodeKind } from '../../model/types.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../../draw/nodeSize.ts';
import { addCause, addFocalOutcome } from '../../services/firstSteps.ts';
import { announce } from '../../ui/announce.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { motion } from '../../ui/motion.ts';
import './start.css';
import { countOf } from '../../model/count.ts';

export function StartPanel({ canvasRef }: { canvasRef: React.RefObject<HTMLElement | null> }) {
  const rf = useReactFlow();
  const docId = useMapStore((s) => s.doc.id);
  const [causesFor, setCausesFor] = useState<string | null>(null);
  // A map that is empty because it is new, not because its nodes were just deleted (the user is busy then). Not
  // before any map is open: start-up is opening one, or a room link's map is being joined (its join dialog is up).
  const empty = useMapStore((s) => s.openCount > 0 && countOf(s.doc.nodes) === 0 && s.history.past.length === 0);
  const focal = useMapStore((s) => (s.doc.meta.focalNodeId ? s.doc.nodes[s.doc.meta.focalNodeId] : undefined));
  // Counted only while the panel asks for causes: this runs on every change to the store, and a big map has thousands of links.
  const causes = useMapStore((s) => (causesFor === s.doc.id ? Object.values(s.doc.links).filter((l) => l.target === s.doc.meta.focalNodeId).length : 0));
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NodeKind>('factor');
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  const step = empty && !dismissed.has(docId) ? 'outcome' : causesFor === docId && focal ? 'causes' : null;

  useEffect(() => {
    if (step) input.current?.focus();
  }, [step]);
  if (!step) return null;

  // Fit the map into the part of the canvas below this panel, so the new causes are not hidden under it.
  const fit = () =>
    requestAnimationFrame(() => {
      const below = (panel.current?.getBoundingClientRect().bottom ?? 0) - (canvasRef.current?.getBoundingClientRect().top ?? 0);
      const rect = canvasRef.current?.getBoundingClientRect();
      void rf.fitView({ padding: 0.2, maxZoom: 1.1 }).then(() => {
        if (!rect) return;
        // Shrink the fitted view into the band between the panel's bottom and the canvas's, keeping its centre.
        const v = rf.getViewport();
        const zoom = Math.max((v.zoom * (rect.height - below)) / rect.height, Math.min(v.zoom, 0.8));
        const centre = { x: (rect.width / 2 - v.x) / v.zoom, y: (rect.height / 2 - v.y) / v.zoom };
        void rf.setViewport({ zoom, x: rect.width / 2 - centre.x * zoom, y: below + (rect.height - below) / 2 - centre.y * zoom }, { duration: motion(200) });
      });
    });
  const submit = () => {
    const label = text.trim();
    if (!label) return;
    if (step === 'outcome') {
      const rect = canvasRef.current?.getBoundingClientRect();
      const centre = rf.screenToFlowPosition(rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 });
      addFocalOutcome(appSession, label, { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_MIN_HEIGHT / 2 });
      setCausesFor(docId);
      announce(`“${label}” is the focal outcome. Now name what leads to it.`);
    } else {
      addCause(appSession, label, kind);
      announce(`Added “${label}”, linked to “${focal?.label ?? ''}”.`);
      fit();
    }
    setText('');
  };
  const close = () => {
    setDismissed((d) => new Set(d).add(docId));
    setCausesFor(null);
  };

  return (
    <section ref={panel} className="start" aria-labelledby="start-heading">
      <h2 id="start-heading">{step === 'outcome' ? 'Start with the outcome' : `What leads to “${focal!.label}”?`}</h2>
      <p>
        {step === 'outcome'
          ? 'What outcome in people’s lives is this map about? For example “Healthy weight” or “Household out of debt”. It becomes the focal outcome the map is drawn around.'
          : `Name a cause: a factor (a condition, behaviour or policy) or an actor (a person, group or organisation). Each is linked to the outcome; change the link later. ${causes ? `${count(causes, 'cause')} so far.` : ''}`}
      </p>
      <form
        className="start__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {step === 'causes' && (
          <select aria-label="Kind of cause" value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
            <option value="factor">Factor</option>
            <option value="actor">Actor</option>
          </select>
        )}
        <input
          ref={input}
          type="text"
          aria-label={step === 'outcome' ? 'The outcome this map is about' : 'Name of a cause'}
          placeholder={step === 'outcome' ? 'e.g. Healthy weight' : 'e.g. Food prices'}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary" disabled={!text.trim()}>
          {step === 'outcome' ? 'Make it the focal outcome' : 'Add cause'}
        </button>
      </form>
      <div className="start__footer">
        {step === 'outcome' ? (
          <button type="button" className="link-button" onClick={close}>
            Start with a blank canvas instead
          </button>
        ) : (
          <button type="button" onClick={close}>
            Done: go to the map
          </button>
        )}
        <span className="muted">Shortcuts: press ? for the list.</span>
      </div>
    </section>
  );
}
