import { mergeResolvers } from '@graphql-tools/merge';
import { curationResolvers } from './curation.ts';
import { entityResolvers } from './entities.ts';
import { graphResolvers } from './graph.ts';
import { healthResolvers } from './health.ts';
import { planResolvers } from './plans.ts';
import { searchResolvers } from './search.ts';
import { timelineResolvers } from './timeline.ts';
import { viewerResolvers } from './viewer.ts';

export const resolvers = mergeResolvers([healthResolvers, planResolvers, entityResolvers, searchResolvers, graphResolvers, timelineResolvers, viewerResolvers, curationResolvers]);
