/**
 * A gateway in front of a hand-written upstream on 127.0.0.1: for answers the simulator will not give (a cut after a
 * tool call, bytes that are not UTF-8, a tool call with no usable name or id). Its `close` closes all three.
 * @module
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";
import { startGateway, type Gateway, type GatewayOptions } from "./gateway-harness.js";

/** Starts `answer` as the upstream and a gateway that sends every request to it. */
export async function startGatewayBehind(answer: RequestListener, config?: GatewayOptions["config"], app?: GatewayOptions["app"]): Promise<Gateway> {
  const upstreamServer = createServer(answer);
  await new Promise<void>((resolve) => upstreamServer.listen(0, "127.0.0.1", resolve));
  const { port } = upstreamServer.address() as AddressInfo;
  const upstream = createUpstreamClient({ baseUrl: `http://127.0.0.1:${port}/api/v1`, apiKey: "sk-or-hostile", connectTimeoutMs: 1_000 });
  const gateway = await startGateway({ app: { ...app, upstream }, ...(config ? { config } : {}) });
  return {
    ...gateway,
    async close() {
      await gateway.close();
      await upstream.close();
      await new Promise((resolve) => upstreamServer.close(resolve));
    },
  };
}
