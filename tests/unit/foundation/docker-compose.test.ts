import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT, parseConfig } from '../../../src/config.ts';

// No Docker engine runs here, so the compose file is checked statically.
const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { image?: string; build?: string; environment: Record<string, string>; ports: string[]; healthcheck?: unknown; depends_on?: Record<string, { condition: string }> }>;
  volumes: Record<string, unknown>;
};
const documented = new Set(
  readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z0-9_]+)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined),
);

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with auth, a data volume and a healthcheck', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(neo4j.healthcheck).toBeDefined();
  });

  it('wires the app to the neo4j service once it is healthy', () => {
    const app = compose.services.app!;
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.build).toBe('.');
  });

  it('uses only variables that .env.example documents, and the app accepts them', () => {
    const text = readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
    const used = new Set([...text.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)/g)].map((match) => match[1]!));
    for (const name of used) expect(documented, `${name} is not in .env.example`).toContain(name);
    for (const name of Object.keys(compose.services.app!.environment)) expect(documented, `${name} is not in .env.example`).toContain(name);
    expect(() => parseConfig({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_PASSWORD: 'x', HOST: '0.0.0.0', PORT: '4000' })).not.toThrow();
  });

  it('.env.example documents every variable the configuration reads', () => {
    const source = readFileSync(path.join(PROJECT_ROOT, 'src', 'config.ts'), 'utf8');
    const read = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((match) => match[1]!);
    expect(read.length).toBeGreaterThan(10);
    for (const name of read) expect(documented, `${name} is not in .env.example`).toContain(name);
  });
});
