import { useEffect, useState, useSyncExternalStore } from 'react';
import { isLang } from '../../i18n/i18n';
import { makeI18n } from '../../i18n/use-i18n';
import { applyUpdate, usePwaState } from './pwa-state';
import './pwa.css';

/** How long "works offline" stays before it leaves quietly. */
const OFFLINE_READY_MS = 8000;

function subscribeLang(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

/**
 * The page's language, as the app's providers set it on <html> once its messages are loaded:
 * the notice sits outside the providers, so it also shows on the way in and on error pages.
 */
function useDocumentLang() {
  const lang = useSyncExternalStore(subscribeLang, () => document.documentElement.lang);
  return makeI18n(isLang(lang) ? lang : 'en');
}

/**
 * "A new version is available — Reload / Later", instead of reloading mid-lesson; and once, on
 * the first visit, a quiet note that the app now works offline. Announced politely.
 */
export function UpdateNotice() {
  const { t } = useDocumentLang();
  const { needRefresh, offlineReady } = usePwaState();
  const [later, setLater] = useState(false);
  const [readySeen, setReadySeen] = useState(false);
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setReadySeen(true), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady]);

  const showUpdate = needRefresh && !later;
  const showReady = offlineReady && !readySeen && !needRefresh;
  return (
    <div className="pwa-notice-region" role="status" aria-label={t('update.region')}>
      {showUpdate && (
        <p className="pwa-notice">
          <span>{t('update.available')}</span>
          <button type="button" onClick={() => void applyUpdate()}>
            {t('update.reload')}
          </button>
          <button type="button" onClick={() => setLater(true)}>
            {t('update.later')}
          </button>
        </p>
      )}
      {showReady && (
        <p className="pwa-notice">
          <span>{t('offline.ready')}</span>
          <button type="button" onClick={() => setReadySeen(true)}>
            {t('offline.ok')}
          </button>
        </p>
      )}
    </div>
  );
}
