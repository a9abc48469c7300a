// SPDX-License-Identifier: EUPL-1.2
/** Small helpers shared by the office-work pages: loading, posting and options (forms: `useForm`). */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';

/** Loads `path` and reloads on demand; `failure` holds a Dutch message. */
export function useLoad<T>(path: string) {
  const [data, setData] = useState<T>();
  const [failure, setFailure] = useState<string>();
  const reload = useCallback(
    () =>
      api<T>(path).then(setData, (e) =>
        setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'),
      ),
    [path],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, failure, reload };
}

/** Posts JSON; resolves to the answer or throws an Error with a Dutch message. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  try {
    return await api<T>(path, { method: 'POST', body: JSON.stringify(body) });
  } catch (e) {
    throw new Error(e instanceof ApiError ? e.message : 'Vastleggen is mislukt.');
  }
}

/** A label map as select options. */
export const optionsOf = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }));

export const YES_NO = [
  { value: 'nee', label: 'Nee' },
  { value: 'ja', label: 'Ja' },
];

export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Whole minutes from a text field: null when empty, undefined when not a whole number of 1–1440. */
export function minutesOf(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 1440 ? n : undefined;
}

/** Today as JJJJ-MM-DD in the browser's time zone (form default only). */
export const todayText = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export const RING_LABELS: Record<string, string> = {
  '0': 'Kern',
  '1': 'Ring 1',
  '2': 'Ring 2',
  '3': 'Ring 3',
  null: 'Buiten de ringen',
};
