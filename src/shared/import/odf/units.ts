// The event units of an ODF schedule message → the units the plan takes, each checked and named.
import { z } from 'zod';
import { isOneLine } from '../../domain/common.ts';
import { OdfCode } from '../../domain/edition.ts';
import { disciplineName } from './disciplines.ts';
import { sessionStatusOf, UNSCHEDULED } from './status.ts';
import type { OdfIssue, OdfNotice, OdfUnit } from './types.ts';
import type { XmlElement } from './xml.ts';

/** ISO 8601 with an offset, as ODF writes StartDate: 2024-07-30T08:00:00+02:00. */
const OffsetDateTime = z.iso.datetime({ offset: true, local: false });
/** The plan's ref limit (ScheduleSession.ref); a Paris 2024 RSC is 34 characters. */
const MAX_RSC = 80;

/**
 * Reads each `Unit` of `competition` (ODF General Messages, "Competition schedule"):
 * - Code (the RSC) is the session's ref; its first three characters the discipline, named as the
 *   plan names sports (`unknownDiscipline` for a code not in disciplines.ts);
 * - ScheduleStatus maps to the plan's statuses (status.ts; `unknownStatus` otherwise);
 *   UNSCHEDULED units are left out (notice);
 * - StartDate / EndDate with their offsets become UTC instants; a unit without StartDate only
 *   changes a known session's status (notice), one without EndDate keeps its length (notice);
 * - ItemName (English first, else French, else the first) is the event; Venue and Location the
 *   codes the venues' table maps; Medal present (and not 0) marks a medal unit.
 * Problems are collected, never thrown: the caller imports nothing when there is any.
 */
export function readUnits(competition: XmlElement, issues: OdfIssue[], notices: OdfNotice[]): OdfUnit[] {
  const units: OdfUnit[] = [];
  const seen = new Map<string, number>();
  for (const element of competition.children.filter((c) => c.name === 'Unit')) {
    const at = element.attributes;
    const ref = at.Code?.trim() ?? '';
    const fail = (attribute: string, code: OdfIssue['code'], params?: OdfIssue['params']) =>
      issues.push({
        line: element.line,
        ...(ref ? { unit: ref.slice(0, MAX_RSC) } : {}),
        attribute,
        code,
        ...(params ? { params } : {}),
      });
    const before = issues.length;
    if (!ref) fail('Code', 'missingAttribute');
    else if (ref.length > MAX_RSC || !isOneLine(ref))
      fail('Code', 'badAttribute', { value: ref.slice(0, 60) });
    else if (seen.has(ref)) fail('Code', 'duplicateUnit', { first: seen.get(ref)! });
    else seen.set(ref, element.line);

    const odfStatus = at.ScheduleStatus?.trim() ?? '';
    if (!odfStatus) fail('ScheduleStatus', 'missingAttribute');
    if (odfStatus === UNSCHEDULED) {
      if (issues.length === before) notices.push({ line: element.line, unit: ref, code: 'unscheduled' });
      continue;
    }
    const status = odfStatus ? sessionStatusOf(odfStatus) : undefined;
    if (odfStatus && !status) fail('ScheduleStatus', 'unknownStatus', { value: odfStatus.slice(0, 40) });

    const discipline = ref.slice(0, 3);
    const sport = ref ? disciplineName(discipline) : undefined;
    if (ref && !sport) fail('Code', 'unknownDiscipline', { value: discipline });

    const venue = code(at.Venue, 'Venue', fail, true);
    const location = code(at.Location, 'Location', fail, false);
    const startsAt = instant(at.StartDate, 'StartDate', fail);
    const endsAt = instant(at.EndDate, 'EndDate', fail);
    if (startsAt && endsAt && endsAt < startsAt) fail('EndDate', 'endBeforeStart');
    const event = nameOf(element);
    if (!event) fail('ItemName', 'missingAttribute');

    if (issues.length > before || !status || !sport || !venue || !event) continue;
    if (!startsAt) notices.push({ line: element.line, unit: ref, code: 'noStart' });
    else if (!endsAt) notices.push({ line: element.line, unit: ref, code: 'noEnd' });
    if (startsAt && at.HideStartDate?.trim() === 'Y')
      notices.push({ line: element.line, unit: ref, code: 'hiddenStart' });
    const medal = at.Medal?.trim();
    units.push({
      line: element.line,
      ref,
      discipline,
      sport,
      event,
      venue,
      ...(location ? { location } : {}),
      ...(startsAt ? { startsAt } : {}),
      ...(endsAt && startsAt ? { endsAt } : {}),
      medal: Boolean(medal) && medal !== '0',
      status,
      odfStatus,
    });
  }
  return units;
}

type Fail = (attribute: string, code: OdfIssue['code'], params?: OdfIssue['params']) => void;

/** A venue or location code, checked like the venues' table holds them (upper case). */
function code(value: string | undefined, attribute: string, fail: Fail, required: boolean) {
  const text = value?.trim();
  if (!text) {
    if (required) fail(attribute, 'missingAttribute');
    return undefined;
  }
  const parsed = OdfCode.safeParse(text);
  if (!parsed.success) fail(attribute, 'badAttribute', { value: text.slice(0, 60) });
  return parsed.data;
}

/** A StartDate / EndDate with its offset → the UTC instant, ISO 8601 without milliseconds. */
function instant(value: string | undefined, attribute: string, fail: Fail): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (!OffsetDateTime.safeParse(text).success) {
    fail(attribute, 'badAttribute', { value: text.slice(0, 60) });
    return undefined;
  }
  return new Date(Date.parse(text)).toISOString().replace('.000Z', 'Z');
}

/** The unit's name: ItemName in English, else in French, else the first one given; one line, ≤ 200. */
function nameOf(unit: XmlElement): string | undefined {
  const names = unit.children.filter((c) => c.name === 'ItemName' && c.attributes.Value?.trim());
  const pick =
    names.find((n) => n.attributes.Language === 'ENG') ??
    names.find((n) => n.attributes.Language === 'FRA') ??
    names[0];
  const value = pick?.attributes.Value?.split(/\s+/u).join(' ').trim();
  return value ? value.slice(0, 200) : undefined;
}
