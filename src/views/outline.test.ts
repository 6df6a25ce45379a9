import { describe, expect, it } from 'vitest';
import { addLink, addNode, addTheme, createMap, newLink, newNode, newTheme, type Operation } from '../model/operations.ts';
import { outlineRows, parseTags, searchRows, sortRows } from './outline.ts';

function sample() {
  let doc = createMap();
  const theme = newTheme(doc, 'Money');
  const debt = newNode('factor', { x: 0, y: 0 }, { label: 'Debt', clusterId: theme.id, tags: ['money'] });
  const stress = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
  const family = newNode('actor', { x: 0, y: 0 }, { label: 'Family', notes: [{ id: 'x', text: 'worried about rent', private: false, createdAt: '' }] });
  const ops: Operation[] = [addTheme(theme), addNode(debt), addNode(stress), addNode(family), addLink(newLink(debt.id, stress.id)), addLink(newLink(family.id, stress.id))];
  doc = ops.reduce((d, o) => o.apply(d), doc);
  return { doc, debt, stress, family };
}

describe('outline rows', () => {
  it('give each node its theme, causes and effects', () => {
    const { doc, stress } = sample();
    const row = outlineRows(doc).find((r) => r.node.id === stress.id)!;
    expect(row.causes.map((c) => c.node.label)).toEqual(['Debt', 'Family']);
    expect(row.effects).toEqual([]);
  });
  it('are found by any of their words, notes included', () => {
    const rows = outlineRows(sample().doc);
    expect(searchRows(rows, 'money').map((r) => r.node.label)).toEqual(['Debt']);
    expect(searchRows(rows, 'rent').map((r) => r.node.label)).toEqual(['Family']);
    expect(searchRows(rows, 'actor worried').map((r) => r.node.label)).toEqual(['Family']);
    expect(searchRows(rows, '  ')).toHaveLength(3);
  });
  it('sort by a column either way, untagged or unthemed last', () => {
    const rows = outlineRows(sample().doc);
    expect(sortRows(rows, { key: 'name', ascending: true }).map((r) => r.node.label)).toEqual(['Debt', 'Family', 'Stress']);
    expect(sortRows(rows, { key: 'causes', ascending: false })[0]!.node.label).toBe('Stress');
    expect(sortRows(rows, { key: 'theme', ascending: true })[0]!.node.label).toBe('Debt');
    expect(sortRows(rows, { key: 'kind', ascending: true })[0]!.node.label).toBe('Family');
  });
  it('read tags from a comma-separated list', () => {
    expect(parseTags(' food, money ,, food ')).toEqual(['food', 'money']);
  });
});
