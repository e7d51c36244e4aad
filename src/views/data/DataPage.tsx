import '../../i18n/en-authoring';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { DatasetList } from './DatasetList';
import { LoadPanel } from './LoadPanel';
import { PublishSection } from './PublishSection';
import { StatementsSection } from './StatementsSection';
import { takeFlash } from './switch-dataset';
import './data.css';

/**
 * `/data`: the datasets to switch between, loading your own, the template and schema to write
 * one, and every statement of the dataset shown.
 */
export function DataPage() {
  const { t, lang } = useI18n();
  const { dataset } = useDatasetIndex();
  const current = useAppStore((s) => s.view.dataset);
  const { search } = useLocation();
  // After a switch the page is rebuilt; the message of what happened waits for it.
  const [flash] = useState(() => takeFlash(current));
  const flashRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);

  return (
    <div className="data-page">
      <h1>{t('data.page.title')}</h1>
      <div role="status">
        {flash && (
          <p ref={flashRef} tabIndex={-1} className="data-flash">
            {t(flash.key, flash.params)}{' '}
            <Link to={{ pathname: '/', search }}>{t('data.page.openExplorer')}</Link>
          </p>
        )}
      </div>
      <p>
        {t('data.page.showing', { title: pick(dataset.title, lang), version: dataset.version })}
      </p>
      <DatasetList />
      <LoadPanel />
      <PublishSection />
      <StatementsSection />
    </div>
  );
}
