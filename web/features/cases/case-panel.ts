// SPDX-License-Identifier: EUPL-1.2
/** What a werkproces panel on the case page gets, and how it loads its own part of the case. */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

export interface CasePanelProps {
  caseId: number;
  mayWork: boolean;
  /** Bumped after every step, so the panel reloads. */
  version: number;
  onChange: () => void;
}

/**
 * Loads `url` again whenever the case changes (`version`); undefined while loading, null when the
 * case has no such part (the API answers 404).
 */
export function useCasePart<T>(url: string, version: number): T | null | undefined {
  const [part, setPart] = useState<T | null>();
  useEffect(() => {
    api<T>(url).then(setPart, () => setPart(null));
  }, [url, version]);
  return part;
}
