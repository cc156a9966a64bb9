/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config (Preact JSX, `astro:content` stubs) so unit and component tests compile
// exactly like the site does. End-to-end tests run under Playwright instead (tests/e2e).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    // A folder for the builds that several build test files share (tests/build/built-site.ts).
    globalSetup: ['tests/build/global-setup.ts'],
  },
});
