/**
 * One node as a table row, edited in place (name, kind, theme, tags), and
 * its details below when opened: causes and effects in words, the
 * experiments that touch it, its notes, and a way to link it to another node.
 */
import { useEffect, useId, useState } from 'react';
import { renameWithGuess } from '../../model/actorType.ts';
import { updateNode } from '../../model/operations.ts';
import { count } from '../../model/plural.ts';
import { KIND_LABELS, NODE_KINDS, STATUS_LABELS, STRENGTH_LEVELS, strengthLevel, type NodeKind, type Polarity, type StrengthLevel } from '../../model/types.ts';
import { deleteElements } from '../../services/actions.ts';
import { linkNodes } from '../../services/outline.ts';
import { announce } from '../../ui/announce.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { focusNode } from '../../ui/focus.ts';
import { influenceWords } from '../../views/linkWords.ts';
import type { Neighbour } from '../../views/neighbours.ts';
import { parseTags, type OutlineRow as Row } from '../../views/outline.ts';

/** A text box that edits on Enter or on leaving it, not on every key, so each edit is one undo step. */
function CommitInput({ value, label, onCommit }: { value: string; label: string; onCommit(v: string): void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => text !== value && onCommit(text);
  return (
    <input
      type="text"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setText(value);
      }}
    />
  );
}

function Influences({ title, list, from, to }: { title: string; list: Neighbour[]; from(n: Neighbour): string; to(n: Neighbour): string }) {
  return (
    <div>
      <h4>
        {title} ({list.length})
      </h4>
      {list.length ? (
        <ul>
          {list.map((n) => (
            <li key={n.link.id}>
              {influenceWords(from(n), to(n), n.link.polarity)}, {strengthLevel(n.link.strength)}
              {n.link.delay ? ', with a delay' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet.</p>
      )}
    </div>
  );
}

function LinkForm({ row }: { row: Row }) {
  const nodes = useMapStore((s) => s.doc.nodes);
  const [target, setTarget] = useState('');
  const [polarity, setPolarity] = useState<Polarity>('+');
  const [strength, setStrength] = useState<StrengthLevel>('medium');
  const id = useId();
  const others = Object.values(nodes)
    .filter((n) => n.id !== row.node.id)
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form
      className="outline__link"
      aria-label={`Link “${row.node.label}” to another node`}
      onSubmit={(e) => {
        e.preventDefault();
        const other = nodes[target];
        if (!other) return;
        linkNodes(appSession, row.node.id, other.id, polarity, STRENGTH_LEVELS[strength]);
        announce(`Linked: ${influenceWords(row.node.label, other.label, polarity)}, ${strength}.`);
        setTarget('');
      }}
    >
      <label htmlFor={`${id}-t`}>Effect on</label>
      <select id={`${id}-t`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Choose a node…</option>
        {others.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-p`}>Direction</label>
      <select id={`${id}-p`} value={polarity} onChange={(e) => setPolarity(e.target.value as Polarity)}>
        <option value="+">+ same: more → more</option>
        <option value="-">− opposite: more → less</option>
        <option value="?">? unknown or mixed</option>
      </select>
      <label htmlFor={`${id}-s`}>Strength</label>
      <select id={`${id}-s`} value={strength} onChange={(e) => setStrength(e.target.value as StrengthLevel)}>
        <option value="weak">Weak</option>
        <option value="medium">Medium</option>
        <option value="strong">Strong</option>
      </select>
      <button type="submit" disabled={!target}>
        Add link
      </button>
    </form>
  );
}

interface Props {
  row: Row;
  checked: boolean;
  open: boolean;
  onCheck(on: boolean): void;
  onToggle(): void;
}

export function OutlineRow({ row, checked, open, onCheck, onToggle }: Props) {
  const { node, theme } = row;
  const themes = useMapStore((s) => s.doc.clusters);
  const dispatch = useMapStore((s) => s.dispatch);
  const detailsId = useId();
  const name = node.label || '(no label)';
  return (
    <>
      <tr className={checked ? 'is-checked' : undefined}>
        <td>
          <input type="checkbox" aria-label={`Check “${name}”`} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
        </td>
        <th scope="row">
          <CommitInput value={node.label} label="Name" onCommit={(label) => label.trim() && dispatch(renameWithGuess(node, label.trim()))} />
          {row.focal && <span className="outline__focal">★ focal outcome</span>}
        </th>
        <td>
          <select
            aria-label={`Kind of “${name}”`}
            value={node.kind}
            onChange={(e) => {
              const kind = e.target.value as NodeKind;
              dispatch(updateNode(node.id, { kind, actorType: kind === 'actor' ? (node.actorType ?? 'organisation') : undefined, factorType: kind === 'factor' ? (node.factorType ?? 'condition') : undefined }, 'Change kind'));
            }}
          >
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select aria-label={`Theme of “${name}”`} value={theme?.id ?? ''} onChange={(e) => dispatch(updateNode(node.id, { clusterId: e.target.value || null }, 'Change theme'))}>
            <option value="">No theme</option>
            {Object.values(themes).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </td>
        <td>
          <CommitInput value={node.tags.join(', ')} label={`Tags of “${name}”`} onCommit={(text) => dispatch(updateNode(node.id, { tags: parseTags(text) }, 'Edit tags'))} />
        </td>
        <td className="outline__num">{row.causes.length}</td>
        <td className="outline__num">{row.effects.length}</td>
        <td className="outline__actions">
          <button type="button" aria-expanded={open} aria-controls={detailsId} onClick={onToggle} aria-label={`Details of “${name}”`}>
            {open ? '▾' : '▸'} Details
          </button>
        </td>
      </tr>
      {open && (
        <tr className="outline__details" id={detailsId}>
          <td colSpan={8}>
            <div className="outline__detail-grid">
              <Influences title="Causes" list={row.causes} from={(n) => n.node.label} to={() => node.label} />
              <Influences title="Effects" list={row.effects} from={() => node.label} to={(n) => n.node.label} />
              <div>
                <h4>Experiments ({row.experiments.length})</h4>
                {row.experiments.length ? (
                  <ul>
                    {row.experiments.map((e) => (
                      <li key={e.id}>
                        {e.title} <span className="muted">({STATUS_LABELS[e.status].toLowerCase()})</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">Not touched by any experiment.</p>
                )}
              </div>
              <div>
                <h4>Notes ({node.notes.length})</h4>
                {node.notes.length ? (
                  <ul>
                    {node.notes.map((n) => (
                      <li key={n.id}>
                        {n.text}
                        {n.private && <span className="muted"> (private)</span>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">No notes.</p>
                )}
              </div>
            </div>
            <LinkForm row={row} />
            <button
              type="button"
              className="link-button"
              onClick={() => {
                useMapStore.getState().select({ nodeIds: [node.id], linkIds: [] });
                focusNode(node.id);
              }}
            >
              Show “{name}” on the map
            </button>
            <span className="muted"> {count(row.causes.length + row.effects.length, 'link')} in all. </span>
            <button type="button" className="danger" onClick={() => void deleteElements(appSession, [node.id])}>
              Delete “{name}”
            </button>
          </td>
        </tr>
      )}
    </>
  );
}
