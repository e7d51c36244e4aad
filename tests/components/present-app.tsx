import type { DatasetInput } from '../../src/data/schema';
import type { TourStep } from '../../src/model/types';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderApp } from './render-app';

/** A four-step tour on the mini dataset: two question steps, a plain one, a timeline step. */
export const presentTour = [
  {
    id: 'borders',
    title: { en: 'Where the border runs', de: 'Wo die Grenze verläuft' },
    body: { en: 'South prefers the old line.', de: 'Süd bevorzugt die alte Linie.' },
    question: { en: 'What does South prefer?', de: 'Was bevorzugt Süd?' },
    state: { at: '2024-06-14', parties: ['north', 'south'], focus: 'south:border' },
  },
  {
    id: 'plain',
    title: { en: 'All parties', de: 'Alle Parteien' },
    body: { en: 'Everyone at once.', de: 'Alle auf einmal.' },
    state: { route: '/matrix', mode: 'overlap' },
  },
  {
    id: 'league',
    title: { en: 'The League', de: 'Die Liga' },
    body: { en: 'The League has a say.', de: 'Die Liga redet mit.' },
    question: { en: 'Who blocks?', de: 'Wer blockiert?' },
    state: { parties: ['south', 'league'], issues: ['alliance'] },
  },
  {
    id: 'over-time',
    title: { en: 'Over time', de: 'Im Lauf der Zeit' },
    body: { en: 'Positions moved.', de: 'Positionen bewegten sich.' },
    state: { route: '/timeline' },
  },
] as unknown as TourStep[];

/** The mini dataset with `tour` (default: `presentTour`). */
export function presentDataset(tour: readonly TourStep[] | undefined = presentTour): DatasetInput {
  return { ...miniDataset(), tour: tour as DatasetInput['tour'] };
}

/** Renders the app at `url` (the real route wires the stage's views), serving `dataset`. */
export function renderPresent(url = '/present', dataset: unknown = presentDataset()) {
  return renderApp(url, dataset);
}
