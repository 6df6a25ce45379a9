/** A sortable table's column header: a button that sorts, and aria-sort saying how. */
export interface SortState<K extends string> {
  key: K;
  ascending: boolean;
}

interface Props<K extends string> {
  column: K;
  label: string;
  title?: string;
  sort: SortState<K>;
  onSort(next: SortState<K>): void;
  /** The direction a first click sorts in: names A–Z, numbers biggest first. */
  firstAscending?: boolean;
}

export function SortHeader<K extends string>({ column, label, title, sort, onSort, firstAscending = true }: Props<K>) {
  const active = sort.key === column;
  return (
    <th scope="col" title={title} aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => onSort({ key: column, ascending: active ? !sort.ascending : firstAscending })}>
        {label}
        <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
