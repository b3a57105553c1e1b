// @vitest-environment jsdom
// A moment card: the time at the venue with its zone, the triangle or the square, spots and sync states.
import { cleanup, screen, within } from '@testing-library/react';
import { MomentCard } from '../../../../src/client/features/day/MomentCard.tsx';
import type { MomentView } from '../../../../src/client/features/day/moment-view.ts';
import { renderIn } from '../ui/render.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const surf: MomentView = {
  moment: {
    id: id(1),
    editionId: id(2),
    venueId: id(3),
    day: '2024-07-27',
    title: 'Surfing finals at Teahupo’o',
    sport: 'Surfing',
    why: { kind: 'athlete', athlete: 'Kauli Vaast', text: 'A Tahitian surfer on his home reef' },
    keyMomentAt: '2024-07-27T17:00:00.000Z',
    rank: 2,
    status: 'chosen',
    angles: {
      sport: 'the barrel',
      site: 'the reef and the mountains',
      public: 'the boats',
      disability: 'the board',
    },
  },
  venue: {
    id: id(3),
    name: 'Teahupo’o',
    city: 'Tahiti',
    position: { lat: -17.85, lng: -149.27 },
    timeZone: 'Pacific/Tahiti',
  },
  spots: [
    {
      spot: {
        id: id(4),
        momentId: id(1),
        label: 'Tower boat',
        description: 'On the police boat, channel side',
        camera: { lat: -17.86, lng: -149.26 },
      },
      access: {
        id: id(5),
        spotId: id(4),
        kind: 'boat',
        contactName: 'River police',
        contactPhone: '',
        status: 'asked',
        notes: '',
      },
    },
  ],
  creators: [
    { assignmentId: id(6), memberId: id(7), name: 'Hina' },
    { assignmentId: id(8), memberId: id(9) },
  ],
  signatures: [
    {
      image: {
        id: id(10),
        momentId: id(1),
        title: 'Inside the barrel',
        description: '',
        sides: ['sport', 'site'],
        status: 'in-position',
        note: '',
        history: [],
      },
      actions: ['captured', 'missed'],
      waiting: true,
      rejectedReason: 'you are not assigned to this moment',
    },
  ],
};

function card(editionType: 'olympic' | 'paralympic', language: 'en' | 'fr') {
  renderIn(
    language,
    <MomentCard
      view={surf}
      editionType={editionType}
      errors={{}}
      onAction={() => {}}
      onMissed={() => {}}
      viewerTimeZone="Europe/Paris"
    />,
  );
  return screen.getByRole('article', { name: 'Surfing finals at Teahupo’o' });
}

describe('a moment card', () => {
  it('gives the time in Tahiti, with its zone, to a desk in Paris', () => {
    const article = card('olympic', 'fr');
    expect(within(article).getByText('07:00')).toBeInTheDocument();
    expect(article).toHaveTextContent('07:00 (UTC−10)');
    expect(article.querySelector('time')).toHaveAttribute('dateTime', '2024-07-27T17:00:00.000Z');
  });

  it('shows the triangle at the Olympics and the square at the Paralympics', () => {
    const olympic = card('olympic', 'en');
    expect(olympic).toHaveTextContent('Angles: The triangle');
    expect(olympic).not.toHaveTextContent('Disability');
    cleanup();
    const paralympic = card('paralympic', 'en');
    expect(paralympic).toHaveTextContent('Angles: The square');
    expect(paralympic).toHaveTextContent('Disabilitythe board');
  });

  it('shows the spot’s access, the people, and the image’s sync state', () => {
    const article = card('olympic', 'en');
    expect(article).toHaveTextContent('Priority 2');
    expect(article).toHaveTextContent('Kauli Vaast: a date with history. A Tahitian surfer');
    expect(article).toHaveTextContent('On the police boat, channel side');
    expect(article).toHaveTextContent('Access asked: River police');
    expect(within(article).getByText('Hina')).toBeInTheDocument();
    expect(within(article).getByText('A member not on this device yet')).toBeInTheDocument();
    expect(within(article).getByText('Waiting on this phone')).toBeInTheDocument();
    expect(within(article).getByText('Rejected: you are not assigned to this moment')).toBeInTheDocument();
    expect(
      within(article)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Captured', 'Missed']);
  });
});
