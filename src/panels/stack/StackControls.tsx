/** Adding maps to the stack and connecting them. */
import { useState } from 'react';
import { connectMaps } from '../../model/stack/operations.ts';
import { CONNECTION_KINDS, CONNECTION_LABELS, type ConnectionKind, type StackDocument } from '../../model/stack/types.ts';
import { SCALE_LABELS, SYSTEM_SCALES, type SystemScale } from '../../model/types.ts';
import { addLibraryMap, createMapInStack } from '../../services/stacks.ts';
import { appSession, useLibrary } from '../../ui/appSession.ts';

export function StackControls({ stack }: { stack: StackDocument }) {
  const entries = useLibrary((s) => s.entries);
  const [title, setTitle] = useState('');
  const [scale, setScale] = useState<SystemScale>('team');
  const [pick, setPick] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<ConnectionKind>('learns-from');
  const outside = entries.filter((e) => !e.deletedAt && !stack.maps[e.id]);
  const inStack = Object.values(stack.maps);
  return (
    <div className="stack-controls">
      <form
        className="stack-controls__group"
        aria-label="New map in the stack"
        onSubmit={(e) => {
          e.preventDefault();
          void createMapInStack(appSession, title.trim() || 'Untitled map', scale);
          setTitle('');
        }}
      >
        <h3>New map</h3>
        <label>
          Title <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. North family hub" />
        </label>
        <label>
          Scale
          <select value={scale} onChange={(e) => setScale(e.target.value as SystemScale)}>
            {SYSTEM_SCALES.map((s) => (
              <option key={s} value={s}>
                {SCALE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Create map in stack</button>
      </form>
      <form
        className="stack-controls__group"
        aria-label="Add a library map"
        onSubmit={(e) => {
          e.preventDefault();
          if (pick) void addLibraryMap(appSession, pick);
          setPick('');
        }}
      >
        <h3>Add an existing map</h3>
        <label>
          Map
          <select value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">Choose a map…</option>
            {outside.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!pick}>
          Add to stack
        </button>
      </form>
      <form
        className="stack-controls__group"
        aria-label="Connect two maps"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) appSession.stack.getState().dispatch(connectMaps(kind, from, to));
        }}
      >
        <h3>Connect</h3>
        <label>
          This map
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="">Choose…</option>
            {inStack.map((m) => (
              <option key={m.mapId} value={m.mapId}>
                {m.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          <select aria-label="How they connect" value={kind} onChange={(e) => setKind(e.target.value as ConnectionKind)}>
            {CONNECTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {CONNECTION_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          That map
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">Choose…</option>
            {inStack
              .filter((m) => m.mapId !== from)
              .map((m) => (
                <option key={m.mapId} value={m.mapId}>
                  {m.title}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" disabled={!from || !to || from === to}>
          Connect maps
        </button>
      </form>
    </div>
  );
}
