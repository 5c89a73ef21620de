import { useState } from 'react';
import { useAppStore } from '../../app/app-store';
import { useClinicEditor, useClinicEditorActions } from '../../stores/clinic-editor';
import { api, mediaUrl } from '../../ipc/client';
import { errorMessage } from '@domain/error-message';

/** The clinic's logo for the take-home sheet: chosen (desktop) or typed as a path (web host), or removed. */
export function LogoField() {
  const logo = useClinicEditor((s) => s.config!.logo);
  const { setDetail } = useClinicEditorActions();
  const canChoose = useAppStore((s) => s.info?.canChooseFiles ?? false);
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const use = async (source: string | null) => {
    if (!source) return;
    try {
      const { logo: name } = await api['clinic.importLogo']({ path: source });
      setDetail('logo', name);
      setProblem(null);
      setPath('');
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <fieldset className="choice logo-field">
      <legend>Logo on the take-home sheet</legend>
      {logo ? (
        <img className="logo-preview" src={mediaUrl('branding', logo)} alt="The clinic’s logo" />
      ) : (
        <p className="muted">No logo: the sheet shows the clinic’s name only.</p>
      )}
      <div className="form-actions">
        {canChoose ? (
          <button type="button" onClick={() => void api['files.choose']({ purpose: 'logo' }).then(use)}>
            Choose a picture…
          </button>
        ) : (
          <>
            <label className="sheet-field path-field">
              Picture file (PNG or JPEG)
              <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/clinic/logo.png" />
            </label>
            <button type="button" disabled={path.trim() === ''} onClick={() => void use(path.trim())}>
              Use this picture
            </button>
          </>
        )}
        {logo && (
          <button type="button" className="secondary" onClick={() => setDetail('logo', null)}>
            Remove the logo
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
