// SPDX-License-Identifier: EUPL-1.2
/** Retention decisions for a whole set of persons (pure): children are decided before their parents. */
import type { IsoDate } from '../rules/index.ts';
import {
  retentionDecision,
  type RetentionDecision,
  type RetentionFacts,
  type RetentionMemo,
  type RetentionSettingsInput,
} from './retention.ts';

/**
 * Decides for every person in `persons`. A parent's decision takes the decisions of their children
 * (so a parent stays while a child is kept); a cycle in the relations is cut where it closes.
 */
export function decideAll(
  persons: ReadonlyMap<number, RetentionFacts>,
  childrenOf: ReadonlyMap<number, readonly number[]>,
  today: IsoDate,
  settings: RetentionSettingsInput = {},
): Map<number, RetentionDecision> {
  const result = new Map<number, RetentionDecision>();
  const memo: RetentionMemo = new Map();
  const busy = new Set<number>();
  const decide = (id: number, facts: RetentionFacts): RetentionDecision => {
    const done = result.get(id);
    if (done) return done;
    busy.add(id);
    const kinderen: RetentionDecision[] = [];
    for (const child of childrenOf.get(id) ?? []) {
      const childFacts = persons.get(child);
      if (childFacts && !busy.has(child)) kinderen.push(decide(child, childFacts));
    }
    busy.delete(id);
    const decision = retentionDecision(
      kinderen.length ? { ...facts, kinderen } : facts,
      today,
      settings,
      memo,
    );
    result.set(id, decision);
    return decision;
  };
  for (const [id, facts] of persons) decide(id, facts);
  return result;
}
