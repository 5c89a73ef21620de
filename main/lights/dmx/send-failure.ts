import { errorMessage } from '@domain/error-message';

/** Why packets to `destination` did not leave, in words staff can act on. */
export function sendFailureReason(error: unknown, destination: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EHOSTUNREACH':
    case 'EHOSTDOWN':
      return `The lighting node at ${destination} cannot be reached. Check that it is switched on and cabled, and its IP address.`;
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return `This computer has no network that reaches ${destination}. Check the network cable or Wi-Fi.`;
    case 'EACCES':
    case 'EPERM':
      return `The system refused to send to ${destination}; a firewall may be blocking lighting traffic.`;
    case 'EADDRNOTAVAIL':
      return `This computer does not have the network address chosen for lighting. Check the output's settings.`;
    case 'ENOBUFS':
    case 'EAGAIN':
      return `The network is too busy to send to ${destination} just now.`;
    default:
      return `Sending light levels to ${destination} failed: ${errorMessage(error)}`;
  }
}
