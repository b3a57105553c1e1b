// Tile server settings from GET /api/config, remembered on the phone so maps open offline with the same tiles.
import { useEffect, useState } from 'react';

export interface TileSettings {
  url: string;
  attribution: string;
  /** The tile server allows downloading an area ahead of time. */
  allowBulk: boolean;
}

const KEY = 'plan-de-jeu.tiles';

function remembered(): TileSettings | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<TileSettings>) : undefined;
    return typeof value?.url === 'string' && typeof value.attribution === 'string'
      ? { url: value.url, attribution: value.attribution, allowBulk: value.allowBulk === true }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server once per page; offline, the last answer is used. Undefined: no tiles known. */
export async function fetchTileSettings(fetcher: typeof fetch = fetch): Promise<TileSettings | undefined> {
  try {
    const res = await fetcher('/api/config');
    if (!res.ok) return remembered();
    const body = (await res.json()) as { tiles?: TileSettings };
    if (!body.tiles || typeof body.tiles.url !== 'string') return remembered();
    globalThis.localStorage?.setItem(KEY, JSON.stringify(body.tiles));
    return body.tiles;
  } catch {
    return remembered();
  }
}

let shared: Promise<TileSettings | undefined> | undefined;

/** undefined while asking, null when no tile server is known (first start offline). */
export function useTileSettings(): TileSettings | null | undefined {
  const [settings, setSettings] = useState<TileSettings | null | undefined>(() => remembered());
  useEffect(() => {
    let live = true;
    shared ??= fetchTileSettings();
    void shared.then((s) => live && setSettings(s ?? null));
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
