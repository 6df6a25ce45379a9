/** Messages for the user: errors that need reading, and short confirmations. */
import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
  /** An optional way back, e.g. "Undo" after deleting a map. */
  action?: { label: string; run(): void };
}

interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let next = 1;

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) => set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id: next++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const notify = (text: string, action?: Notice['action']) => useNotices.getState().show({ tone: 'info', text, action });
export const reportError = (text: string) => useNotices.getState().show({ tone: 'error', text });
