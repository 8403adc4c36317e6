import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** The generated file: `npm run cypher:catalogue` writes it, a unit test checks it against the folder. */
export const CATALOGUE_FILE = path.join(PROJECT_ROOT, 'src', 'cypher', 'catalogue.ts');

/** A statement's name is its path under the folder without `.cypher`: `cypher/load/plan.cypher` is `load/plan`. */
export function statementFile(name: string): string {
  return `cypher/${name}.cypher`;
}

/** The names of the `.cypher` files under `dir`, at any depth, in code-unit order (the same on every machine). */
export function statementNamesIn(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.cypher') ? [path.relative(dir, full).replace(/\\/g, '/').replace(/\.cypher$/, '')] : [];
    });
  return walk(dir).sort();
}

/** The text of src/cypher/catalogue.ts for these names. */
export function catalogueSource(names: readonly string[]): string {
  return [
    '// Generated from cypher/**/*.cypher by `npm run cypher:catalogue`: do not edit by hand.',
    '// tests/unit/foundation/cypher-catalogue.test.ts fails when this list and the folder disagree.',
    '',
    '/** Every statement the code may name: a misspelled name is a type error, a missing file stops start-up. */',
    'export const STATEMENT_NAMES = [',
    ...names.map((name) => `  '${name}',`),
    '] as const;',
    '',
    'export type StatementName = (typeof STATEMENT_NAMES)[number];',
    '',
  ].join('\n');
}
