import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PlanGraphError } from '../../errors.ts';

const run = promisify(execFile);

const ALTERNATIVES =
  'or set NEO4J_URI to use a Neo4j server of your own, or run `docker compose up` (see README)';

/** The Java binary to run Neo4j with: $JAVA_HOME/bin/java, else `java` on the PATH; 17 or newer. */
export async function findJava(): Promise<{ java: string; major: number }> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let output: string;
  try {
    // `java -version` writes to stderr.
    const { stderr, stdout } = await run(java, ['-version']);
    output = stderr + stdout;
  } catch {
    throw new PlanGraphError(
      'PREREQUISITE_MISSING',
      `Java 17 or newer is needed to run the embedded Neo4j, and \`${java}\` could not be run: install a JDK (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) ${ALTERNATIVES}`,
      { subject: 'java' },
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new PlanGraphError(
      'PREREQUISITE_MISSING',
      `Neo4j 5 needs Java 17 or newer, but \`${java}\` is Java ${major || 'of unknown version'}: install openjdk-17 and set JAVA_HOME, ${ALTERNATIVES}`,
      { subject: 'java' },
    );
  }
  return { java, major };
}

/** Maven fetches the server once; it is not needed afterwards. */
export async function findMaven(): Promise<string> {
  try {
    await run('mvn', ['-v']);
    return 'mvn';
  } catch {
    throw new PlanGraphError(
      'PREREQUISITE_MISSING',
      `Maven is needed once, to fetch the Neo4j server from Maven Central, and \`mvn\` could not be run: install it (Debian/Ubuntu: apt-get install maven), or set NEO4J_HOME to an installed Neo4j 5, ${ALTERNATIVES}`,
      { subject: 'mvn' },
    );
  }
}
