import '../../i18n/en-present';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/i18n';
import { PRESENT_KEYS, type PresentCommand } from './present-keys';
import { PresentDialog } from './PresentDialog';

const COMMAND_TEXT: Record<PresentCommand, MessageKey> = {
  next: 'present.command.next',
  previous: 'present.command.previous',
  first: 'present.command.first',
  last: 'present.command.last',
  fullscreen: 'present.command.fullscreen',
  blank: 'present.command.blank',
  overview: 'present.command.overview',
  qr: 'present.command.qr',
  help: 'present.command.help',
  leave: 'present.command.leave',
};

const KEY_TEXT: Readonly<Record<string, MessageKey>> = {
  ArrowRight: 'present.key.right',
  ArrowLeft: 'present.key.left',
  ArrowUp: 'present.key.up',
  ArrowDown: 'present.key.down',
  PageDown: 'present.key.pageDown',
  PageUp: 'present.key.pageUp',
  ' ': 'present.key.space',
  'Shift+ ': 'present.key.shiftSpace',
  Enter: 'present.key.enter',
  Backspace: 'present.key.backspace',
  Home: 'present.key.home',
  End: 'present.key.end',
  Escape: 'present.key.escape',
};

/** How a key is written for people: its name in the language, or the letter itself. */
function keyName(key: string, t: (k: MessageKey) => string): string {
  const text = KEY_TEXT[key];
  return text ? t(text) : key.length === 1 ? key.toUpperCase() : key;
}

/** The "Keys" help: every command and its keys, read from the same table the keys use. */
export function KeysHelp({ onClose }: { readonly onClose: () => void }) {
  const { t } = useI18n();
  return (
    <PresentDialog title={t('present.keys.title')} onClose={onClose} className="present-keys">
      <table className="present-keys-table">
        <thead>
          <tr>
            <th scope="col">{t('present.keys.action')}</th>
            <th scope="col">{t('present.keys.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {PRESENT_KEYS.map(({ command, keys }) => (
            <tr key={command}>
              <th scope="row">{t(COMMAND_TEXT[command])}</th>
              <td>
                {keys.map((k) => (
                  <kbd key={k}>{keyName(k, t)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="present-keys-note">{t('present.keys.note')}</p>
    </PresentDialog>
  );
}
