// SPDX-License-Identifier: EUPL-1.2
/** Regional settings of the rules engine in the `settings` table (dated, with who/why). */
import type { Database, Queryable } from '../../db/connect.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import {
  isIsoDate,
  SETTING_DEFINITIONS,
  validateSetting,
  type DatedValue,
  type RuleSettings,
  type SettingKey,
  type SettingValue,
} from '../rules/index.ts';
import { RETENTION_SETTING_DEFINITIONS } from '../privacy/retention-settings.ts';
import { DASHBOARD_SETTING_DEFINITIONS } from '../dashboard/time-settings.ts';
import { recordAudit } from '../audit/index.ts';
import { isReportSetting } from '../report/settings.ts';
import { REPORT_SETTING_VIEWS, validateReportSettingValue } from './report-settings.ts';

interface SettingRow {
  sleutel: string;
  waarde: SettingValue;
  geldig_vanaf: string;
  reden: string | null;
  gewijzigd_door: string | null;
}

const SELECT = `select sleutel, waarde, to_char(geldig_vanaf, 'YYYY-MM-DD') as geldig_vanaf, reden, gewijzigd_door
  from settings order by sleutel, geldig_vanaf`;

/** The settings as the rules receive them: every stored dated value per known key. */
export async function loadRuleSettings(db: Queryable): Promise<RuleSettings> {
  const rows = await db.query<SettingRow>(SELECT);
  const result: Partial<Record<SettingKey, DatedValue[]>> = {};
  for (const r of rows) {
    if (!SETTING_DEFINITIONS.some((d) => d.sleutel === r.sleutel)) continue;
    const key = r.sleutel as SettingKey;
    (result[key] ??= []).push({
      geldigVanaf: r.geldig_vanaf,
      waarde: r.waarde,
      reden: r.reden,
      gewijzigdDoor: r.gewijzigd_door,
    });
  }
  return result;
}

/** Every definition with its stored history (for GET /api/instellingen). */
export async function listSettings(db: Queryable) {
  const rows = await db.query<SettingRow>(SELECT);
  const historyOf = (sleutel: string) =>
    rows
      .filter((r) => r.sleutel === sleutel)
      .map((r) => ({
        geldigVanaf: r.geldig_vanaf,
        waarde: r.waarde,
        reden: r.reden,
        gewijzigdDoor: r.gewijzigd_door,
      }));
  // The retention periods (privacy module) are regional settings too, edited on the same page.
  return [
    ...SETTING_DEFINITIONS,
    ...RETENTION_SETTING_DEFINITIONS,
    ...DASHBOARD_SETTING_DEFINITIONS,
    ...REPORT_SETTING_VIEWS,
  ].map((d) => ({
    ...d,
    historie: historyOf(d.sleutel),
  }));
}

/** Dutch problem with a retention value, or undefined; other keys go to the rules' validator. */
function validateAny(sleutel: string, waarde: unknown): string | undefined {
  // The annual report's settings (`rapport.*`) carry their own allowed values.
  const report = validateReportSettingValue(sleutel, waarde);
  if (report !== undefined) return report || undefined;
  // Retention periods and the dashboard's minutes per task are whole numbers in a range.
  const retention = [...RETENTION_SETTING_DEFINITIONS, ...DASHBOARD_SETTING_DEFINITIONS].find(
    (d) => d.sleutel === sleutel,
  );
  if (!retention) return validateSetting(sleutel, waarde) ?? undefined;
  return typeof waarde === 'number' &&
    Number.isInteger(waarde) &&
    waarde >= (retention.min ?? 0) &&
    waarde <= (retention.max ?? Infinity)
    ? undefined
    : `${sleutel} moet een heel getal van ${retention.min ?? 0} tot en met ${retention.max} zijn`;
}

export interface SaveSettingInput {
  sleutel: string;
  waarde: unknown;
  geldigVanaf: string;
  reden: string;
  gewijzigdDoor: string;
}

/** Records a value from a date on (replacing a value for the same key and date), with an audit entry. */
export async function saveSetting(
  db: Database | Queryable,
  input: SaveSettingInput,
): Promise<void> {
  const problem =
    validateAny(input.sleutel, input.waarde) ??
    (isIsoDate(input.geldigVanaf)
      ? undefined
      : `geldig vanaf ${input.geldigVanaf} is geen geldige datum`) ??
    (input.reden.trim() ? undefined : 'geef een reden voor de wijziging');
  if (problem) {
    throw new DomainFailure(
      domainError('settings.invalid', 'invalid', problem, { sleutel: input.sleutel }),
    );
  }
  const write = async (tx: Queryable) => {
    if (isReportSetting(input.sleutel)) await refuseSameDay(tx, input);
    await insertSetting(tx, input);
    // The reason is free text and may name a person: the trail keeps key, value and date only.
    await recordAudit(tx, {
      actor: input.gewijzigdDoor,
      actie: 'settings.changed',
      onderwerpSoort: 'instelling',
      onderwerpId: input.sleutel,
      doel: 'beheer',
      details: { waarde: input.waarde, geldigVanaf: input.geldigVanaf },
    });
  };
  if ('transaction' in db) await db.transaction(write);
  else await write(db);
}

/**
 * A report setting is printed beside figures that may already be published: a value is never
 * replaced, a change starts on a new date.
 */
async function refuseSameDay(db: Queryable, input: SaveSettingInput): Promise<void> {
  const [found] = await db.query<{ waarde: unknown }>(
    `select waarde from settings where sleutel = $1 and geldig_vanaf = $2`,
    [input.sleutel, input.geldigVanaf],
  );
  if (!found) return;
  throw new DomainFailure(
    domainError(
      'settings.date_taken',
      'conflict',
      `Er is al een waarde vastgelegd vanaf ${input.geldigVanaf}. Kies een andere datum: eerdere waarden blijven bewaard.`,
      { sleutel: input.sleutel },
    ),
  );
}

async function insertSetting(db: Queryable, input: SaveSettingInput): Promise<void> {
  await db.query(
    `insert into settings (sleutel, waarde, geldig_vanaf, reden, gewijzigd_door)
     values ($1, $2::jsonb, $3, $4, $5)
     on conflict (sleutel, geldig_vanaf)
     do update set waarde = excluded.waarde, reden = excluded.reden,
       gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()`,
    [
      input.sleutel,
      JSON.stringify(input.waarde),
      input.geldigVanaf,
      input.reden.trim(),
      input.gewijzigdDoor,
    ],
  );
}
