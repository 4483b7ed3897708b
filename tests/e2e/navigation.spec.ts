import { expect, test } from '@playwright/test';
import { builtHtml, builtPages } from './site-pages';

test('home page shows the syllabus and starts the course', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Isolation Lab' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Module 1: Foundations/ })).toBeVisible();
  await expect(page.getByText(/in all/)).toContainText(/\d+ (h|min)/);
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(/\/lessons\/why-isolate\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Why isolate?' })).toBeVisible();
});

test('next and previous follow the course order across modules', async ({ page }) => {
  await page.goto('/lessons/why-isolate/');
  await page.getByRole('link', { name: /Next.*What a kernel does/s }).click();
  await expect(page).toHaveURL(/\/lessons\/what-a-kernel-does\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What a kernel does' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Previous.*Why isolate\?/s })).toBeVisible();

  // The sidebar groups lessons by module, in order, and marks the current page.
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.getByText('1. Foundations')).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'What a kernel does' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown address shows the course 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'course home and syllabus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Isolation Lab' })).toBeVisible();
});

test('no page title or heading says the same thing twice', () => {
  for (const path of builtPages()) {
    const html = builtHtml(path);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, path).not.toMatch(/^(.+) \| \1$/);
    expect(html, path).not.toMatch(/Quiz: Quiz:/);
  }
  // A lesson quiz's page says "Quiz:" once, so it is not mistaken for its lesson.
  expect(builtHtml('/quizzes/why-isolate/')).toMatch(/<h1[^>]*>Quiz: Why isolate\?<\/h1>/);
  expect(/<title>([^<]*)<\/title>/.exec(builtHtml('/'))?.[1]).toBe(
    'Isolation Lab: how virtual machines and containers really work',
  );
});

test('a term’s first use in a lesson leads to its glossary entry, which names the lessons that teach it', async ({
  page,
}) => {
  await page.goto('/lessons/hypervisors/');
  const term = page.getByRole('main').getByRole('link', { name: 'hypervisor', exact: true }).first();
  await expect(page.getByRole('main').locator('a.il-term[href$="#term-hypervisor"]')).toHaveCount(1);
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#term-hypervisor$/);
  const entry = page.locator('#term-hypervisor');
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveText('hypervisor');
  // The term's descriptions: its definition, then the lessons that teach it.
  const definition = page.locator('#term-hypervisor + dd');
  await expect(definition).toContainText('Software that creates and runs virtual machines');
  const taught = page.locator('#term-hypervisor + dd + dd');
  await expect(taught).toContainText('Taught in:');
  await expect(taught.getByRole('link', { name: 'Hypervisors' })).toHaveAttribute('href', '/lessons/hypervisors/');
});
