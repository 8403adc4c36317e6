import { readFileSync } from 'node:fs';

/** Peak resident set (VmHWM) of a process in bytes, from /proc; NaN where /proc is missing. */
export function peakRss(pid: number | 'self' = 'self'): number {
  return procStatusBytes(pid, 'VmHWM');
}

export function currentRss(pid: number | 'self' = 'self'): number {
  return procStatusBytes(pid, 'VmRSS');
}

function procStatusBytes(pid: number | 'self', field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The java child of a Neo4j server started by the bench (its pid is the JVM itself). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
