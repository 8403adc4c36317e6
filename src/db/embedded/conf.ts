/** Settings of the embedded server that vary per instance. */
export interface EmbeddedConf {
  dataDir: string;
  logsDir: string;
  runDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

/**
 * neo4j.conf for a single-user server on a 2-core machine: Bolt on loopback only, HTTP off,
 * authentication on, no usage reporting (the machine may have no network).
 */
export function renderNeo4jConf(conf: EmbeddedConf): string {
  return [
    '# Written by PlanGraph on every start; edit src/db/embedded/conf.ts instead.',
    `server.directories.data=${conf.dataDir}`,
    `server.directories.logs=${conf.logsDir}`,
    `server.directories.run=${conf.runDir}`,
    `server.bolt.listen_address=127.0.0.1:${conf.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${conf.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${conf.heap}`,
    `server.memory.heap.max_size=${conf.heap}`,
    `server.memory.pagecache.size=${conf.pageCache}`,
    'dbms.usage_report.enabled=false',
    'db.transaction.timeout=120s',
    '',
  ].join('\n');
}
