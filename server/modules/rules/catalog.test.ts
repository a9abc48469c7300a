// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarFor } from './calendar.ts';
import { RULES } from './catalog.ts';
import { SCHOOL_HOLIDAYS } from './school-holidays.data.ts';
import { settingDefinition, SETTING_DEFINITIONS, validateSetting } from './settings.ts';

const root = join(import.meta.dirname, '../../..');

describe('rule catalogue and settings', () => {
  it('every rule has a unique id, a source, a valid-from date and an existing doc page', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(Object.values(r.bron).some(Boolean)).toBe(true);
      expect(r.geldigVanaf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(existsSync(join(root, r.doc)), r.doc).toBe(true);
      for (const key of r.instellingen) expect(settingDefinition(key)).toBeDefined();
    }
  });

  it('every default is valid under its own definition, and bad values are refused in Dutch', () => {
    for (const d of SETTING_DEFINITIONS) {
      expect(validateSetting(d.sleutel, d.standaard)).toBeUndefined();
    }
    expect(validateSetting('doorstroompunt.leeftijdsgrens', 25)).toContain('23, 27');
    expect(validateSetting('halt.minUren', 1.5)).toContain('geheel getal');
    expect(validateSetting('halt.minUren', -1)).toContain('tussen');
    expect(validateSetting('bestaat.niet', 1)).toContain('onbekende instelling');
  });

  it('calendarFor picks the region set on the peildatum', () => {
    const settings = { 'schoolvakantie.regio': [{ geldigVanaf: '2024-01-01', waarde: 'zuid' }] };
    expect(calendarFor(SCHOOL_HOLIDAYS, settings, '2023-12-31').regio).toBe('midden');
    expect(calendarFor(SCHOOL_HOLIDAYS, settings, '2024-01-01').regio).toBe('zuid');
  });
});
