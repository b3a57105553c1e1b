// "What changed" since yesterday or since 08:00, from the server's audit trail (needs a connection).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanChange } from '../../../shared/domain/changes.ts';
import { planChanges } from '../../../shared/domain/changes.ts';
import type { Edition, Moment } from '../../../shared/domain/index.ts';
import { fetchAudit } from '../../api/audit.ts';
import { useSyncMeta } from '../../storage/index.ts';
import { describeMutation } from '../../ui/describe-mutation.ts';
import { dayIn, formatClock } from '../../ui/time.ts';
import { zonedInstant } from '../../../shared/import/local-time.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

type State =
  | { step: 'idle' }
  | { step: 'loading' }
  | { step: 'error'; message: string }
  | { step: 'offline' }
  | { step: 'done'; list: PlanChange[] };

export function ChangesPanel({ edition, moments }: { edition: Edition; moments: readonly Moment[] }) {
  const { t, i18n } = useTranslation();
  const token = useSyncMeta()?.session?.deviceToken ?? null;
  const [state, setState] = useState<State>({ step: 'idle' });

  async function load(which: 'yesterday' | 'eight') {
    const now = new Date();
    const [y, m, d] = dayIn(edition.timeZone, now).split('-').map(Number) as [number, number, number];
    const since =
      which === 'yesterday'
        ? new Date(now.getTime() - 86_400_000).toISOString()
        : zonedInstant([y, m, d], [8, 0], edition.timeZone);
    if (!navigator.onLine || !token) return setState({ step: 'offline' });
    setState({ step: 'loading' });
    const result = await fetchAudit(token, { since, limit: 500 });
    if (!result.ok)
      return setState(
        result.problem === 'offline' ? { step: 'offline' } : { step: 'error', message: result.message },
      );
    const titles = new Map(moments.map((mo) => [mo.id, mo.title]));
    setState({ step: 'done', list: planChanges(result.entries, since, (id) => titles.get(id)) });
  }

  return (
    <section className="standup-section no-print" aria-labelledby="standup-changes">
      <h2 id="standup-changes">{t('standup.changes.heading')}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void load('yesterday')}>
          {t('standup.changes.sinceYesterday')}
        </button>
        <button type="button" className="button" onClick={() => void load('eight')}>
          {t('standup.changes.since8')}
        </button>
      </div>
      <div role="status">
        {state.step === 'offline' ? <p>{t('standup.changes.offline')}</p> : null}
        {state.step === 'error' ? <p>{t('standup.changes.failed', { message: state.message })}</p> : null}
        {state.step === 'done' && state.list.length === 0 ? <p>{t('standup.changes.none')}</p> : null}
      </div>
      {state.step === 'done' ? (
        <ul className="plain-list">
          {state.list.map((c, i) => (
            <li key={i}>
              {t('standup.changes.entry', {
                time: formatClock(c.at, formatLocale(i18n.language), edition.timeZone),
                who: c.feed ? t('schedule.feed') : c.who,
                what: describeMutation(t, c.name, c.args) + (c.subject ? ` — ${c.subject}` : ''),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
