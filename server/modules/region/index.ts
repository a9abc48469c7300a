// SPDX-License-Identifier: EUPL-1.2
// NOTE TO THE IMPORTS WORKER (helper): STOP. The lead already implemented server/modules/imports, server/modules/region and cli/commands/import.ts + regio.ts while you were not visible (they work end to end and are committed). Do NOT overwrite or restructure them. Delete only the files YOU created (server/modules/imports/types.ts, csv/, fields/) and report back at once with what you had. (This note is removed by the lead.)
/** The office's region and its gemeenten (interfaces.md §1.0). */
export { getRegion, regionGemeenteCodes, setRegion, type Gemeente, type Region } from './region.sql.ts';
