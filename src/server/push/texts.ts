// What a notification says, in French or English, with times in the venue's zone (a pure function).
import type { Moment } from '../../shared/domain/moment.ts';
import type { Spot } from '../../shared/domain/spot.ts';
import type { Venue } from '../../shared/domain/edition.ts';
import type { PushLanguage, PushPayload } from '../../shared/protocol/push.ts';
import { dayIn, formatShortDate, venueTime } from '../../shared/format/venue-time.ts';
import type { Notice } from './decide.ts';

/** The rows a notice names, read when it is written. */
export interface NoticeRows {
  moment: Moment | undefined;
  venue: Venue | undefined;
  spot: Spot | undefined;
}

interface Words {
  moment: string;
  venue: string;
  spot: string;
  description: string;
  /** The moment's key-moment time now (UTC ISO 8601). */
  key: string;
  time: (iso: string) => string;
  minutes: number;
}

type Texts = Record<string, (w: Words, n: Notice) => { title: string; body: string }>;

const EN: Texts = {
  'assignment/assigned': (w, n) => ({
    title: `New assignment: ${w.moment}`,
    body: `${w.time(keyOf(n, w))}, ${w.venue}. Open it for your spot and angles.`,
  }),
  'assignment/unassigned': (w) => ({
    title: `Assignment removed: ${w.moment}`,
    body: `You are no longer on ${w.moment}.`,
  }),
  'moment/moved': (w, n) => ({
    title: `Moment moved: ${w.moment}`,
    body: `The key moment is now at ${w.time(to(n))} (was ${w.time(from(n))}), ${w.venue}.`,
  }),
  'moment/cancelled': (w) => ({
    title: `Moment cancelled: ${w.moment}`,
    body: `${w.moment} was dropped from the plan. Check your day.`,
  }),
  'spot/moved': (w) => ({ title: `Your spot moved: ${w.moment}`, body: spotLine(w, ': ') }),
  'spot/changed': (w) => ({ title: `Your spot changed: ${w.moment}`, body: spotLine(w, ': ') }),
  'access/granted': (w) => ({
    title: `Access granted: ${w.spot}`,
    body: `${w.moment}: you may go to ${w.spot}.`,
  }),
  'access/refused': (w) => ({
    title: `Access refused: ${w.spot}`,
    body: `${w.moment}: no access to ${w.spot}. See your planner for another angle.`,
  }),
  'reminder/soon': (w, n) => ({
    title: `In ${w.minutes} min: ${w.moment}`,
    body: `Key moment at ${w.time(keyOf(n, w))}, ${w.venue}.${w.spot ? ` Spot: ${w.spot}.` : ''}`,
  }),
};

// French: a no-break space before the colon, as French typography wants.
const C = '\u00a0: ';
const FR: Texts = {
  'assignment/assigned': (w, n) => ({
    title: `Nouvelle affectation${C}${w.moment}`,
    body: `${w.time(keyOf(n, w))}, ${w.venue}. Ouvrez-la pour votre spot et vos angles.`,
  }),
  'assignment/unassigned': (w) => ({
    title: `Affectation retirée${C}${w.moment}`,
    body: `Vous n’êtes plus sur ${w.moment}.`,
  }),
  'moment/moved': (w, n) => ({
    title: `Moment déplacé${C}${w.moment}`,
    body: `Le moment clé est désormais à ${w.time(to(n))} (au lieu de ${w.time(from(n))}), ${w.venue}.`,
  }),
  'moment/cancelled': (w) => ({
    title: `Moment annulé${C}${w.moment}`,
    body: `${w.moment} a été retiré du plan. Vérifiez votre journée.`,
  }),
  'spot/moved': (w) => ({ title: `Votre spot a bougé${C}${w.moment}`, body: spotLine(w, C) }),
  'spot/changed': (w) => ({ title: `Votre spot a changé${C}${w.moment}`, body: spotLine(w, C) }),
  'access/granted': (w) => ({
    title: `Accès accordé${C}${w.spot}`,
    body: `${w.moment}${C}vous pouvez vous rendre à ${w.spot}.`,
  }),
  'access/refused': (w) => ({
    title: `Accès refusé${C}${w.spot}`,
    body: `${w.moment}${C}pas d’accès à ${w.spot}. Voyez avec votre planner pour un autre angle.`,
  }),
  'reminder/soon': (w, n) => ({
    title: `Dans ${w.minutes}\u00a0min${C}${w.moment}`,
    body: `Moment clé à ${w.time(keyOf(n, w))}, ${w.venue}.${w.spot ? ` Spot${C}${w.spot}.` : ''}`,
  }),
};

/** Longest body a notification shows in full on a phone's lock screen (characters). */
const MAX_BODY = 180;

/**
 * The payload of one notice for one device: title and body in `lang`, times in the venue's
 * zone (with the venue's date when it is not the moment's plan day or not the day of `now` there), the card to open and the tag
 * that groups one moment's notices. `now` is ms since the epoch.
 */
export function writeNotice(notice: Notice, lang: PushLanguage, rows: NoticeRows, now: number): PushPayload {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const zone = rows.venue?.timeZone ?? 'UTC';
  const today = dayIn(zone, now);
  // As on the app's cards ("15:34 · mar. 30 juil."): the venue's date beside the time when it is
  // not the plan day; and, a notification being read at any hour, when it is not today there.
  const time = (iso: string) => {
    const at = venueTime(iso, {
      timeZone: zone,
      locale,
      viewerTimeZone: null,
      ...(rows.moment ? { planDay: rows.moment.day } : {}),
    });
    const date = at.date ?? (at.localDay === today ? undefined : formatShortDate(iso, zone, locale));
    return date ? `${at.time} · ${date}` : at.time;
  };
  const words: Words = {
    moment: rows.moment?.title ?? (lang === 'fr' ? 'un moment' : 'a moment'),
    venue: rows.venue?.name ?? '—',
    spot: rows.spot?.label ?? '',
    description: rows.spot?.description ?? '',
    key: rows.moment?.keyMomentAt ?? new Date(now).toISOString(),
    time,
    minutes: rows.moment ? Math.max(1, Math.ceil((Date.parse(rows.moment.keyMomentAt) - now) / 60_000)) : 30,
  };
  const texts = (lang === 'fr' ? FR : EN)[`${notice.kind}/${notice.event}`]!(words, notice);
  const opensCard =
    !(notice.kind === 'assignment' && notice.event === 'unassigned') && notice.event !== 'cancelled';
  return {
    v: 1,
    kind: notice.kind,
    title: texts.title,
    body: cut(texts.body),
    url: opensCard ? `/me#moment-${notice.momentId}` : '/me',
    tag: `moment-${notice.momentId}`,
    lang,
    at: now,
  };
}

function spotLine(w: Words, colon: string): string {
  const description = w.description.replace(/\s+/g, ' ').trim();
  return description ? `${w.spot}${colon}${description}` : w.spot;
}

function keyOf(n: Notice, w: Words): string {
  return n.kind === 'reminder' ? n.keyMomentAt : w.key;
}

function from(n: Notice): string {
  return n.kind === 'moment' && n.event === 'moved' ? n.from : '';
}

function to(n: Notice): string {
  return n.kind === 'moment' && n.event === 'moved' ? n.to : '';
}

function cut(text: string): string {
  return text.length <= MAX_BODY ? text : `${text.slice(0, MAX_BODY - 1)}…`;
}
