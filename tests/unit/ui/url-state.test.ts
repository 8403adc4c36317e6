import { describe, expect, it } from 'vitest';
import { addressUpdate, fromQuery, toQuery, viewAddress } from '../../../ui/src/state/url-state.ts';
import { emptyViewState } from '../../../ui/src/state/view-state.ts';

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
    expect(fromQuery('?seed=a&all=a&exp=a').expansions).toEqual([{ id: 'a', all: true }]);
  });

  it('keeps exp and all in their relative order, and ignores empty ids and repeated seeds', () => {
    expect(fromQuery('?exp=b&all=a&exp=c&exp=').expansions).toEqual([
      { id: 'b', all: false },
      { id: 'a', all: true },
      { id: 'c', all: false },
    ]);
    expect(fromQuery('?seed=a&seed=&seed=a&seed=b').seeds).toEqual(['a', 'b']);
  });

  it('keeps Chinese ids readable in the query', () => {
    const query = toQuery({ ...emptyViewState(), seeds: ['zone:108廊带'] });
    expect(decodeURIComponent(query)).toBe('?seed=zone:108廊带');
  });

  it('gives the address for a view, and none when the bar already shows it', () => {
    const view = { ...emptyViewState(), seeds: ['region:140700'], selected: 'region:140700' };
    const address = viewAddress('/', view);
    expect(address).toBe('/?seed=region%3A140700&sel=region%3A140700');
    expect(addressUpdate({ pathname: '/', search: '' }, view)).toBe(address);
    expect(addressUpdate({ pathname: '/', search: address.slice(1) }, view)).toBeNull();
    expect(addressUpdate({ pathname: '/', search: '' }, emptyViewState())).toBeNull();
    expect(addressUpdate({ pathname: '/', search: '?seed=x' }, emptyViewState())).toBe('/');
  });
});
