import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The e2e starts its own API (`tongxin-api serve` on a free port, against the database in
// TONGXIN_DATABASE__* as exported by `make test`) and `vite preview` of a fresh build that
// proxies /graphql and /export to it. Ports are chosen once here; the worker processes inherit
// them through the environment.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

process.env.TX_E2E_API_PORT ??= String(await freePort());
process.env.TX_E2E_WEB_PORT ??= String(await freePort());
process.env.TONGXIN_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'tongxin-e2e-'));
if (!process.env.TONGXIN_DATABASE__URL) {
  console.warn(
    'e2e: TONGXIN_DATABASE__URL is not set; the API will use its default database. ' +
      'Start one with scripts/pg.sh and export its TONGXIN_* lines (make test does this).',
  );
}

const apiPort = process.env.TX_E2E_API_PORT;
const webPort = process.env.TX_E2E_WEB_PORT;
const baseURL = `http://127.0.0.1:${webPort}`;
// TX_API_BIN: another build of the API (defaults to the workspace's debug binary).
const api = process.env.TX_API_BIN ?? '../target/debug/tongxin-api';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a browser test that fails twice is a failure; once, under a loaded
  // two-core machine, it is reported as flaky in the output.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // TX_E2E_REPORT: where to write a JSON report too; `make test` reads it to list, at the very end
  // of its output, every test that passed only on its retry.
  reporter: process.env.TX_E2E_REPORT
    ? [['list'], ['json', { outputFile: process.env.TX_E2E_REPORT }]]
    : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      command: `sh -c '${api} migrate && exec ${api} serve'`,
      url: `http://127.0.0.1:${apiPort}/readyz`,
      env: {
        TONGXIN_HTTP__HOST: '127.0.0.1',
        TONGXIN_HTTP__PORT: apiPort,
        // Invitation links point at the web app under test.
        TONGXIN_HTTP__PUBLIC_URL: baseURL,
        RUST_LOG: process.env.RUST_LOG ?? 'warn',
      },
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `node node_modules/vite/bin/vite.js build --logLevel warn && exec node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${webPort} --strictPort`,
      url: `${baseURL}/`,
      env: { TX_API_URL: `http://127.0.0.1:${apiPort}` },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
