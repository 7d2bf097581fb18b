/**
 * `redactUrl` is what `serve`'s `Storage:` line and the stores' errors print of `storage.redis_url` and
 * `storage.postgres_url`. Both clients take a password from the query string too (`?password=` for pg and ioredis,
 * `?sslpassword=` for pg): only the userinfo's was hidden, so such a URL's password was printed at every start.
 */
import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact-url.js";

describe("redactUrl", () => {
  it("hides the userinfo's password", () => {
    expect(redactUrl("rediss://default:s3cret@redis.internal:6380/0")).toBe("rediss://default:***@redis.internal:6380/0");
  });

  it("hides a password, key or token given in the query string, and keeps the other settings", () => {
    const said = redactUrl("postgres://app@db:5432/sy?sslmode=require&password=s3cret&sslpassword=k3y&sslkey=%2Fetc%2Fk.pem&application_name=sy");
    expect(said).not.toContain("s3cret");
    expect(said).not.toContain("k3y");
    expect(said).toBe("postgres://app@db:5432/sy?sslmode=require&password=***&sslpassword=***&sslkey=***&application_name=sy");
    expect(redactUrl("redis://redis.internal:6379/0?password=s3cret&family=6")).toBe("redis://redis.internal:6379/0?password=***&family=6");
  });

  it("says an unparseable URL is one, without echoing it", () => {
    expect(redactUrl("postgres://user:s3cret@[bad")).toBe("(unparseable url)");
  });
});
