// The status buttons of one signature image; "missed" first asks why (the mutation requires a reason).
import { useState } from 'react';
import { MissDialog } from './MissDialog.tsx';

export interface ShotActionsProps<A extends string> {
  title: string;
  actions: readonly (A | 'missed')[];
  /** Names the group for screen readers ("Mark “…”"). */
  label: string;
  buttonLabel(action: A | 'missed'): string;
  className?: string;
  onAdvance(action: A): void;
  onMiss(reason: string): void;
}

export function ShotActions<A extends string>(props: ShotActionsProps<A>) {
  const { title, actions, label, buttonLabel, className, onAdvance, onMiss } = props;
  const [asking, setAsking] = useState(false);
  return (
    <>
      {actions.length > 0 ? (
        <div className={className ? `button-row ${className}` : 'button-row'} role="group" aria-label={label}>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'missed' ? 'button button-danger' : 'button button-primary'}
              onClick={() => (action === 'missed' ? setAsking(true) : onAdvance(action as A))}
            >
              {buttonLabel(action)}
            </button>
          ))}
        </div>
      ) : null}
      {asking ? (
        <MissDialog
          title={title}
          onCancel={() => setAsking(false)}
          onConfirm={(reason) => {
            setAsking(false);
            onMiss(reason);
          }}
        />
      ) : null}
    </>
  );
}
