// The Node.js versions PlanGraph runs on, read from package.json's `engines` (">=MAJOR.MINOR").
// Plain JavaScript with no dependencies: `npm start` checks the version before anything is installed.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The minimum version `engines.node` asks for, as [major, minor]. */
export function requiredNode() {
  const range = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
  const match = /^>=\s*(\d+)\.(\d+)/.exec(range);
  if (!match) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR", not ${JSON.stringify(range)}`);
  return [Number(match[1]), Number(match[2])];
}

/** One line saying why `version` (e.g. "20.20.2") cannot run PlanGraph and how to get one that can; undefined when it can. */
export function nodeVersionProblem(version, [major, minor] = requiredNode()) {
  const [have, haveMinor] = version.replace(/^v/, '').split('.').map(Number);
  if (have > major || (have === major && haveMinor >= minor)) return undefined;
  return (
    `plangraph: Node ${version.replace(/^v/, '')} is too old: PlanGraph needs Node ${major}.${minor} or newer (24 LTS is tested). ` +
    'Get it with `nvm install` (reads .nvmrc) or, without nvm, `export PATH="$(bash scripts/node.sh):$PATH"` (fetches Node 24 from the npm registry).'
  );
}
