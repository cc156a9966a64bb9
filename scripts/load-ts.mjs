// Loads a TypeScript module of src/ from a plain Node script, through Vite's SSR loader (the same
// transform the tests use), so scripts can share the pure modules without a build step.
import { createServer } from 'vite';

export async function loadTs(path) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    appType: 'custom',
  });
  try {
    return await server.ssrLoadModule(path);
  } finally {
    await server.close();
  }
}
