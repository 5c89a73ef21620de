import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The bridge id the fake bridge uses unless a test picks another. */
export const TEST_BRIDGE_ID = '001788fffe4d2a1c';
/** Another bridge's id: the certificate of a device that is not the bridge we paired with. */
export const OTHER_BRIDGE_ID = '001788fffe99bb00';

export interface KeyAndCertificate {
  key: string;
  cert: string;
}

/** A test authority standing in for Hue's, and the certificates a fake bridge can present. */
export interface TestCertificates {
  bridgeId: string;
  caPem: string;
  /** Signed by the test authority, issued to the bridge id (as a real bridge's is). */
  bridge: KeyAndCertificate;
  /** Signed by the test authority, but issued to another bridge's id. */
  wrongName: KeyAndCertificate;
  /** Issued to the right bridge id, but signed by nobody we trust (self-signed). */
  untrusted: KeyAndCertificate;
}

const OPENSSL_CONFIG = `
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[authority]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[bridge]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
`;

const made = new Map<string, TestCertificates>();

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

function signedBy(dir: string, name: string, subjectId: string): KeyAndCertificate {
  openssl(dir, [
    'req',
    '-new',
    '-config',
    'openssl.cnf',
    ...EC_KEY,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/C=NL/O=Philips Hue/CN=${subjectId}`,
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    `0x${subjectId}`,
    '-days',
    '3',
    '-extfile',
    'openssl.cnf',
    '-extensions',
    'bridge',
    '-out',
    `${name}.pem`,
  ]);
  return read(dir, name);
}

function read(dir: string, name: string): KeyAndCertificate {
  return {
    key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'),
    cert: fs.readFileSync(path.join(dir, `${name}.pem`), 'utf8'),
  };
}

/** Generates (once per test file and bridge id) a test authority and bridge certificates with openssl. */
export function testCertificates(bridgeId = TEST_BRIDGE_ID): TestCertificates {
  const cached = made.get(bridgeId);
  if (cached) return cached;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-hue-pki-'));
  fs.writeFileSync(path.join(dir, 'openssl.cnf'), OPENSSL_CONFIG);
  openssl(dir, [
    'req',
    '-x509',
    '-config',
    'openssl.cnf',
    '-extensions',
    'authority',
    ...EC_KEY,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '3',
    '-subj',
    '/C=NL/O=Stillroom Test/CN=test-root-bridge',
  ]);
  const bridge = signedBy(dir, 'bridge', bridgeId);
  const wrongName = signedBy(dir, 'wrong-name', OTHER_BRIDGE_ID);
  openssl(dir, [
    'req',
    '-x509',
    '-config',
    'openssl.cnf',
    '-extensions',
    'bridge',
    ...EC_KEY,
    '-keyout',
    'untrusted.key',
    '-out',
    'untrusted.pem',
    '-days',
    '3',
    '-subj',
    `/C=NL/O=Philips Hue/CN=${bridgeId}`,
  ]);
  const certificates: TestCertificates = {
    bridgeId,
    caPem: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    bridge,
    wrongName,
    untrusted: read(dir, 'untrusted'),
  };
  fs.rmSync(dir, { recursive: true, force: true });
  made.set(bridgeId, certificates);
  return certificates;
}
