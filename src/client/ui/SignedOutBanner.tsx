// Shown when the device was revoked or its session ended: says so, and lists what is still unsent.
import { useTranslation } from 'react-i18next';
import { describeMutation } from './describe-mutation.ts';

export interface SignedOutBannerProps {
  waiting: readonly { id: number; name: string; args: unknown }[];
}

export function SignedOutBanner({ waiting }: SignedOutBannerProps) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-danger" role="alert" aria-labelledby="signed-out-heading">
      <p id="signed-out-heading">{t('sync.signedOut')}</p>
      {waiting.length > 0 ? (
        <>
          <h2>{t('sync.waitingHeading')}</h2>
          <ul>
            {waiting.map((m) => (
              <li key={m.id}>{describeMutation(t, m.name, m.args)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
