/**
 * The start-up breakdown `npm start` prints once it serves: where the time of a first run goes.
 * `scripts/start.mjs` times install and explorer build (before the dependencies exist) and hands
 * them over in PLANGRAPH_PRESTART_TIMINGS; the rest is timed here.
 */
export const STARTUP_PHASES = {
  install: 'install',
  explorerBuild: 'explorer build',
  neo4jFetch: 'Neo4j fetch',
  neo4jStart: 'Neo4j start',
  schema: 'schema',
  ingest: 'ingest',
  firstRequest: 'first request',
} as const;

export type StartupPhase = keyof typeof STARTUP_PHASES;

export interface Prestart {
  /** Epoch milliseconds at which `npm start` began; undefined when started otherwise. */
  startedAt: number | undefined;
  install?: number;
  explorerBuild?: number;
}

export class StartupTimings {
  private readonly seconds = new Map<StartupPhase, number>();
  private readonly startedAt: number;

  constructor(prestart: Prestart = { startedAt: undefined }, now = Date.now()) {
    this.startedAt = prestart.startedAt ?? now;
    if (prestart.install !== undefined) this.seconds.set('install', prestart.install);
    if (prestart.explorerBuild !== undefined) this.seconds.set('explorerBuild', prestart.explorerBuild);
  }

  record(phase: StartupPhase, seconds: number): void {
    this.seconds.set(phase, (this.seconds.get(phase) ?? 0) + seconds);
  }

  async time<T>(phase: StartupPhase, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.record(phase, (performance.now() - started) / 1000);
    }
  }

  /** "ready in 43.8 s: install 14.2 s, …" over the phases that ran, in start-up order. */
  summary(now = Date.now()): string {
    const parts = (Object.keys(STARTUP_PHASES) as StartupPhase[])
      .filter((phase) => this.seconds.has(phase))
      .map((phase) => `${STARTUP_PHASES[phase]} ${(this.seconds.get(phase) ?? 0).toFixed(1)} s`);
    return `ready in ${((now - this.startedAt) / 1000).toFixed(1)} s: ${parts.join(', ')}`;
  }
}
