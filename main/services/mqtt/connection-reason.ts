import type { ConnectionState } from '@domain/board/network-settings';

const TLS_TRUST_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Why the room is not connected, in words for staff. MQTT 3.1.1 answers 4 or 5 for a refused
 * login, MQTT 5 answers 134 or 135; TLS and sockets name their failure by code.
 */
export function describeConnectionError(error: Error & { code?: string | number }): Omit<ConnectionState, 'since'> {
  const code = error.code;
  if (code === 4 || code === 134) {
    return { state: 'refused', reason: 'The broker refused the user name or password.' };
  }
  // Mosquitto answers a wrong password with "not authorized" too, so as not to say which it was.
  if (code === 5 || code === 135) {
    return {
      state: 'refused',
      reason:
        'The broker refused this room (not authorized): check the password, and that the broker knows the room id as a user.',
    };
  }
  if (typeof code === 'string' && TLS_TRUST_CODES.has(code)) {
    return {
      state: 'refused',
      reason: 'The broker’s certificate is not signed by a trusted authority: check the CA file.',
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return { state: 'refused', reason: 'The broker’s certificate is made out to another name than the address.' };
  }
  if (code === 'CERT_HAS_EXPIRED') return { state: 'refused', reason: 'The broker’s certificate has expired.' };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    return { state: 'unreachable', reason: `The broker cannot be reached (${code}).` };
  }
  return { state: 'unreachable', reason: `The broker connection failed: ${error.message}` };
}
