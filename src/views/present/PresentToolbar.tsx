import '../../i18n/en-present';
import { Link } from 'react-router';
import type { Lang } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSelect } from '../../ui/LanguageSelect';

export interface PresentToolbarProps {
  readonly qr: boolean;
  readonly fullscreen: { readonly available: boolean; readonly active: boolean };
  readonly leaveTo: string;
  readonly onOverview: () => void;
  readonly onQr: () => void;
  readonly onFullscreen: () => void;
  readonly onHelp: () => void;
  readonly onLang: (lang: Lang) => void;
}

/** The presenter's tools: all steps, QR code, full screen, keys, language, leave. */
export function PresentToolbar(props: PresentToolbarProps) {
  const { t } = useI18n();
  const { fullscreen } = props;
  return (
    <div className="present-tools" role="group" aria-label={t('present.tools')}>
      <button type="button" onClick={props.onOverview}>
        {t('present.overview.button')}
      </button>
      <button type="button" aria-pressed={props.qr} onClick={props.onQr}>
        {t('present.qr.button')}
      </button>
      {fullscreen.available && (
        <button type="button" onClick={props.onFullscreen}>
          {fullscreen.active ? t('present.fullscreen.exit') : t('present.fullscreen.enter')}
        </button>
      )}
      <button type="button" onClick={props.onHelp}>
        {t('present.keys.button')}
      </button>
      <LanguageSelect className="present-lang" onChange={props.onLang} />
      <Link className="present-leave" to={props.leaveTo}>
        {t('present.leave')}
      </Link>
    </div>
  );
}
