// The PlanGraph HTTP server in its own process for the bench (so the load tool and the server
// do not share an event loop, and the server's peak RSS is its own). Started by lib/server.ts.
import { parseConfig } from '../src/config.ts';
import { Database } from '../src/db/database.ts';
import { createApp, listen } from '../src/server/app.ts';

const config = parseConfig(process.env);
if (!config.neo4j.uri || config.neo4j.password === undefined) throw new Error('server-child needs NEO4J_URI and NEO4J_PASSWORD');
const db = new Database({
  uri: config.neo4j.uri,
  username: config.neo4j.username,
  password: config.neo4j.password,
  database: config.neo4j.database,
  queryTimeoutMs: config.queryTimeoutMs,
});
await db.verify();
const server = createApp(config, db);
await listen(server, config.server.host, config.server.port);
process.stdout.write(`READY ${config.server.port}\n`);

const shutdown = (): void => {
  server.close();
  server.closeAllConnections();
  void db.close().finally(() => process.exit(0));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
