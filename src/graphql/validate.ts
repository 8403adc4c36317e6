import { PlanGraphError } from '../errors.ts';

/** Upper bounds on what one request may ask for: the API's own cost limits. */
export const LIMITS = {
  first: 100,
  mentionsPerPlan: 1000,
  neighborhoodLimit: 1000,
  depth: 3,
  pathLength: 10,
  ids: 50,
};

export function boundedInt(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < min || resolved > max) {
    throw new PlanGraphError('BAD_USER_INPUT', `${name} must be between ${min} and ${max}, not ${resolved}`, { subject: name });
  }
  return resolved;
}

export function boundedIds(name: string, ids: readonly string[]): string[] {
  if (ids.length === 0) throw new PlanGraphError('BAD_USER_INPUT', `${name} must name at least one id`, { subject: name });
  if (ids.length > LIMITS.ids) throw new PlanGraphError('BAD_USER_INPUT', `${name} may name at most ${LIMITS.ids} ids`, { subject: name });
  return [...ids];
}

export function notFound(what: string, id: string): PlanGraphError {
  return new PlanGraphError('NOT_FOUND', `no ${what} with id ${JSON.stringify(id)}`, { subject: 'id' });
}
