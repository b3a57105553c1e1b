// A zod error in words (for people and 4xx bodies) and as rejection params (for translation).
import type { z } from 'zod';
import { CONTROL_CHAR_PROBLEM } from '../domain/common.ts';

/** "field.path: message; other: message" — names the field, for people and for 4xx bodies. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * What went wrong with a value, as a few words a catalog translates: `required`, `wrong_type`,
 * `empty`, `too_short`, `too_long`, `too_few`, `too_many`, `too_low`, `too_high`, `bad_format`
 * (with `format`: uuid, url, datetime, date…), `not_an_option`, `control_char`, `unknown_key`, `invalid`.
 */
export type Problem =
  | 'required'
  | 'wrong_type'
  | 'empty'
  | 'too_short'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'too_low'
  | 'too_high'
  | 'bad_format'
  | 'not_an_option'
  | typeof CONTROL_CHAR_PROBLEM
  | 'unknown_key'
  | 'invalid';

/** The params of `invalid_args` / `invalid_row`: the first issue's field path, problem and limit. */
export interface IssueParams {
  [key: string]: string | number | undefined;
  path: string;
  problem: Problem;
  /** The bound that was crossed: characters, items or a number (too_long: the maximum length). */
  limit?: number;
  format?: string;
}

/** The first issue of `error` as params; parse with `{ reportInput: true }` to tell `required`. */
export function issueParams(error: z.ZodError): IssueParams {
  const issue = error.issues[0];
  if (!issue) return { path: '', problem: 'invalid' };
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      return { path, problem: 'input' in issue && issue.input === undefined ? 'required' : 'wrong_type' };
    case 'too_big':
      return { path, problem: bigProblem(issue.origin), limit: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { path, problem: 'empty' };
      return { path, problem: smallProblem(issue.origin), limit: Number(issue.minimum) };
    case 'invalid_format':
      return { path, problem: 'bad_format', format: issue.format };
    case 'invalid_value':
    case 'invalid_union':
      return { path, problem: 'not_an_option' };
    case 'unrecognized_keys':
      return { path, problem: 'unknown_key' };
    case 'custom': {
      const problem = (issue.params as { problem?: unknown } | undefined)?.problem;
      return { path, problem: problem === CONTROL_CHAR_PROBLEM ? CONTROL_CHAR_PROBLEM : 'invalid' };
    }
    default:
      return { path, problem: 'invalid' };
  }
}

function bigProblem(origin: string): Problem {
  return origin === 'string' ? 'too_long' : origin === 'array' ? 'too_many' : 'too_high';
}

function smallProblem(origin: string): Problem {
  return origin === 'string' ? 'too_short' : origin === 'array' ? 'too_few' : 'too_low';
}
