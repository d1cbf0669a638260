import { test, expect } from './fixtures';
import { essentials, reprotectToOnPremises } from './helpers';

test('409: a second operation while a job runs is refused, and a double click makes one job', async ({
  page,
  scenario,
}) => {
  await scenario('default', { item: 'web-01' });
  await reprotectToOnPremises(page, { processServer: 'cs-01' });
  await expect(essentials(page)).toContainText('Re-protecting');
  const answer = await page.evaluate(async () => {
    const items = await (
      await fetch(
        '/subscriptions/6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-vault/replicationProtectedItems?api-version=2023-06-01',
      )
    ).json();
    const item = items.value.find((i: { name: string }) => i.name === 'web-01');
    const response = await fetch(`${item.id}/reProtect?api-version=2023-06-01`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        properties: {
          failoverDirection: 'RecoveryToPrimary',
          providerSpecificDetails: {
            instanceType: 'InMage',
            masterTargetId: 'cs-01',
            processServerId: 'cs-01',
            datastoreName: 'datastore-vmfs-01',
            retentionDrive: 'R:',
            profileId: 'contoso-policy-failback',
          },
        },
      }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('OperationNotAllowed');
  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Site Recovery jobs' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'web-01' })).toHaveCount(1);
});
