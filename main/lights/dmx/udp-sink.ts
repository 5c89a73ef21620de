import dgram from 'node:dgram';

/** Where a DMX output's packets go; the driver sees only this, so tests can catch them. */
export interface PacketSink {
  /** Resolves once the packet has left, rejects with the system's error when it cannot. */
  send(packet: Uint8Array, host: string, port: number): Promise<void>;
  close(): Promise<void>;
}

export interface UdpSinkOptions {
  /** Art-Net may be sent to a broadcast address, which the system refuses unless asked. */
  broadcast?: boolean;
  /** How many routers multicast may cross. */
  multicastTtl?: number;
  /** This computer's address on the lighting network: packets leave from it, multicast by its card. */
  localAddress?: string;
}

/**
 * A UDP socket on an ephemeral port, so a console or receiver on the same computer can
 * still bind 5568 or 6454. A socket that breaks is replaced on the next send.
 */
export function openUdpSink(options: UdpSinkOptions = {}): PacketSink {
  let socket: dgram.Socket | null = null;
  let ready: Promise<dgram.Socket> | null = null;
  let closed = false;

  const open = (): Promise<dgram.Socket> =>
    new Promise((resolve, reject) => {
      const fresh = dgram.createSocket({ type: 'udp4', reuseAddr: false });
      const failed = (error: Error) => {
        closeQuietly(fresh);
        reject(error);
      };
      fresh.once('error', failed);
      fresh.bind({ port: 0, address: options.localAddress || undefined }, () => {
        fresh.off('error', failed);
        try {
          if (options.broadcast) fresh.setBroadcast(true);
          if (options.multicastTtl !== undefined) fresh.setMulticastTTL(options.multicastTtl);
          if (options.localAddress) fresh.setMulticastInterface(options.localAddress);
        } catch (error) {
          failed(error as Error);
          return;
        }
        // A later socket error (rare for UDP) drops this socket; the next send opens another.
        fresh.on('error', () => drop(fresh));
        socket = fresh;
        resolve(fresh);
      });
    });

  const drop = (broken: dgram.Socket) => {
    if (socket !== broken) return;
    socket = null;
    ready = null;
    closeQuietly(broken);
  };

  const current = (): Promise<dgram.Socket> => {
    ready ??= open().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  return {
    async send(packet, host, port) {
      if (closed) throw new Error('this light output has been closed');
      const udp = await current();
      await new Promise<void>((resolve, reject) =>
        udp.send(packet, port, host, (error) => (error ? reject(error) : resolve())),
      );
    },
    async close() {
      closed = true;
      const pending = ready;
      socket = null;
      ready = null;
      const udp = pending ? await pending.catch(() => null) : null;
      if (udp) await new Promise<void>((resolve) => closeQuietly(udp, resolve));
    },
  };
}

/** Closes a socket that may already have been closed by its own error. */
function closeQuietly(socket: dgram.Socket, done?: () => void): void {
  try {
    socket.close(done);
  } catch {
    done?.();
  }
}
