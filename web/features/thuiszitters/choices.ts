// SPDX-License-Identifier: EUPL-1.2
/** The controlled lists of a thuiszitter episode with their Dutch names, from the server (one source). */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

export interface Choices {
  types: Record<string, string>;
  onderwijsdeelname: Record<string, string>;
  oorzaken: Record<string, string>;
  eindsituaties: Record<string, string>;
}

export interface Episode {
  id: number;
  personId: number;
  caseId: number;
  naam: string;
  gemeente: string | null;
  school: string | null;
  brin: string | null;
  startdatum: string;
  einddatum: string | null;
  eindsituatie: string | null;
  type: string;
  onderwijsdeelname: string;
  onderwijsdeelnameVanaf: string | null;
  oorzaak: string;
  regie: string;
  wachtlijst: string | null;
  wachtlijstSinds: string | null;
  volgendeTaak: string | null;
  volgendeTaakOp: string | null;
  openTaken: { id: number; omschrijving: string; vervaltOp: string }[];
  dagen: number;
  opTafel: boolean;
  teLaat: boolean;
}

let cached: Promise<Choices> | undefined;

/** The lists (loaded once per page load). */
export function useChoices(): Choices | undefined {
  const [choices, setChoices] = useState<Choices>();
  useEffect(() => {
    cached ??= api<Choices>('/api/thuiszitters/keuzelijsten');
    cached.then(setChoices).catch(() => {
      cached = undefined;
    });
  }, []);
  return choices;
}

/** `{ key: label }` as select options. */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "12 weken" or "5 dagen": how long someone is at home, in words a consultant uses. */
export const duration = (dagen: number) =>
  dagen >= 14 ? `${Math.floor(dagen / 7)} weken` : `${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
