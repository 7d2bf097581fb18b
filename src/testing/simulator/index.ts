/**
 * The OpenRouter simulator: a real HTTP upstream speaking OpenRouter's wire format, with fault injection.
 * @module
 */
export { createSimulator, type Simulator, type SimulatorOptions } from "./create-simulator.js";
export type { RecordedCall } from "./recorded-call.js";
export {
  SIMULATOR_FAULTS,
  REFUSAL_TEXT,
  isSimulatorFault,
  parseFaultAssignment,
  type SimulatorFault,
} from "./simulator-fault.js";
export { renderModelsBody, renderModelRow, formatUsdPerToken, type OpenRouterModelRow } from "./render-models-body.js";
export { PROCESSING_COMMENT } from "./write-answer.js";
export { parseOutcomeTable, readOutcomeScore, outcomeAnswerText, type OutcomeTable } from "./outcome-table.js";
