import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PlanGraphError } from '../../errors.ts';
import { logger } from '../../log.ts';
import { findMaven } from './prerequisites.ts';

/** Attempts at fetching the server's jars before the fetch is reported as failed. */
const FETCH_ATTEMPTS = 3;

const run = promisify(execFile);

export const NEO4J_VERSION = '5.26.30';
const POM = path.join(import.meta.dirname, 'pom.xml');
const READY_MARKER = '.complete';

/** A Neo4j installation: a home folder whose lib/ holds the server's jars. */
export interface Neo4jHome {
  home: string;
  classpath: string;
  version: string;
}

/**
 * Returns the Neo4j to run: the user's NEO4J_HOME if set, else the copy in the cache folder,
 * fetched from Maven Central the first time. The fetch goes to a temporary folder that is
 * renamed into place only when complete, so an interrupted download is never used.
 */
export async function ensureNeo4jHome(cacheDir: string, userHome?: string): Promise<Neo4jHome> {
  if (userHome) {
    const lib = path.join(userHome, 'lib');
    if (!existsSync(lib)) {
      throw new PlanGraphError('CONFIG_INVALID', `NEO4J_HOME=${userHome} has no lib/ folder: it is not a Neo4j installation`, {
        subject: 'NEO4J_HOME',
      });
    }
    return { home: userHome, classpath: `${lib}/*`, version: 'user' };
  }
  const home = path.join(cacheDir, `neo4j-community-${NEO4J_VERSION}`);
  if (existsSync(path.join(home, READY_MARKER))) {
    return { home, classpath: `${path.join(home, 'lib')}/*`, version: NEO4J_VERSION };
  }
  const mvn = await findMaven();
  const staging = `${home}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  logger().info({ version: NEO4J_VERSION, into: home }, 'fetching Neo4j Community from Maven Central (once)');
  const started = Date.now();
  const args = [
    '-q',
    '-B',
    '-f',
    POM,
    `-Dneo4j.version=${NEO4J_VERSION}`,
    `-Dmaven.repo.local=${path.join(cacheDir, 'm2')}`,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${path.join(staging, 'lib')}`,
    '-DincludeScope=runtime',
  ];
  // A transfer can fail once on a busy network ("Could not transfer artifact"); what was fetched
  // stays in the local repository, so a second or third attempt fetches only the rest.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await run(mvn, args, { maxBuffer: 16 * 1024 * 1024 });
      break;
    } catch (error) {
      const detail = (error as { stdout?: string }).stdout?.split('\n').find((line) => line.includes('ERROR')) ?? String(error);
      if (attempt < FETCH_ATTEMPTS) {
        logger().warn({ attempt, detail: detail.trim().slice(0, 300) }, 'fetching Neo4j failed; trying again');
        continue;
      }
      throw new PlanGraphError('PREREQUISITE_MISSING', `could not fetch Neo4j ${NEO4J_VERSION} with Maven: ${detail.trim()}`, {
        subject: 'mvn',
        cause: error,
      });
    }
  }
  const jars = (await readdir(path.join(staging, 'lib'))).length;
  await writeFile(path.join(staging, READY_MARKER), `${NEO4J_VERSION}\n${jars} jars\n`);
  await rm(home, { recursive: true, force: true });
  await rename(staging, home);
  logger().info({ jars, seconds: (Date.now() - started) / 1000 }, 'Neo4j fetched');
  return { home, classpath: `${path.join(home, 'lib')}/*`, version: NEO4J_VERSION };
}
