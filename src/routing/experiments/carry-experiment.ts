/**
 * Keeps a request's experiment and arm when the engine routes it again (budget downgrade, quality escalation):
 * those re-routes force a tier, which is never enrolled, but the request still belongs to its arm.
 * @module
 */
import type { RoutingPlan } from "../routing-plan.js";

/**
 * `next` with the experiment and arm of `previous` (returns `next`, changed in place), and the learning loop's
 * fields: the router that made the first decision, its shadow and exploration stay the request's.
 */
export function carryExperiment(previous: RoutingPlan, next: RoutingPlan): RoutingPlan {
  if (previous.experiment !== undefined) {
    next.experiment = previous.experiment;
    next.arm = previous.arm;
    next.experimentUnit = previous.experimentUnit;
  }
  if (previous.router !== undefined) next.router = previous.router;
  if (previous.shadow !== undefined) next.shadow = previous.shadow;
  if (previous.explored !== undefined) next.explored = previous.explored;
  if (previous.propensity !== undefined) next.propensity = previous.propensity;
  return next;
}
