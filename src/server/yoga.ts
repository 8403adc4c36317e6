import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { isPlanGraphError, type ErrorCode } from '../errors.ts';
import { logger } from '../log.ts';
import { createContext, type GraphQLContext } from '../graphql/context.ts';
import { buildSchema } from '../graphql/schema.ts';
import type { HealthMonitor } from '../db/health.ts';
import { healthEndpoints } from './health.ts';

/** Error codes clients see; anything else is masked as INTERNAL_SERVER_ERROR. */
const EXPOSED: Partial<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
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

/**
 * Larger GraphQL request bodies are refused with 413 (before they are read when their length is
 * declared, and as soon as they pass it when streamed): no real query comes near it. A query in a
 * GET's URL needs no limit of ours: Node refuses request lines and headers over 16 KiB with 431.
 */
export const MAX_BODY_BYTES = 100 * 1024;

/**
 * Limits checked while validating, before any resolver runs (so before any Cypher): the
 * explorer's deepest query is 6 levels and uses no aliases beyond a handful.
 */
export const ARMOR = {
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 10 },
  costLimit: { maxCost: 5000 },
  blockFieldSuggestion: { enabled: true },
} as const;

/**
 * graphql-js validates `mutation { … }` against a schema without mutations and leaves it to
 * execution, where graphql-jit throws: a client's mistake was answered 500 and logged as ours.
 */
function rejectMissingOperationTypes(): Plugin {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`this API answers queries only: it has no ${node.operation}s`, { nodes: node }));
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

export function createGraphQLHandler(config: Config, db: Database, health: HealthMonitor) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: () => createContext(db, health, { batchSize: config.batchSize }),
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
      EnvelopArmorPlugin(ARMOR),
      rejectMissingOperationTypes(),
      // Requests must be preflighted (a JSON body or this header), so a form on another site cannot query.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...(config.server.introspection ? [] : [disableIntrospection()]),
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
          if (code) return new GraphQLError(planGraphError.message, { extensions: { code } });
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
