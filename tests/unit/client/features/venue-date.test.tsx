// @vitest-environment jsdom
// The venue's own date beside the time on every screen: Teahupo'o's final at 15:34 on 30 July is in the plan of 31 July.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BoardMoment } from '../../../../src/client/features/board/BoardMoment.tsx';
import { MomentCard } from '../../../../src/client/features/day/MomentCard.tsx';
import { CandidateList } from '../../../../src/client/features/standup/CandidateList.tsx';
import { DaySheet } from '../../../../src/client/features/standup/DaySheet.tsx';
import type { Edition, Moment, ScheduleSession, Venue } from '../../../../src/shared/domain/index.ts';
import { renderIn } from '../ui/render.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const edition: Edition = {
  id: id(1),
  type: 'olympic',
  name: 'Paris 2024',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
};
const teahupoo: Venue = {
  id: id(2),
  name: "Teahupo'o",
  city: 'Tahiti',
  position: { lat: -17.85, lng: -149.27 },
  timeZone: 'Pacific/Tahiti',
};
// 15:34 on 30 July in Tahiti = 03:34 on 31 July in Paris: the plan of 31 July.
const surf: Moment = {
  id: id(3),
  editionId: edition.id,
  venueId: teahupoo.id,
  day: '2024-07-31',
  title: 'Surfing finals',
  sport: 'Surfing',
  why: { kind: 'iconic', text: 'The wave' },
  keyMomentAt: '2024-07-31T01:34:00.000Z',
  rank: 1,
  status: 'chosen',
  angles: { sport: 'the barrel', site: 'the reef', public: 'the boats' },
};
const noop = () => {};

/** The time element's text, with the venue's date, as a reader sees it. */
const shown = (el: HTMLElement) => el.textContent!.replace(/[\u00a0\u202f]/g, ' ');

describe('the venue’s own date', () => {
  it('stands beside the time on the day plan’s card, in the reader’s language', () => {
    renderIn(
      'fr',
      <MomentCard
        view={{ moment: surf, venue: teahupoo, spots: [], creators: [], signatures: [] }}
        editionType="olympic"
        errors={{}}
        onAction={noop}
        onMissed={noop}
        viewerTimeZone="Europe/Paris"
      />,
    );
    const time = screen.getByRole('article').querySelector('time')!;
    expect(shown(time)).toBe('15:34, date locale sur le site : mar. 30 juil. (UTC−10)');
  });

  it('is not added when the venue’s date is the plan day', () => {
    renderIn(
      'en',
      <MomentCard
        view={{
          moment: { ...surf, day: '2024-07-30' },
          venue: teahupoo,
          spots: [],
          creators: [],
          signatures: [],
        }}
        editionType="olympic"
        errors={{}}
        onAction={noop}
        onMissed={noop}
        viewerTimeZone="Pacific/Tahiti"
      />,
    );
    expect(shown(screen.getByRole('article').querySelector('time')!)).toBe('3:34 PM');
  });

  it('stands beside the time at the desk', () => {
    renderIn(
      'en',
      <BoardMoment
        group={{ moment: surf, venue: teahupoo, images: [] }}
        editionType="olympic"
        editionTimeZone="Europe/Paris"
        memberName={() => ''}
        newIds={new Set()}
        waitingIds={new Set()}
        errors={{}}
        viewerTimeZone="Pacific/Tahiti"
        onMove={noop}
        onPublish={noop}
        onLink={noop}
        onReopen={noop}
        onMissed={noop}
      />,
    );
    expect(shown(screen.getByRole('region').querySelector('time')!)).toBe(
      '3:34 PM, local date at the venue: Tue, Jul 30',
    );
  });

  it('stands beside the time on the printed day sheet', () => {
    renderIn(
      'fr',
      <DaySheet
        edition={edition}
        day="2024-07-31"
        moments={[surf]}
        data={{
          venues: new Map([[teahupoo.id, teahupoo]]),
          spots: [],
          access: [],
          members: [],
          assignments: [],
          signatures: [],
          dayMoments: [surf],
          conflicts: [],
        }}
      />,
    );
    const sheet = document.querySelector('.day-sheet') as HTMLElement;
    expect(shown(within(sheet).getByRole('article').querySelector('time')!)).toBe(
      '15:34, date locale sur le site : mar. 30 juil.',
    );
  });

  it('stands beside a candidate’s start at the stand-up, and under the key-moment field when choosing it', async () => {
    const session: ScheduleSession = {
      id: id(4),
      editionId: edition.id,
      venueId: teahupoo.id,
      ref: 'SRF-F',
      sport: 'Surfing',
      event: 'Surfing finals',
      startsAt: '2024-07-31T01:34:00.000Z',
      endsAt: '2024-07-31T03:15:00.000Z',
      medal: true,
      notes: '',
    };
    renderIn(
      'en',
      <CandidateList
        edition={edition}
        day="2024-07-31"
        candidates={[session]}
        venues={new Map([[teahupoo.id, teahupoo]])}
        moments={[]}
        record={vi.fn(async () => true)}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(shown(item.querySelector('time')!)).toMatch(/^3:34 PM, local date at the venue: Tue, Jul 30/);
    await userEvent.click(within(item).getByRole('button', { name: /^Choose/ }));
    expect(screen.getByText('At the venue, that is Tue, Jul 30.')).toBeInTheDocument();
  });
});
