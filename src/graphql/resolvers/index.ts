import { mergeResolvers } from '@graphql-tools/merge';
import { entityTypeResolvers } from './entity-type.ts';
import { healthResolvers } from './health.ts';

export const resolvers = mergeResolvers([healthResolvers, entityTypeResolvers]);
