// Adds a spot: camera and subject positions (labelled fields; the no-tiles fallback) and, if needed, an access request.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessKind, AccessStatus, LatLng, Moment } from '../../../shared/domain/index.ts';
import { SpotPinEditor } from '../../map/index.ts';
import type { SpotPinsChange } from '../../map/index.ts';
import { AccessKind as Kinds, AccessStatus as Statuses } from '../../../shared/domain/spot.ts';
import { FormError, SelectField, TextField } from '../../ui/fields.tsx';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

const EMPTY = { label: '', description: '', cameraLat: '', cameraLng: '', subjectLat: '', subjectLng: '' };
const ACCESS = {
  kind: 'balcony' as AccessKind,
  contactName: '',
  contactPhone: '',
  status: 'to-ask' as AccessStatus,
  expiresAt: '',
  notes: '',
};

export function SpotForm({ moment, center, record }: { moment: Moment; center?: LatLng; record: Record }) {
  const { t } = useTranslation();
  const [f, setF] = useState(EMPTY);
  const [showMap, setShowMap] = useState(false);
  const [needsAccess, setNeedsAccess] = useState(false);
  const [access, setAccess] = useState(ACCESS);
  const [error, setError] = useState<string | null>(null);
  const input = (key: keyof typeof EMPTY, mode?: 'decimal') => (
    <label>
      {t(`standup.spot.${key}`)}
      <input
        value={f[key]}
        inputMode={mode}
        onChange={(e) => setF((v) => ({ ...v, [key]: e.target.value }))}
      />
    </label>
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!f.label.trim()) return setError(t('standup.choose.required', { field: t('standup.spot.label') }));
    const num = (key: keyof typeof EMPTY, optional: boolean) => {
      const text = f[key].trim().replace(',', '.');
      if (optional && !text) return null;
      const n = Number(text);
      return text && Number.isFinite(n) ? n : undefined;
    };
    const [cLat, cLng, sLat, sLng] = [
      num('cameraLat', false),
      num('cameraLng', false),
      num('subjectLat', true),
      num('subjectLng', true),
    ];
    const bad = (
      [
        ['cameraLat', cLat],
        ['cameraLng', cLng],
        ['subjectLat', sLat],
        ['subjectLng', sLng],
      ] as const
    ).find(([, v]) => v === undefined);
    if (bad) return setError(t('standup.spot.badNumber', { field: t(`standup.spot.${bad[0]}`) }));
    if (needsAccess && !access.contactName.trim())
      return setError(t('standup.choose.required', { field: t('standup.access.contactName') }));
    setError(null);
    const spotId = newId();
    const subject = sLat !== null && sLng !== null ? { subject: { lat: sLat!, lng: sLng! } } : {};
    const ok = await record('spot.create', {
      id: spotId,
      momentId: moment.id,
      label: f.label.trim(),
      description: f.description.trim(),
      camera: { lat: cLat!, lng: cLng! },
      ...subject,
    });
    if (!ok) return;
    if (needsAccess) {
      const { expiresAt, ...rest } = access;
      const okAccess = await record('access.create', {
        id: newId(),
        spotId,
        ...rest,
        contactName: rest.contactName.trim(),
        ...(expiresAt ? { expiresAt: new Date(`${expiresAt}T23:59:00Z`).toISOString() } : {}),
      });
      if (!okAccess) return;
    }
    setF(EMPTY);
    setAccess(ACCESS);
    setNeedsAccess(false);
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)} noValidate>
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
      <label className="checkbox">
        <input type="checkbox" checked={needsAccess} onChange={(e) => setNeedsAccess(e.target.checked)} />
        {t('standup.spot.needsAccess')}
      </label>
      {needsAccess ? (
        <fieldset>
          <legend>{t('standup.access.heading')}</legend>
          <SelectField
            label={t('standup.access.kind')}
            value={access.kind}
            options={Kinds.options}
            optionLabel={(k) => t(`standup.access.kinds.${k}`)}
            onChange={(kind) => setAccess((a) => ({ ...a, kind }))}
          />
          <TextField
            label={t('standup.access.contactName')}
            value={access.contactName}
            onChange={(contactName) => setAccess((a) => ({ ...a, contactName }))}
          />
          <TextField
            label={t('standup.access.contactPhone')}
            type="tel"
            value={access.contactPhone}
            onChange={(contactPhone) => setAccess((a) => ({ ...a, contactPhone }))}
          />
          <SelectField
            label={t('standup.access.status')}
            value={access.status}
            options={Statuses.options}
            optionLabel={(s) => t(`standup.access.statuses.${s}`)}
            onChange={(status) => setAccess((a) => ({ ...a, status }))}
          />
          <TextField
            label={t('standup.access.expiresAt')}
            type="date"
            value={access.expiresAt}
            onChange={(expiresAt) => setAccess((a) => ({ ...a, expiresAt }))}
          />
          <TextField
            label={t('standup.access.notes')}
            value={access.notes}
            onChange={(notes) => setAccess((a) => ({ ...a, notes }))}
          />
        </fieldset>
      ) : null}
      <FormError error={error} />
      <button type="submit" className="button">
        {t('standup.spot.add')}
      </button>
    </form>
  );
}

function pinsOf(f: typeof EMPTY): { camera: LatLng; subject?: LatLng } | undefined {
  const n = (text: string) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : undefined);
  const [cLat, cLng, sLat, sLng] = [n(f.cameraLat), n(f.cameraLng), n(f.subjectLat), n(f.subjectLng)];
  if (cLat === undefined || cLng === undefined) return undefined;
  const subject = sLat !== undefined && sLng !== undefined ? { subject: { lat: sLat, lng: sLng } } : {};
  return { camera: { lat: cLat, lng: cLng }, ...subject };
}

function fieldsOf(pins: SpotPinsChange): Partial<typeof EMPTY> {
  return {
    cameraLat: String(pins.camera.lat),
    cameraLng: String(pins.camera.lng),
    ...(pins.subject ? { subjectLat: String(pins.subject.lat), subjectLng: String(pins.subject.lng) } : {}),
  };
}
