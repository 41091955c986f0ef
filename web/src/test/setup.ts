import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { ConfigProvider, message, notification } from 'antd';
import { afterAll, afterEach } from 'vitest';
import '../i18n';

// findBy* and waitFor give up after 1 s by default: on a busy machine (CI beside builds) a page's
// first render alone can take longer, and an antd dropdown's first opening has been seen to take
// over 5 s. They still return as soon as what they wait for is there; a test still has 20 s.
configure({ asyncUtilTimeout: 10000 });

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
// Their roots stay mounted to the end of the file, and their enter and leave animations run on
// timers too: static methods (message, notification, Modal.confirm) render without motion.
ConfigProvider.config({ theme: { token: { motion: false } } });

afterEach(() => {
  cleanup();
});

// A reply that arrives after a file's last test (the test did not wait for the outcome of what it
// did) can still open a static message or notification, which React would render after the
// environment is gone ("window is not defined", an unhandled error that fails the run). Once the
// file's tests are done such calls do nothing, and what React had already scheduled runs first
// (its scheduler posts with setImmediate; this one is taken before any test can fake timers).
const settle = setImmediate;
afterAll(async () => {
  for (const api of [message, notification] as unknown as Record<string, unknown>[]) {
    for (const method of ['open', 'success', 'info', 'warning', 'error', 'loading']) {
      if (typeof api[method] === 'function') api[method] = () => undefined;
    }
  }
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => settle(() => resolve()));
});
