// Invites a new member: name, role, job, contact; the server answers with a one-time sign-in link.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Job, Role } from '../../../shared/domain/member.ts';
import type { NewMemberInvite } from '../../../shared/protocol/team.ts';

export function InviteForm({
  busy,
  onInvite,
}: {
  busy: boolean;
  onInvite(input: NewMemberInvite): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('creator');
  const [job, setJob] = useState<Job | ''>('photographer');
  const [contact, setContact] = useState('');
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setMissing(true);
    setMissing(false);
    const done = await onInvite({
      name: name.trim(),
      role,
      contact: contact.trim(),
      ...(job ? { job } : {}),
    });
    if (done) {
      setName('');
      setContact('');
    }
  }

  return (
    <form className="form team-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('team.invite.heading')}</h2>
      <label htmlFor={`${id}-name`}>{t('team.fields.name')}</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={120}
        value={name}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {missing ? (
        <p id={`${id}-missing`} className="panel panel-danger">
          {t('team.invite.nameRequired')}
        </p>
      ) : null}
      <label htmlFor={`${id}-role`}>{t('team.fields.role')}</label>
      <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {Role.options.map((r) => (
          <option key={r} value={r}>
            {t(`team.roles.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-job`}>{t('team.fields.job')}</label>
      <select id={`${id}-job`} value={job} onChange={(e) => setJob(e.target.value as Job | '')}>
        <option value="">{t('team.jobs.none')}</option>
        {Job.options.map((j) => (
          <option key={j} value={j}>
            {t(`team.jobs.${j}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-contact`}>{t('team.fields.contact')}</label>
      <input
        id={`${id}-contact`}
        type="text"
        maxLength={120}
        autoComplete="off"
        value={contact}
        onChange={(e) => setContact(e.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('team.invite.submit')}
      </button>
    </form>
  );
}
