/** Messages for the user: errors that need reading, and short confirmations. */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
  /** An optional way back, e.g. "Undo" after deleting a map. */
  action?: { label: string; run(): void };
}

export interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

export type NoticeStore = StoreApi<NoticeState>;

export function createNoticeStore(): NoticeStore {
  let next = 1;
  return createStore<NoticeState>()((set) => ({
    notices: [],
    show: (notice) => set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id: next++ }] })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}
