// UI state of the plan screens: which edition and day the user is looking at (null: the default), kept through a reload.
import { create } from 'zustand';

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

type Picked = Pick<PlanViewState, 'editionId' | 'day' | 'myDay'>;

const NOTHING_PICKED: Picked = { editionId: null, day: null, myDay: null };

/**
 * What the tab kept, in zustand persist's format (`{ state, version: 1 }`, unchanged so a tab
 * updated from an older build keeps its day); anything else reads as nothing picked. Written by
 * hand rather than with zustand/middleware: it is read before "my day" (issue #14, every byte).
 */
function kept(): Picked {
  try {
    const stored = JSON.parse(sessionStorage.getItem(PLAN_VIEW_KEY) ?? 'null') as {
      state?: Record<string, unknown>;
      version?: number;
    } | null;
    if (stored?.version !== 1 || !stored.state) return NOTHING_PICKED;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      editionId: text(stored.state.editionId),
      day: text(stored.state.day),
      myDay: text(stored.state.myDay),
    };
  } catch {
    return NOTHING_PICKED; // no sessionStorage (private mode, tests without DOM) or a damaged value
  }
}

/**
 * Kept in sessionStorage: a reload (or an app update, which reloads the tab) comes back to the
 * day the user was on, while a fresh launch opens on today, as the Games-time default wants.
 */
export const usePlanView = create<PlanViewState>()((set) => ({
  ...kept(),
  // Another edition has other days: fall back to its default day.
  chooseEdition: (editionId) => set({ editionId, day: null }),
  chooseDay: (day) => set({ day }),
  chooseMyDay: (myDay) => set({ myDay }),
}));

usePlanView.subscribe(({ editionId, day, myDay }) => {
  try {
    sessionStorage.setItem(PLAN_VIEW_KEY, JSON.stringify({ state: { editionId, day, myDay }, version: 1 }));
  } catch {
    // Not kept across a reload, but the choice still holds in this tab.
  }
});
