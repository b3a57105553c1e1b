// The demo team: 1 planner, 2 editors, 8 creators. All names and numbers are fictional.
import type { Job, Member } from '../../shared/domain/index.ts';
import { MEMBER_IDS as T } from './ids-team.ts';

/** A creator's job is a field of its own; the contact line is where to reach them (a base town, then the phone). */
function member(id: string, name: string, role: Member['role'], contact: string, job?: Job): Member {
  return { id, name, role, contact, ...(job ? { job } : {}) };
}

/** The admin is created by the server itself, so the demo holds none. */
export const members: Member[] = [
  member(T.plannerClaire, 'Claire Dumontel', 'planner', 'Head of the plan · +33 6 00 00 01 01'),
  member(T.editorHugo, 'Hugo Berthelin', 'editor', 'Desk · +33 6 00 00 01 02'),
  member(T.editorInes, 'Inès Marchetti', 'editor', 'Desk · +33 6 00 00 01 03'),
  member(T.creatorLea, 'Léa Fontanel', 'creator', '+33 6 00 00 01 04', 'photographer'),
  member(T.creatorMalik, 'Malik Benhadi', 'creator', '+33 6 00 00 01 05', 'video-maker'),
  member(T.creatorSophie, 'Sophie Carrelet', 'creator', '+33 6 00 00 01 06', 'community-manager'),
  member(T.creatorTheo, 'Théo Lambertin', 'creator', '+33 6 00 00 01 07', 'photographer'),
  member(T.creatorNora, 'Nora Vasselin', 'creator', "Teahupo'o · +689 87 00 01 08", 'photographer'),
  member(T.creatorJulien, 'Julien Ferrandi', 'creator', 'Marseille · +33 6 00 00 01 09', 'video-maker'),
  member(T.creatorChloe, 'Chloé Martineau', 'creator', '+33 6 00 00 01 10', 'community-manager'),
  member(T.creatorYanis, 'Yanis Perrotin', 'creator', '+33 6 00 00 01 11', 'photographer'),
];
