import { Command } from 'commander';
import { parseConfig } from './config.ts';
import { dbStart, dbStatus, dbStop } from './cli/db.ts';
import { runCommand } from './cli/run.ts';
import { serve } from './cli/serve.ts';
import { logger } from './log.ts';

const program = new Command()
  .name('plangraph')
  .description('Knowledge graph of projects, places and policies from Chinese planning documents')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 64));

/** Configuration is parsed once, here, before any command runs. */
function config() {
  const parsed = parseConfig();
  logger(parsed.logLevel);
  return parsed;
}

program
  .command('start')
  .description('start the database, apply the schema, ingest the corpus in data/plans, and serve the API and explorer')
  .action(() => runCommand(() => serve(config(), { beforeListen: async () => logger().info('ingestion is not built yet: skipping the corpus') })));

program
  .command('serve')
  .description('start the database if needed and serve the API and explorer (no ingest)')
  .action(() => runCommand(() => serve(config())));

const db = program.command('db').description('manage the embedded Neo4j server (not used when NEO4J_URI is set)');
db.command('start').description('start the embedded Neo4j in the background').action(() => runCommand(() => dbStart(config())));
db.command('stop').description('stop the embedded Neo4j').action(() => runCommand(() => dbStop(config())));
db.command('status').description('say whether the database answers (exit 0) or not (exit 69)').action(() => runCommand(() => dbStatus(config())));

await program.parseAsync(process.argv);
