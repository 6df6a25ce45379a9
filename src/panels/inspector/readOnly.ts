/**
 * Whether the map may be edited here: not in a room I may only watch (a view
 * link, a locked map, made a viewer) nor in a second tab. The inspector's
 * controls then look and are read-only (text stays selectable), rather than
 * taking typing that goes nowhere; the reason is shown above them.
 */
import { useMapStore } from '../../ui/appSession.ts';

export const useReadOnly = (): boolean => useMapStore((s) => s.readOnly !== null);
