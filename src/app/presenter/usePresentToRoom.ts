/**
 * In a live room, a facilitator presenting leads everyone: "Follow me" is
 * turned on for the presentation (the view goes out as it glides) and each
 * step's title and question go with it. Off again, as it was, on leaving.
 */
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { SavedView } from '../../model/types.ts';
import { liveRoom } from '../../services/room/live.ts';
import { shareLead } from '../../services/room/presence.ts';
import { sharePresenting } from '../../services/room/presenting.ts';
import { appSession, useRoom } from '../../ui/appSession.ts';

export function usePresentToRoom(view: SavedView | null, at: number, total: number) {
  const rf = useReactFlow();
  const facilitator = useRoom((s) => s.room !== null && s.role === 'facilitator');

  useEffect(() => {
    const live = liveRoom(appSession);
    if (!facilitator || !live) return;
    const wasLeading = appSession.room.getState().leading;
    if (!wasLeading) {
      appSession.room.setState({ leading: true });
      shareLead(live.provider, rf.getViewport());
    }
    return () => {
      sharePresenting(live.provider, null);
      if (!wasLeading) {
        appSession.room.setState({ leading: false });
        shareLead(live.provider, null);
      }
    };
  }, [facilitator, rf]);

  useEffect(() => {
    const live = liveRoom(appSession);
    if (!facilitator || !live || !view) return;
    sharePresenting(live.provider, { viewId: view.id, step: at + 1, total, title: view.title, question: view.question });
  }, [facilitator, view, at, total]);
}
