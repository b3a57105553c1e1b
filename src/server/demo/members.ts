// The demo team: 1 planner, 2 editors, 8 creators. All names and numbers are fictional.
import type { Member } from '../../shared/domain/index.ts';
import { MEMBER_IDS as T } from './ids-team.ts';

/** A member has no job field: the contact line says what a creator makes, then the phone. */
function member(id: string, name: string, role: Member['role'], contact: string): Member {
  return { id, name, role, contact };
}

/** The admin is created by the server itself, so the demo holds none. */
export const members: Member[] = [
  member(T.plannerClaire, 'Claire Dumontel', 'planner', 'Head of the plan · +33 6 00 00 01 01'),
  member(T.editorHugo, 'Hugo Berthelin', 'editor', 'Desk · +33 6 00 00 01 02'),
  member(T.editorInes, 'Inès Marchetti', 'editor', 'Desk · +33 6 00 00 01 03'),
  member(T.creatorLea, 'Léa Fontanel', 'creator', 'Photographer · +33 6 00 00 01 04'),
  member(T.creatorMalik, 'Malik Benhadi', 'creator', 'Video maker · +33 6 00 00 01 05'),
  member(T.creatorSophie, 'Sophie Carrelet', 'creator', 'Community manager · +33 6 00 00 01 06'),
  member(T.creatorTheo, 'Théo Lambertin', 'creator', 'Photographer · +33 6 00 00 01 07'),
  member(T.creatorNora, 'Nora Vasselin', 'creator', "Photographer in Teahupo'o · +689 87 00 01 08"),
  member(T.creatorJulien, 'Julien Ferrandi', 'creator', 'Video maker in Marseille · +33 6 00 00 01 09'),
  member(T.creatorChloe, 'Chloé Martineau', 'creator', 'Community manager · +33 6 00 00 01 10'),
  member(T.creatorYanis, 'Yanis Perrotin', 'creator', 'Photographer · +33 6 00 00 01 11'),
];
