/// <reference types="astro/client" />

// Astro components imported from TypeScript modules (the MDX component map): typed as Astro
// components for `tsc`; `astro build` compiles them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
