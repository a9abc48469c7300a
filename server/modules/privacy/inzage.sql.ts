// SPDX-License-Identifier: EUPL-1.2
/**
 * The inzageverzoek (art. 15 AVG): everything stored about one person, for the privacy officer to
 * hand to the person. Holds the full BSN, so it is never logged; the caller records the audit entry
 * (or passes `audit` to have it recorded here).
 */
import type { Database } from '../../db/connect.ts';
import { DomainFailure, domainError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { IsoDate } from '../rules/index.ts';
import type { Inzage } from './inzage-types.ts';
import { collectWorkSections } from './inzage-work.sql.ts';
import { selectAuditEntries } from './queries/audit.sql.ts';
import { selectCases } from './queries/cases.sql.ts';
import { selectRejectionsWithBsn } from './queries/import-rejections.sql.ts';
import { selectPerson, selectRelations, selectResidence } from './queries/person.sql.ts';
import { loadRetentionFacts, loadRetentionSettings } from './queries/retention-facts.sql.ts';
import {
  selectAbsenceReports,
  selectEnrolments,
  selectExemptions,
} from './queries/school-data.sql.ts';
import { decideAll } from './retention-run.ts';
import type { RetentionDecision } from './retention.ts';

/** Who asks and why, for the audit entry `privacy.inzage_exported`. */
export interface InzageAudit {
  actor: string;
  doel?: string;
}

/** Collects every stored fact about person `personId` on `today`; throws `privacy.person_not_found`. */
export async function collectInzage(
  database: Database,
  personId: number,
  today: IsoDate,
  audit?: InzageAudit,
): Promise<Inzage> {
  const persoon = await selectPerson(database, personId);
  if (!persoon) {
    throw new DomainFailure(
      domainError('privacy.person_not_found', 'not_found', 'Deze persoon bestaat niet.', {
        personId,
      }),
    );
  }
  // The audit entries are read before this export's own entry is written, so it is not in its own list.
  const [woonhistorie, ouders, kinderen, inschrijvingen, verzuimmeldingen, vrijstellingen] =
    await Promise.all([
      selectResidence(database, personId),
      selectRelations(database, personId, 'ouders'),
      selectRelations(database, personId, 'kinderen'),
      selectEnrolments(database, personId),
      selectAbsenceReports(database, personId),
      selectExemptions(database, personId),
    ]);
  const [zaken, auditregels, afgewezenImportregels, bewaartermijn, werk] = await Promise.all([
    selectCases(database, personId),
    selectAuditEntries(database, personId),
    selectRejectionsWithBsn(database, persoon.bsn),
    retentionOf(database, personId, today),
    collectWorkSections(database, personId),
  ]);
  if (audit) {
    await recordAudit(database, {
      actor: audit.actor,
      actie: 'privacy.inzage_exported',
      onderwerpSoort: 'person',
      onderwerpId: String(personId),
      doel: audit.doel ?? 'inzageverzoek',
    });
  }
  return {
    exportdatum: today,
    persoon,
    woonhistorie,
    ouders,
    kinderen,
    inschrijvingen,
    verzuimmeldingen,
    vrijstellingen,
    zaken,
    auditregels,
    afgewezenImportregels,
    ...werk,
    bewaartermijn,
  };
}

/** The decision the retention job would take for this person today (art. 15(1)(d) AVG). */
async function retentionOf(
  database: Database,
  personId: number,
  today: IsoDate,
): Promise<RetentionDecision> {
  const [settings, facts] = await Promise.all([
    loadRetentionSettings(database),
    loadRetentionFacts(database, personId),
  ]);
  const decision = decideAll(facts.persons, facts.childrenOf, today, settings).get(personId);
  // The person row was just read; only a concurrent deletion makes it disappear in between.
  if (!decision) {
    throw new DomainFailure(
      domainError('privacy.person_not_found', 'not_found', 'Deze persoon bestaat niet.', {
        personId,
      }),
    );
  }
  return decision;
}
