import { defineConfig } from 'vite';

// The app is plain Lit + TypeScript; Lit's legacy decorators
// (experimentalDecorators in tsconfig.json) are lowered by Vite's transform.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
