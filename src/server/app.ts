import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { logger } from '../log.ts';
import { HealthMonitor, type HealthReport } from './health.ts';
import { serveStatic } from './static.ts';
import { createGraphQLHandler } from './yoga.ts';

export const UI_DIST = path.join(PROJECT_ROOT, 'ui', 'dist');
/** Larger GraphQL requests are refused before they are read: no real query comes near it. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface AppOptions {
  uiRoot?: string;
  /** The health to report; by default one probing `db` (without a supervisor), stopped with the server. */
  health?: HealthMonitor;
}

function sendHealth(res: ServerResponse, health: HealthMonitor, body: (report: HealthReport) => string, contentType: string): void {
  void health.report().then((report) => {
    const retryAfter = health.retryAfterSeconds();
    res.writeHead(report.ok ? 200 : 503, {
      'content-type': contentType,
      'cache-control': 'no-store',
      ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
    });
    res.end(body(report));
  });
}

/** The HTTP server: /graphql (API and GraphiQL), /healthz, /readyz, and the explorer at /. */
export function createApp(config: Config, db: Database, options: AppOptions = {}): Server {
  const health = options.health ?? new HealthMonitor(db, config.healthIntervalMs);
  const graphql = createGraphQLHandler(config, db, health);
  const assets = serveStatic(options.uiRoot ?? UI_DIST);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_BODY_BYTES || (req.url?.length ?? 0) > MAX_BODY_BYTES) {
        res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
        res.end(JSON.stringify({ errors: [{ message: `request larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] }));
        req.resume();
        return;
      }
      void graphql(req, res);
    } else if (pathname === '/healthz') {
      sendHealth(res, health, (report) => JSON.stringify(report), 'application/json; charset=utf-8');
    } else if (pathname === '/readyz') {
      // For probes that read only the status code: 200 ready to serve, 503 not (yet).
      sendHealth(res, health, (report) => `${report.ok ? 'ready' : `not ready: ${report.status}`}\n`, 'text/plain; charset=utf-8');
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      assets(req, res);
    } else {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    }
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
