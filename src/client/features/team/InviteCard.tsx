// A fresh sign-in link: the QR code to scan with the phone, the link to copy, and until when it works.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteAnswer } from '../../api/team.ts';
import { QrCode } from './QrCode.tsx';
import { formatInstant } from './team-format.ts';
import { formatLocale } from '../../i18n/format-locale.ts';
import { isLoopbackUrl } from '../../../shared/net/loopback.ts';

export function InviteCard({
  invite,
  timeZone,
  onClose,
}: {
  invite: InviteAnswer;
  timeZone: string;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  // Several cards may show at once (one per link made in this visit): ids unique per card.
  const id = useId();
  const name = invite.member.name;
  // A link on localhost (PUBLIC_URL unset, or the admin on the server's own machine) works on no phone.
  const local = isLoopbackUrl(invite.link);
  async function copy() {
    await navigator.clipboard?.writeText(invite.link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }
  return (
    <section className="panel panel-info invite-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t('team.invite.linkFor', { name })}
      </h2>
      {local ? (
        <p className="panel panel-warning" role="alert">
          {t('team.invite.localOnly', { host: new URL(invite.link).host })}
        </p>
      ) : null}
      <p>{t('team.invite.scan', { name })}</p>
      <QrCode text={invite.link} label={t('team.invite.qrLabel', { name })} />
      <label htmlFor={`${id}-link`}>{t('team.invite.link')}</label>
      <input id={`${id}-link`} type="text" readOnly value={invite.link} onFocus={(e) => e.target.select()} />
      <p className="muted">
        {t('team.invite.expires', {
          time: formatInstant(invite.expiresAt, formatLocale(i18n.language), timeZone),
        })}{' '}
        {t('team.invite.once')}
      </p>
      <div className="team-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('team.invite.copy')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('team.invite.done')}
        </button>
      </div>
      <p role="status">{copied ? t('team.invite.copied') : ''}</p>
    </section>
  );
}
