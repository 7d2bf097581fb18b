import { describe, expect, it } from "vitest";
import { dashboardPageAt } from "./dashboard-page-path.js";

describe("dashboardPageAt", () => {
  it("names the page and its id or name", () => {
    expect(dashboardPageAt("/dashboard")).toEqual({ section: "", param: undefined });
    expect(dashboardPageAt("/dashboard/")).toEqual({ section: "", param: undefined });
    expect(dashboardPageAt("/dashboard/models/")).toEqual({ section: "models", param: undefined });
    expect(dashboardPageAt("/dashboard/decisions/dec_1")).toEqual({ section: "decisions", param: "dec_1" });
    expect(dashboardPageAt("/dashboard/experiments/cheap%20arm")).toEqual({ section: "experiments", param: "cheap arm" });
  });

  it("names no page for an unknown section, a segment too many, an empty segment or broken encoding", () => {
    for (const path of ["/dashboardx", "/dashboard/nope", "/dashboard/models/x", "/dashboard/decisions/a/b", "/dashboard//models", "/dashboard/decisions//", "/dashboard/%E0", "/dashboard/constructor", "/dashboard/__proto__", "/api/x"]) {
      expect(dashboardPageAt(path), path).toBeUndefined();
    }
  });
});
