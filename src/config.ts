import path from 'node:path';
import { z } from 'zod';
import { PlanGraphError } from './errors.ts';
import type { Prestart } from './timings.ts';

/** When and how often an embedded server that exited unasked is started again. */
export interface RestartPolicy {
  /** Failed restarts in a row after which PlanGraph gives up (0: never restart). */
  limit: number;
  /** The first wait; each failure in a row doubles it, up to backoffMaxMs. */
  backoffMs: number;
  backoffMaxMs: number;
  /** A server up this long has proved itself: the count of failures in a row starts again. */
  healthyMs: number;
}

/** Where the project lives: the default data and cache folders are inside it. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

const optionalString = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string())
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? String(fallback) : value.trim()))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().int().min(1, 'must be at least 1').max(65535, 'must be at most 65535')),
    );

const boolean = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? String(fallback) : value.trim().toLowerCase()))
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }))
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? String(fallback) : value.trim()))
    .pipe(z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().positive('must be positive')));

const wholeNumber = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? String(fallback) : value.trim()))
    .pipe(z.string().regex(/^\d+$/, 'must be a whole number').transform(Number));

const memorySize = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? fallback : value.trim()))
    .pipe(z.string().regex(/^\d+[kmg]$/i, 'must be a size like 512m or 1g'));

const neo4jUri = optionalString.pipe(
  z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI with a host')
    .optional(),
);

/** Every environment variable PlanGraph reads, with its default. `.env.example` documents each. */
const EnvSchema = z.object({
  NEO4J_URI: neo4jUri,
  NEO4J_USERNAME: optionalString.transform((value) => value ?? 'neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString.pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'must be a database name').optional()),
  NEO4J_HOME: optionalString,
  NEO4J_BOLT_PORT: optionalString.pipe(z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(65535)).optional()),
  NEO4J_HEAP: memorySize('512m'),
  NEO4J_PAGECACHE: memorySize('256m'),
  PORT: port(4000),
  HOST: optionalString.transform((value) => value ?? '127.0.0.1'),
  PLANGRAPH_DATA_DIR: optionalString.transform((value) => path.resolve(PROJECT_ROOT, value ?? '.plangraph/data')),
  PLANGRAPH_CACHE_DIR: optionalString.transform((value) => path.resolve(PROJECT_ROOT, value ?? '.plangraph/cache')),
  PLANGRAPH_MAX_FILE_MB: positiveInt(50),
  PLANGRAPH_BATCH_SIZE: positiveInt(1000),
  PLANGRAPH_QUERY_TIMEOUT_MS: positiveInt(10_000),
  PLANGRAPH_RESTART_LIMIT: wholeNumber(5),
  PLANGRAPH_RESTART_BACKOFF_MS: positiveInt(1000),
  PLANGRAPH_RESTART_BACKOFF_MAX_MS: positiveInt(30_000),
  PLANGRAPH_HEALTH_INTERVAL_MS: positiveInt(1000),
  PLANGRAPH_GRAPHIQL: boolean(true),
  PLANGRAPH_INTROSPECTION: boolean(true),
  PLANGRAPH_CORS_ORIGINS: optionalString,
  PLANGRAPH_REQUIRE_TOKEN_FOR_READ: boolean(false),
  PLANGRAPH_TRUST_PROXY: boolean(false),
  PLANGRAPH_RESPONSE_CACHE_ENTRIES: wholeNumber(1000),
  // Set by `npm start` (scripts/start.mjs) for its start-up breakdown; not a user setting.
  PLANGRAPH_PRESTART_TIMINGS: optionalString.pipe(
    z
      .string()
      .transform((value, context) => {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'must be JSON' });
          return z.NEVER;
        }
      })
      .pipe(z.object({ startedAt: z.number().optional(), install: z.number().optional(), explorerBuild: z.number().optional() }))
      .optional(),
  ),
  LOG_LEVEL: optionalString
    .transform((value) => value ?? 'info')
    .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })),
});

export type Env = z.output<typeof EnvSchema>;

export interface Config {
  /** Set when the user runs their own Neo4j: then PlanGraph never starts one. */
  neo4j: {
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string | undefined;
  };
  embedded: {
    home: string | undefined;
    boltPort: number | undefined;
    heap: string;
    pageCache: string;
    /** Restarts of an embedded server that exited unasked; limit 0 never restarts. */
    restart: RestartPolicy;
  };
  server: {
    host: string;
    port: number;
    graphiql: boolean;
    introspection: boolean;
    corsOrigins: string[];
    /** Queries need a reader's token too (mutations always need a curator's). */
    requireTokenForRead: boolean;
    /** Behind a reverse proxy: the client is the address it appends to X-Forwarded-For, not the proxy's own. */
    trustProxy: boolean;
    /** How many answers the response cache keeps (least recently used go first); 0 turns it off. */
    responseCacheEntries: number;
  };
  dataDir: string;
  cacheDir: string;
  maxFileBytes: number;
  batchSize: number;
  queryTimeoutMs: number;
  /** How often the background probe asks Neo4j whether it answers (/healthz reads its result). */
  healthIntervalMs: number;
  logLevel: Env['LOG_LEVEL'];
  /** What `npm start` timed before handing over (install, explorer build). */
  prestart: Prestart;
}

/**
 * Parses the environment once. A bad value throws CONFIG_INVALID naming the variable and the
 * reason, so that start-up stops with one clear line.
 */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const value = env[variable];
    throw new PlanGraphError(
      'CONFIG_INVALID',
      `${variable}=${JSON.stringify(value ?? '')} is invalid: ${issue?.message ?? 'bad value'}`,
      { subject: variable },
    );
  }
  const e = parsed.data;
  return {
    neo4j: { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    embedded: {
      home: e.NEO4J_HOME,
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      restart: {
        limit: e.PLANGRAPH_RESTART_LIMIT,
        backoffMs: e.PLANGRAPH_RESTART_BACKOFF_MS,
        backoffMaxMs: Math.max(e.PLANGRAPH_RESTART_BACKOFF_MAX_MS, e.PLANGRAPH_RESTART_BACKOFF_MS),
        healthyMs: 60_000,
      },
    },
    server: {
      host: e.HOST,
      port: e.PORT,
      graphiql: e.PLANGRAPH_GRAPHIQL,
      introspection: e.PLANGRAPH_INTROSPECTION,
      corsOrigins: (e.PLANGRAPH_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
      requireTokenForRead: e.PLANGRAPH_REQUIRE_TOKEN_FOR_READ,
      trustProxy: e.PLANGRAPH_TRUST_PROXY,
      responseCacheEntries: e.PLANGRAPH_RESPONSE_CACHE_ENTRIES,
    },
    dataDir: e.PLANGRAPH_DATA_DIR,
    cacheDir: e.PLANGRAPH_CACHE_DIR,
    maxFileBytes: e.PLANGRAPH_MAX_FILE_MB * 1024 * 1024,
    batchSize: e.PLANGRAPH_BATCH_SIZE,
    queryTimeoutMs: e.PLANGRAPH_QUERY_TIMEOUT_MS,
    healthIntervalMs: e.PLANGRAPH_HEALTH_INTERVAL_MS,
    logLevel: e.LOG_LEVEL,
    prestart: { startedAt: undefined, ...e.PLANGRAPH_PRESTART_TIMINGS },
  };
}
