// SPDX-License-Identifier: EUPL-1.2
/**
 * Attendance criteria for meetings (seed 003 proposal 8, R70–R72, W11) under the current policy
 * mode (seed 003 §5.2 rings):
 * - no legal basis → decline (R70); while the privacy officer has not confirmed, the advice is
 *   given but marked as waiting for the legal check;
 * - direct involvement → ring 1 (online) or ring 2 (physical): physical only when ring 2 runs,
 *   online when only ring 1 runs, written input when only the kern runs;
 * - no direct involvement → the outer ring (3): declined when ring 3 does not run; when it runs,
 *   low-urgency (thematic) meetings only for a concrete reason (R72), others online;
 * - written input that suffices replaces taking part (R71: the lighter alternative).
 * Pure: takes the rings in force, never reads the clock or the database.
 */
import type { Attendance, Category, LegalCheck } from '../../../shared/office-kinds.ts';

export interface MeetingRequest {
  categorie: Category;
  directBetrokken: boolean;
  juridischeToets: LegalCheck;
  /** A concrete reason from the office or a partner (R72), for thematic meetings. */
  concreteAanleiding: boolean;
  /** Written information suffices (R71: lighter alternative). */
  schriftelijkVolstaat: boolean;
}

export interface AttendanceAdvice {
  advies: Attendance;
  /** The ring this participation falls in: 1 online, 2 physical (direct involvement), 3 none. */
  ring: 1 | 2 | 3;
  reden: string;
  /** True while the legal basis and data sharing are not yet confirmed by the privacy officer. */
  wachtOpJuridischeToets: boolean;
}

/** The rings when no mode is set: the office works normally, everything runs. */
export const ALL_RINGS: readonly number[] = [0, 1, 2, 3];

/** The advice for a request to join a meeting, under the rings in force. */
export function adviseAttendance(
  request: MeetingRequest,
  ringen: readonly number[] = ALL_RINGS,
): AttendanceAdvice {
  const wacht = request.juridischeToets === 'open';
  const ring = request.directBetrokken ? (ringen.includes(2) ? 2 : 1) : 3;
  const advice = (advies: Attendance, reden: string): AttendanceAdvice => ({
    advies,
    ring,
    reden: wacht ? `${reden} Eerst de juridische toets met de privacy officer.` : reden,
    wachtOpJuridischeToets: wacht,
  });
  if (request.juridischeToets === 'niet_toegestaan') {
    return {
      advies: 'afgewezen',
      ring,
      reden: 'Er is geen wettelijke grondslag of de gegevensdeling is niet in orde.',
      wachtOpJuridischeToets: false,
    };
  }
  const proposed = proposeMode(request, ringen);
  if (proposed.advies !== 'afgewezen' && request.schriftelijkVolstaat) {
    return advice('schriftelijk', 'Schriftelijke inbreng volstaat: dat is minder belastend.');
  }
  return advice(proposed.advies, proposed.reden);
}

function proposeMode(
  request: MeetingRequest,
  ringen: readonly number[],
): { advies: Attendance; reden: string } {
  if (request.directBetrokken) {
    if (ringen.includes(2)) {
      return {
        advies: 'fysiek',
        reden: 'Het bureau is direct betrokken en ring 2 wordt uitgevoerd.',
      };
    }
    if (ringen.includes(1)) {
      return {
        advies: 'online',
        reden: 'Het bureau is direct betrokken; in ring 1 neemt het bureau online deel.',
      };
    }
    return {
      advies: 'schriftelijk',
      reden: 'Alleen de kern wordt uitgevoerd: het bureau geeft schriftelijk inbreng.',
    };
  }
  if (!ringen.includes(3)) {
    return {
      advies: 'afgewezen',
      reden: 'Het bureau is niet direct betrokken en de buitenste ring wordt nu niet uitgevoerd.',
    };
  }
  if (request.categorie === 'laag_urgent' && !request.concreteAanleiding) {
    return {
      advies: 'afgewezen',
      reden:
        'Thematisch of signalerend overleg zonder concrete aanleiding: het bureau sluit niet aan.',
    };
  }
  return {
    advies: 'online',
    reden:
      'Het bureau is niet direct betrokken; deelname in de buitenste ring, in principe online.',
  };
}
