// Adds or edits a spot: name, camera and subject pins (labelled fields; the map if tiles load), bearing, access.
// The fields follow the live spot; a field changed on another device while the planner types is shown beside theirs.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest, LatLng, Moment, Spot } from '../../../shared/domain/index.ts';
import { SpotPinEditor } from '../../map/index.ts';
import { useSyncedDraft } from '../../state/use-synced-draft.ts';
import { FieldNotice } from '../../ui/ChangedElsewhere.tsx';
import { FormError } from '../../ui/fields.tsx';
import { AccessFieldset } from './AccessFieldset.tsx';
import { accessPatch, parseAccess } from './access-draft.ts';
import type { SpotField } from './spot-draft.ts';
import { EMPTY_SPOT, fieldsOf, parseSpot, pinsOf, spotDraftOf, spotPatch } from './spot-draft.ts';
import { useAccessDraft } from './use-access-draft.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  moment: Moment;
  center?: LatLng;
  record: Record;
  /** Edit mode: the spot to change (live), and its access request if it has one. */
  spot?: Spot;
  access?: AccessRequest;
}

/** Where a spot form's draft is kept on this device. */
export const spotDraftKey = (moment: Moment, spot?: Spot) =>
  spot ? `spot/${spot.id}` : `spot-new/${moment.id}`;

export function SpotForm({ moment, center, record, spot, access }: Props) {
  const { t } = useTranslation();
  const key = spotDraftKey(moment, spot);
  const draft = useSyncedDraft<SpotField>(key, spot ? spotDraftOf(spot) : EMPTY_SPOT);
  const f = draft.values;
  const accessKey = access ? `access/${access.id}` : `access-new/${key}`;
  const a = useAccessDraft(accessKey, access);
  const [showMap, setShowMap] = useState(false);
  const [needsAccess, setNeedsAccess] = useState(access !== undefined || a.draft.dirty.length > 0);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const bearingEdited = draft.dirty.includes('bearing');
  const input = (field: SpotField, mode?: 'decimal') => (
    <>
      <label>
        {t(`standup.spot.${field}`)}
        <input
          value={f[field]}
          inputMode={mode}
          onChange={(e) => {
            setSaved(null);
            draft.set(field, e.target.value);
          }}
        />
      </label>
      <FieldNotice draft={draft} field={field} label={t(`standup.spot.${field}`)} />
    </>
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const parsed = parseSpot(f, spot?.subject !== undefined);
    if ('error' in parsed) {
      const { field, kind } = parsed.error;
      const message = kind === 'required' ? 'standup.choose.required' : (`standup.spot.${kind}` as const);
      return setError(t(message, { field: t(`standup.spot.${field}`) }));
    }
    const accessParsed = needsAccess ? parseAccess(a.value, access?.expiresAt !== undefined) : undefined;
    if (accessParsed && 'error' in accessParsed) {
      const { field, kind } = accessParsed.error;
      const message = kind === 'required' ? 'standup.choose.required' : 'standup.access.kept';
      return setError(t(message, { field: t(`standup.access.${field}`) }));
    }
    setError(null);
    const accessValue = accessParsed?.value;
    if (spot) {
      // Only what differs from the live spot is sent: a field another planner changed meanwhile
      // (and the planner here did not touch) already shows their value, so it is not written back.
      const patch = spotPatch(spot, parsed.value, bearingEdited);
      const accessChange = access && accessValue ? accessPatch(access, accessValue) : {};
      const changed = Object.keys(patch).length > 0;
      let ok = true;
      // Every field the planner touched takes the saved result (trimmed, re-derived bearing).
      if (changed) ok = await draft.save(draft.dirty, () => record('spot.update', { id: spot.id, ...patch }));
      if (ok && access && Object.keys(accessChange).length > 0)
        ok = await a.draft.save(a.draft.dirty, () =>
          record('access.update', { id: access.id, ...accessChange }),
        );
      const created = !access && accessValue ? { id: newId(), spotId: spot.id, ...accessValue } : null;
      if (ok && created) ok = await record('access.create', created);
      if (!ok) return;
      if (created) a.draft.discard();
      const nothing = !changed && Object.keys(accessChange).length === 0 && !created;
      setSaved(t(nothing ? 'standup.unchanged' : 'standup.saved'));
      return;
    }
    const spotId = newId();
    const ok = await record('spot.create', { id: spotId, momentId: moment.id, ...parsed.value });
    if (!ok) return;
    if (accessValue && !(await record('access.create', { id: newId(), spotId, ...accessValue }))) return;
    draft.discard();
    a.draft.discard();
    setNeedsAccess(false);
  }

  return (
    <form
      className="standup-form"
      aria-label={spot ? t('standup.spot.editOf', { spot: spot.label }) : undefined}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {input('label')}
      {input('description')}
      {showMap && center ? (
        // The map module's editor (Leaflet, loaded lazily) has its own coordinate fields.
        <SpotPinEditor
          center={center}
          value={pinsOf(f)}
          label={t('standup.spot.mapLabel', { spot: f.label || moment.title })}
          onChange={(pins) => draft.setMany(fieldsOf(pins))}
        />
      ) : (
        <>
          <div className="standup-pair">
            <div>{input('cameraLat', 'decimal')}</div>
            <div>{input('cameraLng', 'decimal')}</div>
          </div>
          <div className="standup-pair">
            <div>{input('subjectLat', 'decimal')}</div>
            <div>{input('subjectLng', 'decimal')}</div>
          </div>
        </>
      )}
      {center ? (
        <button type="button" className="button" aria-pressed={showMap} onClick={() => setShowMap((m) => !m)}>
          {t('standup.spot.onMap')}
        </button>
      ) : null}
      {input('bearing', 'decimal')}
      {access ? null : (
        // An existing request cannot be deleted (there is no such mutation), so the box only adds one.
        <label className="checkbox">
          <input type="checkbox" checked={needsAccess} onChange={(e) => setNeedsAccess(e.target.checked)} />
          {t('standup.spot.needsAccess')}
        </label>
      )}
      {needsAccess ? (
        <AccessFieldset value={a.value} onChange={(field, v) => a.draft.set(field, v)} notice={a.notice} />
      ) : null}
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button">
          {t(spot ? 'standup.spot.save' : 'standup.spot.add')}
        </button>
        {saved ? <span role="status">{saved}</span> : null}
      </div>
    </form>
  );
}
