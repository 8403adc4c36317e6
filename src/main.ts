import { Command, InvalidArgumentError } from 'commander';
import path from 'node:path';
import type { Config } from './config.ts';
import type { Connection } from './db/connect.ts';
import { DEFAULT_EXPIRES_IN, parseExpiresIn } from './auth/expiry.ts';
import { isRole, ROLES, type Role } from './auth/roles.ts';
import { runCommand } from './cli/run.ts';
import { FORMAT_NAMES } from './documents/formats.ts';
import { PlanGraphError } from './errors.ts';
import { ENTITY_TYPES } from './model/entity.ts';

/*
 * Only what the command line itself needs is imported up front: each command loads its own
 * modules (the driver, the server, the extraction stages) when it runs, so that
 * `plangraph --help` or a mistyped option answers at once.
 */
const cli = {
  db: () => import('./cli/db.ts'),
  ingest: () => import('./cli/ingest.ts'),
  serve: () => import('./cli/serve.ts'),
  status: () => import('./cli/status.ts'),
  trace: () => import('./cli/trace.ts'),
  timeline: () => import('./cli/timeline.ts'),
  compare: () => import('./cli/compare.ts'),
  curation: () => import('./cli/curation.ts'),
  users: () => import('./cli/users.ts'),
};

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'data', 'plans');

const program = new Command()
  .name('plangraph')
  .description('Knowledge graph of projects, places and policies from Chinese planning documents')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 64));

/** A whole number of at least 1 given to an option, or commander's usage error naming it. */
function positiveOption(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1, not ${JSON.stringify(value)}`);
  return Number(value);
}

function typesOption(value: string): string[] {
  const types = value.split(',').map((type) => type.trim().toUpperCase());
  const unknown = types.filter((type) => !(ENTITY_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) throw new InvalidArgumentError(`--types: unknown type ${unknown.join(', ')}; the types are ${ENTITY_TYPES.join(', ')}`);
  return types;
}

function roleOption(value: string): Role {
  const role = value.trim().toLowerCase();
  if (!isRole(role)) throw new InvalidArgumentError(`--role must be one of ${ROLES.join(', ')}, not ${JSON.stringify(value)}`);
  return role;
}

/** Checked as commander reads it (a usage error), kept as text: commander turns a parser's null into ''. */
function expiresInOption(value: string): string {
  try {
    parseExpiresIn(value);
    return value;
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Configuration is parsed once, here, before any command runs. */
async function config(): Promise<Config> {
  const [{ parseConfig }, { logger }] = await Promise.all([import('./config.ts'), import('./log.ts')]);
  const parsed = parseConfig();
  logger(parsed.logLevel);
  return parsed;
}

/** Runs work with a database connection (starting the embedded server for the command if needed). */
async function withDatabase<T>(work: (connection: Connection, config: Config) => Promise<T>): Promise<T> {
  const parsed = await config();
  const { connect } = await import('./db/connect.ts');
  const connection = await connect(parsed);
  try {
    await connection.db.applySchema();
    return await work(connection, parsed);
  } finally {
    await connection.close();
  }
}

program
  .command('start')
  .description('start the database, apply the schema, ingest the corpus in data/plans, and serve the API and explorer')
  .action(() =>
    runCommand(async () => {
      const parsed = await config();
      const [{ serve }, { runIngest }, { printCounts }, { StartupTimings }, { logger }] = await Promise.all([cli.serve(), cli.ingest(), cli.status(), import('./timings.ts'), import('./log.ts')]);
      await serve(parsed, {
        timings: new StartupTimings(parsed.prestart),
        beforeListen: async ({ db }) => {
          const { status } = await runIngest(parsed, db, [DEFAULT_CORPUS], {});
          if (status !== 0) logger().warn({ status }, 'some documents of the corpus were not ingested');
          await printCounts(db);
        },
      });
    }),
  );

program
  .command('serve')
  .description('start the database if needed and serve the API and explorer (no ingest)')
  .action(() => runCommand(async () => (await cli.serve()).serve(await config())));

program
  .command('ingest')
  .description('read, extract and load plan documents (files or folders); unchanged plans are skipped')
  .argument('[paths...]', 'files or folders (subfolders included)', [DEFAULT_CORPUS])
  .option('--dry-run', 'read, normalise, structure and extract only; print what would be loaded')
  .option('--force', 'reload plans even when unchanged')
  .option('--workers <n>', 'threads that read and build documents while one writer loads them (default: the cores)', (value: string) => positiveOption('--workers', value))
  .addHelpText('after', `\nFile kinds read (a folder's other files are skipped with a line each):\n${Object.values(FORMAT_NAMES).map((name) => `  ${name}`).join('\n')}`)
  .action((paths: string[], options: { dryRun?: boolean; force?: boolean; workers?: number }) =>
    runCommand(async () => {
      const [{ runIngest }, { printCounts }] = await Promise.all([cli.ingest(), cli.status()]);
      if (options.dryRun) return (await runIngest(await config(), undefined, paths, options)).status;
      return withDatabase(async ({ db }, parsed) => {
        const { status } = await runIngest(parsed, db, paths, options);
        await printCounts(db);
        return status;
      });
    }),
  );

program
  .command('status')
  .description('plans in the database, counts by label and relationship type, last ingest')
  .action(() => runCommand(() => withDatabase(async ({ db }) => (await cli.status()).printStatus(db))));

program
  .command('trace')
  .description('print the plans and passages that mention an entity (by name, alias or id)')
  .argument('<name>', 'e.g. 108廊带')
  .option('--per-plan <n>', 'print at most n passages of each plan', (value: string) => positiveOption('--per-plan', value))
  .action((name: string, options: { perPlan?: number }) => runCommand(() => withDatabase(async ({ db }) => (await cli.trace()).printTrace(db, name, options))));

program
  .command('timeline')
  .description('print what each plan says of an entity over time: stage, figures and the deciding passage')
  .argument('<name>', 'e.g. 中部引黄')
  .action((name: string) => runCommand(() => withDatabase(async ({ db }) => (await cli.timeline()).printTimeline(db, name))));

program
  .command('compare')
  .description('compare two plans: entities only in the first, only in the second, and in both with their stage in each')
  .argument('<a>', 'plan id, as `plangraph status` lists it')
  .argument('<b>', 'plan id')
  .option('--types <types>', `only these entity types, comma-separated (${ENTITY_TYPES.join(',')})`, typesOption)
  .option('--limit <n>', 'print at most n entities of each list (at most 100)', (value: string) => Math.min(100, positiveOption('--limit', value)))
  .action((a: string, b: string, options: { types?: string[]; limit?: number }) => runCommand(() => withDatabase(async ({ db }) => (await cli.compare()).printComparison(db, a, b, options))));

const curation = program.command('curation').description("analysts' corrections: export them as JSON lines, import another server's");
curation
  .command('export')
  .description('write every curation record, in order, as JSON lines (stdout without a file)')
  .argument('[file]', 'where to write, e.g. curations.jsonl')
  .action((file: string | undefined) => runCommand(() => withDatabase(async ({ db }) => (await cli.curation()).runCurationExport(db, file))));
curation
  .command('import')
  .description('add and apply the records of an export (records already present are skipped; all or none)')
  .argument('<file>', 'a file written by `plangraph curation export`')
  .action((file: string) => runCommand(() => withDatabase(async ({ db }, parsed) => (await cli.curation()).runCurationImport(db, file, parsed.batchSize))));

program
  .command('remove')
  .description('remove a plan and every fact it contributed')
  .argument('<plan>', 'plan id, as `plangraph status` lists it')
  .action((planId: string) =>
    runCommand(() =>
      withDatabase(async ({ db }) => {
        const { removePlan } = await import('./load/load-plan.ts');
        if (!(await removePlan(db, planId))) throw new PlanGraphError('NOT_FOUND', `no plan with id ${JSON.stringify(planId)}`, { subject: planId });
        process.stdout.write(`removed ${planId}\n`);
      }),
    ),
  );

const EXPIRY_HELP = 'when its token expires: days or hours (30d, 12h) or never';
const TOKEN_HELP = '\nThe token is printed once: PlanGraph keeps only its scrypt hash. Clients send it as\nAuthorization: Bearer <token>; mutations need a curator\'s or an admin\'s.';

const user = program.command('user').description('manage the accounts whose tokens may curate (and read, when PLANGRAPH_REQUIRE_TOKEN_FOR_READ is on)');
user
  .command('add')
  .description('add an account and print its first token')
  .argument('<name>', 'the account name, recorded as the author of its curations (no spaces)')
  .requiredOption('--role <role>', `what it may do: ${ROLES.join(' < ')}`, roleOption)
  .option('--expires-in <time>', EXPIRY_HELP, expiresInOption, DEFAULT_EXPIRES_IN)
  .addHelpText('after', TOKEN_HELP)
  .action((name: string, options: { role: Role; expiresIn: string }) =>
    runCommand(() => withDatabase(async ({ db }) => (await cli.users()).printUserAdd(db, name, options.role, { expiresInMs: parseExpiresIn(options.expiresIn) }))),
  );
user.command('list').description('list accounts, roles and token ids with their expiry (never a token itself)').action(() => runCommand(() => withDatabase(async ({ db }) => (await cli.users()).printUserList(db))));
user
  .command('remove')
  .description('remove an account and revoke its tokens')
  .argument('<name>', 'the account name')
  .action((name: string) => runCommand(() => withDatabase(async ({ db }) => (await cli.users()).printUserRemove(db, name))));

const token = program.command('token').description('add or revoke API tokens of an account');
token
  .command('add')
  .description('print a further token of an account')
  .argument('<name>', 'the account name')
  .option('--expires-in <time>', EXPIRY_HELP, expiresInOption, DEFAULT_EXPIRES_IN)
  .option('--role <role>', "less than the account's role, for a token that should do less (a curator's read-only token)", roleOption)
  .addHelpText('after', TOKEN_HELP)
  .action((name: string, options: { role?: Role; expiresIn: string }) =>
    runCommand(() => withDatabase(async ({ db }) => (await cli.users()).printTokenAdd(db, name, { role: options.role, expiresInMs: parseExpiresIn(options.expiresIn) }))),
  );
token
  .command('revoke')
  .description('revoke a token: it is refused from the next request on')
  .argument('<tokenId>', 'the id `plangraph user list` shows (the 16 hex digits after pg_)')
  .action((id: string) => runCommand(() => withDatabase(async ({ db }) => (await cli.users()).printTokenRevoke(db, id))));

const db = program.command('db').description('manage the embedded Neo4j server (not used when NEO4J_URI is set)');
db.command('start').description('start the embedded Neo4j in the background').action(() => runCommand(async () => (await cli.db()).dbStart(await config())));
db.command('stop').description('stop the embedded Neo4j').action(() => runCommand(async () => (await cli.db()).dbStop(await config())));
db.command('status').description('say whether the database answers (exit 0) or not (exit 69)').action(() => runCommand(async () => (await cli.db()).dbStatus(await config())));

await program.parseAsync(process.argv);
