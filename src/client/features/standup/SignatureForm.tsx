// Plans or edits a signature image on a moment: what image, which sides, which spot, a cross-post partner if any.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionType, Moment, SignatureImage, Side, Spot } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import { FormError, TextField } from '../../ui/fields.tsx';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';
import { signaturePatch } from './signature-patch.ts';

interface Props {
  moment: Moment;
  spots: readonly Spot[];
  editionType: EditionType;
  record: Record;
  /** Edit mode: the image to change, prefilled. */
  image?: SignatureImage;
}

export function SignatureForm({ moment, spots, editionType, record, image }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(image?.title ?? '');
  const [description, setDescription] = useState(image?.description ?? '');
  const [sides, setSides] = useState<Side[]>(image ? [...image.sides] : []);
  const [spotId, setSpotId] = useState(image?.spotId ?? '');
  const [partner, setPartner] = useState(image?.partner ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Edit mode diffs against the image as it was when the form opened (then as last saved).
  const [base, setBase] = useState(image);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError(t('standup.choose.required', { field: t('standup.signature.title') }));
    setError(null);
    setSaved(null);
    if (base) {
      const patch = signaturePatch(base, { title, description, sides, spotId, partner });
      if (Object.keys(patch).length > 0 && !(await record('signature.update', { id: base.id, ...patch })))
        return;
      setSaved(t(Object.keys(patch).length > 0 ? 'standup.saved' : 'standup.unchanged'));
      setBase({ ...base, ...patch });
      return;
    }
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
    <form
      className="standup-form"
      aria-label={image ? t('standup.signature.editOf', { title: image.title }) : undefined}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
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
        {/* `signature.update` cannot take a spot away: once set, it can only change. */}
        {base?.spotId ? null : <option value="">{t('standup.signature.noSpot')}</option>}
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
      <div className="button-row">
        <button type="submit" className="button">
          {t(image ? 'standup.signature.save' : 'standup.signature.add')}
        </button>
        {saved ? <span role="status">{saved}</span> : null}
      </div>
    </form>
  );
}
