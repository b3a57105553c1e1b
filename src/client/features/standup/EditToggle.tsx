// An "Edit" button that shows its form below it; the form is mounted only while shown, so it starts from the current row.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { hasDraft } from '../../state/use-synced-draft.ts';

interface Props {
  /** Visible text ("Edit"). */
  label: string;
  /** Accessible name, starting with the visible text and naming what is edited ("Edit the spot …"). */
  name: string;
  /** Where the form keeps its draft: a draft kept from before a reload opens the form by itself. */
  draftKey?: string;
  children: ReactNode;
}

export function EditToggle({ label, name, draftKey, children }: Props) {
  const id = useId();
  const [open, setOpen] = useState(() => (draftKey ? hasDraft(draftKey) : false));
  return (
    <div className="standup-edit no-print">
      <button
        type="button"
        className="button"
        aria-label={name}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={id}>{open ? children : null}</div>
    </div>
  );
}
