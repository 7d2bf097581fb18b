/**
 * Which interface the gateway binds: loopback unless virtual keys exist, so it is never open to the network
 * without keys.
 * @module
 */

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** The interface to bind, with the notice that says why. */
export function chooseHost(requested: string | undefined, activeKeys: number, onNotice: (text: string) => void): string {
  const host = requested ?? "127.0.0.1";
  if (activeKeys > 0 || LOOPBACK.has(host)) {
    if (activeKeys === 0) onNotice("No virtual keys exist, so the gateway accepts any caller and listens on 127.0.0.1 only. Create one with `switchyard keys create --name NAME`.");
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
    return { host, keylessAllowed: LOOPBACK.has(host) };
  }
  const host = requested ?? "127.0.0.1";
  if (LOOPBACK.has(host)) return { host, keylessAllowed: true };
  onNotice(`The key store is not reachable, so whether virtual keys exist is unknown: the gateway listens on ${host} and, should the store hold no key, refuses requests without one.`);
  return { host, keylessAllowed: false };
}
