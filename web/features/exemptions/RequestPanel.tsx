// SPDX-License-Identifier: EUPL-1.2
import { useSession } from '../../session.tsx';
import { LeavePanel } from '../leave/LeavePanel.tsx';
import { ObjectionPanel } from '../objections/ObjectionPanel.tsx';
import { ExemptionPanel } from './ExemptionPanel.tsx';

/** On the case page: the exemption or leave request of a case of that soort, else nothing. */
export function RequestPanel({
  soort,
  caseId,
  version,
  onChange,
}: {
  soort: string | undefined;
  caseId: number;
  version: number;
  onChange: () => void;
}) {
  const { may } = useSession();
  const props = { caseId, version, onChange, mayWork: may('exemptions.work') };
  const Panel = soort === 'vrijstelling' ? ExemptionPanel : soort === 'verlof' ? LeavePanel : null;
  if (Panel) {
    return (
      <>
        <Panel {...props} />
        <ObjectionPanel {...props} />
      </>
    );
  }
  return null;
}
