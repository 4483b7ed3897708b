/**
 * The inline scripts the site may run, by SHA-256 of their exact text: the one place their hashes are kept.
 *
 * Astro's `security.csp` hashes the scripts it bundles but not `is:inline` ones, so each hash here is committed by
 * hand. `tests/unit/security/inline-scripts.test.ts` recomputes every one from its source file, and the build
 * (`src/security/integration.ts`) fails, naming the page and the script, when a page carries an inline script whose
 * hash is not in its policy. After a Starlight upgrade: run `npm run build`, and for each script it names, read the
 * new script, then replace the hash below (the build prints it) and the same hash in deploy/nginx/isolation-lab.conf.
 */

/** One allowed inline script: where its text lives and why the page needs it. */
export interface InlineScript {
  /** `sha256-` + base64 of the script's text, exactly as written between its tags. */
  readonly hash: `sha256-${string}`;
  /** The file that writes it, from the project root (node_modules/… for upstream). */
  readonly source: string;
  /** Which `<script is:inline>` of that file, counting from 1. */
  readonly nth: number;
  /** What breaks without it. */
  readonly why: string;
}

const STARLIGHT = 'node_modules/@astrojs/starlight/dist';

/** Every inline script the site's pages may carry. */
export const INLINE_SCRIPTS: readonly InlineScript[] = [
  {
    // Ours, and first in <head>: leaves Starlight's theme script only values it understands (hostile storage).
    hash: 'sha256-iU4SfuQ4HJcerCfO8fBFs8OpOdYRuqgQ732X2If8z00=',
    source: 'src/components/overrides/ThemeProvider.astro',
    nth: 1,
    why: 'guards the saved theme and blocked storage before Starlight reads them',
  },
  {
    // Runs before first paint so a dark-theme reader never sees a light flash.
    hash: 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
    source: `${STARLIGHT}/components/ThemeProvider.astro`,
    nth: 1,
    why: 'applies the saved theme before first paint',
  },
  {
    // Rendered twice a page (the header's and the mobile menu's theme picker).
    hash: 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
    source: `${STARLIGHT}/components/ThemeSelect.astro`,
    nth: 1,
    why: 'shows the saved theme in the theme picker',
  },
  {
    hash: 'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
    source: `${STARLIGHT}/components/Search.astro`,
    nth: 1,
    why: 'shows the search shortcut (Ctrl+K or ⌘K) for the reader’s platform',
  },
  {
    hash: 'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
    source: `${STARLIGHT}/components/SidebarPersister.astro`,
    nth: 1,
    why: 'reopens the sidebar groups the reader had open',
  },
  {
    hash: 'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
    source: `${STARLIGHT}/components/SidebarPersister.astro`,
    nth: 2,
    why: 'restores the sidebar’s scroll position between pages',
  },
  {
    // No lesson uses <Tabs> today; listed so that the first one that does works under the policy.
    hash: 'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=',
    source: `${STARLIGHT}/user-components/Tabs.astro`,
    nth: 1,
    why: 'restores the tab a reader chose (only on pages with <Tabs>)',
  },
];
