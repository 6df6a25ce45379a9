/** What a facilitator (or someone mapping alone) does with a round: close it, reopen it, delete it with its views. */
import { deleteRatingRound, setRoundStatus } from '../../model/linkViews.ts';
import { announce } from '../../ui/announce.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useMayFacilitate, useRoundUi } from './roundUi.ts';

export function RoundActions({ roundId }: { roundId: string }) {
  const may = useMayFacilitate();
  const round = useMapStore((s) => s.doc.ratingRounds[roundId]);
  if (!may || !round) return null;
  const dispatch = useMapStore.getState().dispatch;
  return (
    <div className="row round-actions" role="group" aria-label={`Round ${round.title}`}>
      {round.status === 'open' ? (
        <button type="button" onClick={() => dispatch(setRoundStatus(roundId, 'closed'))}>
          Close the round
        </button>
      ) : (
        <button type="button" onClick={() => dispatch(setRoundStatus(roundId, 'open'))}>
          Reopen the round
        </button>
      )}
      <button
        type="button"
        className="danger"
        onClick={() => {
          // No question asked: undo brings the round and its views back, and says so.
          useRoundUi.getState().showResults(null);
          dispatch(deleteRatingRound(roundId));
          announce(`Deleted the round “${round.title}” and its views. Undo brings them back.`);
        }}
      >
        Delete the round
      </button>
    </div>
  );
}
