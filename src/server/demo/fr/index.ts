// The Paris 2024 demo in French: the same rows (ids, times, places, people), their texts in French.
import type { Member } from '../../../shared/domain/index.ts';
import { olympicMomentsFr } from './moments.ts';
import { paralympicMomentsFr } from './moments-paralympic.ts';
import { signaturesFr, spotsFr } from './places.ts';
import { sessionsFr } from './sessions.ts';
import { accessFr, assignmentNotesFr, contactsFr, editionsFr } from './team.ts';

interface Row {
  name: string;
  args: unknown;
}

/** The French texts of one mutation's row, or undefined when it has none (the row reads the same). */
function frenchOf(mutation: Row): object | undefined {
  const id = (mutation.args as { id: string }).id;
  switch (mutation.name) {
    case 'edition.create':
      return editionsFr[id];
    // A venue keeps the name schedule files and feeds give it (the official one, in English): an
    // import finds its venue by that name, so a French name would refuse every row of the real
    // schedule ("Marseille Marina (Roucas-Blanc)").
    case 'session.put':
      return sessionsFr[id];
    case 'moment.create': {
      const text = olympicMomentsFr[id] ?? paralympicMomentsFr[id];
      if (!text) return undefined;
      // The why's kind and athlete stay; its sentence is French.
      const why = (mutation.args as { why: object }).why;
      return { ...text, why: { ...why, ...text.why } };
    }
    case 'spot.create':
      return spotsFr[id];
    case 'access.create':
      return accessFr[id];
    case 'signature.create':
      return signaturesFr[id];
    case 'assignment.create': {
      const note = assignmentNotesFr[Number(id.slice(-12))];
      return note === undefined ? undefined : { note };
    }
    default:
      return undefined;
  }
}

/**
 * The demo's rows with their user-visible texts in French: titles, sports, why it matters, angles,
 * spots, access notes, schedule events and notes, assignment notes, edition names, and the contact
 * lines; venue names stay those of the schedule files. Ids, instants, positions and statuses are those of the English rows, so every test
 * and every reference (DEMO_IDS) holds in both languages. Pure: returns new objects.
 */
export function inFrench<D extends { members: Member[]; mutations: Row[] }>(demo: D): D {
  return {
    ...demo,
    members: demo.members.map((m) => (contactsFr[m.id] ? { ...m, contact: contactsFr[m.id] } : m)),
    mutations: demo.mutations.map((m) => {
      const french = frenchOf(m);
      return french ? { ...m, args: { ...(m.args as object), ...french } } : m;
    }),
  };
}
