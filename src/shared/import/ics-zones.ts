// The time zones a calendar file names (TZID): IANA names, its own VTIMEZONEs, Windows names (Outlook/Exchange).
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { vtimezone } from './ical-export.ts';
import type { ZoneRules } from './local-time.ts';
import { ianaZone } from './local-time.ts';
import { isTimeZone } from './zones.ts';
import type { WallClock } from './zones.ts';

/** Properties whose values may carry a TZID (RFC 5545 §3.2.19). */
const ZONED = ['dtstart', 'dtend', 'due', 'exdate', 'rdate', 'recurrence-id'] as const;

/**
 * Resolves a TZID to zone rules, in this order:
 * 1. an IANA name (Europe/Paris): the IANA database (Intl), whatever VTIMEZONE the file wrote;
 * 2. the file's own VTIMEZONE of that TZID (Outlook's "Romance Standard Time", "Customized Time Zone");
 * 3. a Windows zone name without a VTIMEZONE: CLDR's Windows→IANA mapping (windows-iana), territory 001;
 * 4. an IANA name behind a path prefix (/mozilla.org/20050126_1/Europe/Paris, /citadel.org/…/Europe/Paris).
 * Undefined when none applies (the import names the TZID as unknown).
 */
export function resolveTzid(
  tzid: string,
  fileZones: ReadonlyMap<string, ICAL.Component>,
): ZoneRules | undefined {
  const name = tzid.trim();
  if (isTimeZone(name)) return ianaZone(name);
  const own = fileZones.get(name);
  if (own) return vtimezoneRules(name, own);
  const iana = ianaNameOf(name);
  return iana ? { ...ianaZone(iana), name } : undefined;
}

/** The IANA zone a TZID stands for without a VTIMEZONE: itself, its Windows mapping, or a prefixed name. */
export function ianaNameOf(tzid: string): string | undefined {
  const name = tzid.trim();
  if (isTimeZone(name)) return name;
  // CLDR's windowsZones: territory 001 is the zone Windows means by the name ("Romance" → Europe/Paris).
  const windows = findIana(name, '001')[0] ?? findIana(name)[0];
  if (windows && isTimeZone(windows)) return windows;
  const parts = name.split('/').filter(Boolean);
  for (const n of [3, 2]) {
    const tail = parts.slice(-n).join('/');
    if (parts.length >= n && isTimeZone(tail)) return tail;
  }
  return undefined;
}

/** The VTIMEZONEs of calendars by TZID. */
export function vtimezonesOf(calendars: readonly ICAL.Component[]): Map<string, ICAL.Component> {
  const zones = new Map<string, ICAL.Component>();
  for (const cal of calendars)
    for (const tz of cal.getAllSubcomponents('vtimezone')) {
      const tzid = tz.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') zones.set(tzid.trim(), tz);
    }
  return zones;
}

/** Every TZID the events use (DTSTART, DTEND, EXDATE, RDATE, RECURRENCE-ID). */
export function tzidsUsed(events: readonly ICAL.Component[]): Set<string> {
  const used = new Set<string>();
  for (const event of events)
    for (const name of ZONED)
      for (const prop of event.getAllProperties(name)) {
        const tzid = prop.getParameter('tzid');
        if (typeof tzid === 'string') used.add(tzid);
      }
  return used;
}

/**
 * Gives ical.js a VTIMEZONE for each TZID the events use without the file defining it (IANA or
 * Windows names), built from the IANA database for the years the events start in (and 3 after, for
 * recurrences), so its recurrence iterator matches EXDATE and RECURRENCE-ID values written in UTC
 * with occurrences written in local time. Call before reading any date value (ical.js resolves a
 * TZID once, when it first reads the value).
 */
export function addMissingVtimezones(
  calendar: ICAL.Component,
  events: readonly ICAL.Component[],
  fileZones: ReadonlyMap<string, ICAL.Component>,
): void {
  const years = events.flatMap((e) => {
    // The raw jCal value ("2024-07-27T11:00:00"): reading it does not resolve the TZID.
    const raw = e.getFirstProperty('dtstart')?.toJSON()[3];
    const year = typeof raw === 'string' ? Number(raw.slice(0, 4)) : NaN;
    return Number.isInteger(year) ? [year] : [];
  });
  if (years.length === 0) return;
  const [from, to] = [Date.UTC(Math.min(...years), 0, 1), Date.UTC(Math.max(...years) + 3, 11, 31)];
  for (const tzid of tzidsUsed(events)) {
    if (fileZones.has(tzid.trim())) continue;
    const iana = ianaNameOf(tzid);
    if (iana) calendar.addSubcomponent(vtimezone(iana, from, to, tzid));
  }
}

/**
 * Zone rules from a VTIMEZONE: ical.js expands its STANDARD/DAYLIGHT observances (RRULE, RDATE)
 * into offset changes, kept here as UTC instants so an instant's offset is a lookup.
 * A VTIMEZONE without any observance gives undefined (the TZID is then unknown).
 */
export function vtimezoneRules(name: string, component: ICAL.Component): ZoneRules | undefined {
  const zone = ICAL.Timezone.fromData({ component, tzid: name });
  let until = 0;
  let changes: { at: number; offset: number; before: number }[] = [];
  const cover = (year: number) => {
    if (year <= until) return;
    zone._ensureCoverage(year);
    until = year;
    changes = (zone.changes as IcalChange[])
      .map((c) => ({
        at: Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second),
        offset: c.utcOffset / 60,
        before: c.prevUtcOffset / 60,
      }))
      .sort((a, b) => a.at - b.at);
  };
  cover(new Date().getUTCFullYear() + 1);
  if (changes.length === 0) return undefined;
  return {
    name,
    offsetAt(ms) {
      cover(new Date(ms).getUTCFullYear() + 1);
      let offset = changes[0]!.before;
      for (const c of changes) {
        if (c.at > ms) break;
        offset = c.offset;
      }
      return offset;
    },
  };
}

/** One offset change as ical.js keeps it: its UTC wall clock and the offsets (seconds) after and before. */
interface IcalChange extends WallClock {
  utcOffset: number;
  prevUtcOffset: number;
}
