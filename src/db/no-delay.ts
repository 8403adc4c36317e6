import diagnosticsChannel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

let enabled = false;

/**
 * Turns off Nagle's algorithm on every TCP connection this process opens. neo4j-driver (5.28)
 * leaves it on and writes a request over 1,400 bytes in two packets; the second then waits for
 * the server's delayed ACK and every such query answers ~45 ms late (bench/RESULTS.md, finding
 * 7). The driver has no option for it, and Node announces each new client socket on this
 * channel, so the one place the driver's sockets can be reached without patching it is here.
 * The process opens no other connection for which batching small writes would matter.
 */
export function disableNagleOnClientSockets(): void {
  if (enabled) return;
  enabled = true;
  diagnosticsChannel.subscribe('net.client.socket', (message) => {
    (message as { socket: Socket }).socket.setNoDelay(true);
  });
}
