/** Recording a learning from a pattern: a short statement, the map it belongs on, and the experiments it rests on. */
import { useState } from 'react';
import type { Pattern } from '../../analysis/patterns/rollup.ts';
import { addLearning } from '../../model/stack/operations.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import { SYSTEM_SCALES, type Id, type MapDocument, type SystemScale } from '../../model/types.ts';
import { appSession } from '../../ui/appSession.ts';

/** The largest-scale map of the stack: where a learning from the scales below is shown by default. */
export function largest(stack: StackDocument): Id | null {
  const order: SystemScale[] = [...SYSTEM_SCALES].reverse();
  const maps = Object.values(stack.maps).sort((a, b) => order.indexOf(a.scale) - order.indexOf(b.scale));
  return maps[0]?.mapId ?? null;
}

export function LearningForm({ pattern, stack, maps, defaultMapId }: { pattern: Pattern; stack: StackDocument; maps: Record<Id, MapDocument>; defaultMapId: Id | null }) {
  const [text, setText] = useState('');
  const [mapId, setMapId] = useState(defaultMapId ?? largest(stack) ?? '');
  const key = (x: { mapId: Id; experimentId: Id }) => `${x.mapId}/${x.experimentId}`;
  const [chosen, setChosen] = useState(() => new Set(pattern.experiments.map(key)));
  const target = maps[mapId];
  const restsOn = pattern.experiments.filter((x) => chosen.has(key(x)));
  return (
    <form
      className="learning-form"
      aria-label={`Record a learning from: ${pattern.sentence}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || !mapId || !restsOn.length) return;
        const member = Object.values(stack.identities).find((i) => i.id === pattern.effect.key)?.members.find((m) => m.mapId === mapId);
        const about = member ?? (target ? (Object.values(target.nodes).filter((n) => n.label === pattern.effect.label).map((n) => ({ mapId, nodeId: n.id, label: n.label }))[0] ?? null) : null);
        appSession.stack.getState().dispatch(addLearning({ mapId, statement: text.trim(), about, experiments: restsOn.map((x) => ({ mapId: x.mapId, experimentId: x.experimentId, title: x.title })), date: new Date().toISOString().slice(0, 10) }));
        setText('');
      }}
    >
      <label>
        What we learn from this
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={500} />
      </label>
      <label>
        On the map
        <select value={mapId} onChange={(e) => setMapId(e.target.value)}>
          {Object.values(stack.maps).map((m) => (
            <option key={m.mapId} value={m.mapId}>
              {m.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="learning-form__experiments">
        <legend>
          It rests on {restsOn.length} of {pattern.experiments.length} experiments
        </legend>
        {pattern.experiments.map((x) => (
          <label key={key(x)} className="check">
            <input
              type="checkbox"
              checked={chosen.has(key(x))}
              onChange={() => {
                const next = new Set(chosen);
                if (!next.delete(key(x))) next.add(key(x));
                setChosen(next);
              }}
            />{' '}
            {x.title} <span className="muted">({stack.maps[x.mapId]?.title ?? 'a map no longer in the stack'})</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!text.trim() || !restsOn.length}>
        Record learning
      </button>
    </form>
  );
}
