// Plans or edits a signature image on a moment: what image, which sides, which spot, a cross-post partner if any.
// The fields follow the live image; a field changed on another device while the planner types is shown beside theirs.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionType, Moment, SignatureImage, Side, Spot } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import { formatList } from '../../../shared/format/units.ts';
import { useSyncedDraft } from '../../state/use-synced-draft.ts';
import { FieldNotice } from '../../ui/ChangedElsewhere.tsx';
import { FormError, TextField } from '../../ui/fields.tsx';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';
import { signaturePatch } from './signature-patch.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

interface Props {
  moment: Moment;
  spots: readonly Spot[];
  editionType: EditionType;
  record: Record;
  /** Edit mode: the image to change (live). */
  image?: SignatureImage;
}

type Field = 'title' | 'description' | 'sides' | 'spotId' | 'partner';

/** The sides as one text field of the draft, in the square's order ("sport,public"): ticking order is no change. */
const ORDER: readonly Side[] = sidesOf('paralympic');
const sidesText = (sides: readonly Side[]) => ORDER.filter((side) => sides.includes(side)).join(',');
const sidesOfText = (text: string) => (text ? (text.split(',') as Side[]) : []);

/** Where a signature form's draft is kept on this device. */
export const signatureDraftKey = (moment: Moment, image?: SignatureImage) =>
  image ? `signature-edit/${image.id}` : `signature-new/${moment.id}`;

export function SignatureForm({ moment, spots, editionType, record, image }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const draft = useSyncedDraft<Field>(signatureDraftKey(moment, image), {
    title: image?.title ?? '',
    description: image?.description ?? '',
    sides: sidesText(image?.sides ?? []),
    spotId: image?.spotId ?? '',
    partner: image?.partner ?? '',
  });
  const { title, description, spotId, partner } = draft.values;
  const sides = sidesOfText(draft.values.sides);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (field: Field) => (value: string) => {
    setSaved(null);
    draft.set(field, value);
  };
  const label = (field: Field) =>
    t(field === 'spotId' ? 'standup.signature.spot' : (`standup.signature.${field}` as const));
  const notice = (field: Field, display?: (v: string) => string) => (
    <FieldNotice draft={draft} field={field} label={label(field)} {...(display ? { display } : {})} />
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError(t('standup.choose.required', { field: label('title') }));
    setError(null);
    setSaved(null);
    if (image) {
      // Diffed against the live image: only what the planner changed is sent.
      const patch = signaturePatch(image, { title, description, sides, spotId, partner });
      const changed = Object.keys(patch).length > 0;
      if (
        changed &&
        !(await draft.save(draft.dirty, () => record('signature.update', { id: image.id, ...patch })))
      )
        return;
      setSaved(t(changed ? 'standup.saved' : 'standup.unchanged'));
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
    if (ok) draft.discard();
  }

  return (
    <form
      className="standup-form"
      aria-label={image ? t('standup.signature.editOf', { title: image.title }) : undefined}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <TextField
        label={label('title')}
        value={title}
        onChange={set('title')}
        maxLength={200}
        notice={notice('title')}
      />
      <TextField
        label={label('description')}
        value={description}
        onChange={set('description')}
        maxLength={1000}
        notice={notice('description')}
      />
      <fieldset>
        <legend>{t('standup.signature.sides')}</legend>
        {sidesOf(editionType).map((side) => (
          <label key={side} className="checkbox">
            <input
              type="checkbox"
              checked={sides.includes(side)}
              onChange={(e) =>
                set('sides')(sidesText(e.target.checked ? [...sides, side] : sides.filter((x) => x !== side)))
              }
            />
            {t(`side.${side}`)}
          </label>
        ))}
      </fieldset>
      {notice('sides', (v) =>
        formatList(
          sidesOfText(v).map((side) => t(`side.${side}`)),
          formatLocale(i18n.language),
        ),
      )}
      <label htmlFor={`${id}-spot`}>{label('spotId')}</label>
      <select id={`${id}-spot`} value={spotId} onChange={(e) => set('spotId')(e.target.value)}>
        {/* `signature.update` cannot take a spot away: once set, it can only change. */}
        {image?.spotId ? null : <option value="">{t('standup.signature.noSpot')}</option>}
        {spots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      {notice('spotId', (v) => spots.find((s) => s.id === v)?.label ?? t('standup.signature.noSpot'))}
      <TextField
        label={label('partner')}
        value={partner}
        onChange={set('partner')}
        maxLength={120}
        notice={notice('partner')}
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
