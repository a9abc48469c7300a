// SPDX-License-Identifier: EUPL-1.2
/** The policy table as Markdown, for docs/authorization.md (a test keeps the two equal). */
import { ACTIONS, POLICIES } from './policy.ts';
import { ROLES, type Role } from './roles.ts';

export function authorizationTable(): string {
  const roles = Object.keys(ROLES) as Role[];
  const header = `| actie | uitleg | ${roles.join(' | ')} |`;
  const rule = `|---|---|${roles.map(() => ':-:').join('|')}|`;
  const rows = ACTIONS.map((action) => {
    const { rollen, uitleg } = POLICIES[action];
    const cells = roles.map((r) => ((rollen as readonly Role[]).includes(r) ? '✓' : ''));
    return `| \`${action}\` | ${uitleg} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
