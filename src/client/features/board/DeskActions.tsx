// The desk's buttons on one image: tick forward, publish with its asset link, reopen with a reason, missed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForwardStatus, SignatureImage } from '../../../shared/domain/signature.ts';
import { progress } from '../../../shared/domain/signature.ts';
import { useKeptText } from '../../state/use-kept-text.ts';
import { MissDialog } from '../day/MissDialog.tsx';
import { AssetLinkDialog } from './AssetLinkDialog.tsx';
import { canLink, deskMoves, type ReopenTarget, reopenTargets } from './desk-actions.ts';
import { ReopenDialog } from './ReopenDialog.tsx';

export interface DeskHandlers {
  onMove(id: string, to: 'captured' | 'selected'): void;
  onPublish(id: string, assetUrl: string | undefined): void;
  /** Sets the asset link without moving the status. */
  onLink(id: string, status: ForwardStatus, assetUrl: string): void;
  onReopen(id: string, to: ReopenTarget, reason: string): void;
  onMissed(id: string, reason: string): void;
}

type Open = 'publish' | 'link' | 'reopen' | null;

export function DeskActions({ image, ...on }: DeskHandlers & { image: SignatureImage }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  // "Missed" asks why; the reason being typed is kept per image, so a reload reopens the dialog as it was.
  const missReason = useKeptText(`signature/${image.id}/missReason`);
  const moves = deskMoves(image.status);
  const targets = reopenTargets(image.status);
  const close = () => setOpen(null);
  const status = image.status;
  // Narrowed for signature.advance: a link goes on an image in hand (captured or later).
  const linkStatus = canLink(status) ? (status as ForwardStatus) : null;
  const canMiss = status !== 'missed' && progress(status) < progress('captured');
  return (
    <>
      <div className="button-row" role="group" aria-label={t('shot.actions', { title: image.title })}>
        {moves.map((move) => (
          <button
            key={move}
            type="button"
            className="button button-primary"
            onClick={() => (move === 'published' ? setOpen('publish') : on.onMove(image.id, move))}
          >
            {t(`board.move.${move}`)}
          </button>
        ))}
        {linkStatus ? (
          <button type="button" className="button" onClick={() => setOpen('link')}>
            {image.assetUrl ? t('board.link.change') : t('board.link.add')}
          </button>
        ) : null}
        {canMiss ? (
          <button
            type="button"
            className="button button-danger"
            onClick={() => missReason.set(missReason.value ?? '')}
          >
            {t('shot.missed')}
          </button>
        ) : null}
        {targets.length > 0 ? (
          <button type="button" className="button" onClick={() => setOpen('reopen')}>
            {t('board.reopen.button')}
          </button>
        ) : null}
      </div>
      {open === 'publish' ? (
        <AssetLinkDialog
          title={image.title}
          heading={t('board.publish.heading', { title: image.title })}
          confirm={t('board.publish.confirm')}
          initial={image.assetUrl ?? ''}
          optional
          onCancel={close}
          onConfirm={(url) => {
            close();
            on.onPublish(image.id, url || undefined);
          }}
        />
      ) : null}
      {open === 'link' && linkStatus ? (
        <AssetLinkDialog
          title={image.title}
          heading={t('board.link.heading', { title: image.title })}
          confirm={t('board.link.confirm')}
          initial={image.assetUrl ?? ''}
          onCancel={close}
          onConfirm={(url) => {
            close();
            on.onLink(image.id, linkStatus, url);
          }}
        />
      ) : null}
      {open === 'reopen' ? (
        <ReopenDialog
          title={image.title}
          targets={targets}
          onCancel={close}
          onConfirm={(to, reason) => {
            close();
            on.onReopen(image.id, to, reason);
          }}
        />
      ) : null}
      {canMiss && missReason.value !== undefined ? (
        <MissDialog
          title={image.title}
          reason={missReason.value}
          onReasonChange={missReason.set}
          onCancel={missReason.clear}
          onConfirm={(reason) => {
            missReason.clear();
            on.onMissed(image.id, reason);
          }}
        />
      ) : null}
    </>
  );
}
