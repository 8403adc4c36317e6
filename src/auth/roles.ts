/** What an account may do, each role including the ones before it: read; also curate; also manage accounts. */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` may. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The lesser of two roles: a token issued for less than its account's role keeps to it. */
export function lesserRole(a: Role, b: Role): Role {
  return roleAtLeast(a, b) ? b : a;
}

/** The account a request's token belongs to, and what that token may do. */
export interface Viewer {
  name: string;
  role: Role;
}
