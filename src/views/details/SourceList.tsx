import { formatDate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Source } from '../../model/types';
import { safeHref } from '../../ui/safe-href';

/** The sources of one statement, each with its type and the chain of who reported whom. */
export function SourceList({ index, ids }: { index: DatasetIndex; ids: readonly string[] }) {
  const { t } = useI18n();
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = index.sources.get(id);
        if (!source) return null;
        return (
          <li key={id}>
            <SourceLink source={source} />
            {viaChain(index, source).map((via, i, chain) => (
              <span key={via.id}>
                {' '}
                {t('details.via')}{' '}
                <SourceLink
                  source={via}
                  linked={
                    via.url !== source.url && chain.slice(0, i).every((c) => c.url !== via.url)
                  }
                />
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * An upstream report that can only be read in the article citing it shares that article's URL;
 * it is named as text, so that a link labelled "Reuters" never leads to another outlet's page.
 */
function SourceLink({ source, linked = true }: { source: Source; linked?: boolean }) {
  const { t, lang } = useI18n();
  const href = linked ? safeHref(source.url) : undefined;
  const label = source.title ? `${source.outlet}: ${source.title}` : source.outlet;
  return (
    <span className="source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {source.type && <span className="source-type"> ({t(`sourceType.${source.type}`)})</span>}
      {source.published && (
        <span className="source-date"> {formatDate(source.published, lang)}</span>
      )}
    </span>
  );
}

/** The sources this one reports from, nearest first; stops at a loop (the loader rejects those). */
function viaChain(index: DatasetIndex, source: Source): Source[] {
  const chain: Source[] = [];
  const seen = new Set([source.id]);
  for (let id = source.via; id !== undefined && !seen.has(id);) {
    const next = index.sources.get(id);
    if (!next) break;
    chain.push(next);
    seen.add(id);
    id = next.via;
  }
  return chain;
}
