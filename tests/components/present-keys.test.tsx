import { commandFor, keyPlace, PRESENT_KEYS } from '../../src/views/present/present-keys';
import { placeStep, stepMove } from '../../src/views/present/present-steps';

describe('commandFor', () => {
  it.each([
    ['ArrowRight', 'page', 'next'],
    ['PageDown', 'page', 'next'],
    [' ', 'page', 'next'],
    ['Enter', 'page', 'next'],
    ['ArrowLeft', 'page', 'previous'],
    ['PageUp', 'page', 'previous'],
    ['Backspace', 'page', 'previous'],
    ['Home', 'page', 'first'],
    ['End', 'page', 'last'],
    ['F', 'page', 'fullscreen'],
    ['b', 'page', 'blank'],
    ['.', 'page', 'blank'],
    ['G', 'page', 'overview'],
    ['Escape', 'page', 'leave'],
    ['Escape', 'widget', undefined],
    // A button or link keeps Space and Enter; arrows still step.
    [' ', 'control', undefined],
    ['Enter', 'control', undefined],
    ['ArrowRight', 'control', 'next'],
    // A grid, the timeline or a select keeps arrows and Home/End; the clicker's keys still step.
    ['ArrowRight', 'widget', undefined],
    ['End', 'widget', undefined],
    ['PageDown', 'widget', 'next'],
    ['f', 'widget', 'fullscreen'],
    // A text field keeps every key.
    ['PageDown', 'text', undefined],
    ['x', 'page', undefined],
  ] as const)('%j on %s → %s', (key, place, command) => {
    expect(commandFor({ key }, place)).toBe(command);
  });

  it('reads Shift+Space as previous and leaves shortcuts with Ctrl, Alt or Meta alone', () => {
    expect(commandFor({ key: ' ', shiftKey: true }, 'page')).toBe('previous');
    expect(commandFor({ key: 'f', ctrlKey: true }, 'page')).toBeUndefined();
    expect(commandFor({ key: 'ArrowLeft', altKey: true }, 'page')).toBeUndefined();
    expect(commandFor({ key: 'b', metaKey: true }, 'page')).toBeUndefined();
  });

  it('binds every key once', () => {
    const keys = PRESENT_KEYS.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('keyPlace', () => {
  it('tells text fields, widgets, controls and the page apart', () => {
    document.body.innerHTML = `
      <input id="text" type="text"><input id="box" type="checkbox"><input id="range" type="range">
      <select id="select"><option>a</option></select><textarea id="area"></textarea>
      <table role="grid"><tbody><tr><td id="cell" role="gridcell">x</td></tr></tbody></table>
      <button id="button">b</button><a id="link" href="/">a</a><p id="text-p">p</p>`;
    const at = (id: string) => keyPlace(document.getElementById(id));
    expect(at('text')).toBe('text');
    expect(at('area')).toBe('text');
    expect(at('box')).toBe('control');
    expect(at('range')).toBe('widget');
    expect(at('select')).toBe('widget');
    expect(at('cell')).toBe('widget');
    expect(at('button')).toBe('control');
    expect(at('link')).toBe('control');
    expect(at('text-p')).toBe('page');
    expect(keyPlace(null)).toBe('page');
  });
});

describe('placeStep', () => {
  it.each([
    [undefined, 14, { step: 1, count: 14, pastEnd: false }],
    [3, 14, { step: 3, count: 14, pastEnd: false }],
    [14, 14, { step: 14, count: 14, pastEnd: false }],
    [15, 14, { step: 14, count: 14, pastEnd: true }],
    [1, 0, { step: 1, count: 0, pastEnd: false }],
  ])('step %s of %s', (requested, count, place) => {
    expect(placeStep(requested, count)).toEqual(place);
  });
});

describe('stepMove', () => {
  const at = (step: number, count = 3) => placeStep(step, count);
  it('reveals a concealed step before moving on', () => {
    expect(stepMove('next', at(1), true)).toEqual({ kind: 'reveal' });
    expect(stepMove('next', at(1), false)).toEqual({ kind: 'go', step: 2 });
  });
  it('stays put at the edges', () => {
    expect(stepMove('next', at(3), false)).toBeUndefined();
    expect(stepMove('next', at(3), true)).toEqual({ kind: 'reveal' });
    expect(stepMove('previous', at(1), false)).toBeUndefined();
    expect(stepMove('first', at(1), false)).toBeUndefined();
    expect(stepMove('last', at(3), false)).toBeUndefined();
  });
  it('goes back, first and last whether or not the step is concealed', () => {
    expect(stepMove('previous', at(2), true)).toEqual({ kind: 'go', step: 1 });
    expect(stepMove('first', at(3), true)).toEqual({ kind: 'go', step: 1 });
    expect(stepMove('last', at(1), true)).toEqual({ kind: 'go', step: 3 });
  });
  it('makes no move for commands that are not steps', () => {
    expect(stepMove('blank', at(2), false)).toBeUndefined();
  });
});
