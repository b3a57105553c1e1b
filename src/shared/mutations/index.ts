// The mutations of the plan de jeu, shared by the client (optimistic) and the server (authoritative).
export * from './registry.ts';
export * from './types.ts';
export * from './rights.ts';
export { ARGS } from './args.ts';
export { chosenOfDay } from './plan.ts';
