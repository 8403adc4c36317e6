import { useReadinessCheck, type FetchAPI, type Plugin } from 'graphql-yoga';
import type { HealthMonitor, HealthReport } from '../db/health.ts';

/**
 * /healthz and /readyz, answered by Yoga's readiness check from the background probe's last
 * word (so at once, whatever the database does). Yoga's own health endpoint is not used for
 * /healthz: it says only that the process is alive, always 200 with an empty body, where
 * /healthz reports the database, with 503 and Retry-After while it does not answer.
 */
export function healthEndpoints(health: HealthMonitor): Plugin[] {
  const answer = (body: (report: HealthReport) => string, contentType: string) => async ({ fetchAPI }: { fetchAPI: FetchAPI }) => {
    const report = await health.report();
    const retryAfter = health.retryAfterSeconds();
    return new fetchAPI.Response(body(report), {
      status: report.ok ? 200 : 503,
      headers: {
        'content-type': contentType,
        'cache-control': 'no-store',
        ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
      },
    });
  };
  return [
    useReadinessCheck({ endpoint: '/healthz', check: answer((report) => JSON.stringify(report), 'application/json; charset=utf-8') }),
    // For probes that read only the status code: 200 ready to serve, 503 not (yet).
    useReadinessCheck({ endpoint: '/readyz', check: answer((report) => `${report.ok ? 'ready' : `not ready: ${report.status}`}\n`, 'text/plain; charset=utf-8') }),
  ];
}
