import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherRegistry, cypherRegistry } from '../../../src/cypher/registry.ts';

describe('the Cypher registry', () => {
  it('loads every statement of cypher/ by its path', () => {
    const registry = cypherRegistry();
    expect(registry.get('health/ping')).toContain('dbms.components');
    expect(registry.namesUnder('schema')).toEqual([...registry.namesUnder('schema')].sort());
    expect(registry.statementsOf('schema/001-constraints').length).toBeGreaterThanOrEqual(8);
  });

  it('fails on a missing name, saying which file it expected', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cypher-'));
    await mkdir(path.join(dir, 'api'));
    await writeFile(path.join(dir, 'api', 'trace.cypher'), 'MATCH (n) RETURN n');
    const registry = new CypherRegistry(dir);
    expect(registry.get('api/trace')).toBe('MATCH (n) RETURN n');
    expect(() => registry.get('api/search')).toThrow('cypher/api/search.cypher');
    expect(() => new CypherRegistry(dir, ['api/trace', 'api/path'])).toThrow('missing Cypher statement cypher/api/path.cypher');
  });

  it('splits schema files into statements without their comments', () => {
    const statements = cypherRegistry().statementsOf('schema/003-fulltext');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^CREATE FULLTEXT INDEX entity_search/);
    expect(statements[0]).toContain("'cjk'");
  });

  it('sends statements without their comment lines (Neo4j re-plans some commented statements on every run)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cypher-'));
    await writeFile(path.join(dir, 'q.cypher'), "// why\nMATCH (n {url: 'http://x'})\n  // and why here\nRETURN n\n");
    expect(new CypherRegistry(dir).get('q')).toBe("MATCH (n {url: 'http://x'})\nRETURN n");
    const registry = cypherRegistry();
    for (const name of registry.namesUnder('api')) expect(registry.get(name)).not.toMatch(/^\s*\/\//m);
  });

  it('keeps values out of statements: no string literal is built from input', () => {
    // Statements are files; only $parameters carry values. A template placeholder would be a bug.
    const registry = cypherRegistry();
    for (const name of [...registry.namesUnder('schema'), ...registry.namesUnder('load'), ...registry.namesUnder('api')]) {
      expect(registry.get(name)).not.toMatch(/\$\{/);
    }
  });
});
