import { defineConfig } from 'vite';

// The explorer is plain TypeScript + Cytoscape.js, bundled into static files that the
// PlanGraph server serves at /. No CDN at run time: everything is in ui/dist.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
