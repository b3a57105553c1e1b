// Reading ODF schedule messages: every sample, each status, and the refusals (malformed, DTD and entities, other messages).
import { describe, expect, it } from 'vitest';
import type { OdfRead } from '../../../src/shared/import/odf/index.ts';
import { feedArgs, ODF_STATUSES, readOdfSchedule } from '../../../src/shared/import/odf/index.ts';
import { odfFile, odfMessage, OLYMPIC_2024, RSC } from './odf-fixtures.ts';

function ok(read: OdfRead) {
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.issues)}`);
  return read;
}

function issues(read: OdfRead) {
  if (read.ok) throw new Error('expected a refusal');
  return read.issues;
}

const span = (read: Extract<OdfRead, { ok: true }>) =>
  read.units.map((u) => [u.ref, u.startsAt, u.endsAt, u.status]);

describe('ODF sample messages (tests/fixtures/odf)', () => {
  it('tri-schedule.xml: both individual races, UTC instants from the +02:00 offsets, Pont Alexandre III codes', () => {
    const read = ok(readOdfSchedule(odfFile('tri-schedule.xml')));
    expect(read.header).toEqual({
      type: 'DT_SCHEDULE',
      version: 1,
      competition: 'OG2024',
      document: 'TRI-------------------------------',
      date: [2024, 7, 25],
      time: [9, 0, 0, 0],
      feedFlag: 'P',
      source: 'PDJTEST',
    });
    expect(span(read)).toEqual([
      [RSC.triMen, '2024-07-30T06:00:00Z', '2024-07-30T08:00:00Z', 'scheduled'],
      [RSC.triWomen, '2024-07-31T06:00:00Z', '2024-07-31T08:00:00Z', 'scheduled'],
    ]);
    expect(read.units[0]).toMatchObject({
      sport: 'Triathlon',
      event: "Men's Individual",
      venue: 'ALX',
      location: 'ALX',
      medal: true,
      discipline: 'TRI',
    });
    expect(read.notices).toEqual([]);
  });

  it('tri-update-1-rescheduled.xml: the men’s race RESCHEDULED to 31 July 10:45 Paris = 08:45Z', () => {
    const read = ok(readOdfSchedule(odfFile('tri-update-1-rescheduled.xml')));
    expect(read.header.type).toBe('DT_SCHEDULE_UPDATE');
    expect(span(read)).toEqual([[RSC.triMen, '2024-07-31T08:45:00Z', '2024-07-31T10:45:00Z', 'rescheduled']]);
  });

  it('tri-update-2-finished.xml: version 2, FINISHED', () => {
    const read = ok(readOdfSchedule(odfFile('tri-update-2-finished.xml')));
    expect(read.header.version).toBe(2);
    expect(read.units.map((u) => u.status)).toEqual(['finished']);
  });

  it('srf-schedule.xml: Teahupo’o at UTC−10, the men’s gold medal match 10:00 local = 20:00Z', () => {
    const read = ok(readOdfSchedule(odfFile('srf-schedule.xml')));
    expect(span(read)).toEqual([
      [RSC.surfMenSemi, '2024-08-05T17:00:00Z', '2024-08-05T18:12:00Z', 'scheduled'],
      [RSC.surfMenGold, '2024-08-05T20:00:00Z', '2024-08-05T20:36:00Z', 'scheduled'],
      [RSC.surfWomenGold, '2024-08-05T21:12:00Z', '2024-08-05T21:48:00Z', 'scheduled'],
    ]);
    expect(read.units.map((u) => [u.sport, u.venue, u.medal])).toEqual([
      ['Surfing', 'TEA', false],
      ['Surfing', 'TEA', true],
      ['Surfing', 'TEA', true],
    ]);
  });

  it('sal-schedule.xml: the iQFOiL finals at Marseille, RESCHEDULED to 3 August', () => {
    const read = ok(readOdfSchedule(odfFile('sal-schedule.xml')));
    expect(span(read)).toEqual([
      [RSC.iqfoilWomen, '2024-08-03T10:51:00Z', '2024-08-03T11:10:00Z', 'rescheduled'],
      [RSC.iqfoilMen, '2024-08-03T11:35:00Z', '2024-08-03T11:50:00Z', 'rescheduled'],
    ]);
    expect(read.units[0]!.sport).toBe('Sailing');
  });

  it('ath-schedule.xml: the 100 m final at 21:50; the UNSCHEDULED re-run left out and named', () => {
    const read = ok(readOdfSchedule(odfFile('ath-schedule.xml')));
    expect(span(read)).toEqual([
      [RSC.highJump, '2024-08-04T17:50:00Z', '2024-08-04T19:45:00Z', 'scheduled'],
      [RSC.m100, '2024-08-04T19:50:00Z', '2024-08-04T20:00:00Z', 'scheduled'],
    ]);
    expect(read.notices).toEqual([
      { line: 13, unit: 'ATHM100M--------------SFNL000300--', code: 'unscheduled' },
    ]);
  });

  it('gives the mutation’s arguments: the edition from OG2024, producedAt from Date + Time in Paris', () => {
    const read = ok(readOdfSchedule(odfFile('tri-update-1-rescheduled.xml')));
    let n = 0;
    const result = feedArgs(read, { editions: [OLYMPIC_2024], newId: () => `id-${++n}` });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.args).toEqual({
      editionId: OLYMPIC_2024.id,
      type: 'DT_SCHEDULE_UPDATE',
      version: 1,
      producedAt: '2024-07-30T03:00:00Z',
      units: [
        {
          id: 'id-1',
          ref: RSC.triMen,
          sport: 'Triathlon',
          event: "Men's Individual",
          venue: 'ALX',
          location: 'ALX',
          startsAt: '2024-07-31T08:45:00Z',
          endsAt: '2024-07-31T10:45:00Z',
          medal: true,
          status: 'rescheduled',
        },
      ],
    });
  });

  it('names a competition code no edition of the plan has (PG2024 without a Paralympic edition, OG2028)', () => {
    for (const competition of ['PG2024', 'OG2028', 'WCH2024']) {
      const read = ok(readOdfSchedule(odfMessage([{}], { competition })));
      const result = feedArgs(read, { editions: [OLYMPIC_2024], newId: () => 'x' });
      expect(result).toEqual({
        ok: false,
        issues: [
          {
            line: 1,
            attribute: 'CompetitionCode',
            code: 'unknownCompetition',
            params: { value: competition },
          },
        ],
      });
    }
  });
});

describe('ODF schedule statuses', () => {
  it.each(Object.entries(ODF_STATUSES))('%s → %s', (odf, status) => {
    const read = ok(readOdfSchedule(odfMessage([{ status: odf }])));
    expect(read.units.map((u) => [u.odfStatus, u.status])).toEqual([[odf, status]]);
  });

  it('leaves UNSCHEDULED units out, named', () => {
    const read = ok(
      readOdfSchedule(odfMessage([{ status: 'UNSCHEDULED', start: '', end: '' }, { code: RSC.triWomen }])),
    );
    expect(read.units.map((u) => u.ref)).toEqual([RSC.triWomen]);
    expect(read.notices.map((n) => n.code)).toEqual(['unscheduled']);
  });

  it('refuses a status it does not know, naming it', () => {
    expect(issues(readOdfSchedule(odfMessage([{ status: 'ABANDONED' }])))).toEqual([
      {
        line: 4,
        unit: RSC.triMen,
        attribute: 'ScheduleStatus',
        code: 'unknownStatus',
        params: { value: 'ABANDONED' },
      },
    ]);
  });
});

describe('ODF units read by rule', () => {
  it('a unit without StartDate only changes a status (noStart); without EndDate keeps a length (noEnd)', () => {
    const read = ok(
      readOdfSchedule(
        odfMessage([
          { status: 'CANCELLED', start: '', end: '' },
          { code: RSC.triWomen, end: '' },
        ]),
      ),
    );
    expect(read.units.map((u) => [u.ref, u.startsAt, u.endsAt])).toEqual([
      [RSC.triMen, undefined, undefined],
      [RSC.triWomen, '2024-07-30T06:00:00Z', undefined],
    ]);
    expect(read.notices.map((n) => [n.unit, n.code])).toEqual([
      [RSC.triMen, 'noStart'],
      [RSC.triWomen, 'noEnd'],
    ]);
  });

  it('names a hidden start time (HideStartDate="Y")', () => {
    const read = ok(readOdfSchedule(odfMessage([{ extra: 'HideStartDate="Y"' }])));
    expect(read.notices.map((n) => n.code)).toEqual(['hiddenStart']);
  });

  it('takes the English item name, else the French one; collapses its spaces', () => {
    const xml = odfMessage([{}]).replace(
      `<ItemName Language="ENG" Value="Men's Individual"/>`,
      `<ItemName Language="ESP" Value="Individual masculino"/><ItemName Language="FRA" Value="Individuel   hommes"/>`,
    );
    expect(ok(readOdfSchedule(xml)).units[0]!.event).toBe('Individuel hommes');
  });
});

describe('ODF refusals: every problem named, nothing imported', () => {
  it('malformed XML, with line and column', () => {
    const xml = odfMessage([{}]).replace('</Competition>', '</Competitio>');
    const [issue] = issues(readOdfSchedule(xml));
    expect(issue).toMatchObject({ code: 'notXml', line: 7 });
    expect(issue!.params).toEqual({ column: 15, message: 'unexpected close tag.' });
  });

  it('an unclosed attribute, a stray ampersand, text after the root, an empty file', () => {
    const cases = [
      '<OdfBody DocumentType="DT_SCHEDULE><Competition/></OdfBody>',
      '<OdfBody DocumentType="DT_SCHEDULE"><Competition>A & B</Competition></OdfBody>',
      '<OdfBody DocumentType="DT_SCHEDULE"><Competition/></OdfBody><OdfBody/>',
    ];
    for (const xml of cases) expect(issues(readOdfSchedule(xml))[0]!.code).toBe('notXml');
    expect(issues(readOdfSchedule('  \n'))).toEqual([{ line: 0, code: 'empty' }]);
  });

  it('refuses any DTD: the billion laughs never expand, an external entity is never fetched', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE OdfBody [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<OdfBody DocumentType="DT_SCHEDULE"><Competition><Unit Code="&lol3;"/></Competition></OdfBody>`;
    // Named on the line where the declaration ends: its internal subset was never interpreted.
    expect(issues(readOdfSchedule(laughs))).toEqual([{ line: 6, code: 'doctype' }]);
    const external = `<?xml version="1.0"?>
<!DOCTYPE OdfBody SYSTEM "file:///etc/passwd">
<OdfBody DocumentType="DT_SCHEDULE"><Competition/></OdfBody>`;
    expect(issues(readOdfSchedule(external))).toEqual([{ line: 2, code: 'doctype' }]);
  });

  it('an entity reference without a DTD is an error, not text: only XML’s five and character references', () => {
    const xml = odfMessage([{ name: 'Men&apos;s &#233; &xxe;' }]);
    expect(issues(readOdfSchedule(xml))[0]).toMatchObject({ code: 'notXml' });
    const fine = ok(readOdfSchedule(odfMessage([{ name: 'Men&apos;s &#233;preuve' }])));
    expect(fine.units[0]!.event).toBe("Men's épreuve");
  });

  it('another ODF message (DT_RESULT, DT_PARTIC) is named and refused on its header', () => {
    for (const type of ['DT_RESULT', 'DT_PARTIC', 'DT_MEDALS']) {
      expect(issues(readOdfSchedule(odfMessage([{}], { type })))).toEqual([
        { line: 2, attribute: 'DocumentType', code: 'wrongType', params: { type } },
      ]);
    }
  });

  it('XML that is not ODF, a message without units', () => {
    expect(issues(readOdfSchedule('<schedule><Competition/></schedule>'))).toEqual([
      { line: 1, code: 'notOdf', params: { root: 'schedule' } },
    ]);
    // An OdfBody with no Competition is named as such, not as "its root is OdfBody, not OdfBody".
    expect(issues(readOdfSchedule('<OdfBody><Foo/></OdfBody>'))).toEqual([
      { line: 1, code: 'noCompetition' },
    ]);
    const empty = odfMessage([]);
    expect(issues(readOdfSchedule(empty)).map((i) => i.code)).toEqual(['noUnits']);
  });

  it('bad header attributes, each named', () => {
    const read = readOdfSchedule(
      odfMessage([{}], { version: '0', date: '2024-02-30', time: '25000000', flag: 'X' }),
    );
    expect(issues(read).map((i) => [i.attribute, i.code])).toEqual([
      ['Version', 'badAttribute'],
      ['Date', 'badAttribute'],
      ['Time', 'badAttribute'],
      ['FeedFlag', 'badAttribute'],
    ]);
  });

  it('every bad unit of a message, each named with its code and attribute', () => {
    const read = readOdfSchedule(
      odfMessage([
        { code: 'XYZMINDIVIDUAL--------FNL-000100--' },
        { code: RSC.triWomen, start: '30/07/2024 08:00' },
        { code: RSC.triWomen },
        {
          code: 'TRIXRELAY-------------FNL-000100--',
          start: '2024-08-05T10:00:00+02:00',
          end: '2024-08-05T08:00:00+02:00',
        },
        { code: 'TRIXRELAY-------------SFNL000100--', venue: 'pont alex' },
      ]),
    );
    expect(issues(read).map((i) => [i.unit, i.attribute, i.code])).toEqual([
      ['XYZMINDIVIDUAL--------FNL-000100--', 'Code', 'unknownDiscipline'],
      [RSC.triWomen, 'StartDate', 'badAttribute'],
      [RSC.triWomen, 'Code', 'duplicateUnit'],
      ['TRIXRELAY-------------FNL-000100--', 'EndDate', 'endBeforeStart'],
      ['TRIXRELAY-------------SFNL000100--', 'Venue', 'badAttribute'],
    ]);
  });

  it('a start without its offset is refused: ODF dates always carry one', () => {
    const read = readOdfSchedule(odfMessage([{ start: '2024-07-30T08:00:00' }]));
    expect(issues(read).map((i) => [i.attribute, i.code])).toEqual([['StartDate', 'badAttribute']]);
  });

  it('more elements than any schedule holds is refused before building them all', () => {
    const units = Array.from({ length: 20_001 }, () => '<X/><X/><X/><X/><X/>').join('');
    const read = readOdfSchedule(`<OdfBody><Competition>${units}</Competition></OdfBody>`);
    expect(issues(read)).toEqual([{ line: 0, code: 'tooManyElements', params: { max: 100_000 } }]);
  });

  it('more than 1,000 units is refused (one message is one push)', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      code: `TRIMINDIVIDUAL--------FNL-${String(i).padStart(6, '0')}--`,
    }));
    expect(issues(readOdfSchedule(odfMessage(many))).map((i) => i.code)).toEqual(['tooManyUnits']);
  });
});
