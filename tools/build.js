#!/usr/bin/env node
// Compiles apps/, libs/ and tools/ to dist/ with SWC (decorator metadata included, which NestJS needs
// and esbuild lacks). `@parley/*` imports are rewritten to relative paths, so dist/ runs on plain node.
// Type checking is `npm run typecheck` (tsc); this step only transpiles, which keeps it fast.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const { swcOptions } = require('./swc-options');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist');
const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(f);

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (isSource(full)) yield full;
  }
}

fs.rmSync(outDir, { recursive: true, force: true });
const options = swcOptions(root);
let count = 0;
for (const top of ['apps', 'libs', 'tools']) {
  const dir = path.join(root, top);
  if (!fs.existsSync(dir)) continue;
  for (const file of walk(dir)) {
    const out = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = swc.transformFileSync(file, { ...options, filename: file, sourceMaps: true, outputPath: out });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    if (map) fs.writeFileSync(`${out}.map`, map);
    count += 1;
  }
}
for (const asset of ['libs/sms-text/corpus']) {
  const src = path.join(root, asset);
  if (fs.existsSync(src)) fs.cpSync(src, path.join(outDir, asset), { recursive: true });
}
console.log(`build: ${count} files compiled to dist/`);
