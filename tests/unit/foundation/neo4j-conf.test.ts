import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../../src/db/embedded/conf.ts';

describe('the embedded neo4j.conf', () => {
  const conf = renderNeo4jConf({ dataDir: '/d', logsDir: '/l', runDir: '/r', boltPort: 7699, heap: '512m', pageCache: '128m' });

  it('binds Bolt to loopback only, with HTTP off and authentication on', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7699');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('server.https.enabled=false');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });

  it('keeps data, logs and run files in the given folders with modest memory', () => {
    expect(conf).toContain('server.directories.data=/d');
    expect(conf).toContain('server.memory.heap.max_size=512m');
    expect(conf).toContain('server.memory.pagecache.size=128m');
  });
});
