import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { logger } from '../log.ts';
import { checkHealth } from './health.ts';
import { serveStatic } from './static.ts';
import { createGraphQLHandler } from './yoga.ts';

export const UI_DIST = path.join(PROJECT_ROOT, 'ui', 'dist');
/** Larger GraphQL requests are refused before they are read: no real query comes near it. */
export const MAX_BODY_BYTES = 100 * 1024;

/** The HTTP server: /graphql (API and GraphiQL), /healthz, and the explorer at /. */
export function createApp(config: Config, db: Database, options: { uiRoot?: string } = {}): Server {
  const graphql = createGraphQLHandler(config, db);
  const assets = serveStatic(options.uiRoot ?? UI_DIST);
  return createServer((req, res) => {
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
      void checkHealth(db).then((report) => {
        res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify(report));
      });
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      assets(req, res);
    } else {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    }
  });
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
