import { isLang, LANGS, type Lang } from '../i18n/i18n';
import { useI18n } from '../i18n/use-i18n';

/** Each language in its own name, so a reader finds theirs whatever is shown now. */
const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', de: 'Deutsch' };

/** The language switch, labelled "Language" (a DESIGN contract), in the header and the presentation. */
export function LanguageSelect(props: {
  readonly className: string;
  readonly onChange: (lang: Lang) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <label className={props.className}>
      <span>{t('language.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) props.onChange(e.target.value);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
