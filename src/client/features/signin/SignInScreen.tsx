// Sign-in: the device redeems the one-time invite from its link and names itself.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedeemRequest, SessionInfo } from '../../../shared/protocol/messages.ts';
import { type RedeemProblem, type RedeemResult, redeemInvite } from '../../api/redeem.ts';
import { deviceKindOf } from './device-name.ts';
import { type InvitePreviewState, useInvitePreview } from './invite-preview.ts';
import { NotSignedIn } from './NotSignedIn.tsx';

export interface SignInScreenProps {
  /** The token from `#invite=`; null when the page was opened without one. */
  invite: string | null;
  /** This device's sync clientID (from the store's meta): the device is bound to it. */
  clientID: string | undefined;
  onSignedIn(session: SessionInfo): Promise<void>;
  redeem?: (request: RedeemRequest) => Promise<RedeemResult>;
  /** Asks whom the link is for (tests pass their own). */
  previewInvite?: (invite: string) => Promise<InvitePreviewState>;
  userAgent?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; problem: RedeemProblem | 'name'; message: string };

const PROBLEM_KEY = {
  invite_invalid: 'signin.errors.inviteInvalid',
  offline: 'signin.errors.offline',
  rate_limited: 'signin.errors.rateLimited',
  bad_request: 'signin.errors.badRequest',
  server: 'signin.errors.server',
  name: 'signin.errors.deviceNameRequired',
} as const;

export function SignInScreen(props: SignInScreenProps) {
  const { t } = useTranslation();
  const userAgent = props.userAgent ?? navigator.userAgent;
  const [deviceName, setDeviceName] = useState(() =>
    t(`deviceName.${deviceKindOf(userAgent, navigator.maxTouchPoints)}`),
  );
  const [state, setState] = useState<State>({ kind: 'idle' });
  const { invite, clientID } = props;
  const preview = useInvitePreview(invite, props.previewInvite);

  if (!invite) return <NotSignedIn />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = deviceName.trim();
    if (!name) return setState({ kind: 'failed', problem: 'name', message: '' });
    if (!invite || !clientID) return;
    setState({ kind: 'sending' });
    const redeem = props.redeem ?? ((request: RedeemRequest) => redeemInvite(request));
    const result = await redeem({ invite, clientID, deviceName: name.slice(0, 120) });
    if (!result.ok) return setState({ kind: 'failed', problem: result.problem, message: result.message });
    await props.onSignedIn(result.session);
  }

  const sending = state.kind === 'sending';
  // A link the server refuses (used, expired, cut short) offers no button that would fail the same way.
  if (preview.kind === 'invalid')
    return (
      <>
        <h1>{t('signin.heading')}</h1>
        <LinkFor preview={preview} />
      </>
    );
  return (
    <>
      <h1>{t('signin.heading')}</h1>
      <LinkFor preview={preview} />
      <p>{t('signin.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="device-name">{t('signin.deviceName')}</label>
        <input
          id="device-name"
          type="text"
          autoComplete="off"
          maxLength={120}
          value={deviceName}
          aria-describedby="device-name-help"
          aria-invalid={state.kind === 'failed' && state.problem === 'name'}
          onChange={(e) => setDeviceName(e.target.value)}
        />
        <p id="device-name-help" className="muted">
          {t('signin.deviceNameHelp')}
        </p>
        {state.kind === 'failed' ? (
          <p className="panel panel-danger" role="alert">
            {t(PROBLEM_KEY[state.problem], { message: state.message })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={sending || !clientID}>
          {sending ? t('signin.submitting') : t('signin.submit')}
        </button>
      </form>
    </>
  );
}

/** Who this link signs in, before the tap; a link the server refuses says so at once. */
function LinkFor({ preview }: { preview: InvitePreviewState }) {
  const { t } = useTranslation();
  if (preview.kind === 'checking') return <p aria-busy="true">{t('signin.checking')}</p>;
  if (preview.kind === 'invalid')
    return (
      <p className="panel panel-danger" role="alert">
        {t('signin.errors.inviteInvalid')}
      </p>
    );
  if (preview.kind === 'unknown') return null;
  const { name, role } = preview.preview.member;
  return (
    <div className="panel panel-info signin-for" role="status">
      <p>
        <strong>{t('signin.linkFor', { name, role: t(`signin.roles.${role}`) })}</strong>
      </p>
      <p className="muted">{t('signin.notYou')}</p>
    </div>
  );
}
