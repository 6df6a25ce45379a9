/**
 * Which rating-round screen is open in this browser (UI state, never in the
 * map): the cards I rate on, or a round's results. Who may start and close
 * rounds: in a live room only facilitators; on a map used alone, its user.
 */
import { create } from 'zustand';
import { useMapStore, useRoom } from '../../ui/appSession.ts';

interface RoundUi {
  rating: string | null;
  results: string | null;
  rate(roundId: string | null): void;
  showResults(roundId: string | null): void;
}

export const useRoundUi = create<RoundUi>((set) => ({
  rating: null,
  results: null,
  // Opening one screen closes the other; closing one (its dialog's close event comes later) leaves the other be.
  rate: (rating) => set(rating ? { rating, results: null } : { rating }),
  showResults: (results) => set(results ? { results, rating: null } : { results }),
}));

/** May I start, close, reopen and delete rating rounds here? */
export function useMayFacilitate(): boolean {
  const alone = useMapStore((s) => s.shared === null);
  const role = useRoom((s) => s.role);
  const readOnly = useMapStore((s) => s.readOnly !== null);
  return !readOnly && (alone || role === 'facilitator');
}
