// Display theme (auto, sunlight high-contrast, dark): UI state remembered on the phone, applied to <html data-theme>.
import { create } from 'zustand';

export const THEMES = ['auto', 'sun', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'plan-de-jeu.theme';

function stored(): Theme {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(theme: Theme): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export const useTheme = create<{ theme: Theme; setTheme(theme: Theme): void }>()((set) => ({
  theme: stored(),
  setTheme(theme) {
    try {
      globalThis.localStorage?.setItem(KEY, theme);
    } catch {
      // private mode: the choice lasts for this page only
    }
    apply(theme);
    set({ theme });
  },
}));

// At start-up, before the first paint of any screen: the phone opens in the theme it was left in.
apply(useTheme.getState().theme);
