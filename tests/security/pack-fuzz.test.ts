import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_MANIFEST } from '@domain/clinic/clinic-pack';
import { SafeZip } from '../../main/pack/safe-zip';
import { UserError } from '../../main/services/user-error';
import { writeTone } from '../support/audio-fixtures';
import type { RawEntry } from '../support/raw-zip';
import { program } from '../support/runs';
import { services, tempDir } from '../support/services';
import { fuzz, fuzzBudgetMs, reportFuzz } from './support/fuzz';
import { mutatedArchive, type Pack } from './support/pack-mutations';

/** How long the loop generates cases (FUZZ_SECONDS overrides it). */
const BUDGET_MS = fuzzBudgetMs(25);

/** A name no file of the app ever has: if it shows up anywhere, an entry escaped. */
const MARK = `stillroom-fuzz-escaped-${process.pid}`;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

/** A clinic with a logo, a program, a journey and a playlist of two short tracks. */
async function clinicWithEverything() {
  const app = services();
  const music = tempDir();
  writeTone(path.join(music, 'shore.ogg'), { seconds: 0.3, frequency: 330 });
  writeTone(path.join(music, 'hush.ogg'), { seconds: 0.3, frequency: 550 });
  await app.handlers['library.import']({ paths: [music], mode: 'copy' });
  const tracks = await app.handlers['library.list']({});
  const playlist = await app.handlers['playlists.save']({
    name: 'Shore',
    crossfadeSec: 0.1,
    trackIds: tracks.map((t) => t.id),
  });
  await app.handlers['journeys.save']({
    name: 'Shore',
    description: 'Waves.',
    translations: { es: { name: 'Orilla', description: 'Olas.' } },
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { ambience: 'warm-drone' },
      deep: { playlistId: playlist.id },
      closing: { playlistId: playlist.id },
      recovery: { ambience: 'soft-rain' },
    },
  });
  await app.handlers['programs.save']({ ...program('iv-40'), id: 'clinic-iv-45', name: 'IV infusion, 45 min' });
  const logoFile = path.join(music, 'logo.png');
  fs.writeFileSync(logoFile, PNG);
  const { logo } = await app.handlers['clinic.importLogo']({ path: logoFile });
  await app.handlers['clinic.save']({ ...(await app.handlers['clinic.get']({})), clinicName: 'Harbor Clinic', logo });
  return app;
}

/** Every folder, file and link under a folder, files by their bytes' hash, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, full);
    if (entry.isSymbolicLink()) found[name] = `link ${fs.readlinkSync(full)}`;
    else if (entry.isDirectory()) found[name] = 'folder';
    else found[name] = createHash('sha1').update(fs.readFileSync(full)).digest('hex');
  }
  return found;
}

const sandboxes: string[] = [];

/** A room to import into: its data folder alone in a sandbox folder, so any write beside it shows. */
function roomFrom(pristine: string) {
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-fuzz-room-'));
  sandboxes.push(sandbox);
  const dataDir = path.join(sandbox, 'data');
  fs.cpSync(pristine, dataDir, { recursive: true });
  fs.writeFileSync(path.join(sandbox, 'canary.txt'), 'beside the data folder');
  return { sandbox, dataDir, mark: MARK, app: services(dataDir) };
}
type Room = ReturnType<typeof roomFrom>;

/** Whether an escaped entry's marker name appears beside the data folder or above it. */
function escapedFiles(room: Room): string[] {
  const besides = fs.readdirSync(room.sandbox).filter((name) => name !== 'data' && name !== 'canary.txt');
  const above: string[] = [];
  for (
    let dir = path.join(room.dataDir, 'library', 'files');
    dir !== path.dirname(os.tmpdir());
    dir = path.dirname(dir)
  ) {
    for (const name of [MARK, `${MARK}.ogg`]) if (fs.existsSync(path.join(dir, name))) above.push(path.join(dir, name));
  }
  return [...besides.map((name) => path.join(room.sandbox, name)), ...above];
}

describe('the clinic-pack importer under generated archives', () => {
  let pack: Pack;
  /** Data folders to import into: an empty room, and one that already has the pack's tracks. */
  let pristine: string[];

  beforeAll(async () => {
    const source = await clinicWithEverything();
    const file = path.join(tempDir(), 'pack.zip');
    await source.handlers['pack.export']({ path: file, includeAudio: true });
    const zip = await SafeZip.open(file, () => true);
    const files: RawEntry[] = [];
    let manifest: unknown;
    try {
      for (const name of zip.entries.keys()) {
        const data = await zip.readBytes(name, 10_000_000);
        if (name === PACK_MANIFEST) manifest = JSON.parse(data.toString('utf8'));
        else files.push({ name, data });
      }
    } finally {
      zip.close();
    }
    pack = { bytes: fs.readFileSync(file), manifest, files };
    const empty = tempDir();
    services(empty);
    pristine = [empty, source.dataDir];
  }, 60_000);

  afterAll(() => {
    for (const sandbox of sandboxes) fs.rmSync(sandbox, { recursive: true, force: true });
  }, 30_000);

  it(
    'refuses or imports, never throws anything else, never writes outside the data folder, and a refusal changes nothing',
    { timeout: BUDGET_MS + 90_000 },
    async () => {
      const rooms = new Map<string, Room>();
      const roomFor = (dir: string) => {
        if (!rooms.has(dir)) rooms.set(dir, roomFrom(dir));
        return rooms.get(dir)!;
      };
      const archive = path.join(tempDir(), 'case.zip');
      const outcomes = { imported: 0, refused: 0, previewed: 0 };
      const reasons = new Map<string, number>();

      const result = await fuzz({ seed: 0x5eed_0002, maxCases: 1_000_000, budgetMs: BUDGET_MS }, async (random) => {
        const from = random.pick(pristine);
        const room = roomFor(from);
        fs.writeFileSync(archive, mutatedArchive(random, pack, room));
        const before = snapshot(room.dataDir);
        const attempts = random.chance(0.25) ? (['pack.preview', 'pack.import'] as const) : (['pack.import'] as const);
        for (const channel of attempts) {
          let refusal: unknown = null;
          try {
            await room.app.handlers[channel]({ path: archive });
          } catch (error) {
            refusal = error;
          }
          expect(escapedFiles(room), channel).toEqual([]);
          expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
          if (refusal !== null) {
            expect(refusal, `${channel} threw ${String(refusal)}`).toBeInstanceOf(UserError);
            expect(
              snapshot(room.dataDir),
              `${channel} refused (${(refusal as Error).message}) but changed the data folder`,
            ).toEqual(before);
            const reason = (refusal as Error).message.replace(/[“"].*?[”"]|\d+/g, '…').slice(0, 60);
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
            outcomes.refused++;
            return;
          }
          if (channel === 'pack.preview') {
            expect(snapshot(room.dataDir), 'a preview changed the data folder').toEqual(before);
            outcomes.previewed++;
          } else outcomes.imported++;
        }
        // The room took the pack; the next case starts from a clean copy.
        rooms.delete(from);
        fs.rmSync(room.sandbox, { recursive: true, force: true });
      });
      reportFuzz(
        `clinic packs (${outcomes.imported} imported, ${outcomes.refused} refused, ${reasons.size} kinds of refusal)`,
        result,
      );
      expect(result.cases).toBeGreaterThan(300);
      expect(outcomes.imported).toBeGreaterThan(10);
      expect(outcomes.refused).toBeGreaterThan(result.cases / 2);
    },
  );
});
