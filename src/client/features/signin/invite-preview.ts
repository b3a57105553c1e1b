// Whom a sign-in link is for, asked before the tap (POST /api/auth/invite): the screen names the member and role.
import { useEffect, useState } from 'react';
import { ErrorBody, InvitePreview } from '../../../shared/protocol/messages.ts';

export type InvitePreviewState =
  | { kind: 'checking' }
  | { kind: 'ready'; preview: InvitePreview }
  /** The server refused the link (used, expired, unknown, malformed): signing in would fail the same way. */
  | { kind: 'invalid'; message: string }
  /** No answer (offline, server down): the screen signs in without naming anyone. */
  | { kind: 'unknown' };

export async function fetchInvitePreview(
  invite: string,
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<InvitePreviewState> {
  try {
    const res = await fetchFn('/api/auth/invite', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite }),
    });
    const body: unknown = await res.json().catch(() => undefined);
    if (res.ok) {
      const preview = InvitePreview.safeParse(body);
      return preview.success ? { kind: 'ready', preview: preview.data } : { kind: 'unknown' };
    }
    const error = ErrorBody.safeParse(body);
    if (error.success && error.data.error === 'invite_invalid')
      return { kind: 'invalid', message: error.data.message };
    // A 400: the link's token is not even shaped like one (cut short when copied): no sign-in can work.
    if (res.status === 400) return { kind: 'invalid', message: error.success ? error.data.message : '' };
    return { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
  }
}

/** The preview of `invite`, asked once per link. */
export function useInvitePreview(
  invite: string | null,
  fetcher: (invite: string) => Promise<InvitePreviewState> = fetchInvitePreview,
): InvitePreviewState {
  const [state, setState] = useState<{ invite: string | null; value: InvitePreviewState }>({
    invite: null,
    value: { kind: 'checking' },
  });
  useEffect(() => {
    if (!invite) return;
    let live = true;
    void fetcher(invite).then((value) => live && setState({ invite, value }));
    return () => {
      live = false;
    };
  }, [invite, fetcher]);
  return state.invite === invite ? state.value : { kind: 'checking' };
}
