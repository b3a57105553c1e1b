// UI state of the plan screens: which edition and day the user is looking at (null: the default), kept through a reload.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface PlanViewState {
  editionId: string | null;
  day: string | null;
  /** The day chosen on "my day" (a creator's own days, not an edition's). */
  myDay: string | null;
  chooseEdition(editionId: string): void;
  chooseDay(day: string): void;
  chooseMyDay(day: string): void;
}

export const PLAN_VIEW_KEY = 'plan-de-jeu.plan-view';

/**
 * Kept in sessionStorage: a reload (or an app update, which reloads the tab) comes back to the
 * day the user was on, while a fresh launch opens on today, as the Games-time default wants.
 */
export const usePlanView = create<PlanViewState>()(
  persist(
    (set) => ({
      editionId: null,
      day: null,
      myDay: null,
      // Another edition has other days: fall back to its default day.
      chooseEdition: (editionId) => set({ editionId, day: null }),
      chooseDay: (day) => set({ day }),
      chooseMyDay: (myDay) => set({ myDay }),
    }),
    {
      name: PLAN_VIEW_KEY,
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ editionId, day, myDay }) => ({ editionId, day, myDay }),
    },
  ),
);
