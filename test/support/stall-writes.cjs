/**
 * Preloaded (`node --require`) into a CLI child process by tests that kill it mid-write: a write of a whole file
 * whose name matches SWITCHYARD_TEST_STALL_WRITES (a regular expression) writes the first half of its bytes, prints
 * `stalled <path>` on standard error and then never finishes, as a slow disk would, so the test can SIGKILL the
 * process at exactly that point. Both ways of writing a whole file are covered: `fs.promises.writeFile(path, …)` and
 * `handle.writeFile(…)` on a handle from `fs.promises.open`.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS by definition */
const fs = require("node:fs");
const { syncBuiltinESMExports } = require("node:module");

const pattern = new RegExp(process.env.SWITCHYARD_TEST_STALL_WRITES ?? "^$");
const matches = (file) => typeof file === "string" && pattern.test(require("node:path").basename(file));

async function stall(file, data, writeHalf) {
  const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data);
  await writeHalf(bytes.subarray(0, Math.floor(bytes.length / 2)));
  fs.writeSync(2, `stalled ${file}\n`);
  setInterval(() => undefined, 1_000);
  return new Promise(() => undefined);
}

const originalWriteFile = fs.promises.writeFile;
fs.promises.writeFile = function writeFile(file, data, options) {
  if (!matches(file)) return originalWriteFile.call(this, file, data, options);
  return stall(file, data, (half) => originalWriteFile(file, half));
};

const originalOpen = fs.promises.open;
fs.promises.open = async function open(file, ...rest) {
  const handle = await originalOpen.call(this, file, ...rest);
  if (matches(file)) {
    const original = handle.writeFile.bind(handle);
    handle.writeFile = (data, options) => stall(file, data, (half) => original(half, options));
  }
  return handle;
};

syncBuiltinESMExports();
