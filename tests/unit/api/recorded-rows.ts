import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { cypherRegistry } from '../../../src/cypher/registry.ts';
import { parseRows } from '../../../src/cypher/rows.ts';
import type { Params, RowOf, StatementName, StatementReader } from '../../../src/db/database.ts';

export const FIXTURES_DIR = path.join(import.meta.dirname, 'fixtures');

/** The rows one statement answered, in the order the call sent its statements. */
const answers = z.array(z.object({ statement: z.string(), rows: z.array(z.record(z.string(), z.unknown())) }));
export type Answers = z.infer<typeof answers>;

export function fixtureFile(call: string): string {
  return path.join(FIXTURES_DIR, `${call}.json`);
}

export function readAnswers(call: string): Answers {
  return answers.parse(JSON.parse(readFileSync(fixtureFile(call), 'utf8')));
}

/**
 * A stand-in for the Database, only to see what a src/api call sends: it records each
 * statement's text (as the registry sends it, comments stripped) and parameters, and answers
 * with rows captured from a real run, checked by the same row schemas as the real database's.
 * It says nothing about the graph; the integration tests do, on a real Neo4j.
 */
export class RecordingDatabase implements StatementReader {
  readonly sent: Array<{ name: StatementName; params: Params }> = [];

  constructor(
    private readonly call: string,
    private readonly answers: Answers,
  ) {}

  async read<N extends StatementName>(name: N, params: Params = {}): Promise<RowOf<N>[]> {
    const answer = this.answers[this.sent.length];
    this.sent.push({ name, params });
    if (answer?.statement !== name) {
      throw new Error(
        `${this.call}: statement ${this.sent.length} is ${name}, the fixture answers ${answer?.statement ?? 'nothing'}: capture again with PLANGRAPH_CAPTURE_API_ROWS=1 (tests/integration/api-rows.capture.test.ts)`,
      );
    }
    return parseRows(name, answer.rows);
  }

  /** What was sent, statement by statement: the text of a file snapshot. */
  transcript(): string {
    return this.sent
      .map(({ name, params }, index) => [`// ${index + 1}. ${name}`, cypherRegistry().get(name), `// parameters`, JSON.stringify(params, null, 2), ''].join('\n'))
      .join('\n');
  }
}
