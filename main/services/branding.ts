import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readRegularFile } from './regular-file';
import { UserError } from './user-error';

/** A logo is printed small; anything bigger than this is not a logo. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const SIGNATURES: { extension: 'png' | 'jpg'; bytes: number[] }[] = [
  { extension: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
];

/** The kind of picture `data` is, by its first bytes (not its name), or null. */
export function pictureKind(data: Buffer): 'png' | 'jpg' | null {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => data[i] === byte))?.extension ?? null;
}

/**
 * The clinic's logo, copied into `<data>/branding` under a name made from its content, so a
 * setting names only a file the app itself wrote.
 */
export class Branding {
  readonly folder: string;

  constructor(dataDir: string) {
    this.folder = path.join(dataDir, 'branding');
  }

  /** Copies a PNG or JPEG picture in and answers its name for the clinic settings. */
  async importLogo(source: string): Promise<string> {
    const data = await readRegularFile(source, {
      name: `The picture (${path.basename(source)})`,
      tooLarge: 'The picture is larger than 2 MB; choose a smaller logo.',
      maxBytes: MAX_LOGO_BYTES,
    });
    return this.keep(data);
  }

  /** Keeps logo bytes (from a file or a clinic pack) and answers their file name. */
  keep(data: Buffer): string {
    const kind = pictureKind(data);
    if (!kind) throw new UserError('The logo must be a PNG or JPEG picture.');
    if (data.length > MAX_LOGO_BYTES) throw new UserError('The logo is larger than 2 MB.');
    const name = `logo-${createHash('sha256').update(data).digest('hex').slice(0, 16)}.${kind}`;
    fs.mkdirSync(this.folder, { recursive: true });
    const file = path.join(this.folder, name);
    if (!fs.existsSync(file)) fs.writeFileSync(file, data);
    return name;
  }

  /** Where a logo named in the settings is, or null if the file is gone. */
  filePath(name: string): string | null {
    const file = path.join(this.folder, path.basename(name));
    return fs.existsSync(file) ? file : null;
  }
}
