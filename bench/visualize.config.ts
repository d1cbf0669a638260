// The portal's build with a bundle treemap (rollup-plugin-visualizer, gzip sizes), to see what
// dominates a chunk: `npx vite build -c bench/visualize.config.ts`, then open dist/bundle-report.html.
// It works under Vite 8 (rolldown): the plugin reads the module graph from the output bundle.
import { mergeConfig } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import base from '../vite.config';

export default mergeConfig(base, {
  plugins: [visualizer({ filename: 'dist/bundle-report.html', gzipSize: true, template: 'treemap' })],
});
