import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

const run = promisify(execFile);

/** Runs the CLI as a user would, against the test Neo4j, and returns its exit status and output. */
async function plangraph(...args: string[]) {
  const { uri, password } = inject('neo4j');
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'src', 'main.ts'), ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password },
      timeout: 60_000,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const TOKEN = /^ {2}(pg_([0-9a-f]{16})_[A-Za-z0-9_-]{43})$/m;

describe('plangraph user and token', () => {
  let db: Database;
  let server: GraphqlServer;
  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase();
    server = await startGraphql(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  const viewer = async (token: string) => {
    const response = await server.post('{ viewer { name role } }', { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  };

  it('adds an account and prints its token once, which then opens the API; lists without secrets; revokes and removes', async () => {
    const added = await plangraph('user', 'add', 'wang', '--role', 'curator', '--expires-in', '30d');
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^added wang \(curator\)\ntoken [0-9a-f]{16} of wang, expires \d{4}-\d\d-\d\dT/);
    expect(added.stdout).toContain('will not be shown again');
    const [, token, id] = TOKEN.exec(added.stdout)!;
    expect(await viewer(token!)).toEqual({ data: { viewer: { name: 'wang', role: 'CURATOR' } } });

    const further = await plangraph('token', 'add', 'wang', '--expires-in', 'never', '--role', 'reader');
    expect(further.status, further.stderr).toBe(0);
    expect(further.stdout).toMatch(/never expires/);
    const [, readOnly, readOnlyId] = TOKEN.exec(further.stdout)!;
    expect(await viewer(readOnly!)).toEqual({ data: { viewer: { name: 'wang', role: 'READER' } } });

    const revoked = await plangraph('token', 'revoke', id!);
    expect([revoked.status, revoked.stdout]).toEqual([0, expect.stringMatching(new RegExp(`^revoked token ${id} of wang`))]);
    expect((await viewer(token!)).errors?.[0]?.message).toMatch(/^the token was revoked/);

    const listed = await plangraph('user', 'list');
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^wang \\(curator\\), since .*\\n  token ${id}  revoked .*\\n  token ${readOnlyId} \\(reader only\\)  never expires\\n$`));
    expect(listed.stdout).not.toContain(token!.slice(20));
    expect(listed.stdout).not.toContain(readOnly!.slice(20));

    const removed = await plangraph('user', 'remove', 'wang');
    expect([removed.status, removed.stdout]).toEqual([0, 'removed wang; 2 tokens revoked\n']);
    expect((await viewer(readOnly!)).errors?.[0]?.message).toMatch(/^the token was revoked/);
    expect((await plangraph('user', 'list')).stdout).toBe('no accounts: `plangraph user add <name> --role curator` makes one\n');
  });

  it('refuses bad input with the error model’s exit status, naming the argument', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['user', 'add', 'zhao'], 64, /required option '--role <role>' not specified/],
      [['user', 'add', 'zhao', '--role', 'boss'], 64, /--role must be one of reader, curator, admin, not "boss"/],
      [['user', 'add', 'zhao', '--role', 'reader', '--expires-in', 'soon'], 64, /--expires-in must be a number of days or hours such as 90d or 12h, or never; not "soon"/],
      [['user', 'add', 'two words', '--role', 'reader'], 64, /^plangraph: <name> must be 1 to 64 characters without spaces, not "two words"$/m],
      [['token', 'add', 'nobody'], 66, /^plangraph: no account is named "nobody"/m],
      [['token', 'revoke', 'ffffffffffffffff'], 66, /^plangraph: no token has the id "ffffffffffffffff"/m],
      [['user', 'remove', 'nobody'], 66, /^plangraph: no account is named "nobody"/m],
    ];
    // Each a process of its own, none of them writing: run side by side.
    const results = await Promise.all(cases.map(([args]) => plangraph(...args)));
    cases.forEach(([args, status, message], i) => expect([results[i]!.status, results[i]!.stderr], args.join(' ')).toEqual([status, expect.stringMatching(message)]));
    expect((await plangraph('user', 'add', 'zhao', '--role', 'reader')).status).toBe(0);
    const again = await plangraph('user', 'add', 'zhao', '--role', 'admin');
    expect([again.status, again.stderr]).toEqual([65, 'plangraph: an account named "zhao" exists (a reader); `plangraph token add zhao` gives it a further token\n']);
    const more = await plangraph('token', 'add', 'zhao', '--role', 'admin');
    expect([more.status, more.stderr]).toEqual([64, "plangraph: --role admin: a token cannot do more than its account, a reader\n"]);
  });
});
