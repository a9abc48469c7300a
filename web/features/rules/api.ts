// SPDX-License-Identifier: EUPL-1.2
/** Calls to the rules, settings and school-holiday API. */
import type { LeerplichtResult } from '../../../server/modules/rules/leerplicht.ts';
import { api } from '../../api/client.ts';

export interface SettingView {
  sleutel: string;
  standaard: number | string | boolean;
  omschrijving: string;
  bron: string;
  soort: 'getal' | 'keuze' | 'ja_nee';
  toegestaan?: (number | string | boolean)[];
  historie: {
    geldigVanaf: string;
    waarde: number | string | boolean;
    reden?: string | null;
    gewijzigdDoor?: string | null;
  }[];
}

export interface HolidayView {
  id: number;
  schooljaar: string;
  vakantieregio: 'noord' | 'midden' | 'zuid';
  naam: 'herfst' | 'kerst' | 'voorjaar' | 'mei' | 'zomer';
  van: string;
  totEnMet: string;
}

/**
 * Through the app's API client, so state-changing calls carry the session's CSRF token; a refusal
 * throws an ApiError (an Error) with the server's Dutch message.
 */
const call = <T>(url: string, init?: RequestInit): Promise<T> => api<T>(url, init);

/** GET /api/regels/leerplicht. */
export function fetchLeerplicht(q: {
  geboortedatum: string;
  peildatum?: string;
  startkwalificatie?: string;
}) {
  const params = new URLSearchParams(
    Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])),
  );
  return call<LeerplichtResult>(`/api/regels/leerplicht?${params}`);
}

export const fetchSettings = () => call<SettingView[]>('/api/instellingen');

export const saveSetting = (body: {
  sleutel: string;
  waarde: number | string | boolean;
  geldigVanaf: string;
  reden: string;
}) => call<SettingView[]>('/api/instellingen', { method: 'PUT', body: JSON.stringify(body) });

export const fetchHolidays = () => call<HolidayView[]>('/api/schoolvakanties');

export const saveHoliday = (h: Omit<HolidayView, 'id'> & { id?: number }) =>
  h.id === undefined
    ? call<HolidayView>('/api/schoolvakanties', { method: 'POST', body: JSON.stringify(h) })
    : call<HolidayView>(`/api/schoolvakanties/${h.id}`, {
        method: 'PUT',
        body: JSON.stringify({ ...h, id: undefined }),
      });

export const deleteHoliday = (id: number) =>
  call<void>(`/api/schoolvakanties/${id}`, { method: 'DELETE' });
