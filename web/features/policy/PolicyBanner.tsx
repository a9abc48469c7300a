// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { describeMode, type PolicyMode } from './PolicyModePage.tsx';

/** Shown to everyone while the office works in another mode than normal (seed 003: known to all). */
export function PolicyBanner() {
  const [mode, setMode] = useState<PolicyMode | null>(null);
  useEffect(() => {
    api<{ huidig: PolicyMode | null }>('/api/beleidsmodus').then(
      (d) => setMode(d.huidig),
      () => undefined,
    );
  }, []);
  if (!mode || (mode.modus === 'normaal' && !mode.zomeractie && mode.ringen.length === 4)) {
    return null;
  }
  return (
    <div className="aw-banner" role="status">
      Beleidsmodus {describeMode(mode)}. Reden: {mode.reden}
    </div>
  );
}
