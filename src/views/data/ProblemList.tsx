import { useI18n } from '../../i18n/use-i18n';
import { problemText, type Problem } from './problems';

/** Problems shown at most; the rest are counted. A garbage file must not bury the page. */
export const MAX_SHOWN = 200;

/** Every problem with where it is, what is wrong and how to fix it, in the language shown. */
export function ProblemList({ problems }: { readonly problems: readonly Problem[] }) {
  const { t, lang } = useI18n();
  const hidden = problems.length - MAX_SHOWN;
  return (
    <>
      <ol className="problem-list">
        {problems.slice(0, MAX_SHOWN).map((p, i) => {
          const { where, isPath, message, hint } = problemText(p, lang);
          return (
            <li key={i}>
              <span className="problem-where">{isPath ? <code>{where}</code> : where}</span>{' '}
              <span className="problem-message">{message}</span>
              {hint && (
                <span className="problem-hint">
                  {' '}
                  <strong>{t('data.load.fix')}</strong> {hint}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {hidden > 0 && <p>{t('data.load.more', { count: hidden })}</p>}
    </>
  );
}
