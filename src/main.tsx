import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchBundled } from './data/prefetch';
import { loadCatalog } from './i18n/i18n';
import './styles/global.css';

prefetchBundled(window.location.search, import.meta.env.BASE_URL);

// German messages load on demand; fetch them before the first render when the page will be
// German (the same choice as the store's: `lang` in the URL, else the browser's language).
const wanted =
  new URLSearchParams(window.location.search).get('lang') ??
  (navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en');
if (wanted === 'de') await loadCatalog('de').catch(() => undefined);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
