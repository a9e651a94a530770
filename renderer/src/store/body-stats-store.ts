import { create } from 'zustand';
import type { TextStats } from '../../../core/text/text-stats';

/** Word and character counts of the body, refreshed after typing pauses (see BodyStatsPlugin). */
export const useBodyStats = create<{ stats: TextStats; set(stats: TextStats): void }>()((set) => ({
  stats: { words: 0, characters: 0, readingMinutes: 0 },
  set: (stats) => set({ stats }),
}));
