import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { scaledClock, type ClockAnchor, type Clock } from '@domain/clock';
import { resolveDataDir, resolveTimeScale } from '../data-dir';
import { createAppServices } from '../services/app-services';
import { jsonFileStores } from '../services/json-file-store';
import { systemClock } from '../services/system-clock';
import { hostToken } from './host-token';
import { startWebHost } from './web-host';
import { errorMessage } from '@domain/error-message';

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.resolve(here, '../..');

const AnchorFile = z.object({ real: z.number(), session: z.number(), scale: z.number() });

/**
 * A scaled clock must keep counting across restarts, or a resumed session would find its
 * start in the future; so the web host keeps the mapping from real to session time on disk.
 */
function demoClock(dataDir: string, scale: number): Clock {
  if (scale === 1) return systemClock;
  const file = path.join(dataDir, 'time-scale-anchor.json');
  const now = systemClock.now();
  let anchor: ClockAnchor = { real: now, session: now };
  try {
    const saved = AnchorFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    anchor = saved.scale === scale ? saved : { real: now, session: saved.session + (now - saved.real) * saved.scale };
  } catch {
    // No usable anchor yet: this data folder starts its scaled clock now.
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...anchor, scale }));
  return scaledClock(systemClock, scale, anchor);
}

/**
 * Testing against a simulated Hue bridge: STILLROOM_SIMULATED_HUE_CA names a PEM file with its
 * authority and STILLROOM_SIMULATED_HUE_PORT its port. Never set on a clinic's computer.
 */
function simulatedHueBridge(env: NodeJS.ProcessEnv): { ca: string[]; port: number } | undefined {
  const caFile = env.STILLROOM_SIMULATED_HUE_CA;
  if (!caFile) return undefined;
  const port = Number(env.STILLROOM_SIMULATED_HUE_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error('STILLROOM_SIMULATED_HUE_PORT is not a port');
  return { ca: [fs.readFileSync(caFile, 'utf8')], port };
}

async function main(): Promise<void> {
  const dataDir = resolveDataDir(process.env);
  const timeScale = resolveTimeScale(process.env);
  const port = Number(process.env.STILLROOM_PORT ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`STILLROOM_PORT is not a port: ${process.env.STILLROOM_PORT}`);
  const version = (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string })
    .version;
  const reportError = (error: unknown) =>
    process.stderr.write(`Stillroom: ${error instanceof Error ? error.stack : String(error)}\n`);

  const services = createAppServices({
    dataDir,
    assetsDir: path.join(appRoot, 'assets'),
    appDir: appRoot,
    clock: demoClock(dataDir, timeScale),
    realClock: systemClock,
    timeScale,
    storeFactory: jsonFileStores,
    version,
    simulatedHueBridge: simulatedHueBridge(process.env),
    reportError,
  });
  for (const notice of services.notices) process.stderr.write(`Stillroom: ${notice}\n`);
  const token = hostToken(dataDir, { rotate: process.argv.includes('--new-token') });
  const host = await startWebHost({
    services,
    rendererDir: path.join(appRoot, 'out/renderer'),
    port,
    reportError,
    token,
    log: (line) => process.stderr.write(`Stillroom web host: ${line}\n`),
  });
  process.stdout.write(`Stillroom web host: ${host.url}\n`);

  const stop = () =>
    void host
      .close()
      .then(() => services.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Stillroom web host could not start: ${errorMessage(error)}\n`);
  process.exit(1);
});
