// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { definitionOn, effectiveStart } from './definition.ts';
import { checkEnd, checkEpisode } from './episode.ts';
import { daysAtHome, durationBand, onTafel, thresholdDate } from './thresholds.ts';

describe('thresholds', () => {
  it('4 weeks is 28 days, 3 months is three calendar months', () => {
    expect(thresholdDate('2024-01-10', 'vier_weken')).toBe('2024-02-07');
    expect(thresholdDate('2024-01-10', 'drie_maanden')).toBe('2024-04-10');
    expect(thresholdDate('2023-11-30', 'drie_maanden')).toBe('2024-02-29');
  });

  it('puts an open episode on the tafel list from 3 months, and not once it ended', () => {
    expect(onTafel('2024-01-10', null, '2024-04-09')).toBe(false);
    expect(onTafel('2024-01-10', null, '2024-04-10')).toBe(true);
    expect(onTafel('2024-01-10', '2024-04-10', '2024-04-10')).toBe(false);
    expect(onTafel('2024-01-10', '2024-05-01', '2024-04-20')).toBe(true);
  });

  it('measures duration until the end or the peildatum, in bands', () => {
    expect(daysAtHome('2024-01-10', null, '2024-01-20')).toBe(10);
    expect(daysAtHome('2024-01-10', '2024-01-15', '2024-01-20')).toBe(5);
    expect(durationBand('2024-01-10', '2024-02-06', '2024-08-01')).toBe('korter_dan_4_weken');
    expect(durationBand('2024-01-10', '2024-02-07', '2024-08-01')).toBe('4_weken_tot_3_maanden');
    expect(durationBand('2024-01-10', null, '2024-04-10')).toBe('3_maanden_of_langer');
  });
});

describe('definition setting', () => {
  it('defaults to the broad definition, and a dated setting switches to 4 weeks unauthorised', () => {
    const settings = {
      'thuiszitter.omvang': [{ geldigVanaf: '2024-08-01', waarde: 'vier_weken_ongeoorloofd' }],
    };
    expect(definitionOn({}, '2024-01-01').omvang).toBe('breed');
    expect(definitionOn(settings, '2024-07-31').omvang).toBe('breed');
    const d = definitionOn(settings, '2024-08-01');
    expect(d.omvang).toBe('vier_weken_ongeoorloofd');
    expect(d.uitleg).toContain('2024-08-01');
  });

  it('counts geoorloofd and 5a only in the broad definition, and from 4 weeks in the 004 one', () => {
    expect(effectiveStart('breed', 'vrijstelling_5a', '2024-01-10')).toBe('2024-01-10');
    expect(effectiveStart('vier_weken_ongeoorloofd', 'vrijstelling_5a', '2024-01-10')).toBeNull();
    expect(
      effectiveStart('vier_weken_ongeoorloofd', 'met_inschrijving_geoorloofd', '2024-01-10'),
    ).toBeNull();
    expect(effectiveStart('vier_weken_ongeoorloofd', 'zonder_inschrijving', '2024-01-10')).toBe(
      '2024-02-07',
    );
  });
});

describe('episode checks', () => {
  const ok = {
    startdatum: '2024-01-10',
    type: 'zonder_inschrijving' as const,
    onderwijsdeelname: 'geen' as const,
    oorzaak: 'overig' as const,
    regie: 'Jeugdteam',
  };
  it('asks for regie (R42) and a date for partial education', () => {
    expect(checkEpisode(ok, '2024-02-01')).toEqual([]);
    expect(checkEpisode({ ...ok, regie: ' ' }, '2024-02-01').map((p) => p.veld)).toEqual(['regie']);
    expect(
      checkEpisode({ ...ok, onderwijsdeelname: 'gedeeltelijk' }, '2024-02-01').map((p) => p.veld),
    ).toEqual(['onderwijsdeelnameVanaf']);
    expect(checkEpisode(ok, '2024-01-09').map((p) => p.veld)).toEqual(['startdatum']);
  });
  it('refuses an end before the start or in the future', () => {
    expect(checkEnd('2024-01-10', '2024-01-09', '2024-02-01')).toHaveLength(1);
    expect(checkEnd('2024-01-10', '2024-02-02', '2024-02-01')).toHaveLength(1);
    expect(checkEnd('2024-01-10', '2024-01-10', '2024-02-01')).toEqual([]);
  });
});
