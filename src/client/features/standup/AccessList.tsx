// One list of the open access requests (to ask, asked) across all days: status changed in place, the rest via Edit.
import { useTranslation } from 'react-i18next';
import type { AccessRequest, Moment, Spot } from '../../../shared/domain/index.ts';
import { AccessStatus as Statuses } from '../../../shared/domain/spot.ts';
import { contactText } from '../../ui/contact.ts';
import { SelectField } from '../../ui/fields.tsx';
import { formatDay } from '../../ui/time.ts';
import { AccessForm } from './AccessForm.tsx';
import { EditToggle } from './EditToggle.tsx';
import type { Record } from './use-record.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

interface Props {
  access: readonly AccessRequest[];
  spots: readonly Spot[];
  moments: readonly Moment[];
  record: Record;
}

export function AccessList({ access, spots, moments, record }: Props) {
  const { t, i18n } = useTranslation();
  const spotById = new Map(spots.map((s) => [s.id, s]));
  const momentById = new Map(moments.map((m) => [m.id, m]));
  const open = access
    .filter((a) => a.status === 'to-ask' || a.status === 'asked')
    .map((a) => ({ a, spot: spotById.get(a.spotId) }))
    .map(({ a, spot }) => ({ a, spot, moment: spot ? momentById.get(spot.momentId) : undefined }))
    .sort((x, y) => byCodePoint(x.moment?.day ?? '', y.moment?.day ?? '') || byCodePoint(x.a.id, y.a.id));
  return (
    <section className="standup-section no-print" aria-labelledby="standup-access">
      <h2 id="standup-access">{t('standup.access.heading')}</h2>
      {open.length === 0 ? <p>{t('standup.access.none')}</p> : null}
      <ul className="plain-list">
        {open.map(({ a, spot, moment }) => (
          <li key={a.id} className="standup-row">
            <span>
              <strong>
                {t('standup.access.forSpot', {
                  spot: spot?.label ?? '',
                  moment: moment?.title ?? '',
                  day: moment ? formatDay(moment.day, formatLocale(i18n.language)) : '',
                })}
              </strong>
              <br />
              {t(`standup.access.kinds.${a.kind}`)} ·{' '}
              {a.redacted ? contactText(a, t) : `${a.contactName} ${a.contactPhone}`}
              {a.expiresAt ? ` · ${t('standup.access.expiresAt')} ${a.expiresAt.slice(0, 10)}` : ''}
              {a.notes ? ` · ${a.notes}` : ''}
            </span>
            <SelectField
              label={`${t('standup.access.status')} ${spot?.label ?? ''}`}
              labelHidden
              value={a.status}
              options={Statuses.options}
              optionLabel={(s) => t(`standup.access.statuses.${s}`)}
              onChange={(status) => void record('access.update', { id: a.id, status })}
            />
            <EditToggle
              label={t('standup.access.edit')}
              name={t('standup.access.editOf', { spot: spot?.label ?? '' })}
              draftKey={`access/${a.id}`}
            >
              <AccessForm
                access={a}
                name={t('standup.access.editOf', { spot: spot?.label ?? '' })}
                record={record}
              />
            </EditToggle>
          </li>
        ))}
      </ul>
    </section>
  );
}
