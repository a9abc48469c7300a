// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';

export interface AuditFilter {
  actor?: string | undefined;
  actie?: string | undefined;
  onderwerpSoort?: string | undefined;
  onderwerpId?: string | undefined;
  /** First and last calendar day (UTC), both included. */
  van?: string | undefined;
  tot?: string | undefined;
  categorie?: 'avg' | 'wpg' | undefined;
  /** False hides police-data (WPG) entries. */
  metWpg: boolean;
  pagina: number;
}

const PAGE = 100;

/** Newest first, a page at a time; every filter is a bound parameter. */
export async function searchAudit(db: Queryable, filter: AuditFilter) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.actie) add('actie like ?', `${filter.actie.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter.onderwerpSoort) add('onderwerp_soort = ?', filter.onderwerpSoort);
  if (filter.onderwerpId) add('onderwerp_id = ?', filter.onderwerpId);
  if (filter.van) add('tijdstip >= ?::date', filter.van);
  if (filter.tot) add("tijdstip < ?::date + interval '1 day'", filter.tot);
  if (filter.categorie) add('categorie = ?', filter.categorie);
  if (!filter.metWpg) add('categorie <> ?', 'wpg');
  const rows = await db.query<{
    id: number;
    tijdstip: string;
    actor: string;
    actie: string;
    onderwerpSoort: string | null;
    onderwerpId: string | null;
    doel: string | null;
    categorie: string;
    details: Record<string, unknown> | null;
  }>(
    `select id, tijdstip, actor, actie, onderwerp_soort as "onderwerpSoort",
            onderwerp_id as "onderwerpId", doel, categorie, details
       from audit_events ${where.length ? `where ${where.join(' and ')}` : ''}
      order by id desc limit ${PAGE + 1} offset ${(filter.pagina - 1) * PAGE}`,
    params,
  );
  return {
    regels: rows.slice(0, PAGE).map((r) => ({
      ...r,
      id: Number(r.id),
      tijdstip: new Date(r.tijdstip).toISOString(),
    })),
    meer: rows.length > PAGE,
  };
}
