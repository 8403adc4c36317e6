import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { PlanGraphError, isPlanGraphError } from '../../errors.ts';
import { fromNeo4jError } from '../errors.ts';
import { logger } from '../../log.ts';
import { renderNeo4jConf } from './conf.ts';
import { ensureNeo4jHome, type Neo4jHome } from './install.ts';
import type { StartupTimings } from '../../timings.ts';
import { choosePort } from './ports.ts';
import { findJava } from './prerequisites.ts';

const run = promisify(execFile);

export interface EmbeddedOptions {
  dataDir: string;
  cacheDir: string;
  neo4jHome?: string | undefined;
  boltPort?: number | undefined;
  heap: string;
  pageCache: string;
  /** Run in its own process group and outlive this process (`plangraph db start`). */
  detached?: boolean;
  startTimeoutMs?: number;
  /** Receives the time spent fetching the server (first run) and starting it, for `npm start`'s breakdown. */
  timings?: StartupTimings;
}

/** What a running embedded server is known by; kept in run/plangraph.json while it runs. */
export interface EmbeddedState {
  pid: number;
  port: number;
  startedAt: string;
  version: string;
}

/** How a server's process ended. */
export interface EmbeddedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EmbeddedServer extends EmbeddedState {
  uri: string;
  username: 'neo4j';
  password: string;
  /** True when this process started it (and so stops it on exit). */
  owned: boolean;
  /** Settles when the process ends, asked or not; only known for a server this process started. */
  exited?: Promise<EmbeddedExit>;
  stop(): Promise<void>;
}

export function embeddedPaths(dataDir: string) {
  const root = path.join(dataDir, 'neo4j');
  return {
    root,
    conf: path.join(root, 'conf'),
    data: path.join(root, 'data'),
    logs: path.join(root, 'logs'),
    run: path.join(root, 'run'),
    password: path.join(root, 'password'),
    state: path.join(root, 'run', 'plangraph.json'),
    console: path.join(root, 'logs', 'console.log'),
  };
}

type EmbeddedPaths = ReturnType<typeof embeddedPaths>;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A pid can be reused after a crash: make sure it is still a Neo4j server.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j');
  } catch {
    return true;
  }
}

/** The server running for this data directory, if any (started by another PlanGraph process). */
export async function runningEmbedded(dataDir: string): Promise<EmbeddedState | undefined> {
  const paths = embeddedPaths(dataDir);
  if (!existsSync(paths.state)) return undefined;
  try {
    const state = JSON.parse(await readFile(paths.state, 'utf8')) as EmbeddedState;
    if (isAlive(state.pid)) return state;
  } catch {
    // An unreadable state file is as good as none.
  }
  await rm(paths.state, { force: true });
  return undefined;
}

async function readPassword(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).trim();
}

/**
 * The password is generated once per data directory and set before the first start; the
 * system database only takes an initial password while it does not exist yet.
 */
async function ensurePassword(paths: EmbeddedPaths, home: Neo4jHome, java: string): Promise<string> {
  if (existsSync(paths.password)) return readPassword(paths.password);
  if (existsSync(path.join(paths.data, 'databases', 'system'))) {
    throw new PlanGraphError(
      'AUTH_FAILED',
      `the embedded Neo4j in ${paths.root} has a database but its password file ${paths.password} is missing: restore the file, or remove ${paths.root} to start afresh`,
      { subject: paths.password },
    );
  }
  // Hex, not base64url: a password starting with '-' was read by neo4j-admin as an option (1 start in 64).
  const password = randomBytes(18).toString('hex');
  await run(java, ['-cp', home.classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
    env: { ...process.env, NEO4J_HOME: home.home, NEO4J_CONF: paths.conf },
  });
  await writeFile(paths.password, `${password}\n`, { mode: 0o600 });
  await chmod(paths.password, 0o600);
  return password;
}

async function waitForBolt(uri: string, password: string, child: { exited: boolean }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, logging: undefined });
  try {
    while (Date.now() < deadline) {
      if (child.exited) throw new Error('the server exited during start-up');
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        // Refused credentials mean another server answers on the port: retrying would only trip
        // its authentication rate limit, and lock out that server's own clients.
        if (isPlanGraphError(fromNeo4jError(error, uri), 'AUTH_FAILED')) throw new Error(`a server that is not this one answers on ${uri}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
    throw new Error(`Bolt did not answer within ${timeoutMs / 1000} s`);
  } finally {
    await driver.close();
  }
}

/** The last lines of a server's console output (Neo4j's own log in console mode). */
export function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no console output)';
  }
}

async function stopPid(pid: number, state: string, timeoutMs = 60_000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    await rm(state, { force: true });
    return;
  }
  // Neo4j checkpoints on SIGTERM (about 10 s); a kill -9 would force recovery on the next start.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  await rm(state, { force: true });
}

/** The server another process (`plangraph db start`, an earlier run) started for this data directory. */
async function attach(existing: EmbeddedState, paths: EmbeddedPaths): Promise<EmbeddedServer> {
  const password = await readPassword(paths.password);
  logger().info({ pid: existing.pid, port: existing.port }, 'using the embedded Neo4j already running for this data directory');
  return {
    ...existing,
    uri: `bolt://127.0.0.1:${existing.port}`,
    username: 'neo4j',
    password,
    owned: false,
    stop: () => stopPid(existing.pid, paths.state),
  };
}

/** A server process we started: `status.exited` turns true, and `exited` settles, when it ends. */
interface Neo4jProcess {
  pid: number;
  status: { exited: boolean };
  exited: Promise<EmbeddedExit>;
  kill(): void;
}

/** Spawns the server's JVM, its console output appended to logs/console.log. */
function spawnNeo4j(java: string, home: Neo4jHome, paths: EmbeddedPaths, options: EmbeddedOptions): Neo4jProcess {
  const out = openSync(paths.console, 'a');
  const child = spawn(
    java,
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      home.classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home.home}`,
      `--config-dir=${paths.conf}`,
      '--console-mode',
    ],
    { stdio: ['ignore', out, out], detached: options.detached ?? false, env: { ...process.env, NEO4J_HOME: home.home, NEO4J_CONF: paths.conf } },
  );
  closeSync(out);
  const status = { exited: false };
  const exited = new Promise<EmbeddedExit>((resolve) => {
    child.once('exit', (code, signal) => {
      status.exited = true;
      resolve({ code, signal });
    });
  });
  if (options.detached) child.unref();
  return { pid: child.pid ?? 0, status, exited, kill: () => child.kill('SIGKILL') };
}

/**
 * Starts a real Neo4j Community server for `dataDir` as a child process, or attaches to the
 * one already running for it. Resolves once Bolt answers.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const paths = embeddedPaths(options.dataDir);
  const existing = await runningEmbedded(options.dataDir);
  if (existing) return attach(existing, paths);

  const { java } = await findJava();
  const fetchStarted = performance.now();
  const home = await ensureNeo4jHome(options.cacheDir, options.neo4jHome);
  options.timings?.record('neo4jFetch', (performance.now() - fetchStarted) / 1000);
  const startStarted = performance.now();
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run]) await mkdir(dir, { recursive: true });
  const port = await choosePort(options.boltPort);
  await writeFile(
    path.join(paths.conf, 'neo4j.conf'),
    renderNeo4jConf({ dataDir: paths.data, logsDir: paths.logs, runDir: paths.run, boltPort: port, heap: options.heap, pageCache: options.pageCache }),
  );
  const password = await ensurePassword(paths, home, java);

  const { pid, status, exited, kill } = spawnNeo4j(java, home, paths, options);
  const uri = `bolt://127.0.0.1:${port}`;
  logger().info({ pid, port, home: home.home }, 'starting embedded Neo4j');
  const started = Date.now();
  try {
    await waitForBolt(uri, password, status, options.startTimeoutMs ?? 180_000);
  } catch (error) {
    if (!status.exited) kill();
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanGraphError('UNAVAILABLE', `the embedded Neo4j did not start (${reason}); last lines of ${paths.console}:\n${tail(paths.console)}`, {
      subject: paths.console,
      cause: error,
    });
  }
  const state: EmbeddedState = { pid, port, startedAt: new Date().toISOString(), version: home.version };
  await writeFile(paths.state, JSON.stringify(state, null, 2));
  options.timings?.record('neo4jStart', (performance.now() - startStarted) / 1000);
  logger().info({ pid, port, seconds: (Date.now() - started) / 1000 }, 'embedded Neo4j is up');
  return {
    ...state,
    uri,
    username: 'neo4j',
    password,
    owned: true,
    exited,
    // Once our child has exited its pid may belong to another process, and the state file to
    // the server started after it: leave both alone (a dead server's state is cleared on start).
    stop: () => (status.exited ? Promise.resolve() : stopPid(pid, paths.state)),
  };
}

/** Stops the server running for `dataDir`; resolves false if none was running. */
export async function stopEmbedded(dataDir: string): Promise<boolean> {
  const state = await runningEmbedded(dataDir);
  if (!state) return false;
  await stopPid(state.pid, embeddedPaths(dataDir).state);
  return true;
}
