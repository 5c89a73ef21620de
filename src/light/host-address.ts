import { z } from 'zod';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const IPV6 = /^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$/i;

/** Whether a string is an IPv4 address, an IPv6 address or a DNS host name. */
export function isHostAddress(value: string): boolean {
  if (IPV4.test(value) || IPV6.test(value)) return true;
  // Digits and dots only, but not a valid IPv4 address: a typo, not a host name.
  if (/^[\d.]+$/.test(value)) return false;
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  return name.length > 0 && name.length <= 253 && name.split('.').every((label) => HOST_LABEL.test(label));
}

/** An address typed by staff: 192.168.1.20 or hue-bridge.local, without a scheme or path. */
export const HostAddress = z
  .string()
  .max(300)
  .trim()
  .min(1, 'enter an address, like 192.168.1.20')
  .refine((value) => !value.includes('://'), 'enter the address only, like 192.168.1.20, without http:// or https://')
  .refine((value) => !value.includes('/'), 'enter the address only, without a path')
  .refine(isHostAddress, 'this is not an IP address or host name; it should look like 192.168.1.20');
