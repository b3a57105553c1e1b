// What a device without a session shows: where the sign-in link comes from.
import { useTranslation } from 'react-i18next';

export function NotSignedIn() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('signin.heading')}</h1>
      <p className="panel panel-info">{t('signin.notSignedIn')}</p>
    </>
  );
}
