import type { StoreFailure } from '../../data/dataset-store';
import { useI18n } from '../../i18n/use-i18n';

/** A failure of the browser's storage in plain words (the browser's own in "failed"). */
export function StoreProblem({ failure }: { readonly failure: StoreFailure }) {
  const { t } = useI18n();
  return <p>{t(`data.store.${failure.problem}`, { detail: failure.detail })}</p>;
}
