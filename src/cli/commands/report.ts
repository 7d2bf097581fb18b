/**
 * `switchyard report`: spend, savings and quality from the decision log in the configured store.
 * @module
 */
import type { Command } from "commander";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { didYouMean } from "../../core/closest-name.js";
import { InvalidRequestError } from "../../core/errors/index.js";
import { formatReportTable, generateReport, type SpendReport } from "../../log/build-report.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { REPORT_DIMENSIONS, type ReportDimension } from "../../log/decision-log-store.js";
import { formatExperimentReports } from "../../log/experiment-report-format.js";
import { generateExperimentReports } from "../../log/experiment-report-generate.js";
import { parseSince } from "../../log/parse-since.js";
import { defaultReportSince } from "../../log/report-periods.js";
import { premiumReferenceModel } from "../../log/premium-reference-model.js";
import { formatShadowReport, generateShadowReport } from "../../log/shadow-report.js";
import type { KeyStore } from "../../storage/key-store.js";
import { openStorageToRead } from "../open-storage-to-read.js";
import type { CliIo } from "../cli-io.js";
import { loadConfigFile, loadOfflineCatalog } from "../load-runtime.js";
import { parseWholeNumber } from "../parse-options.js";
import { describeReportFilter, filterAsQuery, readReportFilter, type ReportFilterOptions } from "../report-filter.js";

interface ReportOptions extends ReportFilterOptions {
  /** Undefined: the default of the grouping (defaultReportSince). */
  since?: string;
  by: string;
  json?: boolean;
  config?: string;
  catalog?: string;
  minUnits?: string;
}

const CHART_WIDTH = 40;

/** Registers `report`. */
export function registerReportCommand(program: Command, io: CliIo): void {
  program
    .command("report")
    .description("spend, savings against the premium tier, and quality from the decision log")
    .addHelpText("after", `
Days, months and dates are UTC.

Examples:
  $ switchyard report                        # the last 7 days, by day
  $ switchyard report --since 30d --by task
  $ switchyard report --since 2026-11-01 --by key --json
  $ switchyard report --by experiment          # the last 30 days, as the dashboard's Experiments page
  $ switchyard report --by model --task code_generation --tier premium
`)
    .option("--since <period>", "a duration (30m, 24h, 7d, 4w), a date (2026-11-01) or date-time, or ms since epoch (default: 7d; 30d with --by experiment)")
    .option("--by <dimension>", `group by: ${REPORT_DIMENSIONS.join(", ")}; or shadow (what the shadow router would change)`, "day")
    .option("--json", "print {total, rows} as JSON")
    .option("--config <file>", "config file (for storage and the premium tier)")
    .option("--catalog <file>", "a /models JSON file for the premium model's price")
    .option("--task <task>", "only decisions of this task")
    .option("--tier <tier>", "only decisions routed to this tier")
    .option("--model <model>", "only decisions this model answered")
    .option("--key <key>", "only decisions of this virtual key (name or id)")
    .option("--status <outcome>", "only decisions with this outcome: served, refused, failed, client_error")
    .option("--min-units <n>", "with --by experiment: assignment units each arm needs for a verdict, at least 2 (default: each experiment's min_units_per_arm, else 10)")
    .action(async (options: ReportOptions) => {
      if (options.by === "shadow") {
        if (describeReportFilter(options)) throw new InvalidRequestError("--by shadow reads every auto decision: leave out --task, --tier, --model, --key and --status.");
        await reportShadow(options, io);
        return;
      }
      const by = parseDimension(options.by);
      const minUnits = options.minUnits === undefined ? {} : { minUnitsPerArm: parseWholeNumber("--min-units", options.minUnits, 2) };
      const now = SYSTEM_CLOCK.now();
      const since = parseSince(options.since ?? defaultReportSince(by), now, { flag: "--since" });
      const config = await loadConfigFile(options.config, io.cwd);
      const catalog = await loadOfflineCatalog(options, config, io);
      const premiumModel = premiumReferenceModel(config, catalog);
      const storage = await openStorageToRead(config.storage, io, "decision log");
      // With Postgres, records a stopped gateway left in this host's outbox are shipped before the report reads.
      const decisions = createDecisionLog({ backend: storage.decisionBackend, ...(storage.decisionOutbox ? { durable: true, outbox: storage.decisionOutbox } : {}) });
      try {
        const filter = await readReportFilter(options, storage.keys);
        const filtered = describeReportFilter(options);
        const report = await generateReport(decisions, { since, until: now + 1, by, premiumModel, filter });
        // --by experiment adds the A/B reports (per arm, with intervals and a verdict) to the usual rows.
        const experiments = by === "experiment" ? await generateExperimentReports(decisions, { since, until: now + 1, experiments: config.experiments, ...minUnits }) : undefined;
        // --by key groups by key id; people know their keys by name, so each row also says it (as the dashboard does).
        const keyNames = by === "key" ? await keyNamesById(storage.keys) : undefined;
        const rows = keyNames ? report.rows.map((row) => ({ ...row, key_name: keyNames.get(row.group) ?? null })) : report.rows;
        const output = { ...report, rows, ...(filtered ? { filter: filterAsQuery(filter) } : {}), ...(experiments ? { experiments: experiments.reports, experiments_truncated: experiments.truncated } : {}) };
        const shown = keyNames ? { ...report, rows: report.rows.map((row) => ({ ...row, group: keyNames.has(row.group) ? `${keyNames.get(row.group)} (${row.group})` : row.group })) } : report;
        const empty = report.rows.length === 0 ? emptyLogNote(storage.describe.decisions, filtered, unknownNameHint(options, config)) : "";
        // The experiments' verdicts read each experiment's every decision: the filters narrow the rows above them.
        const heading = filtered ? `Only decisions with ${filtered}.\n` : "";
        const unfiltered = filtered && experiments ? "\nThe experiment verdicts below read all of each experiment's decisions: the filters narrow the rows above only.\n" : "";
        const text = `${heading}${formatReportTable(shown)}\n${formatChart(shown)}${empty}${experiments ? unfiltered + formatExperimentReports(experiments.reports) : ""}`;
        io.stdout(options.json ? `${JSON.stringify(output, null, 2)}\n` : text);
      } finally {
        await decisions.close();
        await storage.close();
      }
    });
}

/** `report --by shadow`: how many decisions the shadow router would change, and its predicted cost. */
async function reportShadow(options: ReportOptions, io: CliIo): Promise<void> {
  const now = SYSTEM_CLOCK.now();
  const since = parseSince(options.since ?? defaultReportSince("shadow"), now, { flag: "--since" });
  const config = await loadConfigFile(options.config, io.cwd);
  const storage = await openStorageToRead(config.storage, io, "decision log");
  const decisions = createDecisionLog({ backend: storage.decisionBackend });
  try {
    const report = await generateShadowReport(decisions, { since, until: now + 1 });
    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatShadowReport(report));
  } finally {
    await decisions.close();
    await storage.close();
  }
}

/**
 * Says which log an empty report read: `report` run outside the folder `serve` runs in reads another (empty) store,
 * and "no decisions" alone would pass for "no traffic".
 */
function emptyLogNote(where: string, filtered: string, hint: string): string {
  if (filtered) return `No decision in this period has ${filtered} (decision log read: ${where}).${hint}\n`;
  return `Decision log read: ${where}. The gateway writes to its own store: run report in the folder where \`switchyard serve\` runs, or pass --config with the same storage.\n`;
}

/**
 * " Did you mean "code_generation"?" for a --task or --tier this config does not know, a few letters off one it does:
 * said only when nothing matched (the log may hold names an older config had).
 */
function unknownNameHint(options: ReportOptions, config: { tasks: Record<string, unknown>; tiers: Record<string, unknown> }): string {
  const hint = (given: string | undefined, known: Record<string, unknown>): string => (given && !Object.hasOwn(known, given) ? didYouMean(given, Object.keys(known)) : "");
  return hint(options.task, config.tasks) || hint(options.tier, config.tiers);
}

/** Every key's name by id, revoked keys included (their traffic is still in the log). */
async function keyNamesById(keys: KeyStore): Promise<Map<string, string>> {
  return new Map((await keys.list({ includeRevoked: true })).map((key) => [key.id, key.name]));
}

function parseDimension(value: string): ReportDimension {
  if ((REPORT_DIMENSIONS as readonly string[]).includes(value)) return value as ReportDimension;
  throw new InvalidRequestError(`Invalid --by "${value}". Valid values: ${[...REPORT_DIMENSIONS, "shadow"].join(", ")}.`);
}

/** A bar chart of cost (and premium-equivalent cost) per group. */
function formatChart(report: SpendReport): string {
  if (report.rows.length === 0) return "\nNo decisions in this period.\n";
  const max = Math.max(...report.rows.map((r) => Math.max(r.cost_usd, r.premium_equivalent_usd)));
  if (max <= 0) return "";
  const width = Math.max(...report.rows.map((r) => r.group.length));
  const bar = (usd: number, glyph: string): string => glyph.repeat(Math.round((usd / max) * CHART_WIDTH));
  const lines = report.rows.map((r) => {
    const premium = report.premium_model ? `\n${"".padEnd(width)}  ${bar(r.premium_equivalent_usd, "░")} premium $${r.premium_equivalent_usd.toFixed(4)}` : "";
    return `${r.group.padEnd(width)}  ${bar(r.cost_usd, "█")} $${r.cost_usd.toFixed(4)}${premium}`;
  });
  return `\nCost by ${report.by} (█ actual${report.premium_model ? ", ░ same tokens on the premium model" : ""})\n${lines.join("\n")}\n`;
}
