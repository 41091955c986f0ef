/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API the dev server and `vite preview` proxy to (the e2e points it at its own API).
const api = process.env.TX_API_URL ?? 'http://127.0.0.1:8080';
// `ws: true` carries the /graphql/ws subscriptions socket; `changeOrigin: false` keeps the Host the
// browser's Origin names, which the API's WebSocket origin check compares.
const proxy = {
  '/graphql': { target: api, changeOrigin: false, ws: true },
  '/export': { target: api, changeOrigin: false },
  // Chat attachments: the local store's upload route (PUT /files/{id}/content) and signed downloads.
  '/files': { target: api, changeOrigin: false },
  '/healthz': { target: api, changeOrigin: false },
  // Members' secret calendar feeds (iCalendar).
  '/calendar': { target: api, changeOrigin: false },
};

// Vendor chunks, long-cached; echarts only loads with the dashboard.
const VENDOR_CHUNKS: { name: string; test: RegExp }[] = [
  { name: 'react', test: /node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\// },
  { name: 'echarts', test: /node_modules\/(echarts|zrender|echarts-for-react|size-sensor|fast-deep-equal|tslib)\// },
  {
    name: 'antd',
    test: /node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+|@emotion|stylis|dayjs|classnames|clsx|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|string-convert|toggle-selection|copy-to-clipboard|@babel\/runtime)\//,
  },
  { name: 'graphql', test: /node_modules\/(urql|@urql|wonka|graphql|@graphql-typed-document-node)\// },
  { name: 'i18n', test: /node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)\// },
];

/** The vendor chunk of a module (the `manualChunks` mapping). */
export function manualChunks(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  return VENDOR_CHUNKS.find((c) => c.test.test(id))?.name ?? 'vendor';
}

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Vite 8 bundles with Rolldown, where `manualChunks` is a deprecated shim: it pulls each
        // captured module's dependencies into the first chunk that captures them (react-dom
        // ended up inside the antd chunk). `codeSplitting` groups with priorities apply the same
        // mapping with react claimed first.
        codeSplitting: {
          groups: [
            ...VENDOR_CHUNKS.map((c, i) => ({
              name: c.name,
              test: (id: string) => manualChunks(id) === c.name,
              priority: 100 - i,
            })),
            { name: 'vendor', test: (id: string) => manualChunks(id) === 'vendor', priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
  },
});
