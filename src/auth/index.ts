export { addAccount, addToken, checkAccountName, listAccounts, removeAccount, revokeToken, type IssuedToken, type TokenOptions } from './accounts.ts';
export { Authenticator } from './authenticate.ts';
export { DEFAULT_EXPIRES_IN, parseExpiresIn } from './expiry.ts';
export { FailureLimiter } from './rate-limit.ts';
export { requireRole } from './require-role.ts';
export { isRole, ROLES, type Role, type Viewer } from './roles.ts';
