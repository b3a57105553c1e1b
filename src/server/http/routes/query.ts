// Query-string validation: a 400 naming the parameter, like bodies (duplicated parameters refused, not merged).
import type { z } from 'zod';
import { describeIssues } from '../../../shared/mutations/registry.ts';
import { ApiError } from '../../errors.ts';

export function parseQuery<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new ApiError(400, 'invalid_body', `query ${describeIssues(parsed.error)}`);
  return parsed.data;
}
