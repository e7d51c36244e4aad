import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetStatus } from '../../state/dataset-context';

const MAX_SHOWN = 5;

/** The embed's view once the dataset is ready; until then a status line, or the first problems. */
export function EmbedGate({ children }: { children: ReactNode }) {
  const { t, lang } = useI18n();
  const status = useDatasetStatus();
  if (status.status === 'ready') return children;
  if (status.status === 'loading')
    return (
      <p role="status" className="embed-status">
        {status.progress?.phase === 'download' ? t('loading.dataset') : t('loading.validating')}
      </p>
    );
  return (
    <section className="load-errors" aria-labelledby="embed-load-errors">
      <h1 id="embed-load-errors">{t('loading.failed')}</h1>
      <ul>
        {status.errors.slice(0, MAX_SHOWN).map((e, i) => (
          <li key={i}>
            <code>{e.path}</code> {e.message[lang] ?? e.message.en}
          </li>
        ))}
      </ul>
    </section>
  );
}
