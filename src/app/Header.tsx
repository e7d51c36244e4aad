import { NavLink, useLocation } from 'react-router';
import { isLang, LANGS } from '../i18n/i18n';
import { useI18n } from '../i18n/use-i18n';
import { useAppStore } from '../state/store-context';

const LANG_NAMES = { en: 'English', de: 'Deutsch' } as const;

export function Header() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const update = useAppStore((s) => s.update);
  const links = [
    { to: '/', label: t('nav.explore'), end: true },
    { to: '/deal', label: t('nav.deal'), end: false },
    { to: '/present', label: t('nav.present'), end: false },
    { to: '/data', label: t('nav.data'), end: false },
    { to: '/about', label: t('nav.about'), end: false },
  ];
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={{ pathname: link.to, search }} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <label className="lang-switch">
        <span>{t('language.label')}</span>
        <select
          value={lang}
          onChange={(e) => {
            if (isLang(e.target.value)) update({ lang: e.target.value });
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
