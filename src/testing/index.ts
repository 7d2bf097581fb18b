/**
 * Test doubles published as `switchyard/testing`: use them to test code that calls Switchyard or OpenRouter.
 * @module
 */
export * from "./simulator/index.js";
