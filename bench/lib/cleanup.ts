/**
 * Everything the bench starts (Neo4j servers, server processes, browsers, temp folders) is
 * registered here and torn down at the end, on an error, and on SIGINT/SIGTERM, so that no
 * java process outlives a bench run.
 */
type Cleanup = () => Promise<void> | void;

const cleanups = new Map<number, { label: string; run: Cleanup }>();
let next = 0;
let installed = false;

export function onCleanup(label: string, run: Cleanup): () => void {
  install();
  const id = next++;
  cleanups.set(id, { label, run });
  return () => {
    cleanups.delete(id);
  };
}

/** Runs every registered cleanup, newest first. */
export async function cleanupAll(): Promise<void> {
  const pending = [...cleanups.entries()].reverse();
  cleanups.clear();
  for (const [, { label, run }] of pending) {
    try {
      await run();
    } catch (error) {
      console.error(`cleanup of ${label} failed: ${(error as Error).message}`);
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything the bench started…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}
