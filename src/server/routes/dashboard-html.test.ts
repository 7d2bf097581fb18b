/**
 * The sign-in page of a gateway started without SWITCHYARD_ADMIN_KEY says how to set one. It said to restart with
 * `npx switchyard serve`: a user trying it with `serve --simulate` (README, journey 1) who followed it word for word
 * started a gateway against the real OpenRouter with no key, and every request failed.
 */
import { describe, expect, it } from "vitest";
import { signInPage } from "./dashboard-html.js";

describe("the sign-in page without an admin key", () => {
  it("says to restart the gateway as it was started, naming --simulate, not a bare serve", () => {
    const page = signInPage({ adminKeyConfigured: false });
    expect(page).toContain("No admin key is set on this gateway");
    expect(page).toContain("export SWITCHYARD_ADMIN_KEY=$(openssl rand -hex 24)");
    expect(page).toContain("then start the gateway again with the command you started it with (such as <code>npx switchyard serve --simulate</code>)");
    expect(page).not.toContain("then <code>npx switchyard serve</code>.");
  });

  it("says nothing of it when a key is set", () => {
    expect(signInPage({ adminKeyConfigured: true })).not.toContain("No admin key is set");
  });
});
