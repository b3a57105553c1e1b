// A moment's signature images at the stand-up: each with an edit form, then the form to plan one more.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../shared/format/units.ts';
import type { EditionType, Moment, SignatureImage, Spot } from '../../../shared/domain/index.ts';
import { EditToggle } from './EditToggle.tsx';
import { hasDraft } from '../../state/use-synced-draft.ts';
import { SignatureForm, signatureDraftKey } from './SignatureForm.tsx';
import type { Record } from './use-record.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

interface Props {
  moment: Moment;
  images: readonly SignatureImage[];
  spots: readonly Spot[];
  editionType: EditionType;
  record: Record;
}

export function SignatureList({ moment, images, spots, editionType, record }: Props) {
  const { t, i18n } = useTranslation();
  // A new image typed before a reload opens its form again (once: the user may close it).
  const [draftOpen] = useState(() => hasDraft(signatureDraftKey(moment)));
  return (
    <>
      <h4>
        {t('standup.signature.heading')} ({images.length})
      </h4>
      <ul className="plain-list">
        {images.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong> ·{' '}
            {formatList(
              s.sides.map((side) => t(`side.${side}`)),
              formatLocale(i18n.language),
            )}
            {s.partner ? ` · ${t('shot.partner', { partner: s.partner })}` : ''}
            <EditToggle
              label={t('standup.signature.edit')}
              name={t('standup.signature.editOf', { title: s.title })}
              draftKey={signatureDraftKey(moment, s)}
            >
              <SignatureForm
                moment={moment}
                spots={spots}
                editionType={editionType}
                record={record}
                image={s}
              />
            </EditToggle>
          </li>
        ))}
      </ul>
      <details className="standup-details no-print" open={draftOpen}>
        <summary>{t('standup.signature.new')}</summary>
        <SignatureForm moment={moment} spots={spots} editionType={editionType} record={record} />
      </details>
    </>
  );
}
