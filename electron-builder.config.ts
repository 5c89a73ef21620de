import type { Configuration } from 'electron-builder';

type FuseOptions = NonNullable<Configuration['electronFuses']>;

/**
 * Electron fuses flipped in the packaged binary (electron-builder runs @electron/fuses right
 * before signing). They close doors a treatment-room app never uses: running the binary as
 * plain Node, NODE_OPTIONS, a debugger attached from the command line, and code loaded from
 * anywhere but the signed app.asar. The development binary that `npm start` and the tests use
 * is left as it is.
 */
export const FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Checked on macOS and Windows; electron-builder records the archive's hash for it.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // The windows load app://stillroom, so file:// pages need none of their extra powers.
  grantFileProtocolExtraPrivileges: false,
} as const satisfies FuseOptions;

/**
 * Who publishes the installers. Debian packages need a maintainer with an email and a
 * homepage; Windows shows the name as the company. Replace before shipping to clinics.
 */
export const PUBLISHER = {
  name: 'Stillroom',
  email: 'support@stillroom.invalid',
  homepage: 'https://stillroom.invalid',
} as const;

const ICON = 'assets/icon.png';

const config: Configuration = {
  appId: 'app.stillroom.desktop',
  productName: 'Stillroom',
  copyright: `Copyright © ${PUBLISHER.name}`,
  directories: { output: 'release' },
  // The built app and its assets; production node_modules are added by electron-builder. The web
  // host is for machines without Electron and stays out.
  files: ['out/**', '!out/web-host/**', 'assets/**', '!assets/generate-ambience.sh', 'package.json'],
  asar: true,
  extraMetadata: {
    author: { name: PUBLISHER.name, email: PUBLISHER.email },
    homepage: PUBLISHER.homepage,
  },
  electronFuses: FUSES,
  // No native modules: nothing to rebuild against Electron's Node.
  npmRebuild: false,
  // One 512×512 PNG; electron-builder makes the .icns, .ico and Linux sizes from it.
  icon: ICON,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'AudioVideo',
    synopsis: 'Sound, light and time for a ketamine clinic’s treatment room',
    maintainer: `${PUBLISHER.name} <${PUBLISHER.email}>`,
    icon: ICON,
  },
  appImage: { artifactName: 'Stillroom-${version}-${arch}.${ext}' },
  win: { target: ['nsis'], icon: ICON },
  nsis: {
    // No spaces, so the silent install is easy to type in a deployment script.
    artifactName: 'Stillroom-Setup-${version}.${ext}',
    // Installed once for every user of the room's computer; `/S` installs silently.
    oneClick: false,
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Stillroom',
  },
  mac: { target: ['dmg'], category: 'public.app-category.medical', icon: ICON },
  dmg: { artifactName: 'Stillroom-${version}-${arch}.${ext}' },
};

export default config;
