import { reprotectWeb01ToOnPremises } from '../../../contract/reprotect-request.cases';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { ReprotectPane } from './reprotect-pane';
import { fixtureHandlers, posted, VAULT } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { paneQueries } from '../../testing/pane-queries';

function openPane(item: string) {
  return renderPane(<ReprotectPane />, { vault: VAULT, item, child: 'reprotect' });
}

const { pane, optionsOf, pick } = paneQueries('Direction');

beforeEach(() => {
  server.use(...fixtureHandlers);
  posted.length = 0;
});

describe('Re-protect pane, Azure → on-premises (LIFE-3)', () => {
  it('MT-1, PS-2: web-01 is offered master target cs-01 only and process servers cs-01, ps-azure-01', async () => {
    const user = userEvent.setup();
    openPane('web-01');
    const dialog = await pane();
    expect(await within(dialog).findByRole('textbox', { name: 'Direction' })).toHaveValue(
      'Azure to on-premises',
    );
    await within(dialog).findByRole('button', { name: 'Excluded master target servers (1)' });
    expect(await optionsOf(user, 'Master target server')).toEqual(['cs-01']);
    expect(await optionsOf(user, 'Process server')).toEqual(['cs-01', 'ps-azure-01']);
    await user.click(within(dialog).getByRole('button', { name: 'Excluded master target servers (1)' }));
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(/^mt-linux-01.* — OS/);
    expect(within(dialog).getByRole('button', { name: 'Excluded process servers (1)' })).toBeInTheDocument();
    // Datastores and retention drives are counted per master target: absent before one is chosen.
    expect(within(dialog).queryByRole('button', { name: /^Excluded datastores/ })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Excluded retention drives/ })).toBeNull();
    expect(within(dialog).getByRole('textbox', { name: 'Failback policy' })).toHaveValue(
      'contoso-policy-failback',
    );
    expect(dialog).toHaveTextContent('RPO threshold: 15 minutes');
  });

  it('DS-1, DS-3, RV-6: after cs-01, VMFS and vSAN datastores, NFS excluded, R: preselected', async () => {
    const user = userEvent.setup();
    openPane('web-01');
    await pick(user, 'Master target server', 'cs-01');
    const dialog = await pane();
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Retention drive' })).toHaveValue(
        'R: (NTFS, 500 GB)',
      ),
    );
    expect(await optionsOf(user, 'Datastore')).toEqual(['datastore-vmfs-01', 'datastore-vsan-01']);
    await user.click(within(dialog).getByRole('button', { name: 'Excluded datastores (1)' }));
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(
      /^datastore-nfs-01.* — NFS datastores are not supported for failback$/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Excluded retention drives (5)' }));
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(6);
  });

  it('docs/ui-names.md §10, RV-6: typed text and Enter pick the master target even before its list has opened', async () => {
    openPane('web-01');
    const dialog = await pane();
    const mt = await within(dialog).findByRole('combobox', { name: 'Master target server' });
    await within(dialog).findByRole('button', { name: 'Excluded master target servers (1)' });
    // One change event, then Enter at once: the list had no option mounted to mark (a fast typist).
    fireEvent.change(mt, { target: { value: 'cs-01' } });
    fireEvent.keyDown(mt, { key: 'Enter' });
    await waitFor(() => expect(mt).toHaveValue('cs-01 (Windows, esxi-01)'));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Retention drive' })).toHaveValue(
        'R: (NTFS, 500 GB)',
      ),
    );
  });

  it('a master target whose lists cannot be loaded says so instead of leaving them empty', async () => {
    server.use(
      http.get(/\/replicationProtectedItems\/web-01\/eligibility$/, ({ request }) =>
        new URL(request.url).searchParams.get('masterTargetId')
          ? HttpResponse.json(
              { error: { code: 'InternalError', message: 'The master target did not answer' } },
              { status: 409 },
            )
          : undefined,
      ),
    );
    const user = userEvent.setup();
    openPane('web-01');
    await pick(user, 'Master target server', 'cs-01');
    const dialog = await pane();
    expect(
      await within(dialog).findByText(
        /The options could not be loaded: The master target did not answer/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Retention drive' })).toHaveValue('');
  });

  it('RP-1: OK without a datastore shows the error under it and focuses it', async () => {
    const user = userEvent.setup();
    openPane('web-01');
    await pick(user, 'Master target server', 'cs-01');
    await pick(user, 'Process server', 'cs-01');
    const dialog = await pane();
    await waitFor(() =>
      expect(
        within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Retention drive' }).value,
      ).toMatch(/^R:/),
    );
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    const datastore = within(dialog).getByRole('combobox', { name: 'Datastore' });
    await waitFor(() => expect(datastore).toHaveFocus());
    expect(dialog).toHaveTextContent('Select a datastore. It is required even when the disks already exist.');
    expect(posted).toHaveLength(0);
  });

  it('LIFE-3: a complete form posts the InMage input and closes the pane', async () => {
    const user = userEvent.setup();
    openPane('web-01');
    await pick(user, 'Master target server', 'cs-01');
    await pick(user, 'Process server', 'ps-azure-01');
    await pick(user, 'Datastore', 'datastore-vmfs-01');
    await user.dblClick(within(await pane()).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(screen.queryByRole('dialog', { name: 'Re-protect' })).toBeNull();
    expect(posted).toHaveLength(1); // a double click starts one job
    expect(posted[0].path).toMatch(/\/web-01\/reProtect$/);
    expect(posted[0].body).toEqual(reprotectWeb01ToOnPremises());
  });

  it('MT-1, RV-6: db-01 (Linux) gets mt-linux-01 and /mnt/retention', async () => {
    const user = userEvent.setup();
    openPane('db-01');
    expect(await optionsOf(user, 'Master target server')).toEqual(['mt-linux-01']);
    await pick(user, 'Master target server', 'mt-linux-01');
    const dialog = await pane();
    await waitFor(() =>
      expect(
        within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Retention drive' }).value,
      ).toMatch(/^\/mnt\/retention/),
    );
    expect(await optionsOf(user, 'Datastore')).toEqual(['datastore-vmfs-02']);
  });

  it('an ArmError is shown in the pane and nothing is lost', async () => {
    server.use(
      http.post(/\/reProtect$/, () =>
        HttpResponse.json(
          { error: { code: 'InvalidParameter', message: 'Datastore is not accessible (DS-6).' } },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    openPane('web-01');
    await pick(user, 'Master target server', 'cs-01');
    await pick(user, 'Process server', 'cs-01');
    await pick(user, 'Datastore', 'datastore-vsan-01');
    const dialog = await pane();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText('Datastore is not accessible (DS-6).')).toBeInTheDocument();
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Datastore' }).value).toMatch(
      /^datastore-vsan-01/,
    );
  });
});

describe('Re-protect pane, on-premises → Azure (LIFE-6)', () => {
  it('asks for the process server only and posts the InMageAzureV2 input', async () => {
    const user = userEvent.setup();
    openPane('app-01');
    const dialog = await pane();
    expect(await within(dialog).findByRole('textbox', { name: 'Direction' })).toHaveValue(
      'On-premises to Azure',
    );
    expect(within(dialog).queryByRole('combobox', { name: 'Master target server' })).toBeNull();
    expect(await optionsOf(user, 'Process server')).toEqual(['cs-01']);
    await pick(user, 'Process server', 'cs-01');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'InMageAzureV2', processServerId: 'cs-01' },
      },
    });
  });
});
