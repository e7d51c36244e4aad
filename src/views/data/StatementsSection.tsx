import { useId, useMemo, useState } from 'react';
import { datasetFile, JSON_MIME } from '../../export/dataset-json';
import { downloadText } from '../../export/download';
import { formatDate, formatNumber, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex, useDatasetStatus } from '../../state/dataset-context';
import { safeHref } from '../../ui/safe-href';
import { statementRows, type Sort, type SortKey } from './statement-rows';

const PAGE = 300;
const COLUMNS: readonly (SortKey | 'position' | 'sources')[] = [
  'date',
  'party',
  'speaker',
  'issue',
  'position',
  'reliability',
  'sources',
];

/** "All statements": every statement in a plain, sortable table with its sources. */
export function StatementsSection() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const status = useDatasetStatus();
  const [sort, setSort] = useState<Sort>({ key: 'date', dir: 'asc' });
  const [shown, setShown] = useState(PAGE);
  const id = useId();
  const rows = useMemo(() => statementRows(index, lang, sort), [index, lang, sort]);
  const file =
    status.status === 'ready'
      ? safeHref(new URL(status.file, window.location.href).href)
      : undefined;

  const header = (key: (typeof COLUMNS)[number]) => {
    const label = t(`data.col.${key}`);
    if (key === 'position' || key === 'sources')
      return (
        <th key={key} scope="col">
          {label}
        </th>
      );
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
        >
          {label} <span aria-hidden="true">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="data-section" aria-labelledby={id}>
      <h2 id={id}>{t('data.title')}</h2>
      <p>
        {t('data.intro', {
          count: formatNumber(index.statementsByDate.length, lang),
          sources: formatNumber(index.sources.size, lang),
          date: formatDate(index.dataset.asOf, lang),
        })}
      </p>
      <p>
        {file ? (
          <a href={file} download>
            {t('data.download')}
          </a>
        ) : (
          // A dataset kept in this browser has no web address to link to.
          <button
            type="button"
            onClick={() => {
              const { text, name } = datasetFile(index.dataset);
              downloadText(text, name, JSON_MIME);
            }}
          >
            {t('data.download')}
          </button>
        )}
      </p>
      <div className="table-scroll">
        <table className="data-table" aria-label={t('data.table')}>
          <thead>
            <tr>{COLUMNS.map(header)}</tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map(({ statement: s, party, speaker, issue }) => (
              <tr key={s.id}>
                <td>
                  <time dateTime={s.date}>{formatDate(s.date, lang)}</time>
                </td>
                <td>{party}</td>
                <td>{speaker}</td>
                <td>{issue}</td>
                <td>{pick(s.summary, lang)}</td>
                <td>{t(`grade.${s.reliability}`)}</td>
                <td>
                  {s.sources.map((id) => {
                    const source = index.sources.get(id);
                    const href = source && safeHref(source.url);
                    return source ? (
                      <span key={id} className="source">
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {source.outlet}
                          </a>
                        ) : (
                          source.outlet
                        )}{' '}
                      </span>
                    ) : null;
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < rows.length && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('data.showMore', { count: formatNumber(Math.min(PAGE, rows.length - shown), lang) })}
        </button>
      )}
    </section>
  );
}
