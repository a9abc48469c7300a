// SPDX-License-Identifier: EUPL-1.2
/** Synthetic demo and benchmark data: the generator, and loading the demo region into a database. */
export {
  generateDemo,
  snapshotDays,
  reportYears,
  WINDOW_START,
  type DemoManifest,
  type GenerateOptions,
  type ManifestFile,
} from './generate.ts';
export {
  ensureDemoRegion,
  loadDemoFiles,
  loadDemoRegion,
  DEMO_SEED,
  type DemoLog,
  type EnsureDemoOptions,
} from './commands/load-demo.ts';
export {
  ensureDemoAccounts,
  demoAccountsExist,
  demoSignInLines,
  DEMO_ACCOUNTS,
  DEFAULT_DEMO_PASSWORD,
} from './commands/demo-accounts.ts';
export { ensureDemoCasework } from './commands/demo-casework.ts';
