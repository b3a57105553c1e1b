// The time of a tap on screen: the device's, or the server's receipt (marked) when the device's clock was off.
import { useTranslation } from 'react-i18next';
import type { Stamped } from '../../shared/domain/clock.ts';
import { tapTime } from '../../shared/domain/clock.ts';

/** A tap received this long after it was made was made offline: the receipt is worth showing too. */
export const OFFLINE_GAP_MS = 60_000;

export interface TapTimeProps {
  stamp: Stamped;
  /** Formats an instant (in the venue's zone, in the user's language). */
  format(instant: string): string;
}

/**
 * "21:50" for a tap whose time is believed; "21:50 (received 22:30)" for one made offline;
 * "22:30 (time received: the phone's clock was wrong)" when the device's time cannot be right
 * (domain/clock.ts). A tap not yet synced has only its own device's time, shown as is: it is the
 * clock the user is looking at, and the synced entry replaces it at the next pull.
 */
export function TapTime({ stamp, format }: TapTimeProps) {
  const { t } = useTranslation();
  const shown = tapTime(stamp);
  const late =
    shown.source === 'device' &&
    stamp.receivedAt !== undefined &&
    Date.parse(stamp.receivedAt) - Date.parse(stamp.at) > OFFLINE_GAP_MS;
  return (
    <>
      <time dateTime={shown.time}>{format(shown.time)}</time>
      {shown.source === 'server' ? ` (${t('clock.wrong')})` : null}
      {late ? ` (${t('clock.received', { time: format(stamp.receivedAt!) })})` : null}
    </>
  );
}
