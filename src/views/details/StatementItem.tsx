import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { HistoryEntry } from '../../model/history';
import { SourceList } from './SourceList';

/** One statement in a position's history: when, who, what shifted, the quote and its sources. */
export function StatementItem({
  index,
  entry,
  current,
}: {
  index: DatasetIndex;
  entry: HistoryEntry;
  current: boolean;
}) {
  const { t, lang } = useI18n();
  const { statement, shift } = entry;
  const party = index.parties.get(statement.party);
  const speaker = party?.speakers.find((s) => s.id === statement.speaker);
  const quote = statement.quote;
  const translation = quote && quote.lang !== lang ? quote.translations?.[lang] : undefined;
  return (
    <li
      className={`statement ${current ? 'statement-current' : ''}`}
      aria-current={current ? 'true' : undefined}
    >
      <p className="statement-meta">
        <time dateTime={statement.date}>{formatDate(statement.date, lang)}</time>
        <span className={`shift shift-${shift}`}>{t(`shift.${shift}`)}</span>
        <span className={`grade grade-${statement.reliability}`}>
          {t('details.grade', { grade: t(`grade.${statement.reliability}`) })}
        </span>
      </p>
      {speaker && (
        <p className="speaker">
          {t('details.speaker', { name: speaker.name, role: pick(speaker.role, lang) })}
        </p>
      )}
      <p>{pick(statement.summary, lang)}</p>
      {quote && (
        <figure className="quote">
          <blockquote lang={quote.lang}>{quote.text}</blockquote>
          {translation && (
            <figcaption>
              {t('details.translation')}: <q>{translation}</q>
            </figcaption>
          )}
        </figure>
      )}
      <SourceList index={index} ids={statement.sources} />
    </li>
  );
}
