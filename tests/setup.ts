import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalog } from '../src/i18n/i18n';

afterEach(() => cleanup());

// Pages load their views as lazy chunks; on a busy CI machine the first import of a chunk can
// take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });

// The app loads German on demand; tests switch languages synchronously.
await loadCatalog('de');

// jsdom has no canvas; the timeline draws nothing there but keeps its keyboard path.
HTMLCanvasElement.prototype.getContext = (() =>
  null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom has no PointerEvent: without it pointer events carry no coordinates or buttons.
if (typeof globalThis.PointerEvent === 'undefined') {
  class PointerEventPolyfill extends MouseEvent {
    readonly pointerId: number;
    readonly pointerType: string;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
      this.pointerType = init.pointerType ?? 'mouse';
    }
  }
  globalThis.PointerEvent = PointerEventPolyfill as typeof PointerEvent;
}
