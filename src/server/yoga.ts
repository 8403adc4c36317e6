import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { Authenticator } from '../auth/index.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { isPlanGraphError, type ErrorCode, type PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';
import { createContext, type GraphQLContext } from '../graphql/context.ts';
import { buildSchema } from '../graphql/schema.ts';
import type { HealthMonitor } from '../db/health.ts';
import { armorPlugin } from './armor.ts';
import { clientAddress } from './client-address.ts';
import { responseCache } from './response-cache.ts';
import { healthEndpoints } from './health.ts';
import { operationGate } from './operation-gate.ts';

/** Error codes clients see; anything else is masked as INTERNAL_SERVER_ERROR. */
const EXPOSED: Partial<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  UNAVAILABLE: 'UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
};

/**
 * Errors about the database reach clients in these words only: the full message names the
 * server's address and repeats the driver's, which is for the log (where it goes).
 */
const CLIENT_MESSAGES: Partial<Record<ErrorCode, string>> = {
  UNAVAILABLE: 'the database is not answering; retry shortly',
  TIMEOUT: 'the query took too long and was stopped; ask for less, or retry',
};

/** Refusals that are the whole request's, answered with the HTTP status that says so. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 };

/**
 * Larger GraphQL request bodies are refused with 413 (before they are read when their length is
 * declared, and as soon as they pass it when streamed): no real query comes near it. A query in a
 * GET's URL needs no limit of ours: Node refuses request lines and headers over 16 KiB with 431.
 */
export const MAX_BODY_BYTES = 100 * 1024;

/**
 * graphql-js validates `subscription { … }` against a schema without subscriptions and leaves it
 * to execution, where graphql-jit throws: a client's mistake was answered 500 and logged as ours.
 */
function rejectMissingOperationTypes(): Plugin {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`this API answers queries and mutations only: it has no ${node.operation}s`, { nodes: node }));
      }
    },
  });
  return { onValidate: ({ addValidationRule }) => addValidationRule(rule) };
}

function disableIntrospection(): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** The headers of an error's response: its status for a refusal, and when to retry. */
function httpOf(error: PlanGraphError): { http?: { status?: number; headers?: Record<string, string> } } {
  const status = HTTP_STATUS[error.code];
  const { retryAfterSeconds } = error;
  if (status === undefined && retryAfterSeconds === undefined) return {};
  return { http: { ...(status === undefined ? {} : { status }), ...(retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(retryAfterSeconds) } }) } };
}

export function createGraphQLHandler(config: Config, db: Database, health: HealthMonitor) {
  const authenticator = new Authenticator(db);
  return createYoga<{ req?: IncomingMessage }, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    // The Authorization header is read once, here: a token that is not good refuses the request.
    context: async ({ request, req }) => {
      const viewer = await authenticator.authenticate(request.headers.get('authorization'), clientAddress(request, req, config.server.trustProxy));
      return createContext(db, health, { batchSize: config.batchSize, viewer });
    },
    // GraphiQL from local files: Yoga's default page loads its assets from a CDN.
    graphiql: config.server.graphiql ? { title: 'PlanGraph GraphiQL' } : false,
    renderGraphiQL,
    landingPage: false,
    cors: config.server.corsOrigins.length > 0 ? { origin: config.server.corsOrigins, methods: ['GET', 'POST'] } : false,
    logging: false,
    batching: false,
    maxRequestBodySize: MAX_BODY_BYTES,
    plugins: [
      ...healthEndpoints(health),
      // Executes each query through code compiled for it (cached per document) rather than
      // graphql-js's generic walk: a trace of 185 mentions (~2,000 fields) took 1.3–1.9 ms less.
      useGraphQlJit(),
      armorPlugin(),
      rejectMissingOperationTypes(),
      operationGate({ requireTokenForRead: config.server.requireTokenForRead }),
      // Requests must be preflighted (a JSON body or this header), so a form on another site cannot query.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...(config.server.introspection ? [] : [disableIntrospection()]),
      // After the gate: its check runs first when a query is about to execute.
      ...responseCache(config, db),
    ],
    maskedErrors: {
      maskError(error, message, isDev) {
        // Duck-typed: a second copy of graphql (ESM and CJS builds) breaks instanceof.
        const original = (error as { originalError?: unknown }).originalError;
        const planGraphError = original ?? error;
        if (isPlanGraphError(planGraphError)) {
          const code = EXPOSED[planGraphError.code];
          const clientMessage = CLIENT_MESSAGES[planGraphError.code];
          if (code && clientMessage) {
            logger().warn({ err: planGraphError, code }, 'a GraphQL request failed on the database');
            const retryAfter = code === 'UNAVAILABLE' ? health.retryAfterSeconds() : undefined;
            // `http` is read by Yoga for the response's headers and never sent in the body.
            const http = retryAfter === undefined ? {} : { http: { headers: { 'retry-after': String(retryAfter) } } };
            return new GraphQLError(clientMessage, { extensions: { code, ...http } });
          }
          if (code) return new GraphQLError(planGraphError.message, { extensions: { code, ...httpOf(planGraphError) } });
        }
        // A resolver failed unexpectedly: clients see a masked message, the log keeps what
        // happened. (Parse and validation errors, the armor limits among them, carry no
        // original error and pass through unmasked.)
        if (original !== undefined) logger().error({ err: original }, 'unexpected error in a GraphQL request');
        return maskError(error, message, isDev);
      },
    },
  });
}
