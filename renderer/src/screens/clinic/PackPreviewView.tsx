import type { Output } from '@domain/ipc/contract';

type Preview = Output<'pack.preview'>;

const list = (names: string[]) => names.join(', ');

/** What an import would change, kind by kind, in plain lines. */
export function PackPreviewView({ preview }: { preview: Preview }) {
  const lines: string[] = [];
  if (preview.migratedFrom !== null) {
    lines.push(
      `The pack comes from an older Stillroom (settings version ${preview.migratedFrom}); it will be brought up to date.`,
    );
  }
  if (preview.settings.length) lines.push(`Settings that change: ${list(preview.settings)}.`);
  for (const [kind, changes] of [
    ['Programs', preview.programs],
    ['Journeys', preview.journeys],
    ['Playlists', preview.playlists],
  ] as const) {
    if (changes.added.length) lines.push(`${kind} added: ${list(changes.added)}.`);
    if (changes.replaced.length) lines.push(`${kind} replaced: ${list(changes.replaced)}.`);
    if (changes.removed.length) lines.push(`${kind} removed: ${list(changes.removed)}.`);
  }
  if (preview.tracksAdded) lines.push(`Tracks added to the library: ${preview.tracksAdded}.`);
  if (lines.length === 0) lines.push('Nothing would change: this room already has this setup.');
  return (
    <ul className="pack-preview" aria-label="What the import changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
