// The sync protocol: versions, limits and messages.
export * from './limits.ts';
export * from './messages.ts';
export * from './version.ts';
export * from './audit.ts';
export * from './rejections.ts';
export * from './stored-args.ts';
export * from './answers.ts';
