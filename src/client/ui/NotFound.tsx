// "Page not found": a path no screen has, said plainly, with the way back to the user's own screen.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../state/route.ts';

export function NotFound({ path, home }: { path: string; home: string }) {
  const { t } = useTranslation();
  const back = (event: MouseEvent) => {
    event.preventDefault();
    navigate(home);
  };
  return (
    <section className="panel not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('notFound.heading')}</h1>
      <p>{t('notFound.text', { path })}</p>
      <p>
        <a className="button" href={home} onClick={back}>
          {t('notFound.back')}
        </a>
      </p>
    </section>
  );
}
