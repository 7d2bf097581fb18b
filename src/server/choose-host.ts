/**
 * Which interface the gateway binds: loopback unless virtual keys exist, so it is never open to the network
 * without keys.
 * @module
 */
import { BlockList, isIP } from "node:net";

/** Addresses that reach this machine only: 127.0.0.0/8 and ::1 (BlockList matches other spellings and IPv4-mapped forms). */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/** True for `localhost` or a loopback address in any spelling ("127.0.0.2", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"). */
export function isLoopbackHost(host: string): boolean {
  const family = isIP(host);
  if (family === 4) return LOOPBACK.check(host, "ipv4");
  if (family === 6) return LOOPBACK.check(host, "ipv6");
  return host.toLowerCase() === "localhost";
}

/** The host as the listener takes it: an IPv6 address without the brackets of its URL form ("[::1]" → "::1"). */
function listenable(host: string): string {
  return host.startsWith("[") && host.endsWith("]") && isIP(host.slice(1, -1)) === 6 ? host.slice(1, -1) : host;
}

/** The interface to bind, with the notice that says why. */
export function chooseHost(requested: string | undefined, activeKeys: number, onNotice: (text: string) => void): string {
  const host = requested === undefined ? "127.0.0.1" : listenable(requested);
  if (activeKeys > 0 || isLoopbackHost(host)) {
    if (activeKeys === 0) onNotice(`No virtual keys exist, so the gateway accepts any caller and listens on ${host} only. Create one with \`switchyard keys create --name NAME\`.`);
    else if (requested === undefined) onNotice(`Virtual keys exist, but the gateway listens on ${host} only, as it always does unless told: pass \`--host 0.0.0.0\` to take requests from other machines.`);
    return host;
  }
  onNotice(`No virtual keys exist, so the gateway binds 127.0.0.1 only (not ${host}). Create a key with \`switchyard keys create --name NAME\` to listen on ${host}.`);
  return "127.0.0.1";
}

/**
 * The interface to bind, and whether keyless requests may pass: only on loopback. A gateway bound beyond it (keys
 * existed at start, or the key store was unreachable and could not say) refuses keyless requests should the store
 * hold no active key later (every key revoked, on this instance or another): it is never open to the network
 * without keys.
 */
export function chooseBinding(requested: string | undefined, activeKeys: number | undefined, onNotice: (text: string) => void): { host: string; keylessAllowed: boolean } {
  if (activeKeys !== undefined) {
    const host = chooseHost(requested, activeKeys, onNotice);
    return { host, keylessAllowed: isLoopbackHost(host) };
  }
  const host = requested === undefined ? "127.0.0.1" : listenable(requested);
  if (isLoopbackHost(host)) return { host, keylessAllowed: true };
  onNotice(`The key store is not reachable, so whether virtual keys exist is unknown: the gateway listens on ${host} and, should the store hold no key, refuses requests without one.`);
  return { host, keylessAllowed: false };
}
