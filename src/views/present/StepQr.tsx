import '../../i18n/en-present';
import { Suspense } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { usePresentParts } from './parts';

/** The step's QR code, linking to the same view in the app, with the address written under it. */
export function StepQr({ url }: { readonly url: string }) {
  const { t } = useI18n();
  const parts = usePresentParts();
  return (
    <figure className="present-qr">
      {parts && (
        <Suspense fallback={<span className="present-qr-placeholder" />}>
          <parts.Qr text={url} label={t('present.qr.label')} size={240} />
        </Suspense>
      )}
      <figcaption>
        <span className="present-qr-hint">{t('present.qr.hint')}</span>
        <a className="present-qr-url" href={url}>
          {url}
        </a>
      </figcaption>
    </figure>
  );
}
