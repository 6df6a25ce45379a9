/**
 * Experiment statuses drawn as shapes, so status never relies on colour:
 * idea ○, designing ◐, running ●, concluded ✓, stopped ■. The colours are
 * shared by the canvas badge, the panels and the printed key.
 */
import type { ExperimentStatus } from '../model/types.ts';

export const STATUS_COLOURS: Record<ExperimentStatus, string> = {
  idea: '#6b7280',
  designing: '#8a5a00',
  running: '#0b5fa5',
  concluded: '#1b7a3d',
  stopped: '#9b1c1c',
};
