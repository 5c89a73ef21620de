import type { PeerCertificate } from 'node:tls';
import { CERT_NAME_MISMATCH } from '../http/json-request';

/** A Hue bridge id as its certificate carries it: 16 hexadecimal characters, lower case. */
export const BRIDGE_ID_PATTERN = /^[0-9a-f]{16}$/;

/** A certificate that chains to the Hue authority but was issued to another name. */
export class CertificateNameError extends Error {
  override name = 'CertificateNameError';
  readonly code = CERT_NAME_MISMATCH;
  constructor(
    readonly expected: string,
    readonly presented: string[],
  ) {
    super(`certificate is for ${presented.join(', ') || 'no name'}, expected ${expected}`);
  }
}

/** Every name a certificate was issued to (common names and DNS alternative names), lower case. */
export function certificateNames(cert: PeerCertificate): string[] {
  const commonName: unknown = cert.subject?.CN;
  const names = Array.isArray(commonName) ? commonName.map(String) : commonName ? [String(commonName)] : [];
  for (const entry of (cert.subjectaltname ?? '').split(',')) {
    const match = /^\s*DNS:(.+)$/.exec(entry);
    if (match) names.push(match[1]!);
  }
  return names.map((name) => name.trim().toLowerCase());
}

/**
 * A `checkServerIdentity` for one bridge: the certificate must name the bridge id, whatever
 * address was dialled. Bridges are reached by IP, which their certificates never name; the id
 * is what tells this bridge from any other box on the network. Bridges differ in letter case,
 * so the comparison ignores it.
 */
export function bridgeIdentityCheck(bridgeId: string): (host: string, cert: PeerCertificate) => Error | undefined {
  const expected = bridgeId.toLowerCase();
  return (_host, cert) => {
    const names = certificateNames(cert);
    return names.includes(expected) ? undefined : new CertificateNameError(expected, names);
  };
}

/**
 * A `checkServerIdentity` for the first contact, before the bridge id is known: the chain is
 * still verified against the Hue authority by TLS itself; this only requires the certificate to
 * name a bridge id and hands that id to `found`.
 */
export function anyBridgeIdentity(
  found: (bridgeId: string) => void,
): (host: string, cert: PeerCertificate) => Error | undefined {
  return (_host, cert) => {
    const names = certificateNames(cert);
    const bridgeId = names.find((name) => BRIDGE_ID_PATTERN.test(name));
    if (!bridgeId) return new CertificateNameError('a Hue bridge id', names);
    found(bridgeId);
    return undefined;
  };
}
