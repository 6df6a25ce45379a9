/** An experiment's status as a small SVG shape (see draw/statusMarks.ts): never colour alone. */
import type { ExperimentStatus } from '../model/types.ts';
import { STATUS_COLOURS } from '../draw/statusMarks.ts';

export function StatusIcon({ status, size = 12 }: { status: ExperimentStatus; size?: number }) {
  const c = STATUS_COLOURS[status];
  const common = { className: 'status-icon', width: size, height: size, viewBox: '0 0 12 12', 'aria-hidden': true, focusable: false } as const;
  switch (status) {
    case 'idea':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke={c} strokeWidth="1.6" />
        </svg>
      );
    case 'designing':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke={c} strokeWidth="1.6" />
          <path d="M6 1.5a4.5 4.5 0 0 1 0 9z" fill={c} />
        </svg>
      );
    case 'running':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="5" fill={c} />
        </svg>
      );
    case 'concluded':
      return (
        <svg {...common}>
          <path d="M1.5 6.5l3 3 6-7" fill="none" stroke={c} strokeWidth="2" />
        </svg>
      );
    case 'stopped':
      return (
        <svg {...common}>
          <rect x="1.5" y="1.5" width="9" height="9" fill={c} />
        </svg>
      );
  }
}
