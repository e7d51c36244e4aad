import { Link, useRouteError } from 'react-router';
import { useI18n } from '../i18n/use-i18n';

/** Keeps the app alive when one view fails, and offers a way back. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  return (
    <section role="alert" className="route-error">
      <h1>{t('error.title')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <Link to="/">{t('error.back')}</Link>
    </section>
  );
}
