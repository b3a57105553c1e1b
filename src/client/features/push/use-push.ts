// The opt-in's state: what this browser can do, whether this device is subscribed, the member's choices.
import { useCallback, useEffect, useState } from 'react';
import type { PushKind, PushLanguage } from '../../../shared/protocol/push.ts';
import * as api from '../../api/push.ts';
import { pushSupport, refresh, turnOff, turnOn, type PushSupport, type TurnOnResult } from './push-device.ts';

const DISMISSED = 'plan-de-jeu.push.dismissed';

export interface PushView {
  support: PushSupport;
  permission: NotificationPermission | 'unknown';
  /** Unknown until the server answered (offline: stays unknown). */
  subscribed: boolean | undefined;
  kinds: PushKind[];
  dismissed: boolean;
  busy: boolean;
  failure: Exclude<TurnOnResult, { ok: true }> | null;
  saved: boolean;
  turnOn(): Promise<void>;
  turnOff(): Promise<void>;
  saveKinds(kinds: PushKind[]): Promise<void>;
  dismiss(): void;
}

export function usePush(token: string, language: string): PushView {
  const lang: PushLanguage = language.startsWith('fr') ? 'fr' : 'en';
  const support = pushSupport();
  const [permission, setPermission] = useState<NotificationPermission | 'unknown'>(() =>
    support === 'supported' ? Notification.permission : 'unknown',
  );
  const [subscribed, setSubscribed] = useState<boolean>();
  const [kinds, setKinds] = useState<PushKind[]>([]);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED) === '1');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PushView['failure']>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    const state = await api.fetchPushState(token);
    if (!state.ok) return;
    setSubscribed(state.value.subscribed);
    setKinds(state.value.kinds);
  }, [token]);

  useEffect(() => {
    if (support !== 'supported') return;
    // Keeps the server's copy of this subscription current (endpoint, language), then reads the state.
    void refresh(token, lang).finally(() => void load());
  }, [support, token, lang, load]);

  return {
    support,
    permission,
    subscribed,
    kinds,
    dismissed,
    busy,
    failure,
    saved,
    async turnOn() {
      setBusy(true);
      setFailure(null);
      const result = await turnOn(token, lang);
      setPermission(Notification.permission);
      setBusy(false);
      if (!result.ok) return setFailure(result);
      await load();
    },
    async turnOff() {
      setBusy(true);
      await turnOff(token);
      setBusy(false);
      await load();
    },
    async saveKinds(next) {
      setBusy(true);
      const result = await api.savePreferences(token, next);
      setBusy(false);
      if (result.ok) {
        setKinds(result.value.kinds);
        setSaved(true);
      }
    },
    dismiss() {
      localStorage.setItem(DISMISSED, '1');
      setDismissed(true);
    },
  };
}
