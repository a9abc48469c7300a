// SPDX-License-Identifier: EUPL-1.2
/** The office's region and its gemeenten (interfaces.md §1.0). */
export {
  getRegion,
  regionGemeenteCodes,
  setRegion,
  type Gemeente,
  type Region,
} from './region.sql.ts';
