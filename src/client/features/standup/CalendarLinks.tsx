// Secret calendar links per creator (POST/DELETE /api/calendar/feeds): made and revoked online by a planner.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/domain/index.ts';
import { CalendarFeedAnswer } from '../../../shared/protocol/answers.ts';
import { refusalMessage } from '../../api/refusal.ts';
import { useSyncMeta } from '../../storage/index.ts';

type Shown = { memberId: string; url?: string; message?: string };

export function CalendarLinks({ creators }: { creators: readonly Member[] }) {
  const { t } = useTranslation();
  const token = useSyncMeta()?.session?.deviceToken ?? null;
  const [shown, setShown] = useState<Shown | null>(null);

  async function call(memberId: string, method: 'POST' | 'DELETE') {
    if (!navigator.onLine || !token) return setShown({ memberId, message: t('standup.calendar.offline') });
    try {
      const response = await fetch(
        method === 'POST' ? '/api/calendar/feeds' : `/api/calendar/feeds/${encodeURIComponent(memberId)}`,
        {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          ...(method === 'POST' ? { body: JSON.stringify({ memberId }) } : {}),
        },
      );
      if (!response.ok) {
        const message = await refusalMessage(response);
        return setShown({ memberId, message: t('standup.calendar.failed', { message }) });
      }
      if (method === 'DELETE') return setShown({ memberId, message: t('standup.calendar.revoked') });
      const body = CalendarFeedAnswer.safeParse(await response.json().catch(() => undefined));
      setShown(
        body.success
          ? { memberId, url: body.data.url }
          : { memberId, message: t('standup.calendar.failed', { message: `HTTP ${response.status}` }) },
      );
    } catch {
      setShown({ memberId, message: t('standup.calendar.offline') });
    }
  }

  return (
    <details className="standup-details no-print">
      <summary>{t('standup.calendar.heading')}</summary>
      <p className="muted">{t('standup.calendar.intro')}</p>
      <ul className="plain-list">
        {creators.map((m) => (
          <li key={m.id}>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void call(m.id, 'POST')}>
                {t('standup.calendar.make', { name: m.name })}
              </button>
              <button type="button" className="button" onClick={() => void call(m.id, 'DELETE')}>
                {t('standup.calendar.revoke', { name: m.name })}
              </button>
            </div>
            {shown?.memberId === m.id ? (
              <div role="status">
                {shown.url ? (
                  <label>
                    {t('standup.calendar.link', { name: m.name })}
                    <input readOnly value={shown.url} onFocus={(e) => e.target.select()} />
                  </label>
                ) : (
                  <p>{shown.message}</p>
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
