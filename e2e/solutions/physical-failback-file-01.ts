/** Solution of `physical-failback-file-01`: a physical server fails back as a VMware VM (LIFE-9, MT-1). */
import type { Page } from '@playwright/test';
import { failBackFromAzure } from '../demo-kit';

export const runbookId = 'physical-failback-file-01';

export async function solve(page: Page) {
  // LIFE-9: it comes back as a VMware VM.
  await failBackFromAzure(page, {
    item: 'file-01',
    failBack: 'Fail file-01 back as a VMware VM',
    essentialsShow: 'VMware VM',
  });
}
