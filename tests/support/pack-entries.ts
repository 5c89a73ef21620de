import path from 'node:path';
import { PACK_MANIFEST } from '@domain/clinic/clinic-pack';
import { SafeZip } from '../../main/pack/safe-zip';
import { writeTone } from './audio-fixtures';
import type { RawEntry } from './raw-zip';
import { services, tempDir } from './services';

/**
 * A real clinic pack (a playlist of two generated tracks, with their audio) exported from a
 * room of its own: its file, and its entries as raw entries (the manifest first) to craft from.
 */
export async function exportedPack(): Promise<{ file: string; entries: RawEntry[] }> {
  const source = services();
  const music = tempDir();
  writeTone(path.join(music, 'shore.ogg'), { seconds: 2, frequency: 330 });
  writeTone(path.join(music, 'hush.ogg'), { seconds: 2, frequency: 550 });
  await source.handlers['library.import']({ paths: [music], mode: 'copy' });
  const tracks = await source.handlers['library.list']({});
  await source.handlers['playlists.save']({ name: 'Shore', crossfadeSec: 0.5, trackIds: tracks.map((t) => t.id) });
  const file = path.join(tempDir(), 'pack.zip');
  await source.handlers['pack.export']({ path: file, includeAudio: true });

  const zip = await SafeZip.open(file, () => true);
  try {
    const names = [...zip.entries.keys()].sort((a, b) => Number(b === PACK_MANIFEST) - Number(a === PACK_MANIFEST));
    const entries: RawEntry[] = [];
    for (const name of names) entries.push({ name, data: await zip.readBytes(name, 50_000_000) });
    return { file, entries };
  } finally {
    zip.close();
  }
}
