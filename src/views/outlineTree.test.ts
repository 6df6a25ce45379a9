import { describe, expect, it } from 'vitest';
import { addLink, addNode, addTheme, createMap, newLink, newNode, newTheme, type Operation } from '../model/operations.ts';
import type { MapDocument } from '../model/types.ts';
import { findByTyping, FIRST_SHOWN, nodeKey, placeInTheme, themeKey, treeKeyMove, visibleTreeItems } from './outlineTree.ts';

function sample() {
  let doc = createMap();
  const money = newTheme(doc, 'Money');
  const debt = newNode('factor', { x: 0, y: 0 }, { label: 'Debt', clusterId: money.id });
  const rent = newNode('factor', { x: 0, y: 0 }, { label: 'Rent', clusterId: money.id });
  const stress = newNode('factor', { x: 0, y: 0 }, { label: 'Stress', notes: [{ id: 'n1', text: 'worse in winter', private: false, createdAt: '' }] });
  const ops: Operation[] = [
    addTheme(money),
    addNode(debt),
    addNode(rent),
    addNode(stress),
    addLink({ ...newLink(debt.id, stress.id), polarity: '+', strength: 3 }),
    addLink({ ...newLink(stress.id, rent.id), polarity: '-', strength: 1 }),
  ];
  doc = ops.reduce((d, o) => o.apply(d), doc);
  return { doc, money, debt, rent, stress };
}

const labels = (doc: MapDocument, expanded: string[], query?: string) => visibleTreeItems(doc, { expanded: new Set(expanded), query }).map((i) => `${i.level} ${i.label}`);

describe('the outline tree', () => {
  it('lists themes first, nodes without a theme last, each closed', () => {
    const { doc } = sample();
    const items = visibleTreeItems(doc, { expanded: new Set() });
    expect(items.map((i) => [i.label, i.detail, i.level, i.posInSet, i.setSize, i.expanded])).toEqual([
      ['Money', '2 nodes', 1, 1, 2, false],
      ['No theme', '1 node', 1, 2, 2, false],
    ]);
  });

  it('opens a theme to its nodes by name, a node to its groups, a group to its links in words', () => {
    const { doc, money, stress } = sample();
    expect(labels(doc, [themeKey(null), nodeKey(stress.id), `g:${stress.id}:causes`, `g:${stress.id}:effects`])).toEqual([
      '1 Money',
      '1 No theme',
      '2 Stress',
      '3 Causes',
      '4 More “Debt” → more “Stress”',
      '3 Effects',
      '4 More “Stress” → less “Rent”',
      '3 Notes',
    ]);
    const items = visibleTreeItems(doc, { expanded: new Set([themeKey(money.id)]) });
    expect(items.filter((i) => i.kind === 'node').map((i) => [i.label, i.detail, i.posInSet, i.setSize])).toEqual([
      ['Debt', 'Factor, 0 causes, 1 effect', 1, 2],
      ['Rent', 'Factor, 1 cause, 0 effects', 2, 2],
    ]);
  });

  it('says where a cause or effect leads and how strong it is', () => {
    const { doc, debt, stress } = sample();
    const cause = visibleTreeItems(doc, { expanded: new Set([themeKey(null), nodeKey(stress.id), `g:${stress.id}:causes`]) }).find((i) => i.kind === 'influence')!;
    expect(cause.goesTo).toBe(debt.id);
    expect(cause.detail).toBe('strong');
  });

  it('lists only matches while searching, under their themes opened for them', () => {
    const { doc } = sample();
    expect(labels(doc, [], 'winter')).toEqual(['1 No theme', '2 Stress']);
    expect(labels(doc, [], 'nothing like it')).toEqual([]);
  });

  it('lists a big theme a page at a time', () => {
    let doc = createMap();
    const big = newTheme(doc, 'Big');
    doc = addTheme(big).apply(doc);
    for (let i = 0; i < FIRST_SHOWN + 50; i++) doc = addNode(newNode('factor', { x: 0, y: 0 }, { label: `Factor ${i}`, clusterId: big.id })).apply(doc);
    const items = visibleTreeItems(doc, { expanded: new Set([themeKey(big.id)]) });
    expect(items).toHaveLength(1 + FIRST_SHOWN + 1);
    expect(items.at(-1)!.label).toBe('Show 50 more');
    expect(items[1]!.setSize).toBe(FIRST_SHOWN + 1);
    const more = visibleTreeItems(doc, { expanded: new Set([themeKey(big.id)]), shownMore: new Map([[themeKey(big.id), FIRST_SHOWN]]) });
    expect(more).toHaveLength(1 + FIRST_SHOWN + 50);
    // Names sort as people read numbers: "Factor 9" before "Factor 10".
    expect(placeInTheme(doc, Object.values(doc.nodes).find((n) => n.label === 'Factor 249')!.id)).toBe(249);
  });

  it('moves with the arrow keys as a tree does', () => {
    const { doc, money, debt } = sample();
    const items = visibleTreeItems(doc, { expanded: new Set([themeKey(money.id)]) });
    const m = themeKey(money.id);
    expect(treeKeyMove(items, m, 'ArrowDown')).toEqual({ focus: nodeKey(debt.id) });
    expect(treeKeyMove(items, m, 'ArrowRight')).toEqual({ focus: nodeKey(debt.id) });
    expect(treeKeyMove(items, m, 'ArrowLeft')).toEqual({ toggle: m });
    expect(treeKeyMove(items, nodeKey(debt.id), 'ArrowLeft')).toEqual({ focus: m });
    expect(treeKeyMove(items, nodeKey(debt.id), 'ArrowRight')).toEqual({ toggle: nodeKey(debt.id) });
    expect(treeKeyMove(items, m, 'ArrowUp')).toBeNull();
    expect(treeKeyMove(items, m, 'End')).toEqual({ focus: themeKey(null) });
    expect(treeKeyMove(items, 'gone', 'ArrowDown')).toEqual({ focus: m });
    expect(findByTyping(items, m, 'r')).toBe(items.find((i) => i.label === 'Rent')!.key);
    expect(findByTyping(items, m, 'zz')).toBeNull();
  });

  it('keeps item keys while the map changes, so focus can stay put', () => {
    const { doc, money, debt } = sample();
    const before = visibleTreeItems(doc, { expanded: new Set([themeKey(money.id)]) }).map((i) => i.key);
    const renamed = { ...doc, nodes: { ...doc.nodes, [debt.id]: { ...doc.nodes[debt.id]!, label: 'Arrears' } } };
    const after = visibleTreeItems(renamed, { expanded: new Set([themeKey(money.id)]) }).map((i) => i.key);
    expect(new Set(after)).toEqual(new Set(before));
  });
});
