// SPDX-License-Identifier: EUPL-1.2
import { useSession } from '../../session.tsx';
import { LeavePanel } from '../leave/LeavePanel.tsx';
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
  if (soort === 'vrijstelling') return <ExemptionPanel {...props} />;
  if (soort === 'verlof') return <LeavePanel {...props} />;
  return null;
}
