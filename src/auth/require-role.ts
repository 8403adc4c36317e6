import { PlanGraphError } from '../errors.ts';
import { roleAtLeast, type Role, type Viewer } from './roles.ts';

const WHO: Record<Role, string> = { reader: "a reader's", curator: "a curator's", admin: "an admin's" };

/**
 * The viewer, when its token may do what `role` may; otherwise UNAUTHENTICATED (no token) or
 * FORBIDDEN (a token that may do less). Invalid tokens never get this far: they are refused
 * when the request's context is built.
 */
export function requireRole(context: { viewer: Viewer | null }, role: Role): Viewer {
  const { viewer } = context;
  if (viewer === null) {
    throw new PlanGraphError('UNAUTHENTICATED', `this needs ${WHO[role]} token: send it as Authorization: Bearer <token> (\`plangraph user add\` makes one)`);
  }
  if (!roleAtLeast(viewer.role, role)) {
    throw new PlanGraphError('FORBIDDEN', `this needs ${WHO[role]} token: the token of ${viewer.name} is ${WHO[viewer.role]}`);
  }
  return viewer;
}
