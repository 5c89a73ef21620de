import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_MANIFEST, type PackManifest } from '@domain/clinic/clinic-pack';
import { writeTone } from '../support/audio-fixtures';
import { journeyWith } from '../support/journeys';
import { program } from '../support/runs';
import { rawZip, type RawEntry } from '../support/raw-zip';
import { services, tempDir } from '../support/services';

/** A clinic with its own settings, a program, a playlist of two tracks and a journey using it. */
async function setUpClinic() {
  const app = services();
  const music = tempDir();
  writeTone(path.join(music, 'shore.ogg'), { seconds: 2, frequency: 330 });
  writeTone(path.join(music, 'hush.ogg'), { seconds: 2, frequency: 550 });
  await app.handlers['library.import']({ paths: [music], mode: 'copy' });
  const tracks = await app.handlers['library.list']({});
  await app.handlers['library.tag']({ trackIds: [tracks[0]!.id], tag: 'nature', on: true });
  const playlist = await app.handlers['playlists.save']({
    name: 'Shore',
    crossfadeSec: 0.5,
    trackIds: tracks.map((t) => t.id),
  });
  await app.handlers['journeys.save'](journeyWith(playlist.id, 'Shore and drones', 'Waves, then a drone.'));
  await app.handlers['programs.save']({ ...program('iv-40'), id: 'clinic-iv-45', name: 'IV infusion, 45 min' });
  const clinic = await app.handlers['clinic.get']({});
  await app.handlers['clinic.save']({
    ...clinic,
    clinicName: 'Harbor Clinic',
    clinicPhone: '555 0100',
    roomName: 'Room A',
  });
  return app;
}

/** Every file of a data folder and its bytes, to prove an import changed nothing. */
function snapshot(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dataDir, name);
    if (fs.statSync(full).isFile()) files[name] = fs.readFileSync(full).toString('base64');
  }
  return files;
}

/** Exports a clinic's pack to a new temporary file. */
const manifestOf = async (app: Awaited<ReturnType<typeof setUpClinic>>, includeAudio = false) => {
  const file = path.join(tempDir(), 'pack.zip');
  await app.handlers['pack.export']({ path: file, includeAudio });
  return { file };
};

function writeZip(entries: RawEntry[]): string {
  const file = path.join(tempDir(), 'crafted.zip');
  fs.writeFileSync(file, rawZip(entries));
  return file;
}

/** A valid manifest (from a real export's content) as a raw entry, optionally changed. */
function manifestEntry(manifest: unknown): RawEntry {
  return { name: PACK_MANIFEST, data: Buffer.from(JSON.stringify(manifest)) };
}

describe('copying a clinic’s setup to another room', () => {
  it('brings settings, programs, journeys, playlists, tags and audio to a new room, keeping its own room name', async () => {
    const source = await setUpClinic();
    const { file } = await manifestOf(source, true);
    const room = services();
    const before = await room.handlers['clinic.get']({});
    const preview = await room.handlers['pack.preview']({ path: file });
    expect(preview.programs.added).toEqual(['IV infusion, 45 min']);
    expect(preview.journeys.added).toEqual(['Shore and drones']);
    expect(preview.playlists.added).toEqual(['Shore']);
    expect(preview.tracksAdded).toBe(2);
    expect(preview.settings).toEqual(expect.arrayContaining(['Clinic name', 'Phone number']));

    await room.handlers['pack.import']({ path: file });
    const clinic = await room.handlers['clinic.get']({});
    expect(clinic).toMatchObject({ clinicName: 'Harbor Clinic', clinicPhone: '555 0100', roomName: before.roomName });
    expect((await room.handlers['programs.list']({})).map((p) => p.name)).toContain('IV infusion, 45 min');
    expect((await room.handlers['journeys.list']({})).map((j) => j.name)).toContain('Shore and drones');
    const [playlist] = await room.handlers['playlists.list']({});
    expect(playlist).toEqual((await source.handlers['playlists.list']({}))[0]);
    const tracks = await room.handlers['library.list']({});
    expect(tracks.map((t) => [t.title, t.tags])).toEqual(
      (await source.handlers['library.list']({})).map((t) => [t.title, t.tags]),
    );
    // The copied audio plays in the new room: served by id, byte for byte the original.
    for (const track of tracks) {
      const response = room.media('track', `${track.id}.ogg`, new Request('http://x/'));
      expect(response.status).toBe(200);
      const original = source.media('track', `${track.id}.ogg`, new Request('http://x/'));
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(await original.arrayBuffer()))).toBe(true);
    }
  });

  it('keeps the settings from before an import, and one step restores them byte for byte', async () => {
    const source = await setUpClinic();
    const { file } = await manifestOf(source, true);
    const room = services();
    const clinicFile = path.join(room.dataDir, 'clinic-config.json');
    const before = fs.readFileSync(clinicFile);
    expect(await room.handlers['pack.lastBackup']({})).toBeNull();
    await room.handlers['pack.import']({ path: file });
    expect(fs.readFileSync(clinicFile).equals(before)).toBe(false);
    expect(await room.handlers['pack.lastBackup']({})).toMatchObject({ takenAt: expect.any(String) });
    await room.handlers['pack.restoreBackup']({});
    expect(fs.readFileSync(clinicFile).equals(before)).toBe(true);
    expect((await room.handlers['journeys.list']({})).map((j) => j.name)).not.toContain('Shore and drones');
  });

  it('migrates settings from a pack of an older Stillroom', async () => {
    const source = await setUpClinic();
    const { file } = await manifestOf(source, true);
    const manifest = await readManifest(file);
    const older = {
      ...manifest,
      clinic: {
        version: 1,
        clinicName: 'Old Harbor',
        roomName: 'x',
        dischargeChecklist: [{ id: 'ride', label: 'Ride home' }],
      },
    };
    const crafted = writeZip([manifestEntry(older), ...(await audioEntries(file))]);
    const room = services();
    const preview = await room.handlers['pack.preview']({ path: crafted });
    expect(preview.migratedFrom).toBe(1);
    await room.handlers['pack.import']({ path: crafted });
    expect((await room.handlers['clinic.get']({})).clinicName).toBe('Old Harbor');
  });
});

describe('a pack that is refused leaves the room exactly as it was', () => {
  const cases: [string, (manifest: PackManifest, audio: RawEntry[]) => RawEntry[], RegExp][] = [
    [
      'malformed JSON',
      (_m, audio) => [{ name: PACK_MANIFEST, data: Buffer.from('{"format": "stillroom-clinic-pack",') }, ...audio],
      /not valid JSON/,
    ],
    [
      'wrong types',
      (m, audio) => [manifestEntry({ ...m, programs: 'all of them' }), ...audio],
      /contents are not valid: programs/,
    ],
    ['a newer pack version', (m, audio) => [manifestEntry({ ...m, packVersion: 99 }), ...audio], /newer Stillroom/],
    [
      'settings from a newer Stillroom',
      (m, audio) => [manifestEntry({ ...m, clinic: { ...m.clinic, version: 99 } }), ...audio],
      /newer Stillroom/,
    ],
    [
      'a path climbing out',
      (m, audio) => [manifestEntry(m), ...audio, { name: '../../escaped.txt', data: Buffer.from('x') }],
      /invalid relative path|climbs out/,
    ],
    [
      'an absolute path',
      (m, audio) => [manifestEntry(m), ...audio, { name: '/tmp/stillroom-absolute.txt', data: Buffer.from('x') }],
      /absolute path/,
    ],
    [
      'a symbolic link',
      (m, audio) => [manifestEntry(m), { ...audio[0]!, mode: 0o120777 }, ...audio.slice(1)],
      /symbolic link/,
    ],
    [
      'a file no pack contains',
      (m, audio) => [manifestEntry(m), ...audio, { name: 'run-me.sh', data: Buffer.from('echo') }],
      /never contains/,
    ],
    [
      'a zip bomb',
      (m, audio) => [
        manifestEntry(m),
        ...audio,
        { name: 'audio/aaaa.ogg', data: Buffer.alloc(64 * 1024 * 1024), deflate: true },
      ],
      /grow \d+ times/,
    ],
    [
      'an entry that holds more than it says',
      (m, audio) => [{ ...manifestEntry(m), deflate: true, declaredSize: 10 }, ...audio],
      /could not be read \(too many bytes|holds more than it says/,
    ],
    ['missing audio', (m) => [manifestEntry(m)], /says it holds the audio/],
    [
      'audio neither in the pack nor in the room',
      (m) => [manifestEntry({ ...m, tracks: m.tracks.map((t) => ({ ...t, audioIncluded: false })) })],
      /lacks 2 track\(s\) .*shore/,
    ],
    [
      'a playlist naming an unknown track',
      (m, audio) => [manifestEntry({ ...m, tracks: m.tracks.slice(1) }), ...audio.slice(1)],
      /does not describe/,
    ],
    ['not a zip at all', () => [], /not a clinic pack|no stillroom-pack/],
  ];

  for (const [what, build, message] of cases) {
    it(`refuses ${what} with a clear message`, async () => {
      const source = await setUpClinic();
      const { file } = await manifestOf(source, true);
      const manifest = await readManifest(file);
      const crafted =
        what === 'not a zip at all'
          ? writeText('this is not a zip file')
          : writeZip(build(manifest, await audioEntries(file)));
      const room = await setUpClinic();
      const before = snapshot(room.dataDir);
      await expect(room.handlers['pack.preview']({ path: crafted })).rejects.toThrow(message);
      await expect(room.handlers['pack.import']({ path: crafted })).rejects.toThrow(message);
      expect(snapshot(room.dataDir)).toEqual(before);
      expect(fs.existsSync(path.resolve(room.dataDir, '../../escaped.txt'))).toBe(false);
    });
  }

  it('refuses audio that holds more than it says, found only while unpacking, without a trace', async () => {
    const source = await setUpClinic();
    const { file } = await manifestOf(source, true);
    const [first, ...rest] = await audioEntries(file);
    // Compressed, so the lie shows only once the entry is inflated, after the checks on the listing.
    const lying = { ...first!, deflate: true, declaredSize: first!.data!.length - 1 };
    const crafted = writeZip([manifestEntry(await readManifest(file)), ...rest, lying]);
    const room = services();
    const before = snapshot(room.dataDir);
    await expect(room.handlers['pack.import']({ path: crafted })).rejects.toThrow(
      /holds more than it says|too many bytes/,
    );
    expect(snapshot(room.dataDir)).toEqual(before);
    expect(fs.existsSync(path.join(room.dataDir, 'library'))).toBe(false);
    expect(await room.handlers['pack.lastBackup']({})).toBeNull();
  });
});

function writeText(text: string): string {
  const file = path.join(tempDir(), 'not-a-pack.zip');
  fs.writeFileSync(file, text);
  return file;
}

/** Reads a real pack's manifest with the app's own safe reader. */
async function readManifest(file: string): Promise<PackManifest> {
  const { SafeZip } = await import('../../main/pack/safe-zip');
  const zip = await SafeZip.open(file, () => true);
  try {
    return JSON.parse(await zip.readText(PACK_MANIFEST, 10_000_000)) as PackManifest;
  } finally {
    zip.close();
  }
}

/** A real pack's audio entries, as raw entries for a crafted zip. */
async function audioEntries(file: string): Promise<RawEntry[]> {
  const { SafeZip } = await import('../../main/pack/safe-zip');
  const zip = await SafeZip.open(file, () => true);
  try {
    const entries: RawEntry[] = [];
    for (const name of zip.entries.keys()) {
      if (!name.startsWith('audio/')) continue;
      const out = path.join(tempDir(), 'audio');
      await zip.extract(name, out);
      entries.push({ name, data: fs.readFileSync(out) });
    }
    return entries;
  } finally {
    zip.close();
  }
}
