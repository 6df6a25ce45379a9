/**
 * The whole map without the canvas, two ways. As a tree: themes, nodes and
 * each node's causes and effects, to read and follow the map's chains with
 * the arrow keys. As a table of every node that a screen reader can read row
 * by row, the keyboard can edit (add, rename, link, delete), and a column
 * header can sort; check several rows to give them a theme, a kind or tags
 * at once. Words search both.
 */
import { useMemo, useState } from 'react';
import { count } from '../../model/plural.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { outlineRows, searchRows, sortRows, type SortKey } from '../../views/outline.ts';
import { SortHeader, type SortState } from '../SortHeader.tsx';
import { AddNodeForm } from './AddNodeForm.tsx';
import { BulkEdit } from './BulkEdit.tsx';
import { OutlineRow } from './OutlineRow.tsx';
import { OutlineTree } from './OutlineTree.tsx';
import './outline.css';

const COLUMNS: { key: SortKey; label: string; firstAscending?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'theme', label: 'Theme' },
  { key: 'tags', label: 'Tags' },
  { key: 'causes', label: 'Causes', firstAscending: false },
  { key: 'effects', label: 'Effects', firstAscending: false },
];

type Shape = 'tree' | 'table';
/** The shape last chosen, kept while the app is open so the panel reopens as the user left it. */
let lastShape: Shape = 'table';

export function OutlinePanel() {
  const doc = useMapStore((s) => s.doc);
  const [shape, setShapeState] = useState<Shape>(lastShape);
  const setShape = (next: Shape) => {
    lastShape = next;
    setShapeState(next);
  };
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'name', ascending: true });
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const all = useMemo(() => outlineRows(doc), [doc]);
  const rows = useMemo(() => sortRows(searchRows(all, query), sort), [all, query, sort]);
  const checkedIds = rows.map((r) => r.node.id).filter((id) => checked.has(id));
  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  return (
    <section className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Outline</h2>
      <p className="muted">
        {shape === 'table'
          ? 'Every node of the map as a table: edit here without the canvas. Sort by a column; check rows to edit several at once.'
          : 'The map as a tree: arrow keys move, open and close; Enter on a node selects it on the map; Enter on a cause or effect goes to that node.'}
      </p>
      <div className="outline__shape" role="group" aria-label="Show the outline as">
        <button type="button" aria-pressed={shape === 'tree'} onClick={() => setShape('tree')}>
          Tree
        </button>
        <button type="button" aria-pressed={shape === 'table'} onClick={() => setShape('table')}>
          Table
        </button>
      </div>
      <AddNodeForm />
      <div className="outline__search" role="search">
        <label htmlFor="outline-search">Search</label>
        <input id="outline-search" type="search" placeholder="Names, themes, tags, notes…" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p className="muted" role="status">
        {query.trim() ? `${rows.length} of ${count(all.length, 'node')} match.` : `${count(all.length, 'node')}, ${count(Object.keys(doc.links).length, 'link')}.`}
      </p>
      {shape === 'tree' && <OutlineTree query={query} />}
      {shape === 'table' && checkedIds.length > 0 && <BulkEdit ids={checkedIds} onDone={() => setChecked(new Set())} />}
      {shape === 'table' && rows.length > 0 && (
        <div className="outline__scroll">
          <table className="outline__table">
            <caption className="visually-hidden">The map’s nodes; sorted by {sort.key}, {sort.ascending ? 'ascending' : 'descending'}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Check every row shown"
                    checked={checkedIds.length === rows.length}
                    onChange={(e) => setChecked(e.target.checked ? new Set(rows.map((r) => r.node.id)) : new Set())}
                  />
                </th>
                {COLUMNS.map((c) => (
                  <SortHeader key={c.key} column={c.key} label={c.label} sort={sort} onSort={setSort} firstAscending={c.firstAscending} />
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <OutlineRow
                  key={r.node.id}
                  row={r}
                  checked={checked.has(r.node.id)}
                  open={open.has(r.node.id)}
                  onCheck={(on) => setChecked((s) => toggle(s, r.node.id, on))}
                  onToggle={() => setOpen((s) => toggle(s, r.node.id, !s.has(r.node.id)))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {all.length === 0 && <p>The map is empty. Add its first node above.</p>}
    </section>
  );
}
