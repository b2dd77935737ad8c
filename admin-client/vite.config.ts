import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client talks only to the gateway: the dev server forwards the gateway's
// paths to it (`npm start` runs it on :4000), the build goes to dist/, which
// the gateway serves at /.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': gateway, '/auth': gateway, '/dev': gateway },
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL and its editor are large; they load only on /graphiql.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler directives ("use no memo") are harmless once bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
