import '../../i18n/en-present';
import { Suspense, useCallback, type ReactNode } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate } from '../../model/types';
import type { EffectiveView } from '../../state/effective';
import type { StepRoute } from '../../state/tour-steps';
import type { Focus } from '../../state/view-state';
import { usePresentParts, type StageParts } from './parts';

export interface StageProps {
  readonly index: DatasetIndex;
  readonly route: StepRoute;
  readonly view: EffectiveView;
  /** Answers covered: the view is drawn but inert, its cells, plot or verdicts hidden. */
  readonly concealed: boolean;
  readonly onSelect: (focus: Focus) => void;
  readonly onSeek: (at: IsoDate) => void;
  /** While the screen is black: nothing on the stage takes focus. */
  readonly inert?: boolean | undefined;
  /** Shown under the view, at the stage's lower right: the QR code. */
  readonly children?: ReactNode;
}

/** The step's view, filling the screen: the matrix, the timeline or the deal's verdicts. */
export function Stage(props: StageProps) {
  const { index, route, view, concealed, inert, onSelect, onSeek, children } = props;
  const { t, lang } = useI18n();
  const parts = usePresentParts();
  return (
    <section
      className={concealed ? 'present-stage present-concealed' : 'present-stage'}
      aria-label={t('present.stage')}
      inert={inert}
    >
      <p className="present-as-of">
        {t('present.asOf', { date: formatDate(view.at, lang) })}
        {route === '/deal' && view.plan && (
          <span className="present-plan"> · {pick(view.plan.title, lang)}</span>
        )}
      </p>
      {concealed && <p className="present-covered">{t('present.covered')}</p>}
      <div className="present-view" inert={concealed}>
        {parts ? (
          <Suspense fallback={<p className="empty">{t('loading.view')}</p>}>
            <StageView
              parts={parts}
              index={index}
              route={route}
              view={view}
              onSelect={onSelect}
              onSeek={onSeek}
            />
          </Suspense>
        ) : (
          <p className="empty">{t('present.noStage')}</p>
        )}
      </div>
      {children}
    </section>
  );
}

type StageViewProps = Omit<StageProps, 'concealed' | 'children'> & { readonly parts: StageParts };

function StageView({ parts, index, route, view, onSelect, onSeek }: StageViewProps) {
  const { t } = useI18n();
  const selectTerm = useCallback(
    (party: string, issue: string) => onSelect({ party, issue }),
    [onSelect],
  );
  if (route === '/timeline')
    return (
      <parts.Timeline
        index={index}
        parties={view.parties}
        issues={view.issues}
        rel={view.rel}
        at={view.at}
        onSelect={onSelect}
        onSeek={onSeek}
        range={view.range}
        lanes={view.lanes}
      />
    );
  if (route === '/deal')
    return view.terms.length === 0 ? (
      <p className="empty">{t('present.noTerms')}</p>
    ) : (
      <parts.Deal
        index={index}
        terms={view.terms}
        parties={view.parties}
        at={view.at}
        rel={view.rel}
        onSelect={selectTerm}
        selected={view.focus}
      />
    );
  return <parts.Matrix index={index} view={view} onSelect={onSelect} />;
}
