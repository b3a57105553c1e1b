// One signature image on the creator's phone: status, one tap per step, note, snapshot, and its own sync state.
import { memo, useId, useState } from 'react';
import type { Entity } from '../../../shared/domain/entities.ts';
import { progress } from '../../../shared/domain/status-order.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ForwardStatus } from '../../../shared/domain/signature.ts';
import { useSyncedDraft } from '../../state/use-synced-draft.ts';
import type { LocalPreview } from '../../storage/index.ts';
import { FieldNotice } from '../../ui/ChangedElsewhere.tsx';
import { describeRejection } from '../../ui/describe-rejection.ts';
import { PreviewImage } from '../../ui/PreviewImage.tsx';
import { ShotActions } from '../day/ShotActions.tsx';
import type { MyShot } from './my-day.ts';
import { SnapshotState } from './SnapshotState.tsx';
import { sameShot } from './same-card.ts';

export interface ShotItemProps {
  shot: MyShot;
  /** This phone's copy of the image's current preview, if this phone took it. */
  localPreview?: LocalPreview;
  error?: string;
  busy: boolean;
  onAdvance(to: ForwardStatus): void;
  onMiss(reason: string): void;
  onNote(note: string): void;
  onSnapshot(file: File): void;
}

const BUTTONS = { 'in-position': 'inPosition', captured: 'captured', missed: 'missed' } as const;

/**
 * One image; re-renders only when its own row or state changes. Callbacks are not compared: they
 * close over the store, the actor and the image id only (see sameCard).
 */
export const ShotItem = memo(
  ShotItemView,
  (a, b) =>
    sameShot(a.shot, b.shot) && a.localPreview === b.localPreview && a.error === b.error && a.busy === b.busy,
);

/** A tapped status shown before the phone has written it: until the image row changes, or an error. */
interface Optimistic {
  image: Entity<'signature'>;
  to: ForwardStatus;
}

function ShotItemView({
  shot,
  localPreview,
  error,
  busy,
  onAdvance,
  onMiss,
  onNote,
  onSnapshot,
}: ShotItemProps) {
  const { t } = useT();
  const id = useId();
  const { image } = shot;
  // The tap shows at once; the row the store writes (a new object) replaces it. "Waiting on this
  // phone" is said only once the outbox has it: until then the image says it is being saved.
  const [optimistic, setOptimistic] = useState<Optimistic | null>(null);
  const ahead = optimistic?.image === image && !error ? optimistic.to : undefined;
  const status = ahead ?? image.status;
  // The note box follows the synced note; while the creator types, a note from another device waits beside theirs.
  const draft = useSyncedDraft(`signature/${image.id}`, { note: image.note });
  const note = draft.values.note;
  const noteLabel = t('creator.shot.note');
  const actions = shot.actions
    .filter((a): a is keyof typeof BUTTONS => a in BUTTONS)
    .filter((a) => !ahead || stillOffered(a, ahead));
  const colon = t('app.colon');
  return (
    <li className={`signature shot signature-${status}`}>
      <h4>{image.title}</h4>
      {image.description ? <p>{image.description}</p> : null}
      <p>
        {t('status.label')}
        {colon}
        <strong className="status">{t(`status.${status}`)}</strong>
      </p>
      {image.status === 'missed' && image.missedReason ? (
        <p>{t('creator.shot.missedReason', { reason: image.missedReason })}</p>
      ) : null}
      {ahead ? <p className="item-waiting">{t('creator.sync.saving')}</p> : <SyncState shot={shot} />}
      {error ? (
        <p className="item-rejected" role="alert">
          {error}
        </p>
      ) : null}
      <ShotActions<Exclude<keyof typeof BUTTONS, 'missed'>>
        title={image.title}
        actions={actions}
        label={t('creator.shot.actions', { title: image.title })}
        buttonLabel={(action) => t(`creator.shot.${BUTTONS[action]}`)}
        className="shot-actions"
        draftKey={`signature/${image.id}`}
        onAdvance={(to) => {
          setOptimistic({ image, to });
          onAdvance(to);
        }}
        onMiss={onMiss}
      />
      <form
        className="shot-note"
        onSubmit={(e) => {
          e.preventDefault();
          const saved = note.trim().slice(0, 1000);
          // The box shows what is saved; once the phone has it, the draft kept for a reload goes.
          draft.set('note', saved);
          onNote(saved);
        }}
      >
        <label htmlFor={`${id}-note`}>{noteLabel}</label>
        <FieldNotice draft={draft} field="note" label={noteLabel} />
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          rows={2}
          onChange={(e) => draft.set('note', e.target.value)}
        />
        <button type="submit" className="button" disabled={note.trim() === image.note}>
          {t('creator.shot.saveNote')}
        </button>
      </form>
      <label className="button snapshot-button" aria-busy={busy}>
        {busy ? t('creator.shot.snapshotBusy') : t('creator.shot.snapshot')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onSnapshot(file);
          }}
        />
      </label>
      {image.previewId ? (
        <>
          <PreviewImage
            previewId={image.previewId}
            alt={t('creator.shot.snapshotAlt', { title: image.title })}
            by={image.previewBy}
          />
          <SnapshotState preview={localPreview} />
        </>
      ) : null}
    </li>
  );
}

/** A button still offered once the image shows `ahead` (shotActions' rule for the new status). */
function stillOffered(action: keyof typeof BUTTONS, ahead: ForwardStatus): boolean {
  return action === 'missed' ? progress(ahead) < progress('captured') : progress(action) > progress(ahead);
}

function SyncState({ shot }: { shot: MyShot }) {
  const { t } = useT();
  if (shot.rejectedReason)
    return (
      <p className="item-rejected">
        {t('creator.sync.rejected', {
          reason: describeRejection(t, shot.rejection ?? { reason: shot.rejectedReason }),
        })}
      </p>
    );
  if (shot.waiting) return <p className="item-waiting">{t('creator.sync.waiting')}</p>;
  // "Sent" only once this image carries a change: a planned image untouched has nothing to send.
  return shot.image.history.length > 0 || shot.image.note || shot.image.previewId ? (
    <p className="item-sent">{t('creator.sync.sent')}</p>
  ) : null;
}
