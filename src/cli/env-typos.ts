/**
 * Environment variables named like one Switchyard reads, that it does not read: `SWITCHYARD_ADMINKEY` started a
 * gateway that said no admin key was set, with the near miss sitting beside it unnamed. Said at `serve`'s start.
 * @module
 */
import { closestName } from "../core/closest-name.js";

/** The variables a user sets for Switchyard, as the note lists them. */
const USER_VARIABLES = ["SWITCHYARD_ADMIN_KEY", "SWITCHYARD_LOG_LEVEL"] as const;

/**
 * Read too, and so never a typo: the stack on errors, and the repository's own (the test suite's stores and browser,
 * the benchmarks'), which a contributor keeps exported (env-typos.test.ts finds every one read).
 */
const OTHER_READ = [
  "SWITCHYARD_DEBUG",
  "SWITCHYARD_TEST_POSTGRES_URL",
  "SWITCHYARD_TEST_REDIS_URL",
  "SWITCHYARD_TEST_STALL_WRITES",
  "SWITCHYARD_CHROMIUM",
  "SWITCHYARD_SCREENSHOT_DIR",
  "SWITCHYARD_SHARED_DATA",
  "SWITCHYARD_BENCH_POSTGRES_URL",
  "SWITCHYARD_MEMORY_PROBE_LIVE",
  "SWITCHYARD_MEMORY_PROBE_OUT",
  "SWITCHYARD_MEMORY_PROBE_SURVIVORS",
  "SWITCHYARD_MEMORY_PROBE_TRACE",
  "SWITCHYARD_MEMORY_PROBE_TRACE_MS",
];

/** How far a name may be from the one meant: a third of its length (a dropped underscore, a transposed pair). */
const NEAR = 1 / 3;

/**
 * A note per variable in `env` that is a near miss of one Switchyard reads, and one naming together the `SWITCHYARD_`
 * variables like none of them; `apiKeyEnv` is the upstream key's.
 */
export function envTypoNotes(env: NodeJS.ProcessEnv, apiKeyEnv: string): string[] {
  const read = new Set<string>([...USER_VARIABLES, ...OTHER_READ, apiKeyEnv]);
  const notes: string[] = [];
  const unknown: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (read.has(name) || env[name] === undefined) continue;
    // Outside SWITCHYARD_, only a name of the upstream key's own family (OPENROUTER_KEY): OPENAI_API_KEY is a few letters
    // off OPENROUTER_API_KEY and another service's.
    const family = name.startsWith("SWITCHYARD_") ? [...USER_VARIABLES] : sameFamily(name, apiKeyEnv) ? [apiKeyEnv] : [];
    const meant = closestName(name, family, NEAR);
    // A near miss of the upstream key's variable matters only while that variable is unset (or empty: unset to serve).
    const missed = meant !== undefined && (meant !== apiKeyEnv || !env[apiKeyEnv]) ? meant : undefined;
    if (missed !== undefined) notes.push(`${shown(name)} is set, but Switchyard reads no such variable: did you mean ${missed}?`);
    else if (name.startsWith("SWITCHYARD_") && meant === undefined) unknown.push(shown(name));
  }
  // Named together: a deployment's several made-up names (PORT, HOST, CONFIG) each repeated the list of the ones read.
  if (unknown.length > 0) {
    const subject = unknown.length === 1 ? `${unknown.join("")} is set, but Switchyard reads no such variable` : `${unknown.join(", ")} are set, but Switchyard reads no such variables`;
    notes.push(`${subject} (it reads ${USER_VARIABLES.join(", ")}; the port and host are serve --port and --host, the rest is the config file).`);
  }
  return notes;
}

/** Whether two variable names begin with the same word (`OPENROUTER` of `OPENROUTER_API_KEY`). */
function sameFamily(name: string, other: string): boolean {
  const word = other.split("_")[0] ?? other;
  return word.length > 0 && name.startsWith(word);
}

/**
 * A variable's name as a warning shows it: as written when it is a plain name, else quoted as JSON (a name may hold any
 * character but `=`, and a newline or an escape sequence written raw split the warning's line or drove the terminal).
 */
function shown(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : JSON.stringify(name);
}
