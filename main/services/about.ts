import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AboutInfo } from '@domain/ipc/contract';

/** The runtime's versions as the About box shows them; Electron's are absent in the web host. */
export interface Runtime {
  electron: string | null;
  chromium: string | null;
  node: string;
}

const PackageJson = z.object({
  version: z.string(),
  // Old packages give an object or a list here; those are shown as "see the package".
  license: z.unknown().optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
});
type PackageJson = z.infer<typeof PackageJson>;
export type Credit = AboutInfo['credits'][number];

/** How package.json's licence field reads to a person; "UNLICENSED" is npm's word for no licence granted. */
export function describeLicence(license: unknown): string {
  if (license === 'UNLICENSED') return 'All rights reserved (no licence is granted to copy or change it)';
  if (typeof license === 'string' && license.trim() !== '') return license;
  return 'Not stated: see the package';
}

/** A short Markdown notice as plain text: headings dropped, paragraphs joined into lines, links as "text (address)". */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^#.*$/gm, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function readPackage(file: string): PackageJson | null {
  try {
    return PackageJson.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Every package the app ships with, its dependencies' dependencies included, found the way
 * Node finds them: in the requiring package's own node_modules, else the app's.
 */
export function shippedPackages(appDir: string, app: PackageJson): Credit[] {
  const found = new Map<string, Credit>();
  const visit = (pkg: PackageJson, fromDir: string) => {
    const required = Object.keys(pkg.dependencies ?? {}).map((name) => ({ name, optional: false }));
    const optional = Object.keys(pkg.optionalDependencies ?? {}).map((name) => ({ name, optional: true }));
    for (const { name, optional: isOptional } of [...required, ...optional]) {
      const dir = [path.join(fromDir, 'node_modules', name), path.join(appDir, 'node_modules', name)].find((d) =>
        fs.existsSync(path.join(d, 'package.json')),
      );
      // An optional dependency is shipped only where it is installed (a platform's own helper).
      if (!dir && isOptional) continue;
      const installed = dir ? readPackage(path.join(dir, 'package.json')) : null;
      const key = `${name}@${installed?.version ?? ''}`;
      if (found.has(key)) continue;
      found.set(key, {
        name,
        version: installed?.version ?? 'not installed',
        licence: describeLicence(installed?.license),
      });
      if (dir && installed) visit(installed, dir);
    }
  };
  visit(app, appDir);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/**
 * What the About box shows: the runtime's versions, the app's own licence, the built-in
 * ambience's licence (assets/ambience/LICENSE.md) and the open-source packages the app ships
 * with, read from the installed packages so the list cannot drift from the build.
 */
export function readAbout(appDir: string, runtime: Runtime): AboutInfo {
  const app = readPackage(path.join(appDir, 'package.json'));
  if (!app) throw new Error(`Stillroom's package.json could not be read in ${appDir}.`);
  const ambienceFile = path.join(appDir, 'assets', 'ambience', 'LICENSE.md');
  return {
    runtime,
    appLicence: describeLicence(app.license),
    ambienceLicence: markdownToText(fs.readFileSync(ambienceFile, 'utf8')),
    credits: shippedPackages(appDir, app),
  };
}
