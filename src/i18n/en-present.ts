import { addEnglish } from './i18n';

/** English messages for the presentation (`/present`, merged into `en`). */
export const enPresent = {
  'present.counter': 'Step {step} of {count}',
  'present.stage': 'Step view',
  'present.asOf': 'As of {date}',
  'present.question': 'Question',
  'present.covered': 'Answers covered – think first, then reveal.',
  'present.reveal': 'Reveal',
  'present.revealed': 'Answer revealed.',
  'present.previous': 'Previous',
  'present.next': 'Next',
  'present.tools': 'Presentation tools',
  'present.leave': 'Leave presentation',
  'present.close': 'Close',
  'present.noStage': 'This view cannot be shown here. Leave the presentation to open it.',
  'present.noTerms': 'This step’s deal has no terms to show.',
  'present.overview.button': 'All steps',
  'present.overview.title': 'All steps',
  'present.overview.question': 'Question',
  'present.qr.button': 'QR code',
  'present.qr.label': 'QR code: this view in Common Ground',
  'present.qr.hint': 'Open this view on your phone:',
  'present.fullscreen.enter': 'Full screen',
  'present.fullscreen.exit': 'Exit full screen',
  'present.blank.back': 'Black screen. Press any key or click to show the presentation again.',
  'present.keys.button': 'Keys',
  'present.keys.title': 'Keys',
  'present.keys.action': 'Action',
  'present.keys.keys': 'Keys',
  'present.keys.note':
    'A clicker works too: its forward and back buttons send Page Down and Page Up, its “blank” button B or the full stop.',
  'present.keys.hint':
    '→ or Page Down: next · ← or Page Up: back · F: full screen · O: all steps · B: black screen · ?: all keys',
  'present.command.next': 'Next (reveals the answer first on a question step)',
  'present.command.previous': 'Previous step',
  'present.command.first': 'First step',
  'present.command.last': 'Last step',
  'present.command.fullscreen': 'Full screen on or off',
  'present.command.blank': 'Black screen on or off',
  'present.command.overview': 'All steps',
  'present.command.qr': 'QR code on or off',
  'present.command.help': 'This list of keys',
  'present.command.leave': 'Leave the presentation (or full screen first)',
  'present.key.right': '→',
  'present.key.left': '←',
  'present.key.up': '↑',
  'present.key.down': '↓',
  'present.key.pageDown': 'Page Down',
  'present.key.pageUp': 'Page Up',
  'present.key.space': 'Space',
  'present.key.shiftSpace': 'Shift + Space',
  'present.key.enter': 'Enter',
  'present.key.backspace': 'Backspace',
  'present.key.home': 'Home',
  'present.key.end': 'End',
  'present.key.escape': 'Esc',
  'present.empty.title': 'No steps to present',
  'present.empty.dataset':
    'This dataset has no tour. Build your own: in the explorer, add views as steps to your tour.',
  'present.empty.mine':
    'Your own tour has no steps yet. In the explorer, add views as steps, then present them here.',
  'present.empty.back': 'Back to the explorer',
  'present.note.pastEnd': 'This tour has only {count} steps; showing the last one.',
  'present.note.badTour':
    'The tour in this link could not be read, so the dataset’s own tour is shown. Problems found:',
  'present.note.madeFor':
    'This tour was made for the dataset “{dataset}”; some of its parties or issues may be missing here.',
  'present.note.storage.unavailable':
    'This browser does not let Common Ground keep your tour (private browsing, or storage is blocked).',
  'present.note.storage.full':
    'The browser’s storage is full: your last change to the tour was kept only in this tab.',
  'present.note.storage.damaged':
    'Your stored tour could not be read (it was damaged), so it has no steps here.',
};

addEnglish(enPresent);
