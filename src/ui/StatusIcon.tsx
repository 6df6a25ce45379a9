/**
 * Experiment statuses drawn as shapes, so status never relies on colour:
 * idea ○, designing ◐, running ●, concluded ✓, stopped ■.
 */
import type { ExperimentStatus } from '../model/types.ts';

export const STATUS_COLOURS: Record<ExperimentStatus, string> = {
  idea: '#6b7280',
  designing: '#8a5a00',
  running: '#0b5fa5',
  concluded: '#1b7a3d',
  stopped: '#9b1c1c',
};

/** When a node is touched by several experiments, its badge shows the liveliest status. */
const PRIORITY: ExperimentStatus[] = ['running', 'designing', 'idea', 'concluded', 'stopped'];
export const liveliest = (statuses: ExperimentStatus[]): ExperimentStatus =>
  PRIORITY.find((p) => statuses.includes(p)) ?? 'idea';

export function StatusIcon({ status, size = 12 }: { status: ExperimentStatus; size?: number }) {
  const c = STATUS_COLOURS[status];
  const common = { width: size, height: size, viewBox: '0 0 12 12', 'aria-hidden': true, focusable: false } as const;
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
