// Where to stand: the spot's description and access, coordinates and direction, distance from the user, maps.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { Entity } from '../../../shared/domain/entities.ts';
import { bearingDegrees, distanceMetres } from '../../../shared/domain/geo.ts';
import { SpotMap } from '../../map/LazyMaps.tsx';
import { mapsLink } from '../../map/maps-link.ts';
import { callablePhone, contactText } from '../../ui/contact.ts';
import { bearingParts, formatCoordinates, formatDistance } from './geo-format.ts';
import { usePosition } from './use-position.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface SpotPanelProps {
  spot: Entity<'spot'>;
  access?: Entity<'access'>;
  /** The key moment (UTC instant): the drawing without tiles shows the sun's direction then. */
  keyMomentAt: string;
}

/** The shooting direction: the spot's own bearing, else camera → subject. */
export function shootingBearing(spot: Entity<'spot'>): number | undefined {
  return spot.bearing ?? (spot.subject ? bearingDegrees(spot.camera, spot.subject) : undefined);
}

export function SpotPanel({ spot, access, keyMomentAt }: SpotPanelProps) {
  const { t, i18n } = useT();
  const [showMap, setShowMap] = useState(false);
  const { state, locate } = usePosition();
  const bearing = shootingBearing(spot);
  const sun = useSunAt(showMap ? spot : undefined, keyMomentAt);
  const colon = t('app.colon');
  const phone = access ? callablePhone(access) : undefined;
  return (
    <div className="spot-panel">
      <p className="spot-label">
        <strong>{spot.label}</strong>
      </p>
      {spot.description ? <p>{spot.description}</p> : null}
      <p className={access ? `access access-${access.status}` : 'access'}>
        {t('creator.access')}
        {colon}
        {access ? t(`creator.accessStatus.${access.status}`) : t('creator.accessNone')}
      </p>
      {access && (access.redacted || access.contactName || access.contactPhone) ? (
        <p className="spot-contact">
          {t('creator.contact')}
          {colon}
          {contactText(access, t)}
        </p>
      ) : null}
      {access && phone ? (
        // Its own row, not inline in the sentence: an inline link wraps over the name at 360 px.
        <div className="button-row spot-call">
          <a className="button" href={`tel:${phone}`}>
            {t('creator.call', { name: access.contactName })}
            <span className="visually-hidden"> {access.contactPhone}</span>
          </a>
        </div>
      ) : null}
      {access?.notes ? <p className="muted">{access.notes}</p> : null}
      <p>
        {t('creator.map.coordinates')}
        {colon}
        {formatCoordinates(spot.camera, formatLocale(i18n.language))}
      </p>
      {bearing !== undefined ? <p>{t('creator.map.shooting', bearingParts(bearing, t))}</p> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={locate} disabled={state.kind === 'locating'}>
          {t('creator.map.locate')}
        </button>
        <a className="button" href={mapsLink(spot.camera)} target="_blank" rel="noreferrer">
          {t('creator.map.openInMaps')}
        </a>
        <button
          type="button"
          className="button"
          aria-expanded={showMap}
          onClick={() => setShowMap((s) => !s)}
        >
          {showMap ? t('creator.map.hide') : t('creator.map.show')}
        </button>
      </div>
      <p aria-live="polite" className="position">
        {state.kind === 'locating' ? t('creator.map.locating') : null}
        {state.kind === 'known'
          ? t('creator.map.fromYou', {
              distance: formatDistance(distanceMetres(state.at, spot.camera), formatLocale(i18n.language)),
              ...bearingParts(bearingDegrees(state.at, spot.camera), t),
            })
          : null}
        {state.kind === 'failed' ? t('creator.map.denied', { reason: state.reason }) : null}
        {state.kind === 'unsupported' ? t('creator.map.noGeolocation') : null}
      </p>
      {showMap ? (
        <SpotMap
          pins={{ camera: spot.camera, ...(spot.subject ? { subject: spot.subject } : {}) }}
          {...(state.kind === 'known' ? { me: state.at } : {})}
          {...(bearing !== undefined ? { bearing } : {})}
          {...(sun ? { sun } : {})}
          label={t('creator.map.label', { spot: spot.label })}
        />
      ) : null}
    </div>
  );
}

/**
 * The sun at the key moment seen from the camera; "up" once it clears the horizon (refraction
 * included). Its code (suncalc) loads when a map is opened, not before "my day": undefined till then.
 */
function useSunAt(spot: Entity<'spot'> | undefined, keyMomentAt: string) {
  const [sun, setSun] = useState<{ key: string; azimuth: number; up: boolean }>();
  // Primitives: a new spot object with the same place is no change.
  const lat = spot?.camera.lat;
  const lng = spot?.camera.lng;
  const key = lat === undefined || lng === undefined ? '' : `${lat},${lng},${keyMomentAt}`;
  useEffect(() => {
    if (lat === undefined || lng === undefined) return;
    let live = true;
    void import('../../../shared/domain/light.ts').then(({ sunPosition }) => {
      const at = sunPosition({ lat, lng }, keyMomentAt);
      if (live) setSun({ key, azimuth: at.azimuth, up: at.elevation > -0.833 });
    });
    return () => {
      live = false;
    };
  }, [lat, lng, keyMomentAt, key]);
  return sun && sun.key === key ? { azimuth: sun.azimuth, up: sun.up } : undefined;
}
