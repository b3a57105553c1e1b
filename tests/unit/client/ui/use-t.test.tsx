// @vitest-environment jsdom
// useT: the provider's strings in its current language, and a switch re-renders even a memoised part.
import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/client/i18n/index.ts';
import { useT } from '../../../../src/client/i18n/use-t.ts';

const Title = memo(function Title() {
  const { t, i18n } = useT();
  return (
    <p>
      {t('creator.title')} ({i18n.language}) {t('creator.assignments', { count: 2 })}
    </p>
  );
});

describe('useT', () => {
  it('speaks the provider’s language with plurals, and follows a switch', async () => {
    const i18n = createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <Title />
      </I18nextProvider>,
    );
    expect(screen.getByText('My day (en) 2 assignments')).toBeDefined();
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByText(/^Ma journée \(fr\) 2 /)).toBeDefined();
  });
});
