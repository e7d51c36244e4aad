import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { LoadResult, resultHeading } from './LoadResult';
import { UrlForm } from './UrlForm';
import { useDatasetIntake } from './use-dataset-intake';

const ACCEPT = '.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values';

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

/**
 * "Load dataset": a file input (several files for a CSV bundle) inside a drop zone, the check's
 * outcome, and loading from a web address. Keyboard and screen-reader users use the input; the
 * drop zone around it is an extra for the mouse.
 */
export function LoadPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const intake = useDatasetIntake();
  const { state } = intake;
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { title: useId(), input: useId(), hint: useId() };

  // The outcome of a check is read first, wherever focus was.
  useEffect(() => {
    if (state.phase === 'errors' || state.phase === 'ready') heading.current?.focus();
  }, [state]);

  const choose = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const label =
      files.length === 1 ? files[0]!.name : t('data.load.manyFiles', { count: files.length });
    intake.choose(files, label);
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(true);
  };

  return (
    <section className="data-section load-panel" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('data.load.title')}</h2>
      <p>{t('data.load.intro')}</p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        role="group"
        aria-labelledby={ids.input}
        onDragEnter={over}
        onDragOver={over}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(false);
          choose(e.dataTransfer.files);
        }}
      >
        <label id={ids.input} htmlFor={`${ids.input}-field`} className="drop-label">
          {t('data.load.files')}
        </label>
        <input
          id={`${ids.input}-field`}
          type="file"
          accept={ACCEPT}
          multiple
          aria-describedby={ids.hint}
          onChange={(e) => {
            choose(e.target.files);
            e.target.value = ''; // choosing the same file again, after fixing it, checks it again
          }}
        />
        <p id={ids.hint} className="drop-hint">
          {dragging ? t('data.load.dropNow') : t('data.load.filesHint')}
        </p>
      </div>
      <div className="visually-hidden" role="status">
        {resultHeading(state, i18n)}
      </div>
      <LoadResult state={state} headingRef={heading} onDone={intake.reset} />
      <UrlForm />
    </section>
  );
}
