import type { GraphQLContext } from '../context.ts';

export const viewerResolvers = {
  Query: {
    // The Role enum of the SDL is upper case; roles are stored lower case, as the CLI takes them.
    viewer: (_parent: unknown, _args: unknown, { viewer }: GraphQLContext) => (viewer ? { name: viewer.name, role: viewer.role.toUpperCase() } : null),
  },
};
