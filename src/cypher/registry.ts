import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PlanGraphError } from '../errors.ts';
import { STATEMENT_NAMES, type StatementName } from './catalogue.ts';
import { CYPHER_DIR, statementFile, statementNamesIn } from './catalogue-source.ts';

export { CYPHER_DIR } from './catalogue-source.ts';

/**
 * The statement as sent to Neo4j: whole-line `//` comments removed. They document the files,
 * but Neo4j 5.26 re-plans some commented statements (those with subqueries) on every run
 * instead of taking the plan from its cache: measured on the ×200 corpus, search took 54 ms
 * with its comments and 9 ms without, and EXPLAIN of the trace 50 ms against 4 ms.
 */
export function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .trim();
}

/** Enough names to find the problem, on one line however many there are. */
function fileList(names: readonly string[]): string {
  const shown = names.slice(0, 5).map(statementFile).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/**
 * What is wrong between the folder and the catalogue, as one line; null when they agree. A
 * renamed file shows as both: the name the code uses is missing, the new one is unknown.
 */
export function catalogueProblem(found: readonly string[], catalogue: readonly string[]): string | null {
  const present = new Set(found);
  const known = new Set(catalogue);
  const missing = catalogue.filter((name) => !present.has(name));
  const unknown = found.filter((name) => !known.has(name));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`missing Cypher statement${missing.length > 1 ? 's' : ''} ${fileList(missing)}`);
  if (unknown.length > 0) {
    problems.push(`${fileList(unknown)} ${unknown.length > 1 ? 'are' : 'is'} not in the statement catalogue (after adding a statement, run \`npm run cypher:catalogue\`)`);
  }
  return problems.length > 0 ? problems.join('; ') : null;
}

/**
 * Every Cypher statement of a folder, by name: `cypher/load/plan.cypher` is `load/plan`. Given
 * the catalogue (the shipped registry), the folder is checked whole when the registry is built:
 * a statement the code names without a file, or a file the code does not know, stops start-up
 * with one line instead of failing the first request that needs it. Without one (statements
 * only tests or the bench run), any name of the folder goes.
 */
export class CypherRegistry<Name extends string = string> {
  /** The names the code may use, when checked against a catalogue. */
  readonly catalogue: readonly Name[] | null;
  private readonly statements: ReadonlyMap<string, string>;

  constructor(dir: string = CYPHER_DIR, catalogue?: readonly Name[]) {
    if (!existsSync(dir)) throw new PlanGraphError('STATEMENT_MISSING', `the Cypher statements folder ${dir} is missing`, { subject: dir });
    const found = statementNamesIn(dir);
    const problem = catalogue ? catalogueProblem(found, catalogue) : null;
    if (problem !== null) throw new PlanGraphError('STATEMENT_MISSING', problem, { subject: dir });
    this.catalogue = catalogue ?? null;
    this.statements = new Map(found.map((name) => [name, withoutCommentLines(readFileSync(path.join(dir, `${name}.cypher`), 'utf8'))]));
  }

  /** A statement's text. Names come typed from the catalogue; a test registry may be asked anything. */
  get(name: string): string {
    const statement = this.statements.get(name);
    if (statement === undefined) throw new PlanGraphError('STATEMENT_MISSING', `missing Cypher statement ${statementFile(name)}`, { subject: name });
    return statement;
  }

  /** Names under a folder, sorted: `cypher/schema/` is applied in file-name order. */
  namesUnder(folder: string): string[] {
    return [...this.statements.keys()].filter((name) => name.startsWith(`${folder}/`)).sort();
  }

  /** The statements of a multi-statement file (schema files), split on `;` at line ends. */
  statementsOf(name: string): string[] {
    return this.get(name)
      .split(/;\s*$/m)
      .map((statement) => statement.trim())
      .filter(Boolean);
  }
}

let shared: CypherRegistry<StatementName> | undefined;

/** The project's statements, checked against the catalogue the first time they are asked for. */
export function cypherRegistry(): CypherRegistry<StatementName> {
  shared ??= new CypherRegistry(CYPHER_DIR, STATEMENT_NAMES);
  return shared;
}
