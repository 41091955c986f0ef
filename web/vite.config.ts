/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { configDefaults } from 'vitest/config';

// The API the dev server and `vite preview` proxy to (the e2e points it at its own API).
const api = process.env.TX_API_URL ?? 'http://127.0.0.1:8080';
// `ws: true` carries the /graphql/ws subscriptions socket; `changeOrigin: false` keeps the Host the
// browser's Origin names, which the API's WebSocket origin check compares.
const proxy = {
  '/graphql': { target: api, changeOrigin: false, ws: true },
  '/export': { target: api, changeOrigin: false },
  '/exports': { target: api, changeOrigin: false },
  // Chat attachments: the local store's upload route (PUT /files/{id}/content) and signed downloads.
  '/files': { target: api, changeOrigin: false },
  '/healthz': { target: api, changeOrigin: false },
  // The GraphQL explorer's page is the API's (it exists only outside production).
  '/graphiql': { target: api, changeOrigin: false },
  // Members' secret calendar feeds (iCalendar).
  '/calendar': { target: api, changeOrigin: false },
  // The tenants' public pages' data (no login).
  '/public/': { target: api, changeOrigin: false },
  // 检举控告 evidence: uploads (POST /reports/files) and the handlers' downloads; the pages under
  // /reports/ are the app's own.
  '/reports/files': { target: api, changeOrigin: false },
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

/**
 * The GraphQL explorer (`graphiql.html`, `/graphiql` on the API), built after the app into the
 * same `dist/` with hashed assets of its own. A build of its own rather than a second input of
 * the app's: the app's chunk groups would otherwise capture the explorer's libraries (its
 * `vendor` group takes every other module from node_modules) and the app would load them, and
 * the explorer would load the antd chunk for the two small helpers it shares with antd.
 * `vite build` (and so `npm run build` and the e2e's web server) produces both pages.
 */
function graphiqlPage(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'tongxin-graphiql',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        base: '/',
        logLevel: 'warn',
        publicDir: false,
        plugins: [react()],
        build: {
          outDir,
          emptyOutDir: false,
          chunkSizeWarningLimit: 2500,
          rollupOptions: {
            input: { graphiql: resolve(root, 'graphiql.html') },
            // GraphiQL's React-compiler runtime opts out of memoisation with a "use no memo"
            // directive, which a bundle cannot keep; nothing depends on it at run time.
            onwarn(warning, warn) {
              if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
            },
          },
        },
      });
    },
  };
}

// Tests of plain TypeScript (`*.test.ts`) run in Node, without a DOM and without the DOM set-up
// (antd, jest-dom, the jsdom shims): a jsdom window and that set-up cost a file about as much as its
// tests. Components' tests (`*.test.tsx`), and these `*.test.ts` whose code uses the browser's
// globals (`window.location`, XMLHttpRequest), run under jsdom with the set-up.
const DOM_TS_TESTS = ['src/lib/upload.test.ts'];

export default defineConfig({
  base: '/',
  plugins: [react(), graphiqlPage()],
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
    globals: true,
    css: false,
    testTimeout: 20000,
    // Vitest's default is one worker fewer than there are cores, one on a 2-core machine, where the
    // main process mostly waits once the first files are transformed: two workers use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...DOM_TS_TESTS] },
      },
      {
        extends: true,
        test: { name: 'jsdom', environment: 'jsdom', setupFiles: ['./src/test/setup.ts'], include: ['src/**/*.test.tsx', ...DOM_TS_TESTS] },
      },
    ],
  },
});
