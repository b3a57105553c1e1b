// Adds or edits a spot: name, camera and subject pins (labelled fields; the map if tiles load), bearing, access.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest, LatLng, Moment, Spot } from '../../../shared/domain/index.ts';
import { SpotPinEditor } from '../../map/index.ts';
import { FormError } from '../../ui/fields.tsx';
import { AccessFieldset } from './AccessFieldset.tsx';
import { accessDraftOf, accessPatch, EMPTY_ACCESS, parseAccess } from './access-draft.ts';
import type { SpotField } from './spot-draft.ts';
import { EMPTY_SPOT, fieldsOf, parseSpot, pinsOf, spotDraftOf, spotPatch } from './spot-draft.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  moment: Moment;
  center?: LatLng;
  record: Record;
  /** Edit mode: the spot to change (prefilled), and its access request if it has one. */
  spot?: Spot;
  access?: AccessRequest;
}

export function SpotForm({ moment, center, record, spot, access }: Props) {
  const { t } = useTranslation();
  const [f, setF] = useState(() => (spot ? spotDraftOf(spot) : EMPTY_SPOT));
  const [bearingEdited, setBearingEdited] = useState(false);
  const [showMap, setShowMap] = useState(false);
  const [needsAccess, setNeedsAccess] = useState(access !== undefined);
  const [a, setA] = useState(() => (access ? accessDraftOf(access) : EMPTY_ACCESS));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Edit mode diffs against the rows as they were when the form opened (then as last saved).
  const [base, setBase] = useState(spot);
  const [accessBase, setAccessBase] = useState(access);
  const input = (key: SpotField, mode?: 'decimal') => (
    <label>
      {t(`standup.spot.${key}`)}
      <input
        value={f[key]}
        inputMode={mode}
        onChange={(e) => {
          if (key === 'bearing') setBearingEdited(true);
          setSaved(null);
          setF((v) => ({ ...v, [key]: e.target.value }));
        }}
      />
    </label>
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const parsed = parseSpot(f, base?.subject !== undefined);
    if ('error' in parsed) {
      const { field, kind } = parsed.error;
      const message = kind === 'required' ? 'standup.choose.required' : (`standup.spot.${kind}` as const);
      return setError(t(message, { field: t(`standup.spot.${field}`) }));
    }
    const accessParsed = needsAccess ? parseAccess(a, accessBase?.expiresAt !== undefined) : undefined;
    if (accessParsed && 'error' in accessParsed) {
      const { field, kind } = accessParsed.error;
      const message = kind === 'required' ? 'standup.choose.required' : 'standup.access.kept';
      return setError(t(message, { field: t(`standup.access.${field}`) }));
    }
    setError(null);
    const accessValue = accessParsed?.value;
    if (base) {
      // Only what the planner changed since opening the form is sent: a field another planner
      // changed meanwhile is not written back with this form's stale copy.
      const patch = spotPatch(base, parsed.value, bearingEdited);
      const accessChange = accessBase && accessValue ? accessPatch(accessBase, accessValue) : {};
      let ok = true;
      if (Object.keys(patch).length > 0) ok = await record('spot.update', { id: base.id, ...patch });
      if (ok && accessBase && Object.keys(accessChange).length > 0)
        ok = await record('access.update', { id: accessBase.id, ...accessChange });
      const created = !accessBase && accessValue ? { id: newId(), spotId: base.id, ...accessValue } : null;
      if (ok && created) ok = await record('access.create', created);
      if (!ok) return;
      const nothing = Object.keys(patch).length + Object.keys(accessChange).length === 0 && !created;
      setSaved(t(nothing ? 'standup.unchanged' : 'standup.saved'));
      setBase({ ...base, ...patch });
      if (accessBase) setAccessBase({ ...accessBase, ...accessChange });
      if (created) setAccessBase(created);
      setBearingEdited(false);
      return;
    }
    const spotId = newId();
    const ok = await record('spot.create', { id: spotId, momentId: moment.id, ...parsed.value });
    if (!ok) return;
    if (accessValue && !(await record('access.create', { id: newId(), spotId, ...accessValue }))) return;
    setF(EMPTY_SPOT);
    setA(EMPTY_ACCESS);
    setNeedsAccess(false);
    setBearingEdited(false);
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
          onChange={(pins) => setF((v) => ({ ...v, ...fieldsOf(pins) }))}
        />
      ) : (
        <>
          <div className="standup-pair">
            {input('cameraLat', 'decimal')}
            {input('cameraLng', 'decimal')}
          </div>
          <div className="standup-pair">
            {input('subjectLat', 'decimal')}
            {input('subjectLng', 'decimal')}
          </div>
        </>
      )}
      {center ? (
        <button type="button" className="button" aria-pressed={showMap} onClick={() => setShowMap((m) => !m)}>
          {t('standup.spot.onMap')}
        </button>
      ) : null}
      {input('bearing', 'decimal')}
      {accessBase ? null : (
        // An existing request cannot be deleted (there is no such mutation), so the box only adds one.
        <label className="checkbox">
          <input type="checkbox" checked={needsAccess} onChange={(e) => setNeedsAccess(e.target.checked)} />
          {t('standup.spot.needsAccess')}
        </label>
      )}
      {needsAccess ? <AccessFieldset value={a} onChange={setA} /> : null}
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
