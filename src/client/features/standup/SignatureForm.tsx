// Plans a signature image on a moment: what image, which sides, which spot, and a cross-post partner if any.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionType, Moment, Side, Spot } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import { FormError, TextField } from '../../ui/fields.tsx';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  moment: Moment;
  spots: readonly Spot[];
  editionType: EditionType;
  record: Record;
}

export function SignatureForm({ moment, spots, editionType, record }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [sides, setSides] = useState<Side[]>([]);
  const [spotId, setSpotId] = useState('');
  const [partner, setPartner] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError(t('standup.choose.required', { field: t('standup.signature.title') }));
    setError(null);
    const ok = await record('signature.create', {
      id: newId(),
      momentId: moment.id,
      title: title.trim(),
      description: description.trim(),
      sides,
      ...(spotId ? { spotId } : {}),
      ...(partner.trim() ? { partner: partner.trim() } : {}),
    });
    if (ok) {
      setTitle('');
      setDescription('');
      setSides([]);
      setPartner('');
    }
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={t('standup.signature.title')} value={title} onChange={setTitle} maxLength={200} />
      <TextField
        label={t('standup.signature.description')}
        value={description}
        onChange={setDescription}
        maxLength={1000}
      />
      <fieldset>
        <legend>{t('standup.signature.sides')}</legend>
        {sidesOf(editionType).map((side) => (
          <label key={side} className="checkbox">
            <input
              type="checkbox"
              checked={sides.includes(side)}
              onChange={(e) =>
                setSides((s) => (e.target.checked ? [...s, side] : s.filter((x) => x !== side)))
              }
            />
            {t(`side.${side}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-spot`}>{t('standup.signature.spot')}</label>
      <select id={`${id}-spot`} value={spotId} onChange={(e) => setSpotId(e.target.value)}>
        <option value="">{t('standup.signature.noSpot')}</option>
        {spots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <TextField
        label={t('standup.signature.partner')}
        value={partner}
        onChange={setPartner}
        maxLength={120}
      />
      <FormError error={error} />
      <button type="submit" className="button">
        {t('standup.signature.add')}
      </button>
    </form>
  );
}
