import { useState, type DragEvent } from 'react';
import { useAppStore } from '../../app/app-store';
import { api, handlesForFiles } from '../../ipc/client';
import { useLibraryActions, useLibraryStore, type ImportMode } from '../../stores/library-store';
import { ImportReportView } from './ImportReportView';

/** Adding music: the system file chooser, drag and drop, or a typed path (web host). */
export function ImportPanel() {
  const canChoose = useAppStore((s) => s.info?.canChooseFiles ?? false);
  const importing = useLibraryStore((s) => s.importing);
  const report = useLibraryStore((s) => s.report);
  const { importPaths } = useLibraryActions();
  const [mode, setMode] = useState<ImportMode>('reference');
  const [typed, setTyped] = useState('');
  const [dropNote, setDropNote] = useState<string | null>(null);

  const choose = async (folders: boolean) => {
    const paths = await api['library.chooseMusic']({ folders });
    if (paths.length > 0) await importPaths(paths, mode);
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    const handles = await handlesForFiles([...event.dataTransfer.files]);
    setDropNote(handles.length === 0 ? 'Dropped files cannot be located here; type the folder path instead.' : null);
    if (handles.length > 0) void importPaths(handles, mode);
  };

  return (
    <section
      className="import-panel"
      aria-label="Add music"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(event) => void onDrop(event)}
    >
      <fieldset className="import-mode">
        <legend>When adding music</legend>
        <label>
          <input type="radio" checked={mode === 'reference'} onChange={() => setMode('reference')} />
          Play it from where it is
        </label>
        <label>
          <input type="radio" checked={mode === 'copy'} onChange={() => setMode('copy')} />
          Copy it into Stillroom's library
        </label>
      </fieldset>
      {canChoose ? (
        <div className="import-buttons">
          <button type="button" className="secondary" disabled={importing !== null} onClick={() => void choose(false)}>
            Add files…
          </button>
          <button type="button" className="secondary" disabled={importing !== null} onClick={() => void choose(true)}>
            Add folder…
          </button>
          <span className="muted">or drop files here</span>
        </div>
      ) : (
        <form
          className="import-path"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim()) void importPaths([typed.trim()], mode);
          }}
        >
          <label className="path-field">
            File or folder path
            <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="/home/clinic/Music" />
          </label>
          <button type="submit" className="secondary" disabled={importing !== null || !typed.trim()}>
            Import
          </button>
        </form>
      )}
      {dropNote && <p className="muted">{dropNote}</p>}
      {importing && (
        <div className="import-progress">
          <progress aria-label="Import progress" max={Math.max(1, importing.total)} value={importing.done} />
          <span>
            {importing.done} of {importing.total || '…'}
          </span>
        </div>
      )}
      {report && <ImportReportView report={report} />}
    </section>
  );
}
