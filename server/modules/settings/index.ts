// SPDX-License-Identifier: EUPL-1.2
/** Regional settings and school holidays as stored in the database (the rules module stays pure). */
export {
  listSettings,
  loadRuleSettings,
  saveSetting,
  type SaveSettingInput,
} from './settings.sql.ts';
export {
  createSchoolHoliday,
  deleteSchoolHoliday,
  ensureSchoolHolidays,
  listSchoolHolidays,
  updateSchoolHoliday,
  type StoredHoliday,
} from './school-holidays.sql.ts';
