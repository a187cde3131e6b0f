// Most tests start as a returning user: the first-run welcome was already answered. This setup
// answers it once through the real screen and saves the browser state (IndexedDB included)
// that the e2e and budget projects start from. Tests of the welcome itself start empty.
import { expect, test as setup } from '@playwright/test';
import { firstRunDoneStateFor } from '../support/paths.mjs';

setup('answer the first-run welcome once', async ({ page, context, baseURL }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Waypoint');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  await context.storageState({
    path: firstRunDoneStateFor(baseURL ?? 'http://localhost:4173'),
    indexedDB: true,
  });
});
