import { createAppStore } from '../../../src/state/store';
import type { IsoDate } from '../../../src/model/types';

describe('createAppStore', () => {
  it('gives each caller its own store', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().update({ lang: 'de' });
    expect(b.getState().view.lang).toBeUndefined();
  });

  it('marks scrubbing as a history replacement and deliberate steps as new entries', () => {
    const store = createAppStore();
    store.getState().update({ at: '2024-01-01' as IsoDate }, { replace: true });
    expect(store.getState().replaceHistory).toBe(true);
    store.getState().update({ parties: ['a'] });
    expect(store.getState().replaceHistory).toBe(false);
    expect(store.getState().view).toEqual({ at: '2024-01-01', parties: ['a'] });
  });

  it('shows a notice once per problem until dismissed', () => {
    const store = createAppStore();
    const problem = { param: 'lang', value: 'fr', kind: 'bad' } as const;
    store.getState().notify([problem]);
    store.getState().notify([problem]);
    expect(store.getState().notices).toHaveLength(1);
    store.getState().dismiss(store.getState().notices[0]!.id);
    expect(store.getState().notices).toEqual([]);
  });
});
