import { describe, expect, it } from "vitest";
import { loadCatalog, type CatalogCache } from "./catalog-loader.js";

const body = (ids: string[]) => ({ data: ids.map((id) => ({ id, context_length: 1000, pricing: { prompt: "0.000001", completion: "0.000002" } })) });

function memoryCache(initial?: { body: unknown; fetchedAt: number }): CatalogCache & { writes: number } {
  let entry = initial;
  return {
    writes: 0,
    async read() {
      return entry;
    },
    async write(next, fetchedAt) {
      this.writes++;
      entry = { body: next, fetchedAt };
    },
  };
}

describe("loadCatalog source order", () => {
  const clock = { now: () => 10_000_000 };

  it("keeps a live catalog it fetched when the cache cannot be written, and says so", async () => {
    const warnings: string[] = [];
    const readOnly: CatalogCache = { read: async () => undefined, write: async () => Promise.reject(new Error("EACCES: permission denied")) };
    const catalog = await loadCatalog({ cache: readOnly, clock, fetchModels: async () => body(["a/live"]), onWarning: (w) => warnings.push(w) });
    expect(catalog.source).toBe("live");
    expect(catalog.get("a/live")).toBeDefined();
    expect(warnings).toEqual([expect.stringMatching(/Fetched the live catalog but could not cache it \(EACCES/)]);
  });

  it("uses a fresh cached copy without fetching", async () => {
    let fetched = 0;
    const cache = memoryCache({ body: body(["a/cached"]), fetchedAt: clock.now() - 1000 });
    const catalog = await loadCatalog({ cache, clock, fetchModels: async () => (fetched++, body(["a/live"])) });
    expect(catalog.source).toBe("cache");
    expect(fetched).toBe(0);
  });

  it("fetches when the cache is stale, and writes the new copy", async () => {
    const cache = memoryCache({ body: body(["a/cached"]), fetchedAt: 0 });
    const catalog = await loadCatalog({ cache, clock, ttlInMs: 1000, fetchModels: async () => body(["a/live"]) });
    expect(catalog.source).toBe("live");
    expect(catalog.has("a/live")).toBe(true);
    expect(cache.writes).toBe(1);
  });

  it("falls back to the last good copy when the live fetch fails, then to the built-in snapshot", async () => {
    const warnings: string[] = [];
    const failing = async () => {
      throw new Error("connect ECONNREFUSED");
    };
    const stale = await loadCatalog({ cache: memoryCache({ body: body(["a/cached"]), fetchedAt: 0 }), clock, fetchModels: failing, onWarning: (w) => warnings.push(w) });
    expect(stale.source).toBe("cache");
    expect(warnings[0]).toMatch(/ECONNREFUSED.*using the cached copy/);
    const builtin = await loadCatalog({ cache: memoryCache(), clock, fetchModels: failing });
    expect(builtin.source).toBe("builtin");
    expect(builtin.size).toBeGreaterThan(30);
  });

  it("ignores a corrupt cache and a live answer that is not a catalog", async () => {
    const warnings: string[] = [];
    const catalog = await loadCatalog({ cache: memoryCache({ body: "garbage", fetchedAt: clock.now() }), clock, fetchModels: async () => ({ error: "nope" }), onWarning: (w) => warnings.push(w) });
    expect(catalog.source).toBe("builtin");
    expect(warnings.join(" ")).toMatch(/Ignoring the cached catalog/);
    expect(warnings.join(" ")).toMatch(/Could not fetch the live catalog/);
  });
});
