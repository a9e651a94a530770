import { create } from 'zustand';

/** The draft whose file another program changed, until the user decides; autosave pauses meanwhile. */
export const useConflictStore = create<{ draftId: string | null; raise(draftId: string): void; settle(): void }>()((set) => ({
  draftId: null,
  raise: (draftId) => set({ draftId }),
  settle: () => set({ draftId: null }),
}));
