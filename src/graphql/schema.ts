import path from 'node:path';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.ts';
import { resolvers } from './resolvers/index.ts';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL of schema/*.graphql, one file per area, merged into one document. */
export function loadTypeDefs() {
  return mergeTypeDefs(loadFilesSync(path.join(SCHEMA_DIR, '*.graphql')));
}

/**
 * Schema-first: the SDL is the contract, and resolvers must match it exactly — a resolver for a
 * field that does not exist stops start-up.
 */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
