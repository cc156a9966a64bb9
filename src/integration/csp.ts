/** The Content-Security-Policy a Studyforge site runs under (Astro adds hashes of its own scripts). */
import type { AstroUserConfig } from 'astro';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const SITE_CSP: Csp & { algorithm: NonNullable<Csp['algorithm']> } = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // Pagefind's search runs as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not JS eval.
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  // No style attributes at all (Shiki's token colours are classes: markdown/shiki-classes.ts); the only inline
  // <style> is Astro's island rule, which Astro allows by its hash.
  styleDirective: { resources: ["'self'"] },
};
