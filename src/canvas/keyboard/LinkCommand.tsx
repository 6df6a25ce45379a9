/**
 * The keyboard way to draw a link: with a node selected press L, type the
 * other node's name (suggestions as you type), pick the direction of
 * influence and the strength, and Enter adds the link as one undo step.
 * Escape leaves without a change; either way focus goes back to the node.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { addLink, newLink } from '../../model/operations.ts';
import { KIND_LABELS, STRENGTH_LEVELS, type NodeKind, type Polarity, type StrengthLevel } from '../../model/types.ts';
import { addLinkedNode, alreadyLinked, existingLink } from '../../services/actions.ts';
import { influenceWords } from '../../views/linkWords.ts';
import { announce } from '../../ui/announce.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { KindIcon } from '../../ui/KindIcon.tsx';
import { focusNode } from '../../ui/focus.ts';
import './keyboard.css';
import { findNodes } from '../../views/findNodes.ts';

const MAX_SUGGESTIONS = 8;
const KIND_CHOICES: readonly NodeKind[] = ['factor', 'actor', 'outcome'];
const KIND_ARTICLES: Record<NodeKind, string> = { factor: 'a', actor: 'an', outcome: 'an' };

export function LinkCommand({ fromId, onClose }: { fromId: string | null; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const nodes = useMapStore((s) => s.doc.nodes);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [polarity, setPolarity] = useState<Polarity>('+');
  const [strength, setStrength] = useState<StrengthLevel>('medium');
  const [problem, setProblem] = useState('');
  const [newKind, setNewKind] = useState<NodeKind>('factor');
  const listId = useId();
  const from = fromId ? nodes[fromId] : undefined;
  const results = useMemo(() => (fromId ? findNodes(nodes, query, { max: MAX_SUGGESTIONS, except: fromId, emptyMatchesAll: true }) : []), [nodes, fromId, query]);
  const name = query.trim();
  const exact = results.find((n) => n.label.trim().toLowerCase() === name.toLowerCase());
  // A name no node has can be a new node: offered last, so a near match stays the first choice.
  const offersNew = name !== '' && !exact;
  const creating = offersNew && active === results.length;
  const target = exact ?? (name && !creating ? results[active] : undefined);
  const optionCount = results.length + (offersNew ? 1 : 0);

  useEffect(() => {
    const d = ref.current;
    if (fromId && d && !d.open) {
      setQuery('');
      setActive(0);
      setProblem('');
      setNewKind('factor');
      d.showModal();
    }
    if (!fromId && d?.open) d.close();
  }, [fromId]);

  const close = () => {
    const id = fromId;
    // Closed here, not only when the parent says so: while the dialog is modal the node behind it cannot take focus.
    if (ref.current?.open) ref.current.close();
    onClose();
    if (id) focusNode(id);
  };

  const create = () => {
    if (!from) return;
    if (creating) {
      addLinkedNode(appSession, from.id, name, newKind, { polarity, strength: STRENGTH_LEVELS[strength] });
      announce(`Added ${KIND_LABELS[newKind].toLowerCase()} “${name}” and linked: ${influenceWords(from.label, name, polarity)}, ${strength}.`);
      return close();
    }
    if (!target) return setProblem(query.trim() ? `No node is called “${query.trim()}”. Pick one of the suggestions.` : 'Type the name of the node to link to.');
    const doc = useMapStore.getState().doc;
    const there = existingLink(doc, from.id, target.id);
    if (there) return setProblem(`${alreadyLinked(doc, there)} Pick another node, or change that link in the inspector.`);
    const link = newLink(from.id, target.id, { polarity, strength: STRENGTH_LEVELS[strength] });
    useMapStore.getState().dispatch(addLink(link), { select: { nodeIds: [from.id] } });
    announce(`Linked: ${influenceWords(from.label, target.label, polarity)}, ${strength}.`);
    close();
  };

  return (
    <dialog ref={ref} className="link-command" aria-labelledby="link-command-heading" onClose={() => fromId && close()}>
      {from && (
        <form
          method="dialog"
          onKeyDown={(e) => {
            // A list box does not submit its form on Enter; here Enter means "add the link" wherever you are.
            if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
              e.preventDefault();
              create();
            }
          }}
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          <h2 id="link-command-heading">Link from “{from.label}”</h2>
          <label className="link-command__field">
            To
            <input
              type="text"
              role="combobox"
              autoFocus
              aria-expanded={optionCount > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={active < optionCount ? `${listId}-${active}` : undefined}
              aria-describedby={problem ? `${listId}-problem` : undefined}
              placeholder="Type a node’s name"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
                setProblem('');
              }}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  setActive((a) => Math.min(a + 1, optionCount - 1));
                } else if (e.key === 'ArrowUp') {
                  e.preventDefault();
                  setActive((a) => Math.max(a - 1, 0));
                } else if (e.key === 'Tab' && !e.shiftKey && results[active] && !exact && name) {
                  // Tab takes the highlighted suggestion, as in most search boxes, then moves on.
                  setQuery(results[active].label);
                }
              }}
            />
          </label>
          <ul id={listId} role="listbox" aria-label="Nodes to link to" className="link-command__list">
            {results.map((n, i) => (
              <li
                key={n.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  setQuery(n.label);
                  setActive(0);
                }}
              >
                <KindIcon kind={n.kind} /> {n.label}
              </li>
            ))}
            {offersNew && (
              <li
                id={`${listId}-${results.length}`}
                role="option"
                aria-selected={creating}
                className={`link-command__new${creating ? ' is-active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  setActive(results.length);
                }}
              >
                <span aria-hidden="true">＋</span> Create “{name}” and link
              </li>
            )}
          </ul>
          {creating && (
            <label className="link-command__kind">
              The new node is
              <select value={newKind} onChange={(e) => setNewKind(e.target.value as NodeKind)}>
                {KIND_CHOICES.map((k) => (
                  <option key={k} value={k}>
                    {KIND_ARTICLES[k]} {KIND_LABELS[k].toLowerCase()}
                  </option>
                ))}
              </select>
            </label>
          )}
          {problem && (
            <p id={`${listId}-problem`} className="link-command__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="link-command__row">
            <label>
              Direction
              <select value={polarity} onChange={(e) => setPolarity(e.target.value as Polarity)}>
                <option value="+">+ same: more → more</option>
                <option value="-">− opposite: more → less</option>
                <option value="?">? unknown or mixed</option>
              </select>
            </label>
            <label>
              Strength
              <select value={strength} onChange={(e) => setStrength(e.target.value as StrengthLevel)}>
                <option value="weak">Weak</option>
                <option value="medium">Medium</option>
                <option value="strong">Strong</option>
              </select>
            </label>
          </div>
          <p className="muted link-command__preview" aria-live="polite">
            {creating
              ? `Adds ${KIND_ARTICLES[newKind]} ${KIND_LABELS[newKind].toLowerCase()} “${name}”. ${influenceWords(from.label, name, polarity)}, ${strength}.`
              : target
                ? `${influenceWords(from.label, target.label, polarity)}, ${strength}.`
                : 'Enter adds the link; Escape cancels.'}
          </p>
          <div className="link-command__actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary">
              {creating ? 'Create and link' : 'Add link'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
