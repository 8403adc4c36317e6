import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import type { PlanGraphError } from '../../../src/errors.ts';

function failure(env: Record<string, string>): PlanGraphError {
  try {
    parseConfig(env);
  } catch (error) {
    return error as PlanGraphError;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('has defaults that run the embedded database on loopback', () => {
    const config = parseConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4000, graphiql: true });
    expect(config.dataDir).toMatch(/\.plangraph\/data$/);
    expect(config.logLevel).toBe('info');
    expect(config.embedded.restart).toEqual({ limit: 5, backoffMs: 1000, backoffMaxMs: 30_000, healthyMs: 60_000 });
    expect(parseConfig({ PLANGRAPH_RESTART_LIMIT: '0' }).embedded.restart.limit).toBe(0);
  });

  it('accepts the URIs of a server, a cluster and Aura', () => {
    for (const uri of ['bolt://localhost:7687', 'neo4j://core1:7687', 'neo4j+s://abcd1234.databases.neo4j.io']) {
      expect(parseConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'must be a whole number'],
    [{ PORT: '70000' }, 'PORT', 'must be at most 65535'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', 'must be a bolt://'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'must be one of'],
    [{ PLANGRAPH_GRAPHIQL: 'maybe' }, 'PLANGRAPH_GRAPHIQL', 'must be true or false'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP', 'must be a size like 512m'],
    [{ PLANGRAPH_RESTART_LIMIT: 'many' }, 'PLANGRAPH_RESTART_LIMIT', 'must be a whole number'],
    [{ PLANGRAPH_RESTART_BACKOFF_MS: '0' }, 'PLANGRAPH_RESTART_BACKOFF_MS', 'must be positive'],
  ])('refuses %o naming the variable and the reason', (env, variable, reason) => {
    const error = failure(env);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.subject).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(reason);
  });
});
