import { mergeResolvers } from '@graphql-tools/merge';
import { healthResolvers } from './health.ts';

export const resolvers = mergeResolvers([healthResolvers]);
