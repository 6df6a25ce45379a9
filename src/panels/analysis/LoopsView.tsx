/** Feedback loops: found off the main thread, filtered, named, and shown on the canvas one at a time. */
import { useEffect, useMemo, useState } from 'react';
import { findLoopsOffThread } from '../../analysis/browser/client.ts';
import { countLoops, filterLoops, loopChain, loopTag, numberedLoops, sortLoops, type Loop, type LoopKind, type LoopSearch, type LoopSort } from '../../analysis/index.ts';
import { nameLoop } from '../../model/operations.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { LengthSelect } from './LengthSelect.tsx';
import { BringHere } from '../live/BringHere.tsx';
import { useReadOnly } from '../inspector/readOnly.ts';
import { count } from '../../model/plural.ts';
import { LoopComments } from '../comments/LoopComments.tsx';
import { StartRound } from '../rounds/StartRound.tsx';
import { useBasedMap } from './basis.ts';

const KIND_WORDS: Record<LoopKind, string> = { R: 'Reinforcing', B: 'Balancing', unclear: 'Unclear' };
const SHOWN = 100;

/** The kind's letter, and a named loop's number as its marker on the map shows it (R1, B2). */
function LoopBadge({ kind, tag }: { kind: LoopKind; tag?: string }) {
  return (
    <span className={`loop-badge loop-badge--${kind}`} title={KIND_WORDS[kind]}>
      {tag ?? (kind === 'unclear' ? '?' : kind)}
    </span>
  );
}

function LoopItem({ loop, name, tag, active }: { loop: Loop; name: string; tag: string; active: boolean }) {
  const readOnly = useReadOnly();
  const doc = useMapStore((s) => s.doc);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const chain = loopChain(doc, loop);
  const show = () => {
    const view = useViewStore.getState();
    if (active) return view.setLens({ kind: 'none' });
    view.setLens({ kind: 'highlight', nodeIds: loop.nodeIds, linkIds: loop.linkIds, caption: `${KIND_WORDS[loop.kind]} loop: ${name || chain}` });
    view.focusOn(loop.nodeIds);
  };
  return (
    <li className={`loop${active ? ' is-active' : ''}`}>
      <div className="loop__head">
        <LoopBadge kind={loop.kind} tag={tag} />
        <span className="muted">
          {KIND_WORDS[loop.kind]} · {count(loop.length, 'link')} · strength {Math.round(loop.strength * 100)}%
        </span>
        <button type="button" aria-pressed={active} onClick={show} aria-label={`${active ? 'Hide' : 'Show'} loop ${name || chain} on the map`}>
          {active ? 'Hide' : 'Show'}
        </button>
      </div>
      <p className="loop__chain">{chain}</p>
      <StartRound linkIds={loop.linkIds} what={`this loop’s ${count(loop.linkIds.length, 'link')}`} />
      <BringHere nodeIds={loop.nodeIds} linkIds={loop.linkIds} caption={`${KIND_WORDS[loop.kind]} loop: ${name || chain}`} what={`loop ${name || chain}`} />
      <input
        type="text"
        className="loop__name"
        aria-label={`Name for loop ${chain}`}
        placeholder={readOnly ? undefined : 'Name this loop…'}
        readOnly={readOnly}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== name && useMapStore.getState().dispatch(nameLoop(loop.key, draft))}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <LoopComments loopKey={loop.key} what={`loop ${name || chain}`} />
    </li>
  );
}

export function LoopsView() {
  // Loops as the chosen basis sees the links (the map's values, the mean of views, or one perspective's).
  const { doc } = useBasedMap();
  const selectedNode = useMapStore((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0]! : null));
  const lens = useViewStore((s) => s.lens);
  const [maxLength, setMaxLength] = useState(6);
  const [search, setSearch] = useState<LoopSearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kinds, setKinds] = useState<LoopKind[]>([]);
  const [through, setThrough] = useState<'any' | 'focal' | 'selected'>('any');
  const [sort, setSort] = useState<LoopSort>('length');
  const [limit, setLimit] = useState(SHOWN);

  // Loops depend on links only: label edits and moves do not start a new search.
  const links = doc.links;
  useEffect(() => {
    let live = true;
    setSearch(null);
    findLoopsOffThread({ ...useMapStore.getState().doc, links }, { maxLength })
      .then((r) => live && (setSearch(r), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [links, maxLength]);

  const shown = useMemo(() => {
    if (!search) return [];
    const filtered = filterLoops(doc, search.loops, {
      kinds: kinds.length ? kinds : undefined,
      throughFocal: through === 'focal' || undefined,
      throughNode: through === 'selected' && selectedNode ? selectedNode : undefined,
    });
    return sortLoops(filtered, sort);
  }, [search, doc, kinds, through, selectedNode, sort]);

  const counts = search ? countLoops(search.loops) : null;
  const numbered = useMemo(() => numberedLoops(doc), [doc]);
  const activeLinks = lens.kind === 'highlight' ? lens.linkIds.join(',') : '';
  const toggleKind = (k: LoopKind) => setKinds(kinds.includes(k) ? kinds.filter((x) => x !== k) : [...kinds, k]);

  return (
    <section aria-labelledby="loops-heading">
      <h3 id="loops-heading">Feedback loops</h3>
      <div className="analysis__controls">
        <LengthSelect label="Longest loop" name="Longest loop" value={maxLength} onChange={setMaxLength} />
        <label>
          Sort by
          <select aria-label="Sort loops by" value={sort} onChange={(e) => setSort(e.target.value as LoopSort)}>
            <option value="length">Length</option>
            <option value="strength">Strength</option>
          </select>
        </label>
        <label>
          Through
          <select aria-label="Through" value={through} onChange={(e) => setThrough(e.target.value as typeof through)}>
            <option value="any">Any node</option>
            <option value="focal">The focal outcome</option>
            <option value="selected">The selected node</option>
          </select>
        </label>
      </div>
      <div className="row" role="group" aria-label="Show loops of kind">
        {(['R', 'B', 'unclear'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={kinds.includes(k)} onClick={() => toggleKind(k)}>
            <LoopBadge kind={k} /> {KIND_WORDS[k]} {counts ? `(${counts[k]})` : ''}
          </button>
        ))}
      </div>
      {error && <p role="alert">The loop search failed: {error}</p>}
      {!search && !error && <p className="muted">Looking for loops…</p>}
      {search && (
        <p className="analysis__summary" role="status">
          {count(counts!.total, 'loop')} up to {count(search.maxLength, 'link')}: {counts!.R} reinforcing, {counts!.B} balancing, {counts!.unclear} unclear.
          {search.truncated && <strong> The search was cut short: {search.reason}</strong>}
          {through === 'selected' && !selectedNode && ' Select one node on the map to see the loops through it.'}
          {through === 'focal' && !doc.meta.focalNodeId && ' This map has no focal outcome.'}
          {through !== 'any' && shown.length === 0 && ' No loop passes through it (a node that only receives links, or only sends them, is in no loop).'}
        </p>
      )}
      <ul className="plain-list loops">
        {shown.slice(0, limit).map((loop) => (
          <LoopItem key={loop.key} loop={loop} name={doc.loopNames?.[loop.key] ?? ''} tag={loopTag(numbered, loop.key, loop.kind)} active={activeLinks === loop.linkIds.join(',')} />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + SHOWN)}>
          Show {Math.min(SHOWN, shown.length - limit)} more of {shown.length - limit}
        </button>
      )}
    </section>
  );
}
