// The notification opt-in on "my day": a short offer (turn on from a tap, or not now), then one folded line
// with the explanation, which kinds, and turn off.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUSH_KINDS, type PushKind } from '../../../shared/protocol/push.ts';
import type { StoredSession } from '../../storage/index.ts';
import { usePush } from './use-push.ts';
import './push.css';

export function PushPanel({ session }: { session: StoredSession }) {
  const { t, i18n } = useTranslation();
  const push = usePush(session.deviceToken, i18n.language);
  // Turned on from the offer: the line opens on the choices that follow, once.
  const [justTurnedOn, setJustTurnedOn] = useState(false);
  if (push.support === 'unsupported') return null;
  const failure = push.failure;
  let problem: string | null = null;
  if (failure?.problem === 'denied') problem = t('push.denied');
  else if (failure?.problem === 'offline') problem = t('push.errors.offline');
  else if (failure && 'message' in failure)
    problem = t(`push.errors.${failure.problem}`, { message: failure.message });
  const alert = problem ? (
    <p className="panel panel-danger" role="alert">
      {problem}
    </p>
  ) : null;
  const turnOn = (
    <button
      type="button"
      className="button button-primary"
      disabled={push.busy}
      onClick={() => {
        setJustTurnedOn(true);
        void push.turnOn();
      }}
    >
      {push.busy ? t('push.turningOn') : t('push.turnOn')}
    </button>
  );

  // Undecided: one short offer and two buttons, so the day's first moment still shows on a phone;
  // "Not now" is remembered and folds it into one line.
  const undecided = !push.dismissed && push.subscribed === false && push.permission !== 'denied';
  if (undecided && push.support === 'supported')
    return (
      <section className="push-panel push-offer" aria-labelledby="push-heading">
        <p>
          <span id="push-heading" className="push-title">
            {t('push.heading')}
          </span>{' '}
          <span>{t('push.offer')}</span>
        </p>
        <div className="button-row">
          {turnOn}
          <button type="button" className="button" onClick={push.dismiss}>
            {t('push.notNow')}
          </button>
        </div>
        {alert}
      </section>
    );

  let content;
  if (push.support === 'ios-needs-install') content = <p>{t('push.iosInstall')}</p>;
  else if (push.permission === 'denied') content = <p>{t('push.denied')}</p>;
  else if (push.subscribed) content = <Choices push={push} />;
  else
    content = (
      <>
        <p>{t('push.explain')}</p>
        <div className="button-row">{turnOn}</div>
      </>
    );

  // Decided or put off: one folded line; the explanation and the choices open from it.
  return (
    <section className="push-panel push-folded" aria-labelledby="push-heading">
      <details open={undecided || justTurnedOn}>
        <summary>
          <span id="push-heading" className="push-title">
            {t('push.heading')}
          </span>{' '}
          <span className="muted">
            {push.subscribed ? t('push.on') : push.subscribed === false ? t('push.off') : ''}
          </span>
        </summary>
        {content}
        {alert}
      </details>
    </section>
  );
}

function Choices({ push }: { push: ReturnType<typeof usePush> }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<PushKind>>(() => new Set(push.kinds));
  function submit(event: FormEvent) {
    event.preventDefault();
    void push.saveKinds(PUSH_KINDS.filter((k) => chosen.has(k)));
  }
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t('push.choose')}</legend>
        {PUSH_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(kind)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(kind);
                else next.delete(kind);
                setChosen(next);
              }}
            />{' '}
            {t(`push.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={push.busy}>
          {t('push.save')}
        </button>
        <button type="button" className="button" disabled={push.busy} onClick={() => void push.turnOff()}>
          {t('push.turnOff')}
        </button>
      </div>
      <p role="status">{push.saved ? t('push.saved') : ''}</p>
    </form>
  );
}
