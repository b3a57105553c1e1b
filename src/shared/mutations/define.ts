// One mutation's definition from its name: arguments from ARGS, callers from RIGHTS, and the rules it runs.
import type { z } from 'zod';
import type { ArgsName } from './args.ts';
import { ARGS } from './args.ts';
import { RIGHTS } from './rights.ts';
import type { MutationContext, MutationDef, WriteTx } from './types.ts';

type Args<N extends ArgsName> = (typeof ARGS)[N];

/**
 * Defines mutation `name`: its argument schema is ARGS[name] and who may call it RIGHTS[name], so
 * neither is written twice; `run` holds the rules and writes, and receives parsed arguments.
 */
export function defineMutation<const N extends ArgsName>(
  name: N,
  run: (tx: WriteTx, args: z.output<Args<N>>, ctx: MutationContext) => Promise<void>,
): MutationDef<z.output<Args<N>>, N, z.input<Args<N>>> {
  return {
    name,
    args: ARGS[name] as unknown as z.ZodType<z.output<Args<N>>, z.input<Args<N>>>,
    roles: RIGHTS[name].callers,
    run,
  };
}
