import { describe } from "vitest";
import { runRateLimiterContract } from "../rate-limiter.case.test.js";
import { createMemoryRateLimiter } from "./memory-rate-limiter.js";

describe("memory rate limiter", () => {
  runRateLimiterContract({ create: async () => createMemoryRateLimiter() });
});
