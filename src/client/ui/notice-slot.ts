// Where the app frame shows one-off notices in the page flow, below the sticky header rather than in it.
import { createContext, useContext } from 'react';

/** The element at the top of <main> that takes notices; null outside the app frame (tests, before mount). */
export const NoticeSlotContext = createContext<HTMLElement | null>(null);

/** The notice slot's element, or null: a notice then renders where it is. */
export function useNoticeSlot(): HTMLElement | null {
  return useContext(NoticeSlotContext);
}
