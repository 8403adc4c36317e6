import neo4j from 'neo4j-driver';
import { PlanGraphError, isPlanGraphError } from '../errors.ts';

const UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED, 'ServiceUnavailable', 'SessionExpired']);

/** The one place where Neo4j's errors become PlanGraph's error codes. */
export function fromNeo4jError(error: unknown, where: string): PlanGraphError {
  if (isPlanGraphError(error)) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connect|Connection was closed|Pool is closed|acquisition timed out/i.test(message) && !code.startsWith('Neo.')) {
    return new PlanGraphError('UNAVAILABLE', `Neo4j at ${where} is not answering: ${message.split('\n')[0]}`, { subject: where, cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new PlanGraphError('AUTH_FAILED', `Neo4j at ${where} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD): ${message.split('\n')[0]}`, {
      subject: 'NEO4J_PASSWORD',
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new PlanGraphError('TIMEOUT', `a query to Neo4j at ${where} took too long and was stopped`, { subject: where, cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new PlanGraphError('CONFIG_INVALID', `Neo4j at ${where} has no such database (check NEO4J_DATABASE): ${message.split('\n')[0]}`, {
      subject: 'NEO4J_DATABASE',
      cause: error,
    });
  }
  return new PlanGraphError('DB_ERROR', `Neo4j at ${where} failed: ${message.split('\n')[0]}`, { subject: where, cause: error });
}
