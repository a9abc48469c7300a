// SPDX-License-Identifier: EUPL-1.2
import { Page } from '../../components/Page.tsx';
import { useSession } from '../../session.tsx';
import { ThuiszitterPanel } from './ThuiszitterPanel.tsx';

/** A person's thuiszitter episodes; a new one opens its own thuiszitter case. */
export function PersonThuiszittersPage({ id }: { id: string }) {
  const { may } = useSession();
  return (
    <Page title="Thuiszitterperiodes">
      <ThuiszitterPanel personId={Number(id)} mayWork={may('cases.work')} />
    </Page>
  );
}
