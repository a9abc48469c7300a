// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser journeys in Debian's Chromium (never a downloaded browser). The web server is the real app
 * (`aanwezig start`) on a fresh embedded database, so the first start loads the demo region through the
 * import code, exactly as a new user sees it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}
const port = Number(process.env.E2E_PORT ?? 3199);
if (!process.env.E2E_DATA_DIR) process.env.E2E_REMOVE_DATA_DIR = '1';
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'aanwezig-e2e-'));
// Workers evaluate this file again: they must find the same folder (tests read the demo files in it).
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  globalTeardown: './e2e/global-teardown.ts',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node bin/aanwezig start',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { PORT: String(port), AANWEZIG_DATA_DIR: dataDir, HOST: '127.0.0.1' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
