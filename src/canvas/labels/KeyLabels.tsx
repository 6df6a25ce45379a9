/** The nodes that keep a readable label when zoomed far out (keyLabels.ts), for the node views. */
import { createContext, useContext } from 'react';
import type { Id } from '../../model/types.ts';

export const NO_KEY_LABELS: ReadonlySet<Id> = new Set();
const KeyLabelsContext = createContext<ReadonlySet<Id>>(NO_KEY_LABELS);
export const KeyLabelsProvider = KeyLabelsContext.Provider;
export const useKeyLabel = (id: Id) => useContext(KeyLabelsContext).has(id);
