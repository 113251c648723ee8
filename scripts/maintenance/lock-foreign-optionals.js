#!/usr/bin/env node
// Run after `npm install` on a machine whose registry mirror serves only this platform's native
// packages: npm then leaves the other platforms' optional binaries out of package-lock.json and `npm ci`
// refuses the lock ("Missing: @swc/core-darwin-arm64@ from lock file"). This adds those entries
// (version, os, cpu, libc, optional) from each parent's optionalDependencies.
// Adds lock entries for foreign-platform optional packages the local registry mirror does not serve.
const fs = require('fs');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
let added = 0;
const platform = (name) => {
  const n = name.split('/').pop();
  const os = ['darwin','win32','linux','android','freebsd','openharmony','sunos','openbsd','netbsd','aix','wasi'].find((o) => n.includes(o));
  const cpuMap = [['arm64','arm64'],['aarch64','arm64'],['x64','x64'],['x86_64','x64'],['ia32','ia32'],['loong64','loong64'],['ppc64','ppc64'],['riscv64','riscv64'],['s390x','s390x'],['wasm32','wasm32'],['arm','arm']];
  const cpu = (cpuMap.find(([k]) => n.includes(k)) || [])[1];
  const libc = n.includes('musl') ? 'musl' : (os === 'linux' && (n.includes('gnu') || n.includes('glibc')) ? 'glibc' : undefined);
  return { os, cpu, libc };
};
for (const [path, meta] of Object.entries(pk)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies || {})) {
    const base = path ? path + '/node_modules/' + dep : 'node_modules/' + dep;
    if (pk[base] || pk['node_modules/' + dep]) continue;
    const { os, cpu, libc } = platform(dep);
    if (!os && !cpu) { console.error('skip (not platform-specific):', dep); continue; }
    const version = spec.replace(/^[\^~=]/, '');
    const entry = { version, cpu: cpu ? [cpu] : undefined, optional: true, os: os && os !== 'wasi' ? [os] : undefined };
    if (libc) entry.libc = [libc];
    pk['node_modules/' + dep] = JSON.parse(JSON.stringify(entry));
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(pk).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))) sorted[k] = pk[k];
lock.packages = sorted;
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
