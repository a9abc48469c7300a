// SPDX-License-Identifier: EUPL-1.2
import { rmSync } from 'node:fs';

/** Removes the temporary database folder the config made (not one passed in E2E_DATA_DIR). */
export default function globalTeardown(): void {
  if (process.env.E2E_REMOVE_DATA_DIR === '1' && process.env.E2E_DATA_DIR) {
    rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });
  }
}
