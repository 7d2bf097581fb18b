/**
 * Test helper: a TCP port on 127.0.0.1 that nothing listens on, taken from the kernel (port 0) and released, so a
 * test that needs a refused connection or a port to start a server on never collides with another process's port.
 * @module
 */
import { once } from "node:events";
import { createServer } from "node:net";

/** A port the kernel just handed out and nothing holds now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}
