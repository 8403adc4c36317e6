import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Database } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';

export interface IngestLockOptions {
  /** A holder that has not renewed the lock for this long is taken to be dead. */
  staleSeconds?: number;
  /** How long to wait for another ingest before giving up. */
  waitMs?: number;
}

/**
 * Serialises ingests that share a database: two processes loading the same corpus at once
 * would each recover (and so undo) the other's unfinished load. The lock lives in the database,
 * renewed while held, so a killed holder's lock expires by itself.
 */
export async function withIngestLock<T>(db: Database, work: () => Promise<T>, options: IngestLockOptions = {}): Promise<T> {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  const staleSeconds = options.staleSeconds ?? 20;
  const deadline = Date.now() + (options.waitMs ?? 10 * 60_000);
  let announced = false;
  for (;;) {
    const [row] = await db.write('load/lock-acquire', { owner, staleSeconds });
    if (row?.acquired === true) break;
    if (!announced) {
      logger().info({ holder: row?.owner }, 'another ingest is writing to this database: waiting for it to finish');
      announced = true;
    }
    if (Date.now() > deadline) {
      throw new PlanGraphError('UNAVAILABLE', `another ingest (${String(row?.owner)}) has held the database for too long; try again later`, { subject: 'ingest' });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const renewal = setInterval(() => {
    db.write('load/lock-renew', { owner }).catch(() => undefined);
  }, (staleSeconds * 1000) / 4);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await db.write('load/lock-release', { owner }).catch(() => undefined);
  }
}
