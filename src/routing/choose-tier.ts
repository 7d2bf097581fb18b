/**
 * Turns task, difficulty and the quality knob into a tier for `switchyard/auto`.
 * @module
 */
import { DIFFICULTIES, type Difficulty } from "../classifier/classifier.js";

/** How auto routing picked its tier, in plain words. */
export interface TierChoice {
  tier: string;
  reason: string;
}

/**
 * The seed's rule is kept at quality 0.5: the tier is the difficulty the complexity classifier found.
 * Two adjustments sit on top:
 * - a task whose own tier is two or more steps above the difficulty lifts it to one step below the task's tier
 *   (a short math question is still math);
 * - quality shifts the result: each 0.25 above or below 0.5 moves one tier up or down.
 * A task mapped to a tier of the config's own (not one of budget < mid < standard < premium) goes to that tier: it has
 * no place on the difficulty ladder, and the task table is the config's word for that task.
 */
export function chooseAutoTier({
  difficulty,
  taskTier,
  task,
  quality,
  basis,
}: {
  difficulty: Difficulty;
  /** What set the difficulty (the classifier's words), shown in the reason. */
  basis?: string | undefined;
  taskTier: string | undefined;
  task: string;
  quality: number;
}): TierChoice {
  const ladder: readonly string[] = DIFFICULTIES;
  if (taskTier !== undefined && !ladder.includes(taskTier)) {
    return { tier: taskTier, reason: `${task} tasks go to the ${taskTier} tier (this config's own, outside the difficulty ladder ${ladder.join(" < ")}), so auto routing picks it.` };
  }
  let rank = ladder.indexOf(difficulty);
  const parts = [`The prompt reads as ${difficulty} difficulty${basis ? ` (${basis})` : ""}`];
  const taskRank = taskTier === undefined ? -1 : ladder.indexOf(taskTier);
  if (taskRank - rank >= 2) {
    rank = taskRank - 1;
    parts.push(`${task} tasks normally go to ${taskTier}, which lifts it to ${ladder[rank]}`);
  }
  const shift = Math.round((quality - 0.5) * 4);
  if (shift !== 0) {
    const shifted = Math.min(ladder.length - 1, Math.max(0, rank + shift));
    if (shifted !== rank) parts.push(`quality ${quality} moves it ${shift > 0 ? "up" : "down"} to ${ladder[shifted]}`);
    rank = shifted;
  }
  const tier = ladder[rank] ?? difficulty;
  return { tier, reason: `${parts.join("; ")}, so auto routing picks the ${tier} tier.` };
}
