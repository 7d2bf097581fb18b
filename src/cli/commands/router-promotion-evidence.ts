/**
 * What `router promote` reads of an experiment: which one ran the candidate, whether it ran this very file, and its
 * verdict (lower cost without lower quality at 95%), with what to do when it refuses.
 * @module
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ExperimentConfig, SwitchyardConfig } from "../../config/config-schema.js";
import { SYSTEM_CLOCK } from "../../core/clock.js";
import { GatewayError, InvalidRequestError } from "../../core/errors/index.js";
import { createDecisionLog } from "../../log/create-decision-log.js";
import { generateExperimentReports } from "../../log/experiment-report-generate.js";
import { parseSince } from "../../log/parse-since.js";
import { checkPromotionGate } from "../../log/promotion-gate.js";
import { openStorageToRead } from "../open-storage-to-read.js";
import type { CliIo } from "../cli-io.js";

/** Why promote has no candidate: nothing named, or an experiment whose variant is a tier, model or quality, not a router. */
export function nothingToPromote(named: ExperimentConfig | undefined): string {
  if (!named) return "Name what to promote: the adapter file (`switchyard router promote FILE`), or an experiment whose variant names `weights` (`--experiment NAME`).";
  return `Experiment ${named.name} tests ${JSON.stringify(named.variant)}, not a candidate router, so there is nothing to promote: \`router promote\` takes a variant with \`weights\`. Graduate this one in switchyard.yaml instead (a tier variant: map the task to it under tasks:, a model: put it first in the tier's models, a quality: routing.quality), as docs/experiments.md says under "Graduate".`;
}

/**
 * What to do after a refusal. A candidate that did significantly worse will not win with more traffic ("keep the
 * experiment running" sent a team lead back to wait on a lost cause); one without enough data may.
 */
export function refusedPromotionAdvice({ lost, shortOfData }: { lost: boolean; shortOfData: boolean }, name: string): string {
  if (lost) {
    return `The candidate did significantly worse, and more traffic is unlikely to turn that into a win. Stop the experiment (enabled: false on ${name} in the config), train another candidate with \`switchyard train --from-log\` and test it under a new experiment name; or pass --force to promote this one anyway.`;
  }
  if (shortOfData) return "Keep the experiment running until both arms have the requests, units and feedback the verdict needs, then promote again; or pass --force.";
  // Sending it back "until both arms have the requests, units and feedback" told a team lead to wait for what they had.
  return "Both arms have the requests, units and feedback the verdict needs, but the cost difference is not significant at 95% yet: keep the experiment running if a smaller saving is worth the wait (more traffic narrows the interval), or stop it; or pass --force.";
}

/**
 * The experiment's verdict on the candidate: the variant arm counts only the decisions the candidate's adapter chose
 * (their `router`), so a verdict earned by another file, or by a tier-only variant, never promotes this one.
 */
export async function experimentGate(config: SwitchyardConfig, experiment: ExperimentConfig, candidateId: string, { sinceText, minUnits }: { sinceText: string; minUnits: number | undefined }, io: CliIo) {
  const now = SYSTEM_CLOCK.now();
  const storage = await openStorageToRead(config.storage, io, "decision log");
  const decisions = createDecisionLog({ backend: storage.decisionBackend });
  try {
    const { reports } = await generateExperimentReports(decisions, {
      since: parseSince(sinceText, now, { flag: "--since" }),
      until: now + 1,
      experiments: config.experiments,
      name: experiment.name,
      variantRouter: candidateId,
      ...(minUnits === undefined ? {} : { minUnitsPerArm: minUnits }),
    });
    const report = reports[0];
    if (!report) return { wins: false, failures: ["the log holds no decisions of this experiment"], lost: false, shortOfData: true, verdict: "no data." };
    return checkPromotionGate(report);
  } finally {
    await decisions.close();
    await storage.close();
  }
}

export function findExperiment(config: SwitchyardConfig, name: string | undefined, configRead: string): ExperimentConfig | undefined {
  if (name !== undefined) {
    const found = config.experiments.find((experiment) => experiment.name === name);
    if (found) return found;
    // "Experiments: (none)." said neither which config was read nor what the experiment must hold.
    if (config.experiments.length === 0) {
      throw new InvalidRequestError(
        `No experiment "${name}": the config (${configRead}) has no experiments. Add one whose variant names the candidate, experiments: [{ name: ${name}, share: 0.2, variant: { weights: ./candidate.json } }], run it, then promote (docs/learning.md); or pass --config FILE.`,
      );
    }
    throw new InvalidRequestError(`No experiment "${name}" in the config (${configRead}). Experiments: ${config.experiments.map((e) => e.name).join(", ")}.`);
  }
  const withWeights = config.experiments.filter((experiment) => experiment.variant.weights !== undefined);
  return withWeights.length === 1 ? withWeights[0] : undefined;
}

/**
 * A verdict speaks only for the router its experiment ran: the file must hold the variant arm's adapter, byte for
 * byte. The refusal when it does not, else undefined.
 */
export async function experimentRefusal(experiment: ExperimentConfig, candidateFile: string, io: CliIo): Promise<GatewayError | undefined> {
  const refuse = (why: string): GatewayError =>
    new GatewayError({ message: `Not promoted: ${why} Promote the file the experiment ran, or pass --force.`, status: 409, type: "invalid_request_error", code: "promotion_refused" });
  const tested = experiment.variant.weights;
  if (tested === undefined) return refuse(`experiment ${experiment.name} did not run a candidate router (its variant sets no \`weights\`), so its verdict says nothing about ${candidateFile}.`);
  const [candidate, ran] = await Promise.all([readFile(path.resolve(io.cwd, candidateFile)), readFile(path.resolve(io.cwd, tested)).catch(() => undefined)]);
  if (!ran || !candidate.equals(ran)) return refuse(`${candidateFile} is not the router experiment ${experiment.name} ran (${tested}${ran ? "" : ", which cannot be read"}).`);
  return undefined;
}
