// The server's configuration from the environment, validated: a bad value stops the start with a clear message.
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeIssues } from '../shared/mutations/registry.ts';
import { DEFAULT_INVITE_TTL_HOURS } from './auth/invites.ts';
import { loadTileConfig, type TileConfig } from './tile-config.ts';
import { DEFAULT_PUSH_SERVICE_HOSTS } from './push/hosts.ts';

const flag = z
  .enum(['0', '1', 'true', 'false', ''], { error: 'must be 1 or 0' })
  .transform((v) => v === '1' || v === 'true');

const Env = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  // On by default: `npm start` on a fresh machine shows a real plan (README). Its planned texts are
  // the team's own data (the app never translates them): English by default, the language of the
  // bundled schedule files and of the official feeds the README walks through; DEMO=fr seeds the
  // same plan in French, DEMO=0 starts empty.
  DEMO: z
    .enum(['0', '1', 'true', 'false', '', 'fr', 'en'], { error: 'must be fr, en, 1 or 0' })
    .default('en'),
  INVITE_TTL_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .positive()
    .max(24 * 365)
    .default(DEFAULT_INVITE_TTL_HOURS),
  DIST_DIR: z.string().min(1).default('dist'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: flag.default(false),
  RATE_LIMIT_SYNC: z.coerce.number({ error: 'must be a number' }).int().min(1).default(600),
  RATE_LIMIT_SIGNIN: z.coerce.number({ error: 'must be a number' }).int().min(1).default(60),
  VAPID_SUBJECT: z.url({ protocol: /^(https|mailto)$/, error: 'must be a mailto: or https: URL' }).optional(),
  PUSH_SERVICE_HOSTS: z
    .string()
    .regex(/^[A-Za-z0-9.-]+(,[A-Za-z0-9.-]+)*$/, { error: 'must be host names separated by commas' })
    .optional(),
  RATE_LIMIT_FEED: z.coerce.number({ error: 'must be a number' }).int().min(1).default(120),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Where people reach the app; sign-in links start with it. */
  publicUrl: string;
  /** Load the Paris 2024 demo on first start with an empty database. */
  demo: boolean;
  /** The language of the demo's planned texts (DEMO=en or 1: English; DEMO=fr: French). */
  demoLanguage: 'fr' | 'en';
  inviteTtlHours: number;
  distDir: string;
  /** PostgreSQL instead of the SQLite file in dataDir (several server processes may share it). */
  databaseUrl?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Behind a load balancer: take the client address from X-Forwarded-For (rate limits are per address). */
  trustProxy: boolean;
  /** Requests per minute: sync per device token, sign-in per address, schedule feed per feed token. */
  rateLimits: { sync: number; signIn: number; feed: number };
  /** Map tiles (TILE_URL, TILE_ATTRIBUTION, TILE_ALLOW_BULK): see tile-config.ts. */
  tiles: TileConfig;
  /** Web Push: the VAPID subject push services may contact, and the push services subscriptions may name. */
  push: { subject: string; hosts: string[] };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  // An empty variable (`PORT=`) means "not set", as in most shells' intent.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) throw new ConfigError(`bad environment: ${describeIssues(parsed.error)}`);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    demo: e.DEMO !== '0' && e.DEMO !== 'false' && e.DEMO !== '',
    demoLanguage: e.DEMO === 'fr' ? 'fr' : 'en',
    inviteTtlHours: e.INVITE_TTL_HOURS,
    distDir: resolve(e.DIST_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    rateLimits: { sync: e.RATE_LIMIT_SYNC, signIn: e.RATE_LIMIT_SIGNIN, feed: e.RATE_LIMIT_FEED },
    tiles: loadTileConfig(env),
    push: {
      subject: e.VAPID_SUBJECT ?? defaultSubject(e.PUBLIC_URL),
      hosts: e.PUSH_SERVICE_HOSTS ? e.PUSH_SERVICE_HOSTS.split(',') : [...DEFAULT_PUSH_SERVICE_HOSTS],
    },
  };
}

/** The public https address when there is one (push services may contact it), else a mailto: placeholder. */
function defaultSubject(publicUrl: string | undefined): string {
  if (publicUrl?.startsWith('https://') && !/^https:\/\/localhost\b/.test(publicUrl)) return publicUrl;
  return 'mailto:plan-de-jeu@invalid.example';
}
