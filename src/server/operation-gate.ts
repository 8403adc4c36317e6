import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requireRole } from '../auth/index.ts';
import type { GraphQLContext } from '../graphql/context.ts';

/**
 * Checked once per operation, after validation and before any resolver runs: every mutation
 * needs a curator's token (so no mutation resolver can forget to ask), and every query a
 * reader's when the configuration closes reading. Tokens themselves were checked when the
 * context was built.
 */
export function operationGate(options: { requireTokenForRead: boolean }): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      const context = args.contextValue as GraphQLContext;
      if (operation?.operation === 'mutation') requireRole(context, 'curator');
      else if (options.requireTokenForRead) requireRole(context, 'reader');
    },
  };
}
