// One device of a member: its name, last seen, notifications, and "sign out" with a confirmation step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDevice } from '../../api/team.ts';
import { formatInstant } from './team-format.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface DeviceRowProps {
  device: TeamDevice;
  /** This very device (the admin's own): signing it out ends this session. */
  own: boolean;
  timeZone: string;
  busy: boolean;
  onRevoke(): void;
}

export function DeviceRow({ device, own, timeZone, busy, onRevoke }: DeviceRowProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const at = (iso: string) => formatInstant(iso, formatLocale(i18n.language), timeZone);
  return (
    <li className="team-device">
      <p>
        <strong>{device.name}</strong>
        {own ? <span className="muted"> · {t('team.devices.thisDevice')}</span> : null}
      </p>
      <p className="muted">
        {device.revokedAt
          ? t('team.devices.revoked', { time: at(device.revokedAt) })
          : device.lastSeenAt
            ? t('team.devices.lastSeen', { time: at(device.lastSeenAt) })
            : t('team.devices.neverSeen')}
        {!device.revokedAt && device.push ? ` · ${t('team.devices.push')}` : null}
      </p>
      {device.revokedAt ? null : confirming ? (
        <div
          className="team-actions"
          role="group"
          aria-label={t('team.devices.confirmLabel', { device: device.name })}
        >
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => {
              setConfirming(false);
              onRevoke();
            }}
          >
            {own ? t('team.devices.confirmOwn') : t('team.devices.confirm', { device: device.name })}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('team.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('team.devices.revoke', { device: device.name })}
        </button>
      )}
    </li>
  );
}
