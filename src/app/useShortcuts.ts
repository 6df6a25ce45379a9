/**
 * Keyboard paths for the main actions. Single keys only act when the user is
 * not typing in a field; copy and paste go through the browser's clipboard
 * events so they also work between tabs without a permission prompt.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { isFragment } from '../model/fragment.ts';

import { addNodeInView, copySelection, deleteSelection, duplicateSelection, pasteNodes, selectAll } from '../services/actions.ts';
import { downloadMap } from '../services/fileIO.ts';
import { warmImport } from '../panels/import/ImportHost.tsx';
import { appSession, useMapStore, useViewStore } from '../ui/appSession.ts';
import { motion } from '../ui/motion.ts';
import { forgetTypedAhead, keepForEditor, takeTypedAhead, typedAheadConfirmed } from '../ui/typeAhead.ts';
import { renameWithGuess } from '../model/actorType.ts';
import { focusNode } from '../ui/focus.ts';
import { focusOnSelection } from '../canvas/filter/focusOnSelection.ts';

/** Inputs that take no text: keys pressed on them (Ctrl+Z on a checkbox) are shortcuts. */
/**
 * Whether a dialog is open. Not a query for dialog[open]: with no dialog open it visits every element of the page,
 * on every key press, and a big map's inspector alone holds thousands (the "Link to" list's options).
 */
const dialogs = typeof document === 'undefined' ? null : document.getElementsByTagName('dialog');
function dialogOpen(): boolean {
  if (!dialogs) return false;
  for (const d of dialogs) if (d.open) return true;
  return false;
}

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'INPUT') return !NOT_TYPED.has((el as HTMLInputElement).type);
  return el.isContentEditable || ['TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * A control that answers Enter and Space itself (a button, a link, a tab):
 * those keys press it, they must not also open the label editor or delete.
 * React Flow's nodes and links are focusable too, but their keys are ours.
 */
function isControl(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  if (!el || el.closest('.react-flow__node, .react-flow__edge')) return false;
  return !!el.closest('button, a[href], summary, input[type="checkbox"], input[type="radio"], [role="button"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"]');
}

const ADD_KEYS = { a: 'actor', f: 'factor', o: 'outcome' } as const;

/** What the keyboard opens that lives outside this hook: the shortcuts sheet, the link command, following links. */
export interface ShortcutTargets {
  showShortcuts(): void;
  linkFrom(nodeId: string): void;
  follow(direction: 'effect' | 'cause', next: boolean): void;
}

export function useShortcuts(canvasRef: React.RefObject<HTMLElement | null>, targets?: ShortcutTargets) {
  const rf = useReactFlow();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialogOpen()) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const store = useMapStore.getState();

      if (mod && key === 's') return (e.preventDefault(), downloadMap(store.doc));
      if (mod && key === 'o') return (e.preventDefault(), warmImport(), document.getElementById('open-file-input')?.click());
      if (mod && key === 'f') return (e.preventDefault(), document.getElementById('find-node')?.focus());
      // While a label is being edited in place, keys belong to the editor, even before it is on screen.
      if (isTyping(e.target)) return;
      // Keys meant for an editor still opening were taken by onTypeAhead; the rest do nothing meanwhile.
      if (store.editingNodeId) return;

      if (mod && key === 'z') return (e.preventDefault(), e.shiftKey ? store.redo() : store.undo());
      if (mod && key === 'y') return (e.preventDefault(), store.redo());
      if (mod && key === 'a') return (e.preventDefault(), selectAll(appSession));
      if (mod && key === 'd') return (e.preventDefault(), duplicateSelection(appSession));
      if (mod || e.altKey) return;
      // In a tree (the outline), arrows, letters, Enter and Delete move and act in the tree.
      if (e.target instanceof Element && e.target.closest('[role="tree"]')) return;
      if (isControl(e.target) && ['enter', ' ', 'delete', 'backspace', 'f2'].includes(key)) return;

      if (targets && e.key === '?') return (e.preventDefault(), targets.showShortcuts());
      const only = store.selection.nodeIds.length === 1 ? store.selection.nodeIds[0] : undefined;
      if (targets && key === 'l' && only) return (e.preventDefault(), targets.linkFrom(only));
      const follow = { ']': ['effect', false], '}': ['effect', true], '[': ['cause', false], '{': ['cause', true] } as const;
      if (targets && e.key in follow) {
        const [direction, next] = follow[e.key as keyof typeof follow];
        return (e.preventDefault(), targets.follow(direction, next));
      }

      if (key === 'delete' || key === 'backspace') return (e.preventDefault(), deleteSelection(appSession));
      if (key === 'escape') {
        if (useViewStore.getState().touchModeExperimentId) return useViewStore.getState().setTouchMode(null);
        return store.select({});
      }
      if (key === 'enter' || key === 'f2') {
        if (only) {
          e.preventDefault();
          forgetTypedAhead();
          store.setEditing(only);
        }
        return;
      }
      if (!e.shiftKey && key === 'p') {
        const view = useViewStore.getState();
        return (e.preventDefault(), view.setProjector(!view.projector));
      }
      // N: focus on the neighbourhood of the selection (the steps and direction chosen last); N again, or with nothing selected, ends the focus.
      if (!e.shiftKey && key === 'n') {
        const focused = !!useViewStore.getState().filter.focus?.nodeIds.length;
        e.preventDefault();
        return focusOnSelection(focused ? [] : store.selection.nodeIds);
      }
      if (e.shiftKey && e.code === 'Digit1') return void rf.fitView({ padding: 0.1, duration: motion(300), includeHiddenNodes: true });
      if (!e.shiftKey && key in ADD_KEYS) {
        e.preventDefault();
        forgetTypedAhead();
        addNodeInView(appSession, ADD_KEYS[key as keyof typeof ADD_KEYS], rf, canvasRef.current);
      }
    };

    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !e.clipboardData) return;
      const fragment = copySelection(appSession);
      if (!fragment) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', JSON.stringify(fragment));
    };
    const onCut = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      onCopy(e);
      if (e.defaultPrevented) deleteSelection(appSession);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text) return;
      try {
        const value: unknown = JSON.parse(text);
        if (isFragment(value)) {
          e.preventDefault();
          pasteNodes(appSession, value);
        }
      } catch {
        // Not ours: plain text pasted on the canvas is ignored.
      }
    };

    /**
     * Keys typed while a label editor is opening, caught before anything else hears them: the
     * focused node would otherwise take Space as "select me" (React Flow's keyboard selection)
     * and the space between two words would be lost.
     */
    const onTypeAhead = (e: KeyboardEvent) => {
      const store = useMapStore.getState();
      if (!store.editingNodeId || isTyping(e.target) || dialogOpen()) return;
      if (!keepForEditor(e)) return;
      e.preventDefault();
      e.stopPropagation();
      // Enter after a typed-ahead label finishes it now: the editor may take a few more renders to
      // appear, and a fast typist's next key (A for the next actor) must act as a shortcut, not be lost.
      if (typedAheadConfirmed()) finishTypedAhead(store.editingNodeId);
    };

    window.addEventListener('keydown', onTypeAhead, true);
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onTypeAhead, true);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [rf, canvasRef, targets]);
}

/** Commits a label typed (and confirmed with Enter) before its editor was on screen, as the editor would have. */
function finishTypedAhead(nodeId: string): void {
  const store = useMapStore.getState();
  const { text } = takeTypedAhead();
  const node = store.doc.nodes[nodeId];
  store.setEditing(null);
  if (!node) return;
  const label = text.trim();
  if (label && label !== node.label) store.dispatch(renameWithGuess(node, label));
  focusNode(nodeId);
}
