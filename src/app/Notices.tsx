import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/use-i18n';
import { useAppStore } from '../state/store-context';
import type { Problem } from '../state/view-state';

const MESSAGE: Record<Problem['kind'], MessageKey> = {
  bad: 'notice.badParam',
  'unknown-party': 'notice.unknownParty',
  'unknown-issue': 'notice.unknownIssue',
  'unknown-focus': 'notice.unknownFocus',
  'unknown-dataset': 'notice.unknownDataset',
  'unknown-plan': 'notice.unknownPlan',
  'unknown-outcome': 'notice.unknownOutcome',
  'out-of-range': 'notice.dateOutOfRange',
};

/** Link problems, shown until dismissed; announced politely to screen readers. */
export function Notices() {
  const { t } = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  return (
    <section className="notices" aria-label={t('notice.region')} aria-live="polite">
      {notices.map(({ id, problem }) => (
        <p key={id} className="notice">
          <span>{t(MESSAGE[problem.kind], { param: problem.param, value: problem.value })}</span>
          <button type="button" onClick={() => dismiss(id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
