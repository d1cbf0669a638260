// Build the portal and report what a first visit downloads: the entry chunk and the chunks
// index.html preloads (gzip -9), plus every lazy chunk. Timings: use farm-bench on this command.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const dist = 'dist';
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const firstLoad = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const chunks = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
  .map((file) => ({ file, raw: fs.statSync(path.join(dist, file)).size, gzip: gzip(file) }))
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let first = 0;
for (const c of chunks) {
  // The simulated backend's chunk (msw/browser + simulation) is imported at once by main.tsx.
  const mark = firstLoad.has(c.file) || /\/browser-/.test(c.file) ? '*' : ' ';
  if (mark === '*') first += c.gzip;
  console.log(`${mark} ${c.file.padEnd(48)} ${kb(c.raw).padStart(10)} raw ${kb(c.gzip).padStart(10)} gzip`);
}
console.log(
  `first-load JS (gzip -9, * above): ${kb(first)}; all JS: ${kb(chunks.reduce((s, c) => s + c.gzip, 0))}`,
);
