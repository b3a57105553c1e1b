// The domain of the plan de jeu, as one import.
export * from './angles.ts';
export * from './common.ts';
export * from './edition.ts';
export * from './entities.ts';
export * from './member.ts';
export * from './moment.ts';
export * from './schedule.ts';
export * from './signature.ts';
export * from './spot.ts';
export * from './geo.ts';
export * from './coverage.ts';
export * from './conflicts.ts';
export * from './countdown.ts';
export * from './light.ts';
export * from './clock.ts';
