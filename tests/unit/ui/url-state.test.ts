import { describe, expect, it } from 'vitest';
import { emptyViewState, fromQuery, toQuery } from '../../../ui/src/url-state.ts';

describe('the view in the URL', () => {
  it('round-trips seeds, expansions in order, filters, selection and path', () => {
    const state = {
      seeds: ['zone:108廊带', 'region:140700'],
      expansions: [
        { id: 'zone:108廊带', all: false },
        { id: 'region:140702', all: true },
      ],
      hiddenTypes: ['POLICY'],
      hiddenPlans: ['jinzhong-2017-work-report'],
      selected: 'region:140702',
      path: { from: 'zone:108廊带', to: 'enterprise:山西潞安集团' },
    };
    const query = toQuery(state);
    expect(query.startsWith('?seed=')).toBe(true);
    expect(fromQuery(query)).toEqual(state);
  });

  it('reads an empty or foreign query as an empty view', () => {
    expect(toQuery(emptyViewState())).toBe('');
    expect(fromQuery('')).toEqual(emptyViewState());
    expect(fromQuery('?utm_source=mail&from=only-one')).toEqual(emptyViewState());
  });

  it('merges a node expanded twice into one expansion', () => {
    expect(fromQuery('?seed=a&exp=a&all=a').expansions).toEqual([{ id: 'a', all: true }]);
  });
});
