import '../../i18n/en-present';
import { Link } from 'react-router';
import { isLang, LANGS, type Lang } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';

const LANG_NAMES = { en: 'English', de: 'Deutsch' } as const;

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
  const { t, lang } = useI18n();
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
      <label className="present-lang">
        <span>{t('language.label')}</span>
        <select
          value={lang}
          onChange={(e) => {
            if (isLang(e.target.value)) props.onLang(e.target.value);
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <Link className="present-leave" to={props.leaveTo}>
        {t('present.leave')}
      </Link>
    </div>
  );
}
