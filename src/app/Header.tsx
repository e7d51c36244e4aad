import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { useAppStore } from '../state/store-context';
import { LanguageSelect } from '../ui/LanguageSelect';

export function Header() {
  const { t } = useI18n();
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
      <LanguageSelect className="lang-switch" onChange={(l) => update({ lang: l })} />
    </header>
  );
}
