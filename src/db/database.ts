import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { disableNagleOnClientSockets } from './no-delay.ts';
import type { StatementName } from '../cypher/catalogue.ts';
import { cypherRegistry, type CypherRegistry } from '../cypher/registry.ts';
import { parseRows, type Row, type RowOf } from '../cypher/rows.ts';
import { PlanGraphError } from '../errors.ts';
import { fromNeo4jError } from './errors.ts';
import { toCypherParams } from './params.ts';

export type { Row, RowOf } from '../cypher/rows.ts';
export type { StatementName } from '../cypher/catalogue.ts';
export type Params = Record<string, unknown>;

/**
 * What src/api needs of the database: named reads with typed rows. `Database` (of the project's
 * statements) is one; the recording double of the query snapshot tests (tests/unit/api) is the other.
 */
export interface StatementReader {
  read<N extends StatementName>(name: N, params?: Params): Promise<RowOf<N>[]>;
}

export interface DatabaseOptions<Name extends string = StatementName> {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
  queryTimeoutMs: number;
  /** The project's statements when absent; tests and the bench bring folders of their own. */
  registry?: CypherRegistry<Name>;
  /**
   * Says when the server is known to be down (the embedded one restarting): statements then
   * fail at once with UNAVAILABLE instead of spending the driver's retry time on a dead port.
   */
  unavailable?: () => Error | undefined;
}

/**
 * The one owner of the Neo4j driver. Every statement is named (cypher/<name>.cypher) and takes
 * values only as parameters. Reads run in read transactions and writes in write transactions,
 * so that a cluster routes them; the driver retries transient errors of both. `Name` is the
 * statement catalogue for the project's statements, so a misspelled name does not compile.
 */
export class Database<Name extends string = StatementName> {
  readonly uri: string;
  readonly registry: CypherRegistry;
  private driver: Driver;
  private readonly options: DatabaseOptions<Name>;
  private readonly database: string | undefined;
  private readonly timeoutMs: number;
  private readonly unavailable: () => Error | undefined;

  constructor(options: DatabaseOptions<Name>) {
    this.uri = options.uri;
    this.unavailable = options.unavailable ?? (() => undefined);
    this.database = options.database;
    this.timeoutMs = options.queryTimeoutMs;
    this.registry = options.registry ?? cypherRegistry();
    this.options = options;
    this.driver = this.createDriver();
  }

  private createDriver(): Driver {
    const options = this.options;
    disableNagleOnClientSockets();
    return neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      // Integers come back as JavaScript numbers: the one place they are converted.
      disableLosslessIntegers: true,
      // Fail fast when the server is down, so the API answers UNAVAILABLE instead of hanging.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: 50,
      userAgent: 'plangraph/0.1',
    });
  }

  /**
   * After the embedded server restarted, every pooled connection is dead: a fresh driver drops
   * them all at once instead of letting each query find one dead in turn.
   */
  resetConnections(): void {
    const old = this.driver;
    this.driver = this.createDriver();
    void old.close().catch(() => undefined);
  }

  /** Resolves when the server answers and accepts our credentials. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.database });
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw fromNeo4jError(error, this.uri);
    }
  }

  async read<N extends Name>(name: N, params: Params = {}): Promise<RowOf<N>[]> {
    return this.inSession('READ', (tx) => this.runIn(tx, name, params));
  }

  async write<N extends Name>(name: N, params: Params = {}): Promise<RowOf<N>[]> {
    return this.inSession('WRITE', (tx) => this.runIn(tx, name, params));
  }

  /** Several statements in one write transaction: all of them happen, or none. */
  async writeTransaction<T>(work: (run: <N extends Name>(name: N, params?: Params) => Promise<RowOf<N>[]>) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', (tx) => work((name, params = {}) => this.runIn(tx, name, params)));
  }

  /**
   * Schema statements (constraints, indexes) cannot share a transaction with data writes. Two
   * processes starting at once may race on them: an index the other created first counts as
   * applied, and a deadlock between them is retried.
   */
  async applySchema(): Promise<number> {
    let applied = 0;
    for (const name of this.registry.namesUnder('schema')) {
      for (const statement of this.registry.statementsOf(name)) {
        await this.runSchemaStatement(statement);
        applied += 1;
      }
    }
    await this.inSession('WRITE', (tx) => this.runIn(tx, 'admin/await-indexes', {}));
    return applied;
  }

  private async runSchemaStatement(statement: string, attempt = 1): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(statement);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Schema.Equivalent') || code.endsWith('AlreadyExists')) return;
      if (code.startsWith('Neo.TransientError') && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        return this.runSchemaStatement(statement, attempt + 1);
      }
      throw fromNeo4jError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * One attempt at the health statement, without the driver's retries, given up after
   * `timeoutMs`: the background health probe must learn of an outage in about that time.
   */
  async ping(timeoutMs: number): Promise<RowOf<'health/ping'> | undefined> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new PlanGraphError('UNAVAILABLE', `Neo4j at ${this.uri} did not answer within ${timeoutMs} ms`, { subject: this.uri })), timeoutMs);
    });
    const answer = session.run(this.registry.get('health/ping'), {}, { timeout: timeoutMs });
    try {
      const result = await Promise.race([answer, timeout]);
      return parseRows('health/ping', result.records.map((record) => record.toObject()))[0];
    } catch (error) {
      throw fromNeo4jError(error, this.uri);
    } finally {
      clearTimeout(timer);
      // A run that lost the race still settles (and is closed) in the background.
      answer.catch(() => undefined);
      void session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async runIn<N extends string>(tx: ManagedTransaction, name: N, params: Params): Promise<RowOf<N>[]> {
    const result = await tx.run(this.registry.get(name), toCypherParams(params));
    return parseRows(name, result.records.map((record): Row => record.toObject()));
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const down = this.unavailable();
    if (down) throw fromNeo4jError(down, this.uri);
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.timeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw fromNeo4jError(error, this.uri);
    } finally {
      await session.close();
    }
  }
}
