import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { formatDate, type MessageKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { IsoDate } from '../../model/types';
import type { Theme } from '../../state/view-state';
import { copyText } from '../../ui/clipboard';
import { closeModal, escapeCloses, useModal } from '../../ui/use-modal';
import { embedCode, type EmbedKind } from './embed-code';

export interface EmbedDialogProps {
  readonly title: string;
  readonly version: string;
  readonly at: IsoDate;
  /** The views to offer, the first chosen at the start. */
  readonly kinds?: readonly EmbedKind[] | undefined;
  /** Called when the reader closes the dialog (Esc, Close); the caller unmounts it. */
  readonly onClose: () => void;
}

interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A labelled group of radio buttons: a fieldset whose legend names it. */
function Choice<T extends string>(props: {
  readonly legend: string;
  readonly options: readonly Option<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}): ReactNode {
  const name = useId();
  return (
    <fieldset className="embed-choice" role="radiogroup">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

const DEFAULT_KINDS: readonly EmbedKind[] = ['matrix', 'timeline'];
const KIND_LABEL: Readonly<Record<EmbedKind, MessageKey>> = {
  matrix: 'share.embed.matrix',
  timeline: 'share.embed.timeline',
  deal: 'share.embed.deal',
};

/** "Embed this view": the view, live or frozen data, colours, the code to paste and a preview. */
export function EmbedDialog(props: EmbedDialogProps) {
  const { title, version, at, kinds = DEFAULT_KINDS, onClose } = props;
  const { t, lang } = useI18n();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const [view, setView] = useState<EmbedKind>(kinds[0] ?? 'matrix');
  const [frozen, setFrozen] = useState(false);
  const [theme, setTheme] = useState<Theme>('auto');
  const [status, setStatus] = useState('');
  useModal(dialog, () => dialog.current?.querySelector<HTMLInputElement>('input:checked'));
  const done = () => {
    closeModal(dialog.current);
    onClose();
  };
  const viewName = t(KIND_LABEL[view]);
  const built = embedCode({
    href: window.location.href,
    base: import.meta.env.BASE_URL,
    view,
    frozenVersion: frozen ? version : undefined,
    theme,
    title: t('share.embed.frameTitle', {
      dataset: title,
      view: viewName,
      date: formatDate(at, lang),
    }),
  });
  const copy = async () => {
    if (!built) return;
    if (await copyText(built.code)) setStatus(t('share.embed.copied'));
    else {
      setStatus(t('share.embed.copyByHand'));
      codeField.current?.focus();
      codeField.current?.select();
    }
  };
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setStatus('');
      set(value);
    };
  return (
    <dialog
      ref={dialog}
      className="modal-dialog embed-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => escapeCloses(e, done)}
      onKeyDown={(e) => escapeCloses(e, done)}
    >
      <div className="embed-dialog-head">
        <h2 id={headingId}>{t('share.embed.title')}</h2>
        <button type="button" onClick={done}>
          {t('share.embed.close')}
        </button>
      </div>
      <p>{t('share.embed.intro')}</p>
      <div className="embed-choices">
        <Choice<EmbedKind>
          legend={t('share.embed.view')}
          value={view}
          onChange={change(setView)}
          options={kinds.map((kind) => ({ value: kind, label: t(KIND_LABEL[kind]) }))}
        />
        <Choice<'live' | 'frozen'>
          legend={t('share.embed.data')}
          value={frozen ? 'frozen' : 'live'}
          onChange={change((v: 'live' | 'frozen') => setFrozen(v === 'frozen'))}
          options={[
            { value: 'live', label: t('share.embed.live') },
            { value: 'frozen', label: t('share.embed.frozen', { version }) },
          ]}
        />
        <Choice<Theme>
          legend={t('share.embed.theme')}
          value={theme}
          onChange={change(setTheme)}
          options={[
            { value: 'auto', label: t('share.embed.auto') },
            { value: 'light', label: t('share.embed.light') },
            { value: 'dark', label: t('share.embed.dark') },
          ]}
        />
      </div>
      {built ? (
        <>
          <label className="embed-code">
            {t('share.embed.code')}
            <textarea ref={codeField} readOnly rows={5} value={built.code} spellCheck={false} />
          </label>
          <div className="embed-copy">
            <button type="button" onClick={() => void copy()}>
              {t('share.embed.copy')}
            </button>
            <span role="status">{status}</span>
          </div>
          <iframe
            className="embed-preview"
            title={t('share.embed.preview')}
            src={built.url}
            loading="lazy"
            style={{ height: built.height }}
          />
        </>
      ) : (
        <p>{t('share.embed.unavailable')}</p>
      )}
    </dialog>
  );
}
