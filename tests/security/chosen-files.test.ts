import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChosenFiles } from '../../main/services/chosen-files';
import { createAppServices } from '../../main/services/app-services';
import { fileStores, tempDir } from '../support/services';
import { ManualClock } from '../support/manual-clock';
import { T0 } from '../support/runs';

/** The desktop app's services, with a file dialog that answers `answer`. */
function desktop(answer: string) {
  return createAppServices({
    dataDir: tempDir(),
    assetsDir: path.resolve('assets'),
    clock: new ManualClock(T0),
    timeScale: 1,
    storeFactory: fileStores,
    version: '0.0.0',
    chooseFile: async () => answer,
    chooseMusic: async () => [answer],
  });
}

describe('paths chosen in the desktop app stay in the main process', () => {
  it('a dialog answers the page a handle, never the path', async () => {
    const app = desktop('/home/clinic/Secret folder/pack.zip');
    const handle = await app.handlers['files.choose']({ purpose: 'importPack' });
    expect(handle).toMatch(/^chosen:[0-9a-f]{24}\/pack\.zip$/);
    const handles = await app.handlers['library.chooseMusic']({ folders: true });
    expect(JSON.stringify(handles)).not.toContain('Secret folder');
  });

  it('a path the page sends back is refused; only a handle the main process gave out is used', async () => {
    const app = desktop('/no/such/pack.zip');
    await expect(app.handlers['pack.preview']({ path: '/etc/passwd' })).rejects.toThrow(/typed path is not used here/);
    await expect(app.handlers['clinic.importLogo']({ path: '/dev/zero' })).rejects.toThrow(/typed path is not used/);
    await expect(app.handlers['library.import']({ paths: ['/etc'], mode: 'copy' })).rejects.toThrow(/typed path/);
    // A made-up handle is refused as well.
    await expect(app.handlers['pack.import']({ path: `chosen:${'a'.repeat(24)}/pack.zip` })).rejects.toThrow(
      /no longer knows that file/,
    );
    const handle = (await app.handlers['files.choose']({ purpose: 'importPack' }))!;
    // The handle leads to the chosen file, which here does not exist: refused for that reason, not for the handle.
    await expect(app.handlers['pack.preview']({ path: handle })).rejects.toThrow(/does not exist/);
  });

  it('in the web host a typed path is understood as staff meant it', () => {
    const web = new ChosenFiles(false, '/home/clinic');
    expect(web.resolve('"~/packs/room a.zip"')).toBe('/home/clinic/packs/room a.zip');
    expect(() => web.resolve('packs/room.zip')).toThrow(/full path/);
  });
});
