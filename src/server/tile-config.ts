// Map tile settings from the environment: OpenStreetMap by default, whose policy forbids bulk download.
import { z } from 'zod';
import { describeIssues } from '../shared/mutations/registry.ts';
import { ConfigError } from './config.ts';

const flag = z
  .enum(['0', '1', 'true', 'false', ''], { error: 'must be 1 or 0' })
  .transform((v) => v === '1' || v === 'true');

const TileEnv = z.object({
  TILE_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, { error: 'must be an http(s) URL template' })
    .refine((u) => ['{z}', '{x}', '{y}'].every((p) => u.includes(p)), {
      error: 'must contain {z}, {x} and {y}',
    })
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  TILE_ATTRIBUTION: z.string().trim().min(1).max(300).default('© OpenStreetMap contributors'),
  // Off by default: tile.openstreetmap.org forbids downloading areas ahead of time.
  TILE_ALLOW_BULK: flag.default(false),
});

/** What a phone needs to draw maps; served publicly by GET /api/config, so it holds no secret. */
export interface TileConfig {
  /** Leaflet URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  url: string;
  attribution: string;
  /** The tile server's policy allows downloading an area ahead of time. */
  allowBulk: boolean;
}

/** Throws a ConfigError naming the variable when a value is bad; empty variables mean "not set". */
export function loadTileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = TileEnv.safeParse(present);
  if (!parsed.success) throw new ConfigError(`bad environment: ${describeIssues(parsed.error)}`);
  const e = parsed.data;
  return { url: e.TILE_URL, attribution: e.TILE_ATTRIBUTION, allowBulk: e.TILE_ALLOW_BULK };
}
