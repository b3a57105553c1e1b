// One member on the team screen: role (changeable), job, contact, devices, pending links, invite and revoke.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role } from '../../../shared/domain/member.ts';
import type { TeamMember } from '../../api/team.ts';
import { DeviceRow } from './DeviceRow.tsx';
import { formatInstant } from './team-format.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface MemberActions {
  changeRole(memberId: string, role: Role): void;
  inviteDevice(memberId: string): void;
  revokeDevice(deviceId: string): void;
  revokeMember(memberId: string): void;
}

export interface MemberCardProps {
  entry: TeamMember;
  ownDeviceId: string;
  timeZone: string;
  busy: boolean;
  actions: MemberActions;
}

export function MemberCard({ entry, ownDeviceId, timeZone, busy, actions }: MemberCardProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { member, devices, invites } = entry;
  const [role, setRole] = useState<Role>(member.role);
  const [confirming, setConfirming] = useState(false);
  const live = devices.filter((d) => !d.revokedAt);
  const signedOut = devices.filter((d) => d.revokedAt);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (role !== member.role) actions.changeRole(member.id, role);
  }

  return (
    <article className="team-member" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{member.name}</h3>
      <dl className="facts">
        <dt>{t('team.fields.role')}</dt>
        <dd>{t(`team.roles.${member.role}`)}</dd>
        <dt>{t('team.fields.job')}</dt>
        <dd>{member.job ? t(`team.jobs.${member.job}`) : t('team.jobs.none')}</dd>
        <dt>{t('team.fields.contactShort')}</dt>
        <dd>{member.contact || '—'}</dd>
      </dl>
      <form className="team-inline" onSubmit={submit}>
        <label htmlFor={`${id}-role`}>{t('team.roleOf', { name: member.name })}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {Role.options.map((r) => (
            <option key={r} value={r}>
              {t(`team.roles.${r}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={busy || role === member.role}>
          {t('team.changeRole')}
        </button>
      </form>

      <h4>{t('team.devices.heading', { count: live.length })}</h4>
      {live.length === 0 ? <p className="muted">{t('team.devices.none')}</p> : null}
      <ul className="plain-list">
        {live.map((d) => (
          <DeviceRow
            key={d.id}
            device={d}
            own={d.id === ownDeviceId}
            timeZone={timeZone}
            busy={busy}
            onRevoke={() => actions.revokeDevice(d.id)}
          />
        ))}
      </ul>
      {invites.map((invite) => (
        <p key={invite.id} className="muted">
          {t('team.invite.waiting', {
            time: formatInstant(invite.expiresAt, formatLocale(i18n.language), timeZone),
          })}
        </p>
      ))}
      {signedOut.length ? (
        <details>
          <summary>{t('team.devices.signedOut', { count: signedOut.length })}</summary>
          <ul className="plain-list">
            {signedOut.map((d) => (
              <DeviceRow
                key={d.id}
                device={d}
                own={false}
                timeZone={timeZone}
                busy
                onRevoke={() => undefined}
              />
            ))}
          </ul>
        </details>
      ) : null}
      <div className="team-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => actions.inviteDevice(member.id)}
        >
          {t('team.invite.device', { name: member.name })}
        </button>
        {live.length || invites.length ? (
          confirming ? (
            <>
              <button
                type="button"
                className="button button-danger"
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                  actions.revokeMember(member.id);
                }}
              >
                {t('team.revokeMember.confirm', { name: member.name })}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('team.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
              {t('team.revokeMember.button', { name: member.name })}
            </button>
          )
        ) : null}
      </div>
    </article>
  );
}
