import cliProgress from 'cli-progress';
import type { LoadProgress } from '../load/load-plan.ts';
import { logger } from '../log.ts';

/**
 * Load progress: a bar per batch stage on a terminal, plain log lines otherwise (CI, pipes),
 * where a redrawn bar would only be noise.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onProgress: LoadProgress; stop(): void } {
  if (!stream.isTTY) {
    return {
      onProgress: ({ planId, stage, done, total }) => {
        if (done === total) logger().info({ plan: planId, stage, rows: total }, 'loaded');
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {plan} {stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  return {
    onProgress: ({ planId, stage, done, total }) => {
      const key = `${planId}/${stage}`;
      if (key !== current) {
        bar.stop();
        bar.start(total, 0, { plan: planId, stage });
        current = key;
      }
      bar.update(done, { plan: planId, stage });
    },
    stop: () => bar.stop(),
  };
}
