import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { HealthMonitor } from '../db/health.ts';
import { logger } from '../log.ts';
import { serveStatic } from './static.ts';
import { createGraphQLHandler } from './yoga.ts';

export const UI_DIST = path.join(PROJECT_ROOT, 'ui', 'dist');

export interface AppOptions {
  uiRoot?: string;
  /** The health to report; by default one probing `db` (without a supervisor), stopped with the server. */
  health?: HealthMonitor;
}

/** Paths Yoga answers: everything else is the explorer's, whose page paths are any path at all. */
function servedByYoga(pathname: string): boolean {
  return pathname === '/graphql' || pathname.startsWith('/graphql/') || pathname === '/healthz' || pathname === '/readyz';
}

/** The HTTP server: /graphql (API and GraphiQL), /healthz, /readyz, and the explorer at /. */
export function createApp(config: Config, db: Database, options: AppOptions = {}): Server {
  const health = options.health ?? new HealthMonitor(db, config.healthIntervalMs);
  const yoga = createGraphQLHandler(config, db, health);
  const assets = serveStatic(options.uiRoot ?? UI_DIST);
  const server = createServer((req, res) => {
    if (servedByYoga(new URL(req.url ?? '/', 'http://localhost').pathname)) void yoga(req, res);
    else if (req.method === 'GET' || req.method === 'HEAD') assets(req, res);
    else res.writeHead(405, { allow: 'GET, HEAD' }).end();
  });
  if (!options.health) server.on('close', () => health.stop());
  return server;
}

export function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      logger().info({ url: `http://${host}:${port}/`, graphql: `http://${host}:${port}/graphql` }, 'PlanGraph is serving');
      resolve();
    });
  });
}
