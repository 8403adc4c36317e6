// `npm start` on a fresh clone: install what is missing, build the explorer if needed, then
// hand over to `plangraph start` (database, schema, corpus, server). Plain Node on purpose:
// it runs before the project's dependencies exist.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

function step(what, args, fallback) {
  console.error(`plangraph: ${what}`);
  let result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && fallback) {
    console.error(`plangraph: npm ${args[0]} failed; trying npm ${fallback[0]}`);
    result = spawnSync(npm, fallback, { cwd: root, stdio: 'inherit' });
  }
  if (result.status !== 0) {
    console.error(`plangraph: ${what} failed (npm ${args.join(' ')} exited with ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(path.join(root, 'package-lock.json')).mtimeMs) {
  // npm ci refuses a lock file that lacks optional platform packages a registry does not serve;
  // npm install then installs from the same lock file.
  step('installing dependencies (npm ci)', ['ci', '--no-audit', '--no-fund'], ['install', '--no-audit', '--no-fund']);
}

const built = path.join(root, 'ui', 'dist', 'index.html');
const uiSources = Math.max(newestMtime(path.join(root, 'ui', 'src')), statSync(path.join(root, 'ui', 'index.html')).mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < uiSources) {
  step('building the explorer (vite build)', ['run', '--silent', 'build:ui']);
}

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts'), 'start', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the child through the terminal's process group; wait for it to stop cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
