import '../../i18n/en-present';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate, TourStep } from '../../model/types';
import { effectiveView } from '../../state/effective';
import { useAppStore } from '../../state/store-context';
import { stepLink, stepView } from '../../state/tour-steps';
import type { Focus, ViewState } from '../../state/view-state';
import { KeysHelp } from './KeysHelp';
import { usePresentParts } from './parts';
import type { StepPlace } from './present-steps';
import { PresentToolbar } from './PresentToolbar';
import { Stage } from './Stage';
import { StepPanel } from './StepPanel';
import { StepQr } from './StepQr';
import { StepsOverview } from './StepsOverview';
import { useDeck } from './use-deck';
import { useFullscreen } from './use-fullscreen';
import { usePresentKeys } from './use-present-keys';

/** The app's absolute base from the page address and Vite's `BASE_URL` (`/`, `/cg/`, `./`). */
const appBase = () => new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), window.location.href);

/** The step's view in the app, absolute, for phones: in the class's language, their own colours. */
const qrUrl = (step: TourStep, url: ViewState) =>
  new URL(stepLink(step, { ...url, theme: undefined }), appBase()).href;

/** A presenter's change to the step's view (a clicked cell, a moved date), until the next step. */
interface Tweak {
  readonly id: string;
  readonly focus?: Focus | null;
  readonly at?: IsoDate;
}

export interface PresentDeckProps {
  readonly index: DatasetIndex;
  readonly steps: readonly TourStep[];
  readonly place: StepPlace;
  /** Messages about the tour or the link, shown above the step. */
  readonly notes: ReactNode;
}

/** The presentation of a tour with at least one step: stage, step panel, tools and keys. */
export function PresentDeck({ index, steps, place, notes }: PresentDeckProps) {
  const { t, lang } = useI18n();
  const parts = usePresentParts();
  const navigate = useNavigate();
  const url = useAppStore((s) => s.view);
  const update = useAppStore((s) => s.update);
  const step = steps[place.step - 1] as TourStep;
  const [tweak, setTweak] = useState<Tweak | undefined>(undefined);
  const mine = tweak?.id === step.id ? tweak : undefined;
  const shown = useMemo(() => stepView(step), [step]);
  const view = useMemo(() => {
    const focus = mine?.focus === null ? undefined : (mine?.focus ?? shown.view.focus);
    const at = mine?.at ?? shown.view.at;
    return effectiveView({ ...shown.view, rel: shown.view.rel ?? url.rel, focus, at }, index);
  }, [shown, mine, url.rel, index]);
  const link = stepLink(step, url);
  const leaveTo = `/${link}`;
  const fullscreen = useFullscreen();
  const go = useCallback(
    (to: number) => {
      setTweak(undefined);
      update({ step: to });
    },
    [update],
  );
  const deck = useDeck(step, place, {
    go,
    leave: () => navigate(leaveTo),
    fullscreen,
    toggleFullscreen: () => void fullscreen.toggle(),
  });
  usePresentKeys(deck.run);

  const select = useCallback((focus: Focus) => setTweak({ id: step.id, focus }), [step.id]);
  const seek = useCallback((at: IsoDate) => setTweak({ id: step.id, at }), [step.id]);
  const title = pick(step.title, lang);
  const counter = t('present.counter', { step: place.step, count: place.count });
  const announce =
    `${counter}: ${title}` + (step.question && !deck.concealed ? ` ${t('present.revealed')}` : '');

  return (
    <div className="present">
      <div className="present-panel" inert={deck.blank}>
        <p className="present-dataset">
          {t('app.title')} · {pick(index.dataset.title, lang)}
        </p>
        {notes}
        <StepPanel
          step={step}
          place={place}
          concealed={deck.concealed}
          onReveal={deck.reveal}
          onNext={() => deck.run('next')}
          onPrevious={() => deck.run('previous')}
        >
          {!deck.concealed && parts && view.focus && (
            <parts.Details
              index={index}
              focus={view.focus}
              at={view.at}
              rel={view.rel}
              onClose={() => setTweak({ id: step.id, focus: null })}
            />
          )}
        </StepPanel>
        <PresentToolbar
          qr={deck.qr}
          fullscreen={fullscreen}
          leaveTo={leaveTo}
          onOverview={() => deck.setDialog('overview')}
          onQr={() => deck.setQr((q) => !q)}
          onFullscreen={() => void fullscreen.toggle()}
          onHelp={() => deck.setDialog('help')}
          onLang={(l) => update({ lang: l })}
        />
        <p className="present-hint">{t('present.keys.hint')}</p>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announce}
        </p>
      </div>
      <Stage
        key={place.step}
        inert={deck.blank}
        index={index}
        route={shown.route}
        view={view}
        concealed={deck.concealed}
        onSelect={select}
        onSeek={seek}
      >
        {deck.qr && <StepQr url={qrUrl(step, url)} />}
      </Stage>
      {deck.blank && (
        // A black screen (a clicker's "blank" key); any key, a click or Enter brings it back.
        <button
          type="button"
          className="present-blank"
          aria-label={t('present.blank.back')}
          ref={(node) => node?.focus()}
          onClick={() => deck.setBlank(false)}
        />
      )}
      {deck.dialog === 'overview' && (
        <StepsOverview
          steps={steps}
          current={place.step}
          onChoose={(to) => {
            deck.setDialog(undefined);
            if (to !== place.step) go(to);
          }}
          onClose={() => deck.setDialog(undefined)}
        />
      )}
      {deck.dialog === 'help' && <KeysHelp onClose={() => deck.setDialog(undefined)} />}
    </div>
  );
}
