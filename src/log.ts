import { pino, type Logger } from 'pino';

let root: Logger | undefined;

/** The process's one structured (JSON) logger. Logs go to stderr so stdout stays for command output. */
export function logger(level?: string): Logger {
  if (!root || (level !== undefined && root.level !== level)) {
    root = pino({ level: level ?? process.env.LOG_LEVEL ?? 'info', base: { app: 'plangraph' } }, pino.destination(2));
  }
  return root;
}
