// The registry this project installs from serves only the platform packages of this
// machine (linux-x64-gnu); npm then leaves the other platforms' optional binaries
// (@rollup/rollup-*, @esbuild/*, …) out of package-lock.json, and `npm ci` refuses the
// lock as out of sync. This adds the missing optional entries with the os/cpu/libc their
// names state, so npm ci skips them as it would anywhere else. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'netbsd', 'openharmony', 'sunos', 'win32', 'aix', 'cygwin'];
const CPU = { arm64: 'arm64', arm: 'arm', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x', mips64el: 'mips64el', mipsel: 'mipsel' };

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (pkgs[key] || pkgs[nested]) continue;
    const base = name.split('/').pop();
    const parts = base.replace(/^rollup-/, '').split('-');
    const os = parts.find((p) => OS.includes(p)) ?? (parts.includes('windows') ? 'win32' : undefined);
    const cpuPart = parts.find((p) => p in CPU || p === 'arm64' || p === 'x64');
    const entry = { version: range.replace(/^[\^~]/, ''), dev: meta.dev || undefined, optional: true };
    if (os) entry.os = [os];
    if (cpuPart) entry.cpu = [CPU[cpuPart] ?? cpuPart];
    if (parts.includes('musl') || parts.includes('musleabihf')) entry.libc = ['musl'];
    else if (os === 'linux' && (parts.includes('gnu') || parts.includes('gnueabihf'))) entry.libc = ['glibc'];
    if (!os && !cpuPart) entry.os = ['none'];
    pkgs[key] = entry;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock: added ${added} optional platform entries`);
