// "Prepare my day's map" (when the tile server allows bulk download: a progress bar and the storage used), or why not; one folded line.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatLng } from '../../shared/domain/common.ts';
import { numberFormat } from '../../shared/format/intl-cache.ts';
import { tilesAround } from './prepare-area.ts';
import { downloadTiles, type PrepareProgress } from './prepare-download.ts';
import { useTileSettings } from './tile-settings.ts';
import { formatLocale } from '../i18n/format-locale.ts';
import './map-note.css';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: PrepareProgress }
  | { kind: 'done'; count: number; bytes: number }
  | { kind: 'failed'; reason: string };

const formatSize = (bytes: number, locale: string) =>
  numberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    bytes / 1_000_000,
  );

export function PrepareMyDay({ points }: { points: readonly LatLng[] }) {
  const { t, i18n } = useTranslation();
  const settings = useTileSettings();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!settings || points.length === 0) return null;
  // One folded line above the day's cards: the first moment stays on a 360 px phone's first screen.
  if (!settings.allowBulk)
    return (
      <details className="map-note">
        <summary>{t('creator.map.offlineSummary')}</summary>
        <p className="muted">{t('creator.map.noBulk')}</p>
      </details>
    );

  async function prepare(template: string) {
    const tiles = tilesAround(points);
    setState({ kind: 'running', progress: { done: 0, total: tiles.length, bytes: 0 } });
    try {
      const result = await downloadTiles(template, tiles, (progress) =>
        setState({ kind: 'running', progress }),
      );
      // What this origin holds in all (app, plan, outbox, tiles): the number the phone's settings show.
      const usage = (await navigator.storage?.estimate?.())?.usage;
      setState({ kind: 'done', count: result.done, bytes: usage ?? result.bytes });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <details className="map-note prepare" open={state.kind !== 'idle'}>
      <summary>{t('creator.map.prepareSummary')}</summary>
      <button
        type="button"
        className="button"
        disabled={state.kind === 'running'}
        onClick={() => void prepare(settings.url)}
      >
        {t('creator.map.prepare')}
      </button>
      <p className="muted">{t('creator.map.prepareHelp')}</p>
      {state.kind === 'running' ? (
        <>
          <label htmlFor="prepare-progress">
            {t('creator.map.preparing', { done: state.progress.done, count: state.progress.total })}
          </label>
          <progress id="prepare-progress" max={state.progress.total} value={state.progress.done} />
        </>
      ) : null}
      {state.kind === 'done' ? (
        <p role="status">
          {t('creator.map.prepared', {
            count: state.count,
            size: formatSize(state.bytes, formatLocale(i18n.language)),
          })}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="item-rejected" role="alert">
          {t('creator.map.prepareFailed', { reason: state.reason })}
        </p>
      ) : null}
    </details>
  );
}
