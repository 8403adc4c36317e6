import { PlanGraphError } from '../errors.ts';

/** The one error every reader throws for a file it will not read: the file, then the reason. */
export function badInput(path: string, reason: string): PlanGraphError {
  return new PlanGraphError('BAD_INPUT', `${path}: ${reason}`, { subject: path });
}
