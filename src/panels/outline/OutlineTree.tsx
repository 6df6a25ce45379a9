/**
 * The map as a tree (WAI-ARIA tree pattern): themes, their nodes, each
 * node's causes, effects, experiments and notes. One item is in the Tab
 * order at a time; the arrow keys move, open and close, letters jump to a
 * name, Enter on a node selects it on the map (focus stays here), Enter on a
 * cause or effect goes to the node at its other end, Delete removes a node
 * (Undo brings it back). Only open items are drawn, a theme a page at a time.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { deleteElements } from '../../services/actions.ts';
import { announce } from '../../ui/announce.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { findByTyping, FIRST_SHOWN, keysToReveal, nodeKey, placeInTheme, treeIndex, treeKeyMove, visibleTreeItems, type TreeItem } from '../../views/outlineTree.ts';

const INDENT = 18;

export function OutlineTree({ query }: { query: string }) {
  const doc = useMapStore((s) => s.doc);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [shownMore, setShownMore] = useState<ReadonlyMap<string, number>>(new Map());
  const [activeKey, setActiveKey] = useState('');
  const lookups = useMemo(() => treeIndex(doc), [doc]);
  const items = useMemo(() => visibleTreeItems(doc, { expanded, shownMore, query }, lookups), [doc, expanded, shownMore, query, lookups]);
  const refs = useRef(new Map<string, HTMLDivElement>());
  const lastIndex = useRef(0);
  const wantFocus = useRef(false);
  const typed = useRef({ text: '', at: 0 });

  // The active item can vanish (its node deleted here or by someone else, a search narrowed): then the item now in its place takes over.
  const found = items.findIndex((i) => i.key === activeKey);
  const index = found >= 0 ? found : Math.min(lastIndex.current, items.length - 1);
  const active = items[index];
  lastIndex.current = Math.max(0, index);

  useEffect(() => {
    if (!active) return;
    const el = refs.current.get(active.key);
    const inTree = !!document.activeElement?.closest('.outline-tree');
    if (el && (wantFocus.current || (inTree && document.activeElement !== el))) {
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    }
    wantFocus.current = false;
  });

  const moveTo = (key: string) => {
    wantFocus.current = true;
    setActiveKey(key);
  };
  const toggle = (key: string) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
    moveTo(key);
  };

  const goToNode = (nodeId: string) => {
    const node = doc.nodes[nodeId];
    if (!node) return;
    const [themeKey] = keysToReveal(doc, nodeId);
    if (themeKey) {
      setExpanded((s) => new Set([...s, themeKey]));
      const place = placeInTheme(doc, nodeId);
      const extra = Math.max(0, place + 1 - FIRST_SHOWN);
      if (extra > (shownMore.get(themeKey) ?? 0)) setShownMore((m) => new Map(m).set(themeKey, extra));
    }
    moveTo(nodeKey(nodeId));
    announce(`Now on “${node.label || '(no label)'}”.`);
  };

  const activate = (item: TreeItem) => {
    if (item.kind === 'influence' && item.goesTo) return goToNode(item.goesTo);
    if (item.kind === 'node' && item.nodeId) {
      useMapStore.getState().select({ nodeIds: [item.nodeId], linkIds: [] });
      announce(`“${item.label}” is selected on the map.`);
      return moveTo(item.key);
    }
    if (item.kind === 'more' && item.parentKey) {
      const themeKey = item.parentKey;
      setShownMore((m) => new Map(m).set(themeKey, (m.get(themeKey) ?? 0) + FIRST_SHOWN));
      // Focus stays in the same place, which is now the first node newly listed.
      return moveTo(item.key);
    }
    if (item.expandable) toggle(item.key);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!active || e.altKey || e.ctrlKey || e.metaKey) return;
    const move = treeKeyMove(items, active.key, e.key);
    if (move) {
      e.preventDefault();
      if ('focus' in move) moveTo(move.focus);
      else toggle(move.toggle);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(active);
    } else if (e.key === 'Delete' && active.kind === 'node' && active.nodeId) {
      e.preventDefault();
      wantFocus.current = true;
      void deleteElements(appSession, [active.nodeId]);
      announce(`Deleted “${active.label}”. Undo brings it back.`);
    } else if (e.key.length === 1 && /\S/.test(e.key)) {
      const now = performance.now();
      typed.current = { text: now - typed.current.at < 700 ? typed.current.text + e.key : e.key, at: now };
      const key = findByTyping(items, active.key, typed.current.text);
      if (key) {
        e.preventDefault();
        moveTo(key);
      }
    }
  };

  if (!items.length) return null;
  return (
    <div className="outline-tree" role="tree" aria-label="The map as a tree: themes, nodes, and each node’s causes and effects" onKeyDown={onKeyDown}>
      {items.map((item) => (
        <div
          key={item.key}
          ref={(el) => {
            if (el) refs.current.set(item.key, el);
            else refs.current.delete(item.key);
          }}
          role="treeitem"
          aria-level={item.level}
          aria-posinset={item.posInSet}
          aria-setsize={item.setSize}
          aria-expanded={item.expandable ? item.expanded : undefined}
          tabIndex={item.key === active?.key ? 0 : -1}
          className={`outline-tree__item outline-tree__item--${item.kind}`}
          style={{ paddingLeft: 26 + (item.level - 1) * INDENT }}
          onClick={(e) => {
            setActiveKey(item.key);
            if (item.expandable && (e.target as Element).closest('.outline-tree__twisty')) toggle(item.key);
            else activate(item);
          }}
        >
          <span className="outline-tree__twisty" aria-hidden="true">
            {item.expandable ? (item.expanded ? '▾' : '▸') : item.kind === 'influence' ? '→' : ''}
          </span>
          {item.focal && (
            <span className="outline-tree__focal" aria-hidden="true">
              ★{' '}
            </span>
          )}
          <span className="outline-tree__label">{item.label}</span>
          {item.detail && <span className="outline-tree__detail">, {item.detail}</span>}
        </div>
      ))}
    </div>
  );
}
