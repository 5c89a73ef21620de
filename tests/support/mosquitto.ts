import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeTcpPort } from './free-port';

/** A real Mosquitto (Debian's) that a test starts: TLS only, a password file and per-room ACLs. */
export interface TestBroker {
  /** mqtts://localhost:<port> */
  url: string;
  port: number;
  dir: string;
  /** The CA that signed the broker's certificate. */
  caFile: string;
  /** Another CA, which did not. */
  otherCaFile: string;
  /** A file holding the user's password (what STILLROOM_MQTT_PASSWORD_FILE points at). */
  passwordFile(user: string): string;
  log(): string;
  stop(): Promise<void>;
  /** Stops and starts it again on the same port, as a broker restart does. */
  restart(): Promise<void>;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** A CA, and a server certificate for localhost and 127.0.0.1 signed by it. */
function makeCertificates(dir: string): void {
  for (const ca of ['ca', 'other-ca']) {
    openssl(dir, [
      'req',
      '-x509',
      ...EC_KEY,
      '-keyout',
      `${ca}.key`,
      '-out',
      `${ca}.pem`,
      '-days',
      '2',
      '-subj',
      `/CN=${ca}`,
    ]);
  }
  openssl(dir, ['req', '-new', ...EC_KEY, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
  fs.writeFileSync(
    path.join(dir, 'server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  );
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  ]);
}

/**
 * Starts Mosquitto with `users` (name → password). Each room may write only
 * `stillroom/<clinic>/<its user name>/#` (and Home Assistant discovery) and read the clinic's
 * rooms; `spy` reads everything.
 */
export async function startMosquitto(options: {
  clinicId: string;
  users: Record<string, string>;
}): Promise<TestBroker> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-mosquitto-'));
  makeCertificates(dir);
  const passwd = path.join(dir, 'passwd');
  fs.writeFileSync(passwd, '');
  for (const [user, password] of Object.entries(options.users)) {
    execFileSync('mosquitto_passwd', ['-b', passwd, user, password], { stdio: 'pipe' });
    fs.writeFileSync(path.join(dir, `${user}.password`), `${password}\n`);
  }
  fs.writeFileSync(
    path.join(dir, 'acl'),
    [
      `pattern write stillroom/${options.clinicId}/%u/#`,
      `pattern read stillroom/${options.clinicId}/#`,
      // Home Assistant discovery: each room announces itself under its own node id.
      'pattern write homeassistant/+/+/+/config',
      'user spy',
      'topic read #',
      '',
    ].join('\n'),
  );
  const port = await freeTcpPort();
  fs.writeFileSync(
    path.join(dir, 'mosquitto.conf'),
    [
      // Mosquitto started as root would otherwise drop to its own user, who cannot read this folder.
      'user root',
      'per_listener_settings false',
      'allow_anonymous false',
      `password_file ${passwd}`,
      `acl_file ${path.join(dir, 'acl')}`,
      'persistence false',
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      'log_type notice',
      // "running" is information: the sign the broker listens.
      'log_type information',
      `listener ${port} 127.0.0.1`,
      `cafile ${path.join(dir, 'ca.pem')}`,
      `certfile ${path.join(dir, 'server.pem')}`,
      `keyfile ${path.join(dir, 'server.key')}`,
      '',
    ].join('\n'),
  );

  let child: ChildProcess;
  let log = '';
  const start = () =>
    new Promise<void>((resolve, reject) => {
      child = spawn('mosquitto', ['-c', path.join(dir, 'mosquitto.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (/running/.test(log.slice(log.lastIndexOf('mosquitto version')))) resolve();
      });
      child.once('exit', (code) => reject(new Error(`mosquitto exited with ${code}: ${log}`)));
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  await start();
  return {
    url: `mqtts://localhost:${port}`,
    port,
    dir,
    caFile: path.join(dir, 'ca.pem'),
    otherCaFile: path.join(dir, 'other-ca.pem'),
    passwordFile: (user) => path.join(dir, `${user}.password`),
    log: () => log,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
  };
}
