// One chosen moment at the stand-up: rank, why, angles, spots and access, signature images, people, copy.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, Moment } from '../../../shared/domain/index.ts';
import { SelectField } from '../../ui/fields.tsx';
import { formatDay } from '../../ui/time.ts';
import { VenueTime } from '../../ui/VenueTime.tsx';
import { hasDraft } from '../../state/use-synced-draft.ts';
import { ScheduleMark } from '../../ui/ScheduleMark.tsx';
import { PinKeyMoment } from './PinKeyMoment.tsx';
import { AuditPanel } from '../audit/AuditPanel.tsx';
import { AnglesEditor } from './AnglesEditor.tsx';
import { AssignForm } from './AssignForm.tsx';
import { MomentEditor } from './MomentEditor.tsx';
import { SignatureList } from './SignatureList.tsx';
import { SpotList } from './SpotList.tsx';
import type { PlanData } from './plan-data.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';
import { formatLocale } from '../../i18n/format-locale.ts';
import { WhyItMatters } from '../../ui/WhyItMatters.tsx';

interface Props {
  moment: Moment;
  count: number;
  edition: Edition;
  days: readonly string[];
  data: PlanData;
  record: Record;
}

export function PlanMoment({ moment, count, edition, days, data, record }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [copyDay, setCopyDay] = useState(moment.day);
  // Changes typed before a reload open the editor again (once: the user may close it).
  const [editOpen] = useState(() => hasDraft(`moment/${moment.id}`));
  const venue = data.venues.get(moment.venueId);
  const spots = data.spots.filter((s) => s.momentId === moment.id);
  const images = data.signatures.filter((s) => s.momentId === moment.id);

  return (
    <article className="standup-moment" aria-labelledby={`${id}-h`}>
      <header className="standup-row">
        <h3 id={`${id}-h`}>
          <span className="standup-rank">{t('standup.plan.rank', { rank: moment.rank })}</span> {moment.title}
        </h3>
        <div className="button-row no-print">
          <button
            type="button"
            className="button icon-button"
            aria-label={t('standup.plan.up', { title: moment.title })}
            disabled={moment.rank <= 1}
            onClick={() => void record('moment.rank', { id: moment.id, rank: moment.rank - 1 })}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button icon-button"
            aria-label={t('standup.plan.down', { title: moment.title })}
            disabled={moment.rank >= count}
            onClick={() => void record('moment.rank', { id: moment.id, rank: moment.rank + 1 })}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void record('moment.drop', { id: moment.id })}
          >
            {t('standup.plan.drop')}
            <span className="visually-hidden"> {moment.title}</span>
          </button>
        </div>
      </header>
      <p>
        {venue ? (
          <>
            <VenueTime instant={moment.keyMomentAt} timeZone={venue.timeZone} planDay={moment.day} /> ·{' '}
          </>
        ) : null}
        {venue?.name ?? t('moment.unknownVenue')} · {moment.sport}
      </p>
      <ScheduleMark moment={moment} timeZone={venue?.timeZone ?? edition.timeZone} />
      {moment.sessionId ? <PinKeyMoment moment={moment} record={record} /> : null}
      <p>
        <WhyItMatters why={moment.why} />
      </p>
      {venue ? (
        <details className="standup-details no-print" open={editOpen}>
          <summary>{t('standup.edit.heading')}</summary>
          <MomentEditor moment={moment} venue={venue} record={record} />
        </details>
      ) : null}
      <details className="standup-details no-print" open>
        <summary>{t('standup.angles.heading')}</summary>
        <AnglesEditor moment={moment} editionType={edition.type} record={record} />
      </details>
      <SpotList moment={moment} spots={spots} access={data.access} center={venue?.position} record={record} />
      <SignatureList
        moment={moment}
        images={images}
        spots={spots}
        editionType={edition.type}
        record={record}
      />
      {/* Named with the moment: one such section per moment of the day, and landmarks must differ. */}
      <section aria-label={`${t('moment.creators')}${t('app.colon')}${moment.title}`}>
        <h4>{t('moment.creators')}</h4>
        <AssignForm moment={moment} spots={spots} data={data} record={record} />
      </section>
      <div className="standup-inline no-print">
        <SelectField
          label={t('standup.plan.copyTo')}
          value={copyDay}
          options={days}
          optionLabel={(d) => formatDay(d, formatLocale(i18n.language))}
          onChange={setCopyDay}
        />
        <button
          type="button"
          className="button"
          onClick={() => void record('moment.copy', { id: newId(), fromId: moment.id, day: copyDay })}
        >
          {t('standup.plan.copy')}
          <span className="visually-hidden"> {moment.title}</span>
        </button>
      </div>
      <AuditPanel
        kind="moment"
        id={moment.id}
        title={moment.title}
        timeZone={venue?.timeZone ?? edition.timeZone}
      />
    </article>
  );
}
