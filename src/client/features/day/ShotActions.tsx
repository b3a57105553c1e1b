// The status buttons of one signature image; "missed" first asks why (the mutation requires a reason).
import { lazy, Suspense } from 'react';
import { useKeptText } from '../../state/use-kept-text.ts';

// Asked only after a tap on "Missed": its code comes then (precached, so offline too).
const MissDialog = lazy(() => import('./MissDialog.tsx').then((m) => ({ default: m.MissDialog })));

export interface ShotActionsProps<A extends string> {
  title: string;
  actions: readonly (A | 'missed')[];
  /** Names the group for screen readers ("Mark “…”"). */
  label: string;
  buttonLabel(action: A | 'missed'): string;
  className?: string;
  /** Names the image on this device ("signature/<id>"): an open "missed" dialog and its reason survive a reload. */
  draftKey?: string;
  onAdvance(action: A): void;
  onMiss(reason: string): void;
}

export function ShotActions<A extends string>(props: ShotActionsProps<A>) {
  const { title, actions, label, buttonLabel, className, draftKey, onAdvance, onMiss } = props;
  // The dialog is open while a reason is being typed: kept per image, so a reload reopens it as it was.
  const reason = useKeptText(draftKey ? `${draftKey}/missReason` : null);
  const asking = reason.value !== undefined && actions.includes('missed');
  return (
    <>
      {actions.length > 0 ? (
        <div className={className ? `button-row ${className}` : 'button-row'} role="group" aria-label={label}>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'missed' ? 'button button-danger' : 'button button-primary'}
              onClick={() => (action === 'missed' ? reason.set(reason.value ?? '') : onAdvance(action as A))}
            >
              {buttonLabel(action)}
            </button>
          ))}
        </div>
      ) : null}
      {asking ? (
        <Suspense fallback={null}>
          <MissDialog
            title={title}
            reason={reason.value ?? ''}
            onReasonChange={reason.set}
            onCancel={reason.clear}
            onConfirm={(text) => {
              reason.clear();
              onMiss(text);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
