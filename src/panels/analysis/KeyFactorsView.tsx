/** Key factors: a sortable table of measures, and a ring on each node sized by the chosen one. */
import { useEffect, useMemo, useState } from 'react';
import { keyFactorsOffThread } from '../../analysis/browser/client.ts';
import type { KeyFactor } from '../../analysis/index.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { SortHeader } from '../SortHeader.tsx';
import { useBasedMap } from './basis.ts';

type Column = 'label' | 'inDegree' | 'outDegree' | 'weightedIn' | 'weightedOut' | 'betweenness' | 'role' | 'leverage';
const COLUMNS: { key: Column; label: string; title: string }[] = [
  { key: 'label', label: 'Node', title: 'Node' },
  { key: 'inDegree', label: 'In', title: 'Links coming in' },
  { key: 'outDegree', label: 'Out', title: 'Links going out' },
  { key: 'weightedIn', label: 'W in', title: 'Sum of the strengths of links coming in' },
  { key: 'weightedOut', label: 'W out', title: 'Sum of the strengths of links going out' },
  { key: 'betweenness', label: 'Betw.', title: 'Betweenness: on how many shortest chains between other nodes it lies' },
  { key: 'role', label: 'Role', title: 'Driver (drives much more than it is driven), receiver, or ordinary' },
  { key: 'leverage', label: 'Lev.', title: 'Leverage: drives much, is driven little' },
];
const MEASURES: Column[] = ['betweenness', 'leverage', 'weightedOut', 'weightedIn', 'outDegree', 'inDegree'];

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export function KeyFactorsView() {
  // Key factors as the chosen basis sees the links' strengths.
  const links = useBasedMap().doc.links;
  const nodes = useMapStore((s) => s.doc.nodes);
  const emphasis = useViewStore((s) => s.emphasis);
  const [rows, setRows] = useState<KeyFactor[] | null>(null);
  const [sort, setSort] = useState<{ key: Column; ascending: boolean }>({ key: 'betweenness', ascending: false });
  const [onlyFactors, setOnlyFactors] = useState(false);

  useEffect(() => {
    let live = true;
    keyFactorsOffThread({ ...useMapStore.getState().doc, links }).then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [links, nodes]);

  const sorted = useMemo(() => {
    if (!rows) return [];
    const list = onlyFactors ? rows.filter((r) => r.kind === 'factor') : rows;
    const dir = sort.ascending ? 1 : -1;
    return [...list].sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return dir * order || a.label.localeCompare(b.label);
    });
  }, [rows, sort, onlyFactors]);

  const outline = (measure: string) => {
    const view = useViewStore.getState();
    if (!measure || !rows) return view.setEmphasis(null);
    const key = measure as Column;
    const max = Math.max(...rows.map((r) => r[key] as number), 0);
    view.setEmphasis({ measure, values: Object.fromEntries(rows.map((r) => [r.id, max > 0 ? (r[key] as number) / max : 0])) });
  };

  return (
    <section aria-labelledby="factors-heading">
      <h3 id="factors-heading">Key factors</h3>
      <div className="analysis__controls">
        <label>
          Outline nodes by
          <select aria-label="Outline nodes by" value={emphasis?.measure ?? ''} onChange={(e) => outline(e.target.value)}>
            <option value="">Nothing</option>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {COLUMNS.find((c) => c.key === m)!.title.split(':')[0]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={onlyFactors} onChange={(e) => setOnlyFactors(e.target.checked)} /> Factors only
        </label>
      </div>
      {!rows && <p className="muted">Measuring…</p>}
      <div className="table-scroll">
        <table className="analysis__table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader key={c.key} column={c.key} label={c.label} title={c.title} sort={sort} onSort={setSort} firstAscending={c.key === 'label'} />
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => (useMapStore.getState().select({ nodeIds: [r.id] }), useViewStore.getState().focusOn([r.id]))}>
                    {r.label}
                  </button>
                </td>
                <td className="num">{r.inDegree}</td>
                <td className="num">{r.outDegree}</td>
                <td className="num">{fmt(r.weightedIn)}</td>
                <td className="num">{fmt(r.weightedOut)}</td>
                <td className="num">{fmt(r.betweenness)}</td>
                <td>{r.role}</td>
                <td className="num">{r.leverage.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
