import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { message, notification } from 'antd';
import { afterEach } from 'vitest';
import '../i18n';

// antd reads media queries (Grid, responsive observers); jsdom has no matchMedia.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// antd measures scrollbars with getComputedStyle on pseudo-elements, which jsdom does not implement.
const gcs = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element) => gcs(elt);

// Tables with scroll and auto-sized text areas observe their size; jsdom has no ResizeObserver.
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// antd's static message and notification render in roots of their own, outside the test's tree,
// and close themselves on timers (a message after 3 s) that could fire once the file's environment
// is gone ("window is not defined" in the next file's run): in tests they stay until cleared.
message.config({ duration: 0 });
notification.config({ duration: 0 });

afterEach(() => {
  cleanup();
});
