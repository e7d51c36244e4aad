import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { AboutDe } from './AboutDe';
import { AboutEn } from './AboutEn';

/** `/about`: how positions and relations are computed, and the limits of the data. */
export function AboutPage() {
  const { lang } = useI18n();
  const { dataset } = useDatasetIndex();
  return (
    <article className="about">
      {lang === 'de' ? <AboutDe /> : <AboutEn />}
      <p className="dataset-version">
        {pick(dataset.title, lang)} · {dataset.version}
      </p>
    </article>
  );
}
