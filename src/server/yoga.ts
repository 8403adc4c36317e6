import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { isPlanGraphError, type ErrorCode } from '../errors.ts';
import { buildSchema } from '../graphql/schema.ts';
import type { GraphQLContext } from '../graphql/context.ts';

/** Error codes clients see; anything else is masked as INTERNAL_SERVER_ERROR. */
const EXPOSED: Partial<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAVAILABLE: 'UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
};

export function createGraphQLHandler(config: Config, db: Database) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: () => ({ db }),
    // GraphiQL from local files: Yoga's default page loads its assets from a CDN.
    graphiql: config.server.graphiql ? { title: 'PlanGraph GraphiQL' } : false,
    renderGraphiQL,
    landingPage: false,
    cors: config.server.corsOrigins.length > 0 ? { origin: config.server.corsOrigins, methods: ['GET', 'POST'] } : false,
    logging: false,
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (isPlanGraphError(original)) {
          const code = EXPOSED[original.code];
          if (code) return new GraphQLError(original.message, { extensions: { code } });
        }
        return maskError(error, message, isDev);
      },
    },
  });
}
