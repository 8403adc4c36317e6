// `npm start` on a fresh clone: check Node, install what is missing, build the explorer if needed,
// then hand over to `plangraph start` (database, schema, corpus, server). Plain Node on purpose:
// it runs before the project's dependencies exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeVersionProblem } from './node-version.mjs';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(72);
}

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const logDir = path.join(root, '.plangraph', 'logs');
/** Seconds each step took, handed to `plangraph start` for its start-up breakdown. */
const timings = {};

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

/** Runs npm with its whole output in `log`; returns its exit status. */
function npmTo(log, args) {
  const fd = openSync(log, 'a');
  try {
    const result = spawnSync(npm, args, { cwd: root, stdio: ['ignore', fd, fd] });
    return result.status ?? 1;
  } finally {
    closeSync(fd);
  }
}

/** The first line of npm's own explanation in a log, e.g. "`npm ci` can only install packages when …". */
function npmReason(log) {
  const lines = readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('npm error ') && !/npm error (code|A complete log)/.test(line));
  return (lines.find((line) => line.trim() !== 'npm error') ?? 'no reason given').replace(/^npm error /, '').trim();
}

function timed(key, what, work) {
  const started = performance.now();
  process.stderr.write(`plangraph: ${what} … `);
  work();
  const seconds = (performance.now() - started) / 1000;
  timings[key] = seconds;
  process.stderr.write(`done in ${seconds.toFixed(1)} s\n`);
}

function fail(what, log) {
  process.stderr.write('failed\n');
  console.error(`plangraph: ${what} failed: ${npmReason(log)} (npm's whole output: ${path.relative(root, log)})`);
  process.exit(1);
}

const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(path.join(root, 'package-lock.json')).mtimeMs) {
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, 'npm-install.log');
  timed('install', 'installing dependencies (npm ci)', () => {
    if (npmTo(log, ['ci', '--no-audit', '--no-fund']) === 0) return;
    // A lock file written by another npm or platform can miss optional packages; npm install then
    // installs from the same lock file. Say so in one line: the details are in the log.
    process.stderr.write(`\nplangraph: npm ci refused (${npmReason(log)}); installing with npm install instead … `);
    if (npmTo(log, ['install', '--no-audit', '--no-fund']) !== 0) fail('installing dependencies', log);
  });
}

const built = path.join(root, 'ui', 'dist', 'index.html');
const uiSources = Math.max(newestMtime(path.join(root, 'ui', 'src')), statSync(path.join(root, 'ui', 'index.html')).mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < uiSources) {
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, 'explorer-build.log');
  timed('explorerBuild', 'building the explorer (vite build)', () => {
    if (npmTo(log, ['run', '--silent', 'build:ui']) !== 0) fail('building the explorer', log);
  });
}

const child = spawn(process.execPath, [path.join(root, 'src', 'main.ts'), 'start', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLANGRAPH_PRESTART_TIMINGS: JSON.stringify({ startedAt: Date.now() - performance.now(), ...timings }) },
});
// Ctrl-C reaches the child through the terminal's process group; wait for it to stop cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
