/**
 * `switchyard keys create|list|revoke`: manage virtual API keys in the configured store.
 * @module
 */
import { didYouMean } from "../../core/closest-name.js";
import type { Command } from "commander";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { MAX_BUDGET_USD } from "../../core/money.js";
import { quoteSentText } from "../../core/quote-sent-text.js";
import type { VirtualKey } from "../../storage/key-store.js";
import { keyJson } from "../../storage/key-json.js";
import { openStorage, type Storage, type StorageConfig } from "../../storage/open-storage.js";
import { openStorageToRead, withoutRedis } from "../open-storage-to-read.js";
import { issueVirtualKey, MAX_RPM } from "../../storage/virtual-key-secret.js";
import type { CliIo } from "../cli-io.js";
import { loadConfigFile } from "../load-runtime.js";
import { parseList, parseNonNegative } from "../parse-options.js";
import { hasOwnKey } from "../../core/own-property.js";
import { helpExamples } from "../help-examples.js";

const CREATE_EXAMPLES = `
Examples:
  $ switchyard keys create --name team-search
  $ switchyard keys create --name team-search --daily-budget-usd 5 --rpm 60
  $ switchyard keys create --name batch-jobs --monthly-budget-usd 200 --tiers budget,mid

Budgets are in US dollars over UTC days and months, and start again at 00:00 UTC. A request whose worst-case cost
does not fit in what is left is refused with 402 budget_exceeded (or, with on_exceed: downgrade in the config, sent
to a cheaper tier). 0 allows only models that cost nothing (:free ids, the free tier). The config's budgets: apply to
the key as well.
`;

interface CreateOptions {
  name: string;
  dailyBudgetUsd?: string;
  monthlyBudgetUsd?: string;
  rpm?: string;
  tiers?: string;
  config?: string;
  json?: boolean;
}

/** Registers `keys` and its subcommands. */
export function registerKeysCommand(program: Command, io: CliIo): void {
  const keys = program.command("keys").description("manage virtual API keys (sk-sy-...)")
    .addHelpText("after", helpExamples("switchyard keys create --name team-search --daily-budget-usd 5 --rpm 60", "switchyard keys list", "switchyard keys revoke team-search"));
  keys
    .command("create")
    .description("create a key and print its secret, once")
    .requiredOption("--name <name>", "a unique name, e.g. team-search")
    .option("--daily-budget-usd <usd>", "US dollars the key may spend per UTC day, e.g. 5 or 0.50 (default: no limit of its own)")
    .option("--monthly-budget-usd <usd>", "US dollars the key may spend per UTC calendar month (default: no limit of its own)")
    .option("--rpm <n>", "requests per minute, a whole number N: a burst of N, then one every 60/N s (default: no limit of its own)")
    .option("--tiers <list>", "comma-separated tiers the key may use (default: all)")
    .option("--config <file>", "config file (for storage and tier names)")
    .option("--json", "print {key, secret} as JSON (the key's fields as /api/keys writes them)")
    .addHelpText("after", CREATE_EXAMPLES)
    .action(async (options: CreateOptions) => {
      const config = await loadConfigFile(options.config, io.cwd);
      const listed = options.tiers === undefined ? null : parseList(options.tiers);
      if (listed?.length === 0) throw new InvalidRequestError(`--tiers ${quoteSentText(options.tiers ?? "", 64)} names no tier; leave it out to allow every tier.`);
      const tiers = listed ? [...new Set(listed)] : null;
      // `keys revoke` takes an id or a name: a name shaped like a key id could revoke another key.
      for (const tier of tiers ?? []) {
        if (!hasOwnKey(config.tiers, tier)) throw new InvalidRequestError(`Unknown tier ${quoteSentText(tier, 64)} in --tiers. Valid tiers: ${Object.keys(config.tiers).join(", ")}.${didYouMean(tier, Object.keys(config.tiers))}`);
      }
      await withStorage(config.storage, io, { toRead: false }, async (storage) => {
        const { key, secret } = await issueVirtualKey(
          storage.keys,
          {
            name: options.name,
            dailyBudgetUsd: optionalNumber("--daily-budget-usd", options.dailyBudgetUsd),
            monthlyBudgetUsd: optionalNumber("--monthly-budget-usd", options.monthlyBudgetUsd),
            rpm: options.rpm === undefined ? null : parseRpm(options.rpm),
            allowedTiers: tiers,
          },
          { now: SYSTEM_CLOCK.now() },
        );
        if (options.json) return io.stdout(`${JSON.stringify({ key: keyJson(key), secret }, null, 2)}\n`);
        io.stdout(`Created key ${key.name} (${key.id}):\n\n  ${secret}\n\nStore it now: it is shown only once. ${describeLimits(key)}\n${whereKeysLive(storage)}\n`);
      });
    });
  keys
    .command("list")
    .description("list keys (never their secrets)")
    .addHelpText("after", helpExamples("switchyard keys list", "switchyard keys list --all --json"))
    .option("--all", "include revoked keys")
    .option("--config <file>", "config file")
    .option("--json", "print an array of keys as /api/keys writes them (snake_case)")
    .action(async (options: { all?: boolean; config?: string; json?: boolean }) => {
      const config = await loadConfigFile(options.config, io.cwd);
      await withStorage(config.storage, io, { toRead: true }, async (storage) => {
        const list = await storage.keys.list({ includeRevoked: options.all === true });
        io.stdout(options.json ? `${JSON.stringify(list.map(keyJson), null, 2)}\n` : `${formatKeys(list)}${list.length === 0 ? `${whereKeysLive(storage)}\n` : ""}`);
      });
    });
  keys
    .command("revoke <idOrName>")
    .description("revoke a key by id or name")
    .addHelpText("after", helpExamples("switchyard keys revoke team-search", "switchyard keys revoke key_0123456789abcdef --config switchyard.yaml"))
    .option("--config <file>", "config file")
    .action(async (idOrName: string, options: { config?: string }) => {
      const config = await loadConfigFile(options.config, io.cwd);
      // Nothing to revoke in a store that is not there: said, rather than created empty.
      await withStorage(config.storage, io, { toRead: true }, async (storage) => {
        const revoked = await storage.keys.revoke(idOrName, SYSTEM_CLOCK.now());
        if (!revoked) throw new InvalidRequestError(`No active key with id or name ${quoteSentText(idOrName, 64)}. See \`switchyard keys list\`.`);
        io.stdout(`Revoked key ${revoked.name} (${revoked.id}).\n`);
      });
    });
}

/** Opens the store around `run`; `toRead`: a SQLite file that is not there is an error, never created (open-storage-to-read.ts). */
async function withStorage(config: StorageConfig, io: CliIo, { toRead }: { toRead: boolean }, run: (storage: Storage) => Promise<void>): Promise<void> {
  const storage = toRead ? await openStorageToRead(config, io, "key store") : await openStorage({ storage: withoutRedis(config), cwd: io.cwd, reportQueries: true });
  try {
    await run(storage);
  } finally {
    await storage.close();
  }
}

/**
 * Where the keys were read or written. A gateway sees a key only if it uses the same store: `serve` started in
 * another folder (its own `./.switchyard/`) would refuse the key with a 401 that names no reason.
 */
function whereKeysLive(storage: Storage): string {
  return `Key store: ${storage.describe.keys}. A gateway accepts these keys only if it uses this store (started in this folder, or with the same --config storage).`;
}

function optionalNumber(flag: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const usd = parseNonNegative(flag, value);
  if (usd > MAX_BUDGET_USD) throw new InvalidRequestError(`${flag} must be at most ${MAX_BUDGET_USD} USD, the most the ledger counts exactly (got ${value}).`);
  return usd;
}

function parseRpm(value: string): number {
  const rpm = Number(value);
  if (!Number.isInteger(rpm) || rpm < 1 || rpm > MAX_RPM) throw new InvalidRequestError(`--rpm must be a whole number from 1 to ${MAX_RPM} (got "${value}").`);
  return rpm;
}

/**
 * "Limits: $5 per UTC day, $100 per UTC month, 60 rpm." The windows are UTC days and months (`$5/day` left open
 * which day), and a $0 budget leaves only models that cost nothing, which a bare "$0/day" did not say.
 */
function describeLimits(key: VirtualKey): string {
  const parts = [
    key.dailyBudgetUsd !== null ? `$${key.dailyBudgetUsd} per UTC day` : "",
    key.monthlyBudgetUsd !== null ? `$${key.monthlyBudgetUsd} per UTC month` : "",
    key.rpm !== null ? `${key.rpm} rpm` : "",
    key.allowedTiers ? `tiers ${key.allowedTiers.join(",")}` : "",
  ].filter(Boolean);
  const refused = key.dailyBudgetUsd === 0 || key.monthlyBudgetUsd === 0 ? " With a $0 budget this key may use only models that cost nothing (:free ids, the free tier); every other request gets 402 budget_exceeded." : "";
  // The reset is a budget's; a key limited only by rpm or tiers has none to reset.
  const reset = key.dailyBudgetUsd !== null || key.monthlyBudgetUsd !== null ? "; a budget starts again at 00:00 UTC" : "";
  return parts.length > 0 ? `Limits: ${parts.join(", ")}${reset}.${refused}` : "No limits of its own.";
}

function formatKeys(list: VirtualKey[]): string {
  if (list.length === 0) return "No keys. Without keys the gateway serves 127.0.0.1 only. Create one with `switchyard keys create --name NAME`.\n";
  const header = ["id", "name", "prefix", "created (UTC)", "daily $", "monthly $", "rpm", "tiers", "status"];
  const rows = list.map((key) => [
    key.id,
    key.name,
    `${key.prefix}...`,
    new Date(key.createdAt).toISOString().slice(0, 16).replace("T", " "),
    key.dailyBudgetUsd === null ? "-" : String(key.dailyBudgetUsd),
    key.monthlyBudgetUsd === null ? "-" : String(key.monthlyBudgetUsd),
    key.rpm === null ? "-" : String(key.rpm),
    key.allowedTiers?.join(",") ?? "all",
    key.revokedAt === null ? "active" : `revoked ${new Date(key.revokedAt).toISOString().slice(0, 10)}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const render = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return `${[header, ...rows].map(render).join("\n")}\n`;
}
