#!/usr/bin/env node
// The `plangraph` command: Node (22.18 and later) runs the TypeScript sources as they are, its
// type stripping blanking out the types; nothing is compiled, so the command answers at once.
import { spawn } from 'node:child_process';
import path from 'node:path';

const main = path.resolve(import.meta.dirname, '..', 'src', 'main.ts');
const child = spawn(process.execPath, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
