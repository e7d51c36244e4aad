import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { loadError } from '../data/load-error';
import { formatNumber, pick } from '../i18n/i18n';
import { useI18n } from '../i18n/use-i18n';
import { useDatasetStatus } from '../state/dataset-context';

const MAX_SHOWN = 200;

/** Renders the route once the dataset is ready; until then progress, or every problem found. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { t, lang } = useI18n();
  const status = useDatasetStatus();
  if (status.status === 'ready') return children;
  if (status.status === 'loading') {
    const p = status.progress;
    const percent =
      p?.phase === 'download' && p.total ? Math.round((100 * p.loaded) / p.total) : undefined;
    const validating = p?.phase === 'validate' || p?.phase === 'index';
    return (
      <div className="loading">
        {status.title && <h1 className="dataset-title">{pick(status.title, lang)}</h1>}
        <p role="status">{validating ? t('loading.validating') : t('loading.dataset')}</p>
        {percent !== undefined && !validating && (
          <progress max={100} value={percent} aria-label={t('loading.dataset')}>
            {percent} %
          </progress>
        )}
      </div>
    );
  }
  return (
    <section className="load-errors" aria-labelledby="load-errors-title">
      <h1 id="load-errors-title">{t('loading.failed')}</h1>
      <p>{status.source}</p>
      <h2>{t('loading.errorsHeading', { count: formatNumber(status.errors.length, lang) })}</h2>
      <ul>
        {status.errors.slice(0, MAX_SHOWN).map((e, i) => (
          <li key={i}>
            {/* Worded here, not in the load worker, which has no German messages. */}
            <code>{e.path}</code> {loadError(e.path, e.key, e.params).message[lang]}
          </li>
        ))}
      </ul>
      <Link to="/">{t('loading.backToBundled')}</Link>
    </section>
  );
}
