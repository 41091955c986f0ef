import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { Modal, message, notification } from 'antd';
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

afterEach(async () => {
  cleanup();
  // antd's static message, notification and confirm render in roots of their own, outside the
  // test's tree, and keep timers (a message closes itself after 3 s). They are destroyed here and
  // React's scheduler is given a few turns to finish, so that no update runs after the file's
  // environment is torn down ("window is not defined" in the next file's run otherwise).
  message.destroy();
  notification.destroy();
  Modal.destroyAll();
  for (let turn = 0; turn < 5; turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
});
