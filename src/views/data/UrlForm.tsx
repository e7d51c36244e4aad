import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStoreApi } from '../../state/store-context';
import { switchedView } from './switch-dataset';

/**
 * https only: an app served over https cannot read http (mixed content). Plain http is allowed
 * for the author's own machine, which browsers treat as secure.
 */
export function isLoadableAddress(raw: string): boolean {
  try {
    const url = new URL(raw);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'https:' || (url.protocol === 'http:' && local);
  } catch {
    return false;
  }
}

/** "Load from a web address": sets `?data=` (the URL then names the dataset, so it can be shared). */
export function UrlForm() {
  const { t } = useI18n();
  const store = useAppStoreApi();
  const [value, setValue] = useState('');
  const [bad, setBad] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), hint: useId(), error: useId() };
  return (
    <form
      className="url-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const url = value.trim();
        if (!isLoadableAddress(url)) {
          setBad(true);
          field.current?.focus();
          return;
        }
        const { view, update } = store.getState();
        update({ ...switchedView(view, undefined), data: url });
      }}
    >
      <label htmlFor={ids.input}>{t('data.url.label')}</label>
      <div className="url-row">
        <input
          ref={field}
          id={ids.input}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://…"
          value={value}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${ids.error} ${ids.hint}` : ids.hint}
          onChange={(e) => {
            setValue(e.target.value);
            setBad(false);
          }}
        />
        <button type="submit">{t('data.url.open')}</button>
      </div>
      {bad && (
        <p id={ids.error} className="field-error">
          {t('data.url.bad')}
        </p>
      )}
      <p id={ids.hint} className="field-hint">
        {t('data.url.hint')}
      </p>
    </form>
  );
}
