import { test } from '@playwright/test';
import { smokeTest } from './smoke';

// The smoke test against the preview server (`npm run preview`); nginx.spec.ts runs the same one against nginx.
test('smoke: pages, assets, the 404 page, a terminal and search work on the preview server', async ({
  page,
  baseURL,
}) => {
  await smokeTest(page, `${baseURL}/`);
});
