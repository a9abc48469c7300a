// SPDX-License-Identifier: EUPL-1.2
/** A meeting as the office API returns it (shared by the meetings page, panel and time page). */
import type {
  ATTENDANCE,
  CATEGORIES,
  LEGAL_CHECK,
  MEETING_TYPES,
} from '../../../shared/office-kinds.ts';

export interface Meeting {
  id: number;
  soort: keyof typeof MEETING_TYPES;
  titel: string;
  datum: string;
  categorie: keyof typeof CATEGORIES;
  directBetrokken: boolean;
  caseId: number | null;
  juridischeToets: keyof typeof LEGAL_CHECK;
  advies: keyof typeof ATTENDANCE;
  adviesReden: string;
  ring: number;
  modus: string;
  besluit: keyof typeof ATTENDANCE | null;
  besluitReden: string | null;
  deelnemers: string[];
  deelgenomen: boolean;
  minuten: number | null;
  acties: string | null;
}
