import { EXIT_STATUS, isPlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';

/**
 * Runs a command's work and turns its outcome into an exit status scripts can rely on:
 * 0 done, 2 partly done (reported by the command), the error code's status for a known error,
 * 1 for anything unexpected. Errors print as one line naming what and why.
 */
export async function runCommand(work: () => Promise<number | void>): Promise<never> {
  try {
    const status = (await work()) ?? 0;
    process.exit(status);
  } catch (error) {
    if (isPlanGraphError(error)) {
      process.stderr.write(`plangraph: ${error.message}\n`);
      process.exit(EXIT_STATUS[error.code]);
    }
    logger().error({ err: error }, 'unexpected failure');
    process.stderr.write(`plangraph: unexpected failure: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** Runs `cleanup` once on SIGINT or SIGTERM, then exits. */
export function onShutdown(cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger().info({ signal }, 'shutting down');
    cleanup()
      .catch((error: unknown) => logger().error({ err: error }, 'error during shutdown'))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
