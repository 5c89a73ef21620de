import { z } from 'zod';
import { parsedUrl, serviceUrl } from '../service-url';
import { ClinicId } from './topics';

/** The broker's address: mqtts:// (TLS) or mqtt:// (only on a trusted network), host and port, nothing else. */
export const BrokerUrl = serviceUrl({
  schemes: ['mqtts', 'mqtt'],
  example: 'mqtts://broker.clinic.lan:8883',
  credentials: 'the user name and password have their own fields',
});

/** Said beside an mqtt:// address: anyone on the network can read and forge what goes over it. */
export function brokerUrlWarning(url: string): string | null {
  return parsedUrl(url)?.protocol === 'mqtt:'
    ? 'mqtt:// is not encrypted: use it only on a network the clinic trusts, and mqtts:// anywhere else.'
    : null;
}

/**
 * The room's link to the clinic network. Off by default. The password lives in the secret store,
 * like the light outputs' keys; the broker user name is the room id.
 */
export const ClinicNetworkSettings = z
  .object({
    enabled: z.boolean(),
    brokerUrl: BrokerUrl.or(z.literal('')),
    clinicId: ClinicId.or(z.literal('')),
    /** A CA certificate file (PEM) for a broker whose certificate the system does not trust. */
    caFile: z.string().trim().max(4096),
    /** Announce the room to Home Assistant (MQTT discovery). Off by default. */
    homeAssistantDiscovery: z.boolean(),
    /** Off for a computer that only shows the clinic board (at the nurses' station): it publishes nothing. */
    publishRoom: z.boolean(),
  })
  .strict()
  .refine((s) => !s.enabled || (s.brokerUrl !== '' && s.clinicId !== ''), {
    message: 'enter the broker address and the clinic id first',
    path: ['enabled'],
  });
export type ClinicNetworkSettings = z.infer<typeof ClinicNetworkSettings>;

export const DEFAULT_CLINIC_NETWORK: ClinicNetworkSettings = {
  enabled: false,
  brokerUrl: '',
  clinicId: '',
  caFile: '',
  homeAssistantDiscovery: false,
  publishRoom: true,
};

/**
 * What a clinic pack carries of the clinic network: the broker's address and the clinic id, the
 * same in every room. Never the password, the CA file or whether a room is connected.
 */
export const ClinicNetworkPart = z
  .object({ brokerUrl: BrokerUrl.or(z.literal('')), clinicId: ClinicId.or(z.literal('')) })
  .strict();
export type ClinicNetworkPart = z.infer<typeof ClinicNetworkPart>;

/** How the room's link to the broker is doing, with the reason in words when it is not connected. */
export const ConnectionState = z.object({
  state: z.enum(['off', 'connecting', 'connected', 'refused', 'unreachable']),
  reason: z.string().nullable(),
  since: z.number(),
});
export type ConnectionState = z.infer<typeof ConnectionState>;
