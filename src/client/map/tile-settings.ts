// Tile server settings from GET /api/config, remembered on the phone so maps open offline with the same tiles.
import { useEffect, useState } from 'react';
import type { TileSettingsAnswer } from '../../shared/protocol/answers.ts';

/** The tile server: Leaflet URL template, attribution, and whether its policy allows bulk download. */
export type TileSettings = TileSettingsAnswer;

// The answers' schemas bring zod, which the phone loads only after "my day" (issue #14): on demand.
const answers = () => import('../../shared/protocol/answers.ts');

const KEY = 'plan-de-jeu.tiles';

async function remembered(): Promise<TileSettings | undefined> {
  try {
    const { TileSettingsAnswer } = await answers();
    const raw = globalThis.localStorage?.getItem(KEY);
    const value = raw ? TileSettingsAnswer.safeParse(JSON.parse(raw)) : undefined;
    return value?.success ? value.data : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server once per page; offline, the last answer is used. Undefined: no tiles known. */
export async function fetchTileSettings(fetcher: typeof fetch = fetch): Promise<TileSettings | undefined> {
  try {
    const { ConfigAnswer } = await answers();
    const res = await fetcher('/api/config');
    if (!res.ok) return remembered();
    const body = ConfigAnswer.safeParse(await res.json());
    if (!body.success) return remembered();
    globalThis.localStorage?.setItem(KEY, JSON.stringify(body.data.tiles));
    return body.data.tiles;
  } catch {
    return remembered();
  }
}

let shared: Promise<TileSettings | undefined> | undefined;

/** undefined while asking, null when no tile server is known (first start offline). */
export function useTileSettings(): TileSettings | null | undefined {
  const [settings, setSettings] = useState<TileSettings | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // The last answer first (offline, or a slow network), then the server's.
    void remembered().then((s) => live && s && setSettings((now) => now ?? s));
    shared ??= fetchTileSettings();
    void shared.then((s) => live && setSettings(s ?? null));
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
