// UI state of the day view: which edition and day the user is looking at (null: the default).
import { create } from 'zustand';

interface PlanViewState {
  editionId: string | null;
  day: string | null;
  chooseEdition(editionId: string): void;
  chooseDay(day: string): void;
}

export const usePlanView = create<PlanViewState>()((set) => ({
  editionId: null,
  day: null,
  // Another edition has other days: fall back to its default day.
  chooseEdition: (editionId) => set({ editionId, day: null }),
  chooseDay: (day) => set({ day }),
}));
