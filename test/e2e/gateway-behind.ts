/**
 * A gateway in front of a hand-written upstream on 127.0.0.1: for answers the simulator will not give (a cut after a
 * tool call, bytes that are not UTF-8, a tool call with no usable name or id). Its `close` closes all three.
 * @module
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { createUpstreamClient } from "../../src/upstream/upstream-client.js";
import { startGateway, type Gateway, type GatewayOptions } from "./gateway-harness.js";

/**
 * Starts a gateway in front of an upstream that reads each request's whole body and answers 200 with what `answer`
 * makes of it: `text` is the body as sent, `stream` whether it asked for a stream (then the answer is sent as
 * `text/event-stream`, else as JSON).
 */
export function startGatewayAnswering(answer: (text: string, stream: boolean) => string, config?: GatewayOptions["config"], app?: GatewayOptions["app"]): Promise<Gateway> {
  return startGatewayBehind((request, response) => {
    const pieces: Buffer[] = [];
    request.on("data", (piece: Buffer) => pieces.push(piece));
    request.on("end", () => {
      const text = Buffer.concat(pieces).toString("utf8");
      const stream = (JSON.parse(text) as { stream?: boolean }).stream === true;
      response.writeHead(200, { "content-type": stream ? "text/event-stream" : "application/json" });
      response.end(answer(text, stream));
    });
  }, config, app);
}

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
