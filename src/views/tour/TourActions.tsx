import '../../i18n/en-tour';
import { useRef, useState } from 'react';
import type { TourFile } from '../../data/tour-file';
import { downloadText } from '../../export/download';
import { formatNumber } from '../../i18n/i18n';
import { LinkField } from '../../ui/LinkField';
import { useI18n } from '../../i18n/use-i18n';
import type { TeacherTour } from '../../state/tour-store';
import type { ViewState } from '../../state/view-state';
import { AppLink } from './AppLink';
import { copyText } from '../../ui/clipboard';
import type { Feedback } from './StepList';
import { presentMineLink, shareLink, TOUR_LINK_LIMIT } from './tour-links';
import type { TourImport } from './use-tour-import';

export interface TourActionsProps {
  readonly tour: TeacherTour;
  readonly dataset: string;
  readonly keep: ViewState;
  readonly io: TourImport;
  readonly announce: (feedback: Feedback) => void;
  /** The reader leaves for the presentation: the dialog closes. */
  readonly onLeave: () => void;
}

/** Present, export, import and share the teacher's tour. */
export function TourActions({ tour, dataset, keep, io, announce, onLeave }: TourActionsProps) {
  const { t, lang } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const [manualUrl, setManualUrl] = useState<string>();
  const empty = tour.steps.length === 0;
  const file = (): TourFile => ({
    kind: 'common-ground-tour',
    version: 1,
    dataset,
    steps: tour.steps,
  });
  const exportTour = () => {
    const name = `tour-${dataset}.json`;
    downloadText(`${JSON.stringify(file(), null, 2)}\n`, name, 'application/json');
    announce({ text: t('tour.exported', { file: name }) });
  };
  const copyLink = async () => {
    setManualUrl(undefined);
    const link = shareLink(file(), keep, lang, window.location.href, import.meta.env.BASE_URL);
    if (!link.ok)
      return announce({
        text: t('tour.linkTooLong', {
          length: formatNumber(link.length, lang),
          limit: formatNumber(TOUR_LINK_LIMIT, lang),
        }),
      });
    if (await copyText(link.url)) return announce({ text: t('tour.linkCopied') });
    announce({ text: t('tour.linkByHand') });
    setManualUrl(link.url);
  };
  return (
    <div className="tour-actions" role="group" aria-label={t('tour.actions')}>
      {!empty && (
        <AppLink className="tour-present" to={presentMineLink(keep, lang)} onClick={onLeave}>
          {t('tour.present')}
        </AppLink>
      )}
      <button type="button" disabled={empty} onClick={exportTour}>
        {t('tour.export')}
      </button>
      <button type="button" onClick={() => picker.current?.click()}>
        {t('tour.import')}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('tour.importFile')}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) is noticed.
          e.target.value = '';
          if (chosen) void io.choose(chosen);
        }}
      />
      <button type="button" disabled={empty} onClick={() => void copyLink()}>
        {t('tour.copyLink')}
      </button>
      {manualUrl !== undefined && (
        <LinkField
          url={manualUrl}
          label={t('tour.linkField')}
          className="tour-field tour-link-field"
        />
      )}
    </div>
  );
}
