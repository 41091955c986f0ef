import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
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

afterEach(() => {
  cleanup();
});
