// Shown when the device was revoked or its session ended: says so in one line, with what is still unsent one tap away.
// Kept small (a quarter of a phone screen at most): the plan under it stays readable, waiting changes marked on it.
import { useTranslation } from 'react-i18next';
import { useLaterCatalogs } from '../i18n/app.ts';
import { describeMutation } from './describe-mutation.ts';

export interface SignedOutBannerProps {
  waiting: readonly { id: number; name: string; args: unknown }[];
}

export function SignedOutBanner({ waiting }: SignedOutBannerProps) {
  // The changes' names come with the later strings (a lazy part: it waits for them).
  useLaterCatalogs();
  const { t } = useTranslation();
  return (
    <section className="panel panel-danger signed-out" role="alert" aria-labelledby="signed-out-heading">
      <p id="signed-out-heading" className="signed-out-title">
        {t('sync.signedOut')}
      </p>
      <details>
        <summary>
          {waiting.length > 0 ? t('sync.waitingSummary', { count: waiting.length }) : t('sync.signedOut')}
        </summary>
        <p>{t('sync.signedOutHelp')}</p>
        {waiting.length > 0 ? (
          <ul>
            {waiting.map((m) => (
              <li key={m.id}>{describeMutation(t, m.name, m.args)}</li>
            ))}
          </ul>
        ) : null}
      </details>
    </section>
  );
}
