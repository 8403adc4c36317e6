/**
 * The one error model of PlanGraph. Every expected failure is a PlanGraphError with a code;
 * the CLI prints `message` and exits with the code's exit status, and GraphQL exposes `code`
 * in the error's extensions. Anything else is unexpected and is masked from API clients.
 */
export type ErrorCode =
  | 'CONFIG_INVALID' // a configuration variable is wrong
  | 'BAD_INPUT' // a document cannot be read (binary, undecodable, empty, too large …)
  | 'BAD_USER_INPUT' // an API or CLI argument is wrong
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED' // an API request needs a valid token and has none (missing, unknown, expired, revoked)
  | 'FORBIDDEN' // the token's account may not do this (a reader's token on a mutation)
  | 'CONFLICT' // the change contradicts the graph (a merge across types, a revert of a revert's target twice …)
  | 'RATE_LIMITED' // too many failed authentications from one client
  | 'QUERY_TOO_COMPLEX' // a GraphQL document past one of the limits checked before it runs (depth, cost, aliases, tokens, directives)
  | 'UNAVAILABLE' // the database does not answer
  | 'AUTH_FAILED' // the database refused our credentials
  | 'TIMEOUT' // a query ran past its time limit
  | 'PREREQUISITE_MISSING' // Java, Maven … needed for the embedded database
  | 'STATEMENT_MISSING' // cypher/ and the statement catalogue disagree: a file missing, or one the code does not know
  | 'DB_ERROR'; // the database answered with an error we did not expect

/** Process exit status per error code, stable for scripts. */
export const EXIT_STATUS: Record<ErrorCode, number> = {
  CONFIG_INVALID: 78,
  BAD_INPUT: 65,
  BAD_USER_INPUT: 64,
  NOT_FOUND: 66,
  UNAUTHENTICATED: 77,
  FORBIDDEN: 77,
  CONFLICT: 65,
  RATE_LIMITED: 75,
  QUERY_TOO_COMPLEX: 64,
  UNAVAILABLE: 69,
  AUTH_FAILED: 77,
  TIMEOUT: 75,
  PREREQUISITE_MISSING: 72,
  STATEMENT_MISSING: 70, // EX_SOFTWARE: the installation is broken, not the input or the environment
  DB_ERROR: 70,
};

export class PlanGraphError extends Error {
  readonly code: ErrorCode;
  /** File, argument or variable the error is about, when there is one. */
  readonly subject: string | undefined;
  /** When trying again makes sense (RATE_LIMITED): sent to API clients as Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: { subject?: string; cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlanGraphError';
    this.code = code;
    this.subject = options.subject;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isPlanGraphError(error: unknown, code?: ErrorCode): error is PlanGraphError {
  return error instanceof PlanGraphError && (code === undefined || error.code === code);
}
