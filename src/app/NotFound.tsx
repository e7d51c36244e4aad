import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
