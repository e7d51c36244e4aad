import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Source, Statement } from '../../model/types';
import { safeHref } from '../../ui/safe-href';

export interface StatementSideProps {
  readonly index: DatasetIndex;
  /** "Before, as of …" or "After, as of …". */
  readonly label: string;
  /** `undefined`: the party had no position on that date. */
  readonly statement: Statement | undefined;
}

/** One side of a change: the statement behind the position on one of the two dates. */
export function StatementSide({ index, label, statement }: StatementSideProps) {
  const { t, lang } = useI18n();
  if (!statement)
    return (
      <div className="change-side change-side-empty">
        <h4>{label}</h4>
        <p>{t('compare.noPosition')}</p>
      </div>
    );
  const speaker = index.parties
    .get(statement.party)
    ?.speakers.find((s) => s.id === statement.speaker);
  const { quote } = statement;
  const translation = quote && quote.lang !== lang ? quote.translations?.[lang] : undefined;
  return (
    <div className="change-side">
      <h4>{label}</h4>
      <p className="change-meta">
        <time dateTime={statement.date}>{formatDate(statement.date, lang)}</time>
        <span className={`grade grade-${statement.reliability}`}>
          {t('details.grade', { grade: t(`grade.${statement.reliability}`) })}
        </span>
      </p>
      {speaker && (
        <p className="change-speaker">
          {t('details.speaker', { name: speaker.name, role: pick(speaker.role, lang) })}
        </p>
      )}
      <p>{pick(statement.summary, lang)}</p>
      {quote && (
        <figure className="change-quote">
          <blockquote lang={quote.lang}>{quote.text}</blockquote>
          {translation && (
            <figcaption>
              {t('details.translation')}: <q>{translation}</q>
            </figcaption>
          )}
        </figure>
      )}
      <ul className="change-sources" aria-label={t('details.sources')}>
        {statement.sources.map((id) => {
          const source = index.sources.get(id);
          return source ? <SourceItem key={id} index={index} source={source} /> : null;
        })}
      </ul>
    </div>
  );
}

/** A source as a link (http(s) only), its type, and the names of the outlets it reports from. */
function SourceItem({ index, source }: { index: DatasetIndex; source: Source }) {
  const { t } = useI18n();
  const href = safeHref(source.url);
  const label = source.title ? `${source.outlet}: ${source.title}` : source.outlet;
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {source.type && <span className="change-muted"> ({t(`sourceType.${source.type}`)})</span>}
      {viaNames(index, source).map((name, i) => (
        <span key={i}>
          {' '}
          {t('details.via')} {name}
        </span>
      ))}
    </li>
  );
}

/** The outlets this source reports from, nearest first, as names only; stops at a loop. */
function viaNames(index: DatasetIndex, source: Source): string[] {
  const names: string[] = [];
  const seen = new Set([source.id]);
  for (let id = source.via; id !== undefined && !seen.has(id);) {
    const next = index.sources.get(id);
    if (!next) break;
    names.push(next.outlet);
    seen.add(id);
    id = next.via;
  }
  return names;
}
