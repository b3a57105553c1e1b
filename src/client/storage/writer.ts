// What the local store needs to write (the mutators, their schemas and the rebase): loaded on demand,
// so a phone reads and shows "my day" before this code (and zod) is downloaded and run.
export { describeIssues, MUTATIONS } from '../../shared/mutations/registry.ts';
export { ackIn, finishPullIn, mutateIn, patchChunkIn, planPull } from './rebase.ts';
