import { useEffect, useMemo, type ReactNode } from 'react';
import { formatDate, formatNumber, pick } from '../../i18n/i18n';
import { useI18n, type I18n } from '../../i18n/use-i18n';
import { pluralForm } from '../../i18n/words';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate } from '../../model/types';
import type { EffectiveView } from '../../state/effective';
import { useAppStore } from '../../state/store-context';
import { serializeQuery } from '../../state/url-codec';
import { AppLink } from './AppLink';
import { sourceCounts } from './source-counts';

export interface EmbedFrameProps {
  readonly index: DatasetIndex;
  readonly view: EffectiveView;
  /** The second date when the view compares two dates. */
  readonly compare?: IsoDate | undefined;
  /** Count the sources of statements up to this day; `undefined` = the whole period. */
  readonly sourcesUntil: IsoDate | undefined;
  /** The app's page that "Open in Common Ground" leads to (e.g. `deal`); the explorer by default. */
  readonly appPath?: string | undefined;
  /** A line under the title naming what is shown, e.g. the plan. */
  readonly subtitle?: string | undefined;
  readonly children: ReactNode;
}

function sourcesText({ t, lang }: I18n, counts: { statements: number; outlets: number }) {
  const one = (n: number) => pluralForm(n, lang) === 'one';
  const statements = formatNumber(counts.statements, lang);
  const outlets = formatNumber(counts.outlets, lang);
  return t('embed.sources', {
    statements: t(one(counts.statements) ? 'embed.statementsOne' : 'embed.statementsOther', {
      count: statements,
    }),
    outlets: t(one(counts.outlets) ? 'embed.outletsOne' : 'embed.outletsOther', { count: outlets }),
  });
}

/**
 * What every embed shows around its view: the title, the "as of" line, and below the view the
 * sources, the dataset version and a link to the same state in the full app.
 */
export function EmbedFrame(props: EmbedFrameProps) {
  const { index, view, compare, sourcesUntil, appPath, subtitle, children } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const title = pick(index.dataset.title, lang);
  const state = useAppStore((s) => s.view);
  const query = serializeQuery(state);
  const { parties, issues, rel } = view;
  const counts = useMemo(
    () => sourceCounts(index, { parties, issues, rel, until: sourcesUntil }),
    [index, parties, issues, rel, sourcesUntil],
  );
  useEffect(() => {
    document.title = `${title} – ${t('app.title')}`;
  }, [title, t]);
  const asOf = formatDate(view.at, lang);
  return (
    <article className="embed-view">
      <h1 className="embed-title">{title}</h1>
      {subtitle && <p className="embed-subtitle">{subtitle}</p>}
      <p className="embed-as-of">
        {compare
          ? t('embed.asOfCompared', { date: asOf, compare: formatDate(compare, lang) })
          : t('embed.asOf', { date: asOf })}
      </p>
      {children}
      <footer className="embed-footer">
        <p>
          {sourcesText(i18n, counts)} · {t('embed.version', { version: index.dataset.version })}
        </p>
        <p>
          <AppLink search={query ? `?${query}` : ''} path={appPath}>
            {t('embed.open')}
          </AppLink>
        </p>
      </footer>
    </article>
  );
}
