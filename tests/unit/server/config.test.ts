// Server configuration from the environment: defaults, and clear refusals of bad values.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config.ts';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      publicUrl: 'http://localhost:8080',
      demo: true,
      demoLanguage: 'en',
      inviteTtlHours: 72,
      distDir: resolve('dist'),
      databaseUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
      rateLimits: { sync: 600, signIn: 60, feed: 120 },
      tiles: {
        url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© OpenStreetMap contributors',
        allowBulk: false,
      },
      push: {
        subject: 'mailto:plan-de-jeu@invalid.example',
        hosts: ['fcm.googleapis.com', 'push.services.mozilla.com', 'push.apple.com', 'notify.windows.com'],
      },
    });
  });

  it('reads the Web Push settings: VAPID subject, push services, and names a bad one', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://plan.example.org' }).push.subject).toBe(
      'https://plan.example.org',
    );
    const c = loadConfig({
      VAPID_SUBJECT: 'mailto:ops@example.org',
      PUSH_SERVICE_HOSTS: '127.0.0.1,push.example',
    });
    expect(c.push).toEqual({ subject: 'mailto:ops@example.org', hosts: ['127.0.0.1', 'push.example'] });
    expect(() => loadConfig({ VAPID_SUBJECT: 'http://plan.example.org' })).toThrow(
      /VAPID_SUBJECT: must be a mailto: or https: URL/,
    );
    expect(() => loadConfig({ PUSH_SERVICE_HOSTS: 'a b' })).toThrow(
      /PUSH_SERVICE_HOSTS: must be host names separated by commas/,
    );
  });

  it('reads the production settings, and names a bad one', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://pdj:secret@db.internal:5432/plan',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      RATE_LIMIT_SYNC: '120',
      RATE_LIMIT_SIGNIN: '5',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://pdj:secret@db.internal:5432/plan',
      logLevel: 'warn',
      trustProxy: true,
      rateLimits: { sync: 120, signIn: 5, feed: 120 },
    });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ RATE_LIMIT_SYNC: '0' })).toThrow(/RATE_LIMIT_SYNC/);
  });

  it('reads the environment, treating empty values as unset', () => {
    const c = loadConfig({
      PORT: '3000',
      DEMO: '1',
      PUBLIC_URL: 'https://plan.example.org/',
      INVITE_TTL_HOURS: '12',
      HOST: '',
    });
    expect(c).toMatchObject({
      port: 3000,
      demo: true,
      publicUrl: 'https://plan.example.org',
      inviteTtlHours: 12,
      host: '0.0.0.0',
    });
    expect(loadConfig({ PORT: '3000' }).publicUrl).toBe('http://localhost:3000');
  });

  it('seeds the demo in English unless told French, or not at all', () => {
    // English is the language of the bundled schedule files and official feeds the README imports.
    expect(loadConfig({})).toMatchObject({ demo: true, demoLanguage: 'en' });
    expect(loadConfig({ DEMO: '1' })).toMatchObject({ demo: true, demoLanguage: 'en' });
    expect(loadConfig({ DEMO: 'fr' })).toMatchObject({ demo: true, demoLanguage: 'fr' });
    expect(loadConfig({ DEMO: 'en' })).toMatchObject({ demo: true, demoLanguage: 'en' });
    expect(loadConfig({ DEMO: '0' })).toMatchObject({ demo: false });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: /],
    [{ PORT: '70000' }, /PORT: /],
    [{ DEMO: 'yes' }, /DEMO: must be fr, en, 1 or 0/],
    [{ PUBLIC_URL: 'plan.example.org' }, /PUBLIC_URL: must be an http\(s\) URL/],
    [{ INVITE_TTL_HOURS: '-1' }, /INVITE_TTL_HOURS: /],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
