import { describe, expect, it } from 'vitest';
import { ApiQueryError, ApiUnavailableError } from '../../../ui/src/api.ts';
import { healthProblem } from '../../../ui/src/banner.ts';
import { errorAnnouncement } from '../../../ui/src/status.ts';

describe('what the status line and the banner say', () => {
  it('announces a failed action with its context, but not an API outage (the banner says that)', () => {
    expect(errorAnnouncement(new ApiQueryError('Unknown entity id', 'NOT_FOUND'), 'That did not work')).toBe('That did not work: Unknown entity id');
    expect(errorAnnouncement('timeout', 'The view in the address could not be restored')).toBe('The view in the address could not be restored: timeout');
    expect(errorAnnouncement(new ApiUnavailableError('The PlanGraph API is not answering.'), 'That did not work')).toBeNull();
  });

  it('shows the banner when the database is down, with its reason when there is one', () => {
    expect(healthProblem({ ok: true, neo4j: '5.26', reason: null })).toBeNull();
    expect(healthProblem({ ok: false, neo4j: null, reason: 'connection refused' })).toBe('The graph database is not answering: connection refused.');
    expect(healthProblem({ ok: false, neo4j: null, reason: null })).toBe('The graph database is not answering.');
  });
});
