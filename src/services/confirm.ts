/** Questions that deserve a second thought: a service asks, the confirmation dialog answers. */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** The other answer's words; "Cancel" unless the question has two real choices. */
  cancelLabel?: string;
  /** False for a question whose answer destroys nothing (the confirm button is then not red). */
  danger?: boolean;
  resolve(ok: boolean): void;
}

export type ConfirmStore = StoreApi<{ request: ConfirmRequest | null }>;

export const createConfirmStore = (): ConfirmStore => createStore<{ request: ConfirmRequest | null }>()(() => ({ request: null }));

export function ask(
  store: ConfirmStore,
  title: string,
  message: string,
  confirmLabel: string,
  options: { cancelLabel?: string; danger?: boolean } = {},
): Promise<boolean> {
  return new Promise((resolve) => store.setState({ request: { title, message, confirmLabel, ...options, resolve } }));
}

export function answer(store: ConfirmStore, ok: boolean): void {
  store.getState().request?.resolve(ok);
  store.setState({ request: null });
}
