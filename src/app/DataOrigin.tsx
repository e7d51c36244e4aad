import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';

/** Always visible while an external dataset is shown, so nobody mistakes it for ours. */
export function DataOrigin({ url }: { url: string }) {
  const { t } = useI18n();
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // the codec admits only absolute http(s) URLs; keep the raw text otherwise
  }
  return (
    <p className="data-origin">
      {t('origin.external', { host })} <Link to="/">{t('loading.backToBundled')}</Link>
    </p>
  );
}
