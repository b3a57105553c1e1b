// The team screen (/team, admins): every member with role, job, contact and devices; invite by QR; revoke.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/member.ts';
import type { NewMemberInvite } from '../../../shared/protocol/team.ts';
import type { ApiResult } from '../../api/call.ts';
import * as api from '../../api/team.ts';
import type { InviteAnswer, TeamList } from '../../api/team.ts';
import type { StoredSession } from '../../storage/index.ts';
import { InviteCard } from './InviteCard.tsx';
import { InviteForm } from './InviteForm.tsx';
import { MemberCard } from './MemberCard.tsx';
import { describeFailure, viewerTimeZone } from './team-format.ts';
import './team.css';

type Failed = Exclude<ApiResult<unknown>, { ok: true }>;

export interface TeamScreenProps {
  session: StoredSession;
  /** The reader's IANA zone, in which devices' and links' times are shown (default: this runtime's). */
  timeZone?: string;
}

export function TeamScreen({ session, timeZone = viewerTimeZone() }: TeamScreenProps) {
  const { t } = useTranslation();
  const token = session.deviceToken;
  const [team, setTeam] = useState<TeamList | Failed | undefined>();
  // Every link made in this visit, newest first: a second invite must not hide the first one's link.
  const [invites, setInvites] = useState<InviteAnswer[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [generation, setGeneration] = useState(0);
  const inviteRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const result = await api.fetchTeam(token);
    setTeam(result.ok ? result.value : result);
    setGeneration((g) => g + 1);
  }, [token]);

  useEffect(() => {
    void load();
    const again = () => void load();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [load]);

  const newest = invites[0];
  useEffect(() => {
    if (newest) inviteRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [newest]);
  const addInvite = (answer: InviteAnswer) =>
    setInvites((shown) => [answer, ...shown.filter((i) => i.link !== answer.link)]);

  /** Runs one change; says what happened in the live region; reloads the team either way. */
  async function act<T>(call: () => Promise<ApiResult<T>>, done: (value: T) => string): Promise<boolean> {
    setBusy(true);
    const result = await call();
    setBusy(false);
    setStatus(
      result.ok
        ? { text: done(result.value), failed: false }
        : { text: describeFailure(t, result), failed: true },
    );
    await load();
    return result.ok;
  }

  const nameOf = (memberId: string) =>
    team && 'members' in team ? (team.members.find((m) => m.member.id === memberId)?.member.name ?? '') : '';
  const deviceName = (deviceId: string) =>
    team && 'members' in team
      ? (team.members.flatMap((m) => m.devices).find((d) => d.id === deviceId)?.name ?? '')
      : '';

  const actions = {
    changeRole: (memberId: string, role: Role) =>
      void act(
        () => api.changeRole(token, memberId, role),
        () => t('team.done.role', { name: nameOf(memberId), role: t(`team.roles.${role}`) }),
      ),
    inviteDevice: (memberId: string) =>
      void act(
        () => api.inviteDevice(token, memberId),
        (answer) => {
          addInvite(answer);
          return t('team.done.invited', { name: answer.member.name });
        },
      ),
    revokeDevice: (deviceId: string) => {
      const name = deviceName(deviceId);
      void act(
        () => api.revokeDevice(token, deviceId),
        () => t('team.done.deviceRevoked', { device: name }),
      );
    },
    revokeMember: (memberId: string) => {
      const name = nameOf(memberId);
      void act(
        () => api.revokeMember(token, memberId),
        (r) => t('team.done.memberRevoked', { name, count: r.revoked }),
      );
    },
  };

  const inviteNew = (input: NewMemberInvite) =>
    act(
      () => api.inviteMember(token, input),
      (answer) => {
        addInvite(answer);
        return t('team.done.invited', { name: answer.member.name });
      },
    );

  return (
    <>
      <h1>{t('team.title')}</h1>
      <p>{t('team.intro')}</p>
      <p role="status" className={status?.failed ? 'panel panel-danger' : undefined}>
        {status?.text ?? ''}
      </p>
      <div ref={inviteRef}>
        {invites.map((shown) => (
          <InviteCard
            key={shown.link}
            invite={shown}
            timeZone={timeZone}
            onClose={() => setInvites((all) => all.filter((i) => i !== shown))}
          />
        ))}
      </div>
      <InviteForm busy={busy} onInvite={inviteNew} />
      <h2>{t('team.members')}</h2>
      {team === undefined ? <p aria-busy="true">{t('team.loading')}</p> : null}
      {team && !('members' in team) ? (
        <div className="panel panel-danger" role="alert">
          <p>{describeFailure(t, team)}</p>
          <button type="button" className="button" onClick={() => void load()}>
            {t('team.retry')}
          </button>
        </div>
      ) : null}
      {team && 'members' in team
        ? team.members.map((entry) => (
            <MemberCard
              key={`${entry.member.id}/${generation}`}
              entry={entry}
              ownDeviceId={session.deviceId}
              timeZone={timeZone}
              busy={busy}
              actions={actions}
            />
          ))
        : null}
    </>
  );
}
