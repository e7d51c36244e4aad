import { useId } from 'react';
import { SHEETS } from '../../data/csv-sheets';
import { useI18n } from '../../i18n/use-i18n';

/** "Write your own": the template (JSON and CSV sheets), the JSON Schema and the guide's name. */
export function PublishSection() {
  const { t } = useI18n();
  const id = useId();
  const base = import.meta.env.BASE_URL;
  return (
    <section className="data-section" aria-labelledby={id}>
      <h2 id={id}>{t('data.publish.title')}</h2>
      <p>{t('data.publish.intro')}</p>
      <ul className="publish-links">
        <li>
          <a href={`${base}templates/template.json`} download="template.json">
            {t('data.publish.templateJson')}
          </a>
        </li>
        <li>
          {t('data.publish.templateCsv')}{' '}
          <span className="sheet-links">
            {SHEETS.map((s) => (
              <a
                key={s.name}
                href={`${base}templates/csv/${s.name}.csv`}
                download={`${s.name}.csv`}
              >
                {s.name}.csv
              </a>
            ))}
          </span>
        </li>
        <li>
          <a href={`${base}schema/dataset-v1.json`} download="dataset-v1.json">
            {t('data.publish.schema')}
          </a>{' '}
          {t('data.publish.schemaNote')}
        </li>
      </ul>
    </section>
  );
}
