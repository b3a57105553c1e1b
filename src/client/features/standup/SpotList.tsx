// A moment's spots at the stand-up: each with its access request and an edit form, then the form to add one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest, LatLng, Moment, Spot } from '../../../shared/domain/index.ts';
import { EditToggle } from './EditToggle.tsx';
import { hasDraft } from '../../state/use-synced-draft.ts';
import { SpotForm, spotDraftKey } from './SpotForm.tsx';
import type { Record } from './use-record.ts';

interface Props {
  moment: Moment;
  spots: readonly Spot[];
  access: readonly AccessRequest[];
  center?: LatLng;
  record: Record;
}

export function SpotList({ moment, spots, access, center, record }: Props) {
  const { t } = useTranslation();
  // A new spot typed before a reload opens its form again (once: the user may close it).
  const [draftOpen] = useState(() => hasDraft(spotDraftKey(moment)));
  const accessBySpot = new Map(access.map((a) => [a.spotId, a]));
  return (
    <>
      <h4>
        {t('standup.spot.heading')} ({spots.length})
      </h4>
      <ul className="plain-list">
        {spots.map((s) => {
          const request = accessBySpot.get(s.id);
          return (
            <li key={s.id}>
              <strong>{s.label}</strong> {s.description} ({s.camera.lat.toFixed(5)}, {s.camera.lng.toFixed(5)}
              )
              {request
                ? ` · ${t(`standup.access.kinds.${request.kind}`)}: ${t(`standup.access.statuses.${request.status}`)}`
                : ''}
              <EditToggle
                label={t('standup.spot.edit')}
                name={t('standup.spot.editOf', { spot: s.label })}
                draftKey={spotDraftKey(moment, s)}
              >
                <SpotForm moment={moment} center={center} record={record} spot={s} access={request} />
              </EditToggle>
            </li>
          );
        })}
      </ul>
      <details className="standup-details no-print" open={draftOpen}>
        <summary>{t('standup.spot.new')}</summary>
        <SpotForm moment={moment} center={center} record={record} />
      </details>
    </>
  );
}
