// A record's history for planners and admins: a disclosure that loads the server's audit trail when opened.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kind } from '../../../shared/domain/entities.ts';
import { type AuditEntry, fetchAudit } from '../../api/audit.ts';
import { useSyncMeta } from '../../storage/index.ts';
import { AuditEntryItem } from './AuditEntryItem.tsx';
import './audit.css';

/** Enough for a record's working life at the Games; past it the panel says the list is cut. */
export const AUDIT_PANEL_LIMIT = 100;

type State =
  | { step: 'loading' }
  | { step: 'offline' }
  | { step: 'error'; message: string }
  | { step: 'done'; entries: AuditEntry[] };

export interface AuditPanelProps {
  kind: Kind;
  id: string;
  /** The record's name, so each "History" button says whose history it opens. */
  title: string;
  /** The venue's zone: times are read on the venue's clock. */
  timeZone: string;
}

export function AuditPanel({ kind, id, title, timeZone }: AuditPanelProps) {
  const { t } = useTranslation();
  const session = useSyncMeta()?.session ?? null;
  const regionId = useId();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ step: 'loading' });
  // Only the latest request may write: a slow answer must not replace a newer one.
  const latest = useRef(0);

  // The audit trail answers planners and admins only: nobody else gets a button that cannot work.
  if (!session || (session.member.role !== 'planner' && session.member.role !== 'admin')) return null;
  const token = session.deviceToken;

  async function load() {
    const request = ++latest.current;
    setState({ step: 'loading' });
    const result = await fetchAudit(token, { kind, id, limit: AUDIT_PANEL_LIMIT });
    if (request !== latest.current) return;
    if (result.ok) setState({ step: 'done', entries: result.entries });
    else if (result.problem === 'offline') setState({ step: 'offline' });
    else setState({ step: 'error', message: result.message });
  }

  function toggle() {
    // Each opening loads afresh: the history is the server's, and it moves while the panel is shut.
    if (!open) void load();
    setOpen(!open);
  }

  return (
    <div className="audit no-print">
      <button type="button" className="button" aria-expanded={open} aria-controls={regionId} onClick={toggle}>
        {t('audit.show')}
        <span className="visually-hidden"> {title}</span>
      </button>
      <div id={regionId} hidden={!open}>
        {open ? (
          <>
            <div role="status">
              {state.step === 'loading' ? <p>{t('audit.loading')}</p> : null}
              {state.step === 'offline' ? <p>{t('audit.offline')}</p> : null}
              {state.step === 'error' ? <p>{t('audit.failed', { message: state.message })}</p> : null}
              {state.step === 'done' && state.entries.length === 0 ? <p>{t('audit.none')}</p> : null}
            </div>
            {state.step === 'done' && state.entries.length > 0 ? (
              <ol className="audit-list" aria-label={t('audit.listLabel', { title })}>
                {state.entries.map((entry, i) => (
                  <AuditEntryItem
                    key={`${entry.loggedAt}/${i}`}
                    entry={entry}
                    kind={kind}
                    id={id}
                    timeZone={timeZone}
                    deviceId={session.deviceId}
                  />
                ))}
              </ol>
            ) : null}
            {state.step === 'done' && state.entries.length >= AUDIT_PANEL_LIMIT ? (
              <p className="muted">{t('audit.more', { limit: AUDIT_PANEL_LIMIT })}</p>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
