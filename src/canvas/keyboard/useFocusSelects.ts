/**
 * A node or link reached with Tab is selected, as it would be by a click, so
 * the inspector follows the keyboard. Only keyboard focus counts: a click
 * focuses the node too, and React Flow's own click handling (with Shift for
 * several) must decide the selection then.
 */
import { useEffect } from 'react';
import { useMapStore } from '../../ui/appSession.ts';

export function useFocusSelects(container: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onFocus = (e: FocusEvent) => {
      const el = e.target instanceof Element ? e.target : null;
      if (!el?.matches(':focus-visible')) return;
      const id = el.getAttribute('data-id');
      if (!id) return;
      const { selection, select, editingNodeId } = useMapStore.getState();
      if (editingNodeId) return;
      if (el.classList.contains('react-flow__node')) {
        if (!selection.nodeIds.includes(id)) select({ nodeIds: [id], linkIds: [] });
      } else if (el.classList.contains('react-flow__edge')) {
        if (!selection.linkIds.includes(id)) select({ nodeIds: [], linkIds: [id] });
      }
    };
    root.addEventListener('focusin', onFocus);
    return () => root.removeEventListener('focusin', onFocus);
  }, [container]);
}
