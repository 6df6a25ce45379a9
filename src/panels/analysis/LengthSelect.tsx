/** A labelled choice of chain length, 2 to 8 links: the longest loop or path to look for. */
import { count } from '../../model/plural.ts';
export function LengthSelect({ label, name, value, onChange }: { label: string; name: string; value: number; onChange(n: number): void }) {
  return (
    <label>
      {label}
      <select aria-label={name} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {[2, 3, 4, 5, 6, 7, 8].map((n) => (
          <option key={n} value={n}>
            {count(n, 'link')}
          </option>
        ))}
      </select>
    </label>
  );
}
