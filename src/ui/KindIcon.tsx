/** Small icons that, with the node's shape, tell actors, factors and outcomes apart without colour. */
import type { NodeKind } from '../model/types.ts';

export function KindIcon({ kind, size = 14 }: { kind: NodeKind; size?: number }) {
  const common = { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  switch (kind) {
    case 'actor':
      return (
        <svg {...common}>
          <circle cx="8" cy="5" r="3" fill="currentColor" />
          <path d="M2.5 15c0-3.3 2.5-5.5 5.5-5.5s5.5 2.2 5.5 5.5z" fill="currentColor" />
        </svg>
      );
    case 'factor':
      return (
        <svg {...common}>
          <rect x="3" y="3" width="10" height="10" transform="rotate(45 8 8)" fill="currentColor" />
        </svg>
      );
    case 'outcome':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="8" cy="8" r="2.5" fill="currentColor" />
        </svg>
      );
  }
}
