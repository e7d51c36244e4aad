import { useState, type Ref } from 'react';
import { datasetStore, type NewDataset, type StoreFailure } from '../../data/dataset-store';
import { formatNumber, pick } from '../../i18n/i18n';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import type { Candidate } from './check-files';
import { ProblemList } from './ProblemList';
import { StoreProblem } from './StoreProblem';
import { useSwitchDataset } from './switch-dataset';
import type { IntakeState } from './use-dataset-intake';

interface ResultProps {
  readonly state: IntakeState;
  /** The heading that takes focus when a check finishes. */
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onDone: () => void;
}

/** The heading of a finished check: "“x.json” cannot be loaded: 3 problems", or "“…” is valid: …". */
export function resultHeading(state: IntakeState, { t, lang }: I18n): string | undefined {
  const n = (x: number) => formatNumber(x, lang);
  if (state.phase === 'errors') {
    const count = state.problems.length;
    return count === 1
      ? t('data.load.failedOne', { file: state.label })
      : t('data.load.failed', { file: state.label, count: n(count) });
  }
  if (state.phase !== 'ready') return undefined;
  const { dataset } = state.candidate;
  return t('data.load.valid', {
    title: pick(dataset.title, lang),
    parties: n(dataset.parties.length),
    issues: n(dataset.issues.length),
    statements: n(dataset.statements.length),
  });
}

/** The outcome of checking the chosen files: progress, every problem, or the valid dataset. */
export function LoadResult({ state, headingRef, onDone }: ResultProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (state.phase === 'idle') return null;
  if (state.phase === 'working') {
    const { progress } = state;
    const reading = progress.step === 'read';
    const percent =
      reading && progress.total > 0 ? Math.round((100 * progress.loaded) / progress.total) : 0;
    return (
      <div className="load-result">
        <p>{t(reading ? 'data.load.reading' : 'data.load.checking', { file: state.label })}</p>
        {reading ? (
          <progress max={100} value={percent} aria-label={t('data.load.progress')}>
            {percent} %
          </progress>
        ) : (
          <progress aria-label={t('data.load.progress')} />
        )}
        <button type="button" onClick={onDone}>
          {t('data.load.cancel')}
        </button>
      </div>
    );
  }
  if (state.phase === 'errors')
    return (
      <div className="load-result load-failed">
        <h3 ref={headingRef} tabIndex={-1}>
          {resultHeading(state, i18n)}
        </h3>
        <p>{t('data.load.unchanged')}</p>
        <ProblemList problems={state.problems} />
        <button type="button" onClick={onDone}>
          {t('data.load.discard')}
        </button>
      </div>
    );
  return (
    <ReadyResult
      heading={resultHeading(state, i18n)}
      candidate={state.candidate}
      warnings={state.warnings}
      headingRef={headingRef}
      onDone={onDone}
    />
  );
}

function ReadyResult({
  heading,
  candidate,
  warnings,
  headingRef,
  onDone,
}: {
  readonly heading: string | undefined;
  readonly candidate: Candidate;
  readonly warnings: Extract<IntakeState, { phase: 'ready' }>['warnings'];
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const { dataset } = candidate;
  const title = pick(dataset.title, lang);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StoreFailure | undefined>(undefined);
  const switchTo = useSwitchDataset();
  const entry: NewDataset = {
    name: title,
    text: candidate.text,
    id: dataset.id,
    title: dataset.title,
    version: dataset.version,
    origin: candidate.origin,
  };
  const show = (key: string, name: string) => {
    if (!switchTo(`my:${key}`, { key: 'data.my.switched', params: { name } })) onDone();
  };
  const use = async () => {
    setBusy(true);
    const saved = await datasetStore.save(entry);
    setBusy(false);
    if (saved.ok) show(saved.info.key, saved.info.name);
    else setFailure(saved);
  };
  const useForVisit = () => {
    const info = datasetStore.keepForSession(entry);
    show(info.key, info.name);
  };
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div className="load-result load-ready">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {warnings.length > 0 && (
        <details className="load-warnings">
          <summary>{t('data.load.warnings', { count: n(warnings.length) })}</summary>
          <p>{t('data.load.warningsIntro')}</p>
          <ProblemList problems={warnings} />
        </details>
      )}
      {failure && (
        <div className="store-failure" role="alert">
          <StoreProblem failure={failure} />
          <p>{t('data.store.sessionNote')}</p>
        </div>
      )}
      <div className="load-actions">
        {failure ? (
          <button type="button" className="primary" onClick={useForVisit}>
            {t('data.store.sessionOnly')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void use()} disabled={busy}>
            {t('data.load.use')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {t('data.load.discard')}
        </button>
      </div>
    </div>
  );
}
