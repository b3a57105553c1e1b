// @vitest-environment jsdom
// A screen that waits for the later strings suspends and comes back without React recovering from an error.
import { act, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n, useLaterCatalogs } from '../../../../src/client/i18n/app.ts';
import { LANGUAGE_KEY } from '../../../../src/client/i18n/language.ts';

afterEach(() => localStorage.clear());

/** Like ServiceWorkerUpdate: the later strings first, then hooks that keep state. */
function Screen() {
  useLaterCatalogs();
  const { t } = useTranslation();
  const [title] = useState(() => t('standup.title'));
  return <h1>{title}</h1>;
}

describe('useLaterCatalogs', () => {
  it('suspends until the strings are there, then renders its state hooks with no recoverable error (React #467/#520)', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'en');
    const i18n = await createAppI18n();
    const recovered = vi.fn<(error: unknown) => void>();
    // React's development build says it when use() suspended and its replay skipped it; the
    // production build then throws "Update hook called on initial render" (#467, recovered as #520).
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container, { onRecoverableError: recovered });
    // Not inside act(): React renders concurrently, as in the app, and replays the component when the load settles.
    root.render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={<p>loading</p>}>
          <Screen />
        </Suspense>
      </I18nextProvider>,
    );
    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Stand-up'));
    expect(recovered).not.toHaveBeenCalled();
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    errors.mockRestore();
    await act(async () => root.unmount());
    container.remove();
  });
});
