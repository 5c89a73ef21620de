import { useEffect, useState } from 'react';
import type { Output } from '@domain/ipc/contract';
import { useAppStore } from '../../app/app-store';
import { api } from '../../ipc/client';
import { useLibraryActions } from '../../stores/library-store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PackPreviewView } from './PackPreviewView';
import { StaffPin } from './StaffPin';
import { errorMessage } from '@domain/error-message';

/** Where a pack is, or goes: the system's chooser in the desktop app, a typed path in the web host. */
function PackPath({
  label,
  purpose,
  value,
  onChange,
}: {
  label: string;
  purpose: 'importPack' | 'exportPack';
  value: string;
  onChange: (path: string) => void;
}) {
  const canChoose = useAppStore((s) => s.info?.canChooseFiles ?? false);
  return (
    <div className="form-actions">
      <label className="sheet-field path-field">
        {label}
        <input value={value} onChange={(e) => onChange(e.target.value)} placeholder="/home/clinic/stillroom-pack.zip" />
      </label>
      {canChoose && (
        <button
          type="button"
          className="secondary"
          onClick={() => void api['files.choose']({ purpose }).then((p) => p && onChange(p))}
        >
          Choose…
        </button>
      )}
    </div>
  );
}

/** Copying this room's setup to other rooms as one file, bringing one in, and undoing that. */
export function RoomsTab() {
  const { load: reloadLibrary } = useLibraryActions();
  const [exportPath, setExportPath] = useState('');
  const [withAudio, setWithAudio] = useState(true);
  const [importPath, setImportPath] = useState('');
  const [preview, setPreview] = useState<Output<'pack.preview'> | null>(null);
  const [backup, setBackup] = useState<Output<'pack.lastBackup'>>(null);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refreshBackup = () => void api['pack.lastBackup']({}).then(setBackup);
  useEffect(refreshBackup, []);

  const act = async (work: () => Promise<string | null>) => {
    setProblem(null);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  // Settings, programs, journeys and playlists follow main's announcements; the library's tracks are read again here.
  const reloadEverything = async () => {
    await reloadLibrary();
    refreshBackup();
  };

  return (
    <div className="rooms-tab">
      <section className="form-group" aria-labelledby="export-title">
        <h2 id="export-title">Copy this setup to other rooms</h2>
        <p>
          One file with the clinic’s settings, wording and prompts, its programs, journeys and playlists. Each room
          keeps its own name, lights and PIN.
        </p>
        <label className="check">
          <input type="checkbox" checked={withAudio} onChange={(e) => setWithAudio(e.target.checked)} />
          Include the music files (a larger file, but the other room needs no music of its own)
        </label>
        <PackPath label="Save the pack as" purpose="exportPack" value={exportPath} onChange={setExportPath} />
        <button
          type="button"
          className="primary"
          disabled={exportPath.trim() === ''}
          onClick={() =>
            void act(async () => {
              const done = await api['pack.export']({ path: exportPath.trim(), includeAudio: withAudio });
              return `Saved ${done.path}: ${done.tracks} track(s), ${done.audioFiles} music file(s).`;
            })
          }
        >
          Export clinic pack
        </button>
      </section>

      <section className="form-group" aria-labelledby="import-title">
        <h2 id="import-title">Bring in a clinic pack</h2>
        <p>
          You see what would change first. Then all of it is imported or nothing is, and this room’s setup is kept as a
          backup.
        </p>
        <PackPath
          label="Pack to import"
          purpose="importPack"
          value={importPath}
          onChange={(p) => {
            setImportPath(p);
            setPreview(null);
          }}
        />
        {!preview ? (
          <button
            type="button"
            disabled={importPath.trim() === ''}
            onClick={() =>
              void act(async () => {
                setPreview(await api['pack.preview']({ path: importPath.trim() }));
                return null;
              })
            }
          >
            Preview the import
          </button>
        ) : (
          <>
            <PackPreviewView preview={preview} />
            <div className="form-actions">
              <button type="button" className="secondary" onClick={() => setPreview(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void act(async () => {
                    await api['pack.import']({ path: importPath.trim() });
                    setPreview(null);
                    await reloadEverything();
                    return 'Imported. The setup from before is kept as a backup.';
                  })
                }
              >
                Import all of it
              </button>
            </div>
          </>
        )}
        {backup && (
          <p>
            The setup from before the last import ({new Date(backup.takenAt).toLocaleString()}) is kept.{' '}
            <button type="button" className="link" onClick={() => setConfirmRestore(true)}>
              Restore it
            </button>
          </p>
        )}
      </section>

      {status && <p role="status">{status}</p>}
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      <StaffPin />
      {confirmRestore && (
        <ConfirmDialog
          title="Restore the setup from before the last import?"
          confirmLabel="Restore"
          cancelLabel="Keep the current setup"
          onConfirm={() => {
            setConfirmRestore(false);
            void act(async () => {
              await api['pack.restoreBackup']({});
              await reloadEverything();
              return 'The setup from before the last import is back.';
            });
          }}
          onCancel={() => setConfirmRestore(false)}
        >
          The settings, programs, journeys and playlists go back to how they were before the import.
        </ConfirmDialog>
      )}
    </div>
  );
}
