/** Find a node by name: type, pick with arrows or the mouse, and the canvas centres on it. */
import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useState } from 'react';
import { KindIcon } from './KindIcon.tsx';
import { motion } from './motion.ts';

import type { MapNode } from '../model/types.ts';
import { NODE_MIN_HEIGHT as NODE_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';
import { focusNode } from './focus.ts';
import { useMapStore } from './appSession.ts';
import { findNodes } from '../views/findNodes.ts';

const MAX_RESULTS = 12;
const NO_NODES: Record<string, MapNode> = {};

export function FindBox() {
  const rf = useReactFlow();
  const [query, setQuery] = useState('');
  // Only while something is typed: in a live room the nodes change many times a second.
  const nodes = useMapStore((s) => (query ? s.doc.nodes : NO_NODES));
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => findNodes(nodes, query, { max: MAX_RESULTS }), [nodes, query]);

  const go = (node: MapNode) => {
    useMapStore.getState().select({ nodeIds: [node.id] });
    void rf.setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, { zoom: Math.max(rf.getZoom(), 1), duration: motion(300) });
    setQuery('');
    // On to the node, so the next key (Enter to rename, L to link, Delete) acts on what was found.
    focusNode(node.id);
  };

  return (
    <div className="find" role="search">
      <input
        id="find-node"
        type="search"
        role="combobox"
        aria-label="Find a node by name"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        placeholder="Find… (Ctrl+F)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            go(results[active]);
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      {query.trim() && (
        <ul className="find__results" id={listId} role="listbox" aria-label="Matching nodes">
          {results.length === 0 && <li className="find__empty">No node matches “{query}”</li>}
          {results.map((n, i) => (
            <li
              key={n.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                go(n);
              }}
            >
              <KindIcon kind={n.kind} /> {n.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
