import type { IsoDate, TourState, TourStep } from '../../../src/model/types';
import { stepLink, stepState, stepView, STEP_ROUTES } from '../../../src/state/tour-steps';
import type { ViewState } from '../../../src/state/view-state';

const day = (s: string) => s as IsoDate;
const step = (state: TourState): TourStep => ({ id: 'step-1', title: {}, body: {}, state });

/** A view with every step parameter set, plus the reader's own ones (lang, theme, dataset). */
const FULL: ViewState = {
  at: day('2022-03-01'),
  parties: ['north', 'south'],
  issues: ['border'],
  focus: { party: 'south', issue: 'border' },
  mode: 'overlap',
  compare: day('2022-01-01'),
  overlap: { issue: 'border' },
  order: { party: 'north' },
  from: day('2021-12-01'),
  to: day('2022-06-30'),
  lanes: 'issue',
  pair: ['north', 'south'],
  rel: 'on-record',
  plan: 'peace-plan',
  vs: 'other-plan',
  terms: [{ issue: 'border', outcomes: ['old-line', 'front-line'] }],
  lang: 'de',
  theme: 'dark',
  dataset: 'mini',
  version: '2024-12-31.2',
  step: 3,
  tour: 'mine',
};

describe('stepState', () => {
  it('keeps the view parameters as the dataset format writes them, and the route', () => {
    expect(
      stepState('/timeline', { at: day('2022-03-01'), parties: ['north'], mode: 'positions' }),
    ).toEqual({ route: '/timeline', at: '2022-03-01', parties: ['north'], mode: 'positions' });
  });

  it('leaves out the reader’s language, theme, dataset, presentation and version', () => {
    const state = stepState('/', FULL);
    for (const key of ['lang', 'theme', 'dataset', 'data', 'version', 'step', 'tour'])
      expect(state).not.toHaveProperty(key);
  });

  it('writes a focus, an overlap issue, an order and deal terms as in the URL', () => {
    expect(stepState('/deal', FULL)).toMatchObject({
      route: '/deal',
      focus: 'south:border',
      overlap: 'border',
      order: 'party:north',
      pair: 'north,south',
      terms: 'border:old-line.front-line',
      plan: 'peace-plan',
      vs: 'other-plan',
    });
  });

  it('of an empty view is just the route', () => {
    expect(stepState('/matrix', {})).toEqual({ route: '/matrix' });
  });
});

describe('stepView', () => {
  it.each(STEP_ROUTES)('round-trips every step parameter on %s', (route) => {
    const { lang: _l, theme: _t, dataset: _d, version: _v, step: _s, tour: _r, ...shown } = FULL;
    expect(stepView(step(stepState(route, FULL)))).toEqual({ route, view: shown });
  });

  it('shows a step dated to a month from its first day', () => {
    expect(stepView(step({ at: day('2022-03') })).view.at).toBe('2022-03-01');
  });

  it('drops bad values one by one, keeping the rest', () => {
    const { view } = stepView(
      step({
        route: '/matrix',
        at: day('2022-13-45'),
        parties: ['north', 'Bad Id!', 'south'],
        mode: 'pie' as 'positions',
        focus: 'nowhere',
        rel: 'gossip',
        lanes: 'issue',
      }),
    );
    expect(view).toEqual({ parties: ['north', 'south'], lanes: 'issue' });
  });

  it.each([undefined, '/admin', 'matrix', '/present', '/embed/matrix'])(
    'shows route %j as the explorer, /',
    (route) => {
      expect(stepView(step({ route, at: day('2022-03-01') })).route).toBe('/');
    },
  );
});

describe('stepLink', () => {
  const s = step({ route: '/timeline', at: day('2022-03-01'), lanes: 'issue' });

  it('opens the step’s view, keeping the reader’s language, theme and dataset', () => {
    expect(stepLink(s, { lang: 'de', theme: 'dark', dataset: 'mini', at: day('2024-01-01') })).toBe(
      'timeline?dataset=mini&at=2022-03-01&lanes=issue&lang=de&theme=dark',
    );
  });

  it('keeps an external dataset and a pinned version too', () => {
    expect(stepLink(s, { data: 'https://example.org/d.json', version: '2024-12-31.2' })).toBe(
      'timeline?data=https:%2F%2Fexample.org%2Fd.json&version=2024-12-31.2&at=2022-03-01&lanes=issue',
    );
  });

  it('is relative to the app’s base: the explorer is the empty path', () => {
    expect(stepLink(step({}), {})).toBe('');
    expect(stepLink(step({ route: '/', mode: 'overlap' }), { lang: 'en' })).toBe(
      '?mode=overlap&lang=en',
    );
  });
});
