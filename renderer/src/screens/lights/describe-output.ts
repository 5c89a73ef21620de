import type { LightOutput } from '@domain/light/light-output';
import type { OutputStatus } from '@domain/light/output-status';

/** What an output is, in a line staff can check against the room. */
export function describeOutput(output: LightOutput): string {
  switch (output.kind) {
    case 'dmx': {
      const { protocol, universe, startChannel, fixtures, resolution, host } = output.dmx;
      const name = protocol === 'sacn' ? 'sACN' : 'Art-Net';
      const where = host === '' ? 'multicast' : host;
      const count = `${fixtures} fixture${fixtures === 1 ? '' : 's'}`;
      return `DMX · ${name} universe ${universe}, from channel ${startChannel} · ${count}, ${resolution === '16bit' ? '16-bit' : '8-bit'} · ${where}`;
    }
    case 'hue':
      return `Philips Hue · ${output.hue.groupedLight.kind} “${output.hue.groupedLight.name}” · bridge ${output.hue.bridgeHost}`;
    case 'homeAssistant': {
      const count = output.homeAssistant.entityIds.length;
      return `Home Assistant · ${count} light${count === 1 ? '' : 's'} · ${output.homeAssistant.baseUrl}`;
    }
  }
}

export const STATUS_LABELS: Record<OutputStatus['state'], string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  sending: 'Sending',
  retrying: 'Failing',
  failed: 'Failed',
  off: 'Off',
};

/**
 * The status in words, saying only what is known: DMX cannot hear a receiver, so it is "Sending"
 * with its frames a second; a failure comes with its reason.
 */
export function describeStatus(status: OutputStatus): string {
  if (status.state === 'sending') return `Sending · ${status.framesPerSecond} frames/s`;
  return 'reason' in status ? `${STATUS_LABELS[status.state]}: ${status.reason}` : STATUS_LABELS[status.state];
}

/** True for an output that is doing its work as far as can be known. */
export const isWorking = (status: OutputStatus) => status.state === 'connected' || status.state === 'sending';
