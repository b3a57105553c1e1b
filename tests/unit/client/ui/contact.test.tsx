// @vitest-environment jsdom
// A redacted access contact (editors, unassigned creators) reads as "visible to planners…", never "—", and is not callable.
import { cleanup, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { SpotPanel } from '../../../../src/client/features/creator/SpotPanel.tsx';
import { AccessList } from '../../../../src/client/features/standup/AccessList.tsx';
import { createI18n } from '../../../../src/client/i18n/index.ts';
import { callablePhone, contactText } from '../../../../src/client/ui/contact.ts';
import type { AccessRequest, Spot } from '../../../../src/shared/domain/index.ts';
import { renderIn } from './render.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const spot: Spot = {
  id: id(1),
  momentId: id(2),
  label: 'Tower boat',
  description: '',
  camera: { lat: -17.86, lng: -149.26 },
};
const open: AccessRequest = {
  id: id(3),
  spotId: id(1),
  kind: 'boat',
  contactName: 'Teiva',
  contactPhone: '+689 40 12 34 56',
  status: 'asked',
  notes: '',
};
const redacted: AccessRequest = { ...open, contactName: '—', contactPhone: '', redacted: true };

afterEach(cleanup);

describe('an access contact', () => {
  it('is callable only when the server sent it in full', () => {
    expect(callablePhone(open)).toBe('+68940123456');
    expect(callablePhone(redacted)).toBeUndefined();
    expect(callablePhone({ ...open, redacted: true })).toBeUndefined();
    expect(callablePhone({ ...open, contactPhone: '' })).toBeUndefined();
  });

  it('reads as a sentence in the day view, in both languages', () => {
    const en = createI18n('en').t;
    expect(en('access.asked', { contact: contactText(redacted, en) })).toBe(
      'Access asked: Contact visible to planners and the assigned creators',
    );
    expect(en('access.asked', { contact: contactText(open, en) })).toBe('Access asked: Teiva');
    const fr = createI18n('fr').t;
    expect(fr('access.asked', { contact: contactText(redacted, fr) })).toBe(
      'Accès demandé\u202f: Contact visible des planificateurs et des créateurs affectés',
    );
  });

  it('shows name and tap-to-call on the creator screen when visible', () => {
    const { container } = renderIn(
      'en',
      <SpotPanel spot={spot} keyMomentAt="2024-08-04T19:50:00.000Z" access={open} />,
    );
    expect(container).toHaveTextContent('Contact: Teiva');
    expect(screen.getByRole('link', { name: /Call Teiva/ })).toHaveAttribute('href', 'tel:+68940123456');
  });

  it('puts the call button on its own row under the contact line, not inside the sentence (360 px wrap)', () => {
    const { container } = renderIn(
      'fr',
      <SpotPanel
        spot={spot}
        keyMomentAt="2024-08-04T19:50:00.000Z"
        access={{ ...open, contactName: 'Teiva Exemple (boat operator)' }}
      />,
    );
    const line = container.querySelector('.spot-contact');
    expect(line).toHaveTextContent('Contact : Teiva Exemple (boat operator)');
    const call = screen.getByRole('link', { name: /Appeler Teiva Exemple \(boat operator\)/ });
    expect(line).not.toContainElement(call);
    expect(call.parentElement).toHaveClass('button-row');
    expect(line?.nextElementSibling).toBe(call.parentElement);
  });

  it('explains a redacted contact on the creator screen, in English and French, with no call link', () => {
    const en = renderIn(
      'en',
      <SpotPanel spot={spot} keyMomentAt="2024-08-04T19:50:00.000Z" access={redacted} />,
    );
    expect(en.container).toHaveTextContent('Contact: Contact visible to planners and the assigned creators');
    expect(en.container).not.toHaveTextContent('—');
    expect(en.container.querySelector('a[href^="tel:"]')).toBeNull();
    cleanup();
    const fr = renderIn(
      'fr',
      <SpotPanel spot={spot} keyMomentAt="2024-08-04T19:50:00.000Z" access={redacted} />,
    );
    expect(fr.container).toHaveTextContent('Contact visible des planificateurs et des créateurs affectés');
    expect(fr.container.querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('explains a redacted contact in the stand-up access list', () => {
    const moment = { id: id(2), title: 'Surfing finals', day: '2024-07-27' } as never;
    const { container } = renderIn(
      'en',
      <AccessList access={[redacted]} spots={[spot]} moments={[moment]} record={async () => true} />,
    );
    expect(container).toHaveTextContent('Boat · Contact visible to planners and the assigned creators');
    expect(container).not.toHaveTextContent('Boat · —');
  });
});
