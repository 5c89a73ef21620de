// Types for electron-runtime.mjs, which stays plain JavaScript so `npm start` runs before any build.

export const ROOT: string;
export const NODE_IN_ELECTRON: Readonly<Record<number, string>>;

export interface ElectronPackage {
  dir: string;
  version: string;
  major: number;
  nodeRequired: string;
}

export interface BuildTargets {
  electron: string;
  main: string;
  preload: string;
  renderer: string;
  webHost: string;
}

export function electronPackage(root?: string): ElectronPackage;
export function lowestVersion(range: string | undefined): string;
export function atLeast(version: string, lowest: string): boolean;
export function findElectronBinary(root?: string, env?: NodeJS.ProcessEnv): string | null;
export function downloadsDisabled(env?: NodeJS.ProcessEnv): boolean;
export function installElectron(root?: string, env?: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }>;
export function buildTargets(root?: string): BuildTargets;
