// The team screen's calls (admins): the team, invites, member changes, revocations (GET/POST/PATCH /api/team…).
import type { Role } from '../../shared/domain/member.ts';
import type { InviteAnswer, MemberPatch, NewMemberInvite, TeamList } from '../../shared/protocol/team.ts';
import { apiCall } from './call.ts';

export type { InviteAnswer, TeamList, TeamMember, TeamDevice } from '../../shared/protocol/team.ts';

export const fetchTeam = (token: string) => apiCall<TeamList>(token, 'GET', '/api/team');

export const inviteMember = (token: string, input: NewMemberInvite) =>
  apiCall<InviteAnswer>(token, 'POST', '/api/team/invites', input);

export const inviteDevice = (token: string, memberId: string) =>
  apiCall<InviteAnswer>(token, 'POST', '/api/team/invites', { memberId });

export const updateMember = (token: string, memberId: string, patch: MemberPatch) =>
  apiCall<{ member: unknown }>(token, 'PATCH', `/api/team/members/${memberId}`, patch);

export const changeRole = (token: string, memberId: string, role: Role) =>
  updateMember(token, memberId, { role });

export const revokeDevice = (token: string, deviceId: string) =>
  apiCall<{ revoked: number }>(token, 'POST', `/api/team/devices/${deviceId}/revoke`);

export const revokeMember = (token: string, memberId: string) =>
  apiCall<{ revoked: number; invites: number }>(token, 'POST', `/api/team/members/${memberId}/revoke`);
