import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';

/**
 * Limits checked while parsing and validating, before any resolver runs (so before any Cypher):
 * the explorer's deepest query is 6 levels and uses no aliases beyond a handful.
 */
export const ARMOR_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  maxCost: 5000,
} as const;

/** The count graphql-armor found, read off its message ("… exceeded, found 10."). */
function found(error: GraphQLError): string {
  return /found (\d+)/.exec(error.message)?.[1] ?? 'more';
}

/**
 * graphql-armor words every refusal `Syntax Error: …` with no code, so clients took a document
 * too big for a typo. Each limit reports in its own words instead, with code QUERY_TOO_COMPLEX.
 */
function reportAs(describe: (error: GraphQLError) => string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        // Made by the class armor's own error is of: Yoga checks parse errors with instanceof, and
        // the graphql it loads (CommonJS) is another copy than the one imported here (ESM).
        const SameGraphQLError = error.constructor as typeof GraphQLError;
        const refusal = new SameGraphQLError(describe(error), { extensions: { code: 'QUERY_TOO_COMPLEX' } });
        // The token limit is checked while parsing, where there is no validation context: a throw
        // ends the parse, as armor's own would.
        if (context === null) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
}

export function armorPlugin() {
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ...reportAs((e) => `the query is too deep: ${found(e)} levels, at most ${ARMOR_LIMITS.maxDepth}`) },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, ...reportAs((e) => `the query has too many aliases: ${found(e)}, at most ${ARMOR_LIMITS.maxAliases}`) },
    maxTokens: { n: ARMOR_LIMITS.maxTokens, ...reportAs(() => `the query is too long: more than ${ARMOR_LIMITS.maxTokens} tokens`) },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...reportAs((e) => `the query has too many directives: ${found(e)}, at most ${ARMOR_LIMITS.maxDirectives}`) },
    costLimit: {
      maxCost: ARMOR_LIMITS.maxCost,
      ...reportAs((e) => `the query would cost ${found(e)}, at most ${ARMOR_LIMITS.maxCost}: ask for fewer items (first, limit) or fewer fields`),
    },
    blockFieldSuggestion: { enabled: true },
  });
}
