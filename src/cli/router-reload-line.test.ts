import { expect, it } from "vitest";
import { routerReloadLine } from "./router-reload-line.js";

const STATE_FILE = "/srv/gw/.switchyard/router-state.json";

it("says what was reloaded, from where, and which routers are in use: the shipped one by name", () => {
  const line = routerReloadLine({ active: { id: "shipped", weights: null }, shadow: null, arms: {}, loaded_at: "2026-12-03T19:00:00.000Z" }, STATE_FILE);
  expect(line).toBe(
    "Reloaded the routers on SIGHUP (routing.weights, routing.shadow and the router state file /srv/gw/.switchyard/router-state.json): default router: the shipped one (no adapter); shadow: none.\n",
  );
});

it("names each router's file, the shadow's lack of effect, and the experiment arms", () => {
  const line = routerReloadLine(
    {
      active: { id: "adapter-1a2b", weights: "/srv/gw/adapters/a.json" },
      shadow: { id: "adapter-3c4d", weights: "/srv/gw/adapters/b.json" },
      arms: { "cheap-code": { id: "adapter-5e6f", weights: "/srv/gw/adapters/c.json" } },
      loaded_at: "2026-12-03T19:00:00.000Z",
    },
    STATE_FILE,
  );
  expect(line).toContain("default router: adapter-1a2b from /srv/gw/adapters/a.json;");
  expect(line).toContain("shadow: adapter-3c4d from /srv/gw/adapters/b.json (logged, no effect on traffic);");
  expect(line).toContain("experiment cheap-code's variant: adapter-5e6f from /srv/gw/adapters/c.json.");
});
