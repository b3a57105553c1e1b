// @vitest-environment jsdom
// The app's i18n loads only the active language's start strings; the laptop screens' strings come on demand.
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n, loadLaterCatalogs } from '../../../../src/client/i18n/app.ts';
import { LANGUAGE_KEY } from '../../../../src/client/i18n/language.ts';

afterEach(() => localStorage.clear());

describe('the app’s catalogs, loaded on demand', () => {
  it('holds the chosen language’s start strings only, not the other language nor the stand-up’s', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'fr');
    const i18n = await createAppI18n();
    expect(i18n.language).toBe('fr');
    expect(i18n.t('sync.allSent')).toBe('Tout est envoyé');
    expect(i18n.t('standup.banner.ack')).toBe('Vu');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.exists('standup.title')).toBe(false);
    expect(i18n.exists('board.scope.day')).toBe(false);
  });

  it('merges the laptop screens’ strings when one opens, keeping the start strings', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'en');
    const i18n = await createAppI18n();
    await loadLaterCatalogs(i18n);
    expect(i18n.t('standup.title')).toBe('Stand-up');
    expect(i18n.t('standup.banner.ack')).toBe('Seen');
    expect(i18n.t('board.title')).toBe('Desk');
    expect(i18n.t('sync.allSent')).toBe('All changes sent');
  });

  it('brings the laptop strings along when the language changes on a laptop screen', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'en');
    const i18n = await createAppI18n();
    await loadLaterCatalogs(i18n);
    await i18n.changeLanguage('fr');
    expect(i18n.t('standup.title')).toBe('Point du matin');
    expect(i18n.t('sync.allSent')).toBe('Tout est envoyé');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('fr');
  });
});
