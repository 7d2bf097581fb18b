/**
 * The guards applied to a base reading of a conversation, in their order, and the reason that names the turn and what
 * set the task (moved out of `conversation-classifier.ts`, unchanged).
 * @module
 */
import { manyIdeasGuard } from "./ideas-ask.js";
import type { ChatMessage } from "../../core/types.js";
import type { ConversationClassification, ConversationClassifier } from "../classifier.js";
import { readConversationCached, type ConversationReading } from "./read-conversation.js";
import { listingGuard, resultListGuard } from "./listing.js";
import { stepByStepGuard } from "./manner-cues.js";
import { greetingGuard, turnAsk, turnAskGuard } from "./turn-asks.js";
import { agentGuard } from "./agent-guard.js";
import { pieceOrIdeasGuard } from "./asked-work.js";
import { choiceGuard } from "./choice-asks.js";
import { diagnosisAskGuard, wrongCodeAskGuard } from "./code-diagnosis-asks.js";
import { labellingAskGuard } from "./labelling-asks.js";
import { failingLogCueGuard, pastedLogAskGuard } from "./pasted-log-asks.js";
import { closingDiagnosisGuard } from "./closing-diagnosis.js";
import { oneWordLabelGuard } from "./one-word-labels.js";
import { asksNoWork, closingGuard, cueConsensusGuard, questionGuard, toolLogGuard, type GuardResult } from "./task-guards.js";
import { definingCueGuard } from "./defining-cue-guard.js";
import { systemTaskGuard } from "./system-task-guard.js";
import { numericGuard } from "./numeric-guard.js";
import { sumAskedGuard } from "./sum-asked.js";
import { modelMetricsGuard } from "./model-metrics.js";
import { movementQuestionGuard } from "./movement-question.js";
import { acronymAskGuard } from "./acronym-ask.js";
import { quotedThanksGuard, sharingGuard, ventingGuard } from "./venting.js";
import { settingQuestionGuard } from "./setting-question.js";
import { guardConfidence } from "./blind-reading.js";
import { assignmentPuzzleGuard } from "./constraint-puzzle.js";
import { bandsAskGuard, judgedFiguresGuard, messageAskGuard, tableAskGuard } from "./figure-asks.js";
import { normAskGuard } from "./norm-asks.js";
import { namedVersionGuard, shortVersionGuard } from "./short-version.js";
import { catchUpGuard } from "./catch-up.js";
import { whyOverDataGuard } from "./why-over-data.js";
import { mistakeInWorkingGuard } from "./mistake-in-working.js";
import { pickedRowsGuard } from "./picked-rows.js";
import { namedGroupsGuard } from "./named-groups.js";
import { writtenSummaryGuard } from "./written-summary.js";
import { identifierLookupGuard } from "./identifier-lookup.js";
import { askedItemsGuard } from "./asked-items.js";
import { thanksAfterAnswerGuard } from "./thanks-after-answer.js";
import { explainTermGuard } from "./explain-term.js";
import { meanAskedGuard } from "./mean-asked.js";
import { byCategoryGuard } from "./by-category.js";
import { tableOfResultsGuard } from "./table-of-results.js";
import { fieldListGuard } from "./field-list.js";
import { filteredListGuard } from "./filtered-list.js";
import { distinctValuesGuard } from "./distinct-values.js";
import { recurringPatternsGuard } from "./recurring-patterns.js";
import { scaleRatingGuard } from "./scale-rating.js";
import { scaledQuantitiesGuard } from "./scaled-quantities.js";
import { quantityNeededGuard } from "./quantity-needed.js";
import { reasonedDecisionGuard } from "./reasoned-decision.js";
import { answerLengthGuard } from "./answer-length.js";
import { existingNamesGuard } from "./existing-names.js";
import { scamCheckGuard } from "./scam-check.js";
import { fixRequestGuard } from "./fix-request.js";
import { reviewAskGuard } from "./review-ask.js";
import { foreignMessageAskGuard } from "./foreign-message-ask.js";
import { needToKnowGuard } from "./need-to-know.js";
import { briefWhyGuard } from "./brief-why.js";
import { optimalityProofGuard } from "./optimality-proof.js";
import { figuresOfResultsGuard } from "./figures-of-results.js";
import { figuresInTurnGuard } from "./figures-in-turn.js";
import { opsDiagnosisGuard } from "./ops-diagnosis.js";
import { hostInspectionRun } from "./host-inspection.js";
import { opsQuestionGuard } from "./ops-question.js";
import { retrievedFactGuard } from "./retrieved-fact.js";
import { screenActionGuard } from "./screen-action.js";
import { opsActionGuard, opsActionOverDiagnosis } from "./ops-action.js";
import { scaledAmountsGuard } from "./scaled-amounts.js";
import { logMeaningGuard } from "./log-meaning-guard.js";
import { answerFormGuard } from "./answer-form.js";
import { changeAskedGuard, changeOverReviewGuard } from "./change-asked.js";
import { unitConversionGuard } from "./unit-conversion.js";
import { asksOwnWorkInCodingRun, codingRunAskGuard } from "./coding-agent-asks.js";
import { countingAskGuard } from "./counting-ask.js";
import { textWorkOverFiguresGuard } from "./text-work-over-figures.js";
import { codeKindAskGuard } from "./code-kind-ask.js";
import { inferenceCheckGuard } from "./inference-check.js";
import { pickedPastedRowsGuard } from "./picked-pasted-rows.js";
import { renderedInLanguageGuard } from "./rendered-in-language.js";
import { languagePairGuard } from "./language-pair.js";
import { projectFactGuard } from "./project-fact-question.js";
import { rankedItemGuard } from "./ranked-item.js";
import { fileOutputGuard } from "./file-output.js";
import { businessComputeGuard } from "./business-compute.js";
import { whichAndWhichGuard } from "./which-and-which.js";
import { workedFigureGuard } from "./worked-figure.js";
import { unitPriceGuard } from "./unit-price.js";
import { confirmFactGuard } from "./confirm-fact.js";
import { writtenPieceGuard } from "./written-piece.js";
import { shortFigureAskGuard } from "./short-figure-ask.js";
import { artifactAskGuard } from "./artifact-ask.js";

/** The conversation `turns` (one cut after an earlier turn) read and guarded as any conversation is. */
export function readTurns(base: ConversationClassifier, turns: readonly ChatMessage[]): ConversationClassification {
  return guarded(base.classify(turns), readConversationCached(turns));
}

/** The base reading with the numeric and agent guards applied, and a reason naming the turn and the cue. */
export function guarded(result: ConversationClassification, reading: ConversationReading, note?: string, from = source(reading)): ConversationClassification {
  const label = result.task.label;
  // A reading of a turn the model cannot read (Thai, romanized, little-trained languages) is a guess (`blind-reading.ts`).
  const confidence = guardConfidence(result.task.confidence, reading);
  // "write the package.json overrides block", "Draft the kubectl commands I should run" in an agent's run: the artifact asked
  // names the work, whatever the run's diagnosis or labels would make of the turn (round 39).
  const artifact = artifactAskGuard(reading);
  if (artifact !== undefined) return finish(result, reading, artifact, from, note);
  const guard =
    // "Which of these expenses are fixed and which are variable?": the items sorted into two groups (round 38), before the
    // guards that read one which-question over a list as items picked out of it.
    whichAndWhichGuard(label, reading) ??
    // "which of these need a call? town and reason, that's all": rows asked for, though the turn ends as a closing does.
    pickedRowsGuard(label, reading) ??
    // "Which of these products are out of stock?" above the writer's own list: items picked out of it.
    pickedPastedRowsGuard(label, reading) ??
    // "flight no, gate, seat and boarding time, thats all i need" after a tool brought the booking: fields, not a closing.
    fieldListGuard(label, reading) ??
    // "just list the ones where latest is a new major" after `npm outdated`: some of the tool's results, picked and listed.
    filteredListGuard(label, reading) ??
    // "every distinct client IP and user that got a 403" after a log query: a field's values pulled out (round 41).
    distinctValuesGuard(label, reading) ??
    // "what patterns keep repeating?" over retrieved postmortems: compared across the documents (round 41).
    recurringPatternsGuard(label, reading) ??
    // "dividili in lavoro, famiglia e salute": the items sorted into groups the turn names.
    namedGroupsGuard(label, reading) ??
    // "把开销按类别分一下：房租 3500…": items sorted by category, the amounts beside them.
    byCategoryGuard(label, reading) ??
    // "Bash one-liner or small script: from an nginx access log, print the 10 slowest requests": code named, a sample below.
    codeKindAskGuard(label, reading) ??
    // "tl;dr of this changelog?", "Just return the rows verbatim." over a CSV of readings: text work on a system's figures.
    textWorkOverFiguresGuard(label, reading) ??
    // "Render this nutrition label in Italian:" above the label: the text in another language.
    renderedInLanguageGuard(label, reading) ??
    // "EN->JP: 'Thanks for your patience…'", "Need it in DE, FR and IT": a translation asked by language codes (round 46).
    languagePairGuard(label, reading) ??
    // "nonna sent a long msg, what does she say" after a tool read her Italian message: a translation (round 42).
    foreignMessageAskGuard(label, reading) ??
    // "the school newsletter is sooo long, what do i actually need to know" after a tool read it (round 42).
    needToKnowGuard(label, reading) ??
    closingGuard(label, reading) ??
    // "谢谢！挺清楚的" after a summary: thanks after an answer, nothing asked.
    thanksAfterAnswerGuard(label, reading) ??
    greetingGuard(label, reading) ??
    ventingGuard(label, reading) ??
    sharingGuard(label, reading) ??
    quotedThanksGuard(label, reading) ??
    messageAskGuard(label, reading) ??
    tableAskGuard(label, reading) ??
    // "me faz uma tabelinha só com os horários depois das 21h" after a tool brought them.
    tableOfResultsGuard(label, reading) ??
    // "just the names of the crashlooping ones" after `kubectl get pods`: the items' names picked out (round 43).
    existingNamesGuard(label, reading) ??
    // "I only have 2 bananas. scale everything down proportionally" after a recipe: amounts times a ratio (round 43).
    scaledQuantitiesGuard(label, reading) ??
    // "how angry is this guy on a 1-5 scale" over the ticket thread a tool returned: a rating is a label.
    scaleRatingGuard(label, reading) ??
    // "Is dit een phishingmail?" above the pasted mail: a label asked of it.
    scamCheckGuard(label, reading) ??
    // "which one grew the most in %?" after a tool returned the revenue per region.
    figuresOfResultsGuard(label, reading) ??
    // "Error rate (5xx) and client error rate (4xx) as %?" under the counts the turn lists (round 39).
    figuresInTurnGuard(label, reading) ??
    shortVersionGuard(label, reading) ??
    // "escreve um resumo curtinho pra newsletter": a writing verb whose piece is a summary.
    writtenSummaryGuard(label, reading) ??
    // "股票代码 600519 … 分别是哪几家公司？": identifiers asked what they name are looked up.
    identifierLookupGuard(label, reading) ??
    // "me explica rapidinho o que é inflação": what a thing is, asked in a few words.
    explainTermGuard(label, reading) ??
    // "为啥天空是蓝色的？简单说说就行": a why about the world, answered briefly.
    briefWhyGuard(label, reading) ??
    // "i voti: 6, 7.5, 5, 8 — che media ha?": the mean of the numbers listed.
    meanAskedGuard(label, reading) ??
    // "How many ways can I arrange the letters of LEVEL?": a count of arrangements, maths with no figure in it.
    countingAskGuard(label, reading) ??
    // "Convert: 72 °F to °C, 5 ft 11 in to cm": quantities converted between units (round 39).
    unitConversionGuard(label, reading) ??
    // "Is B's click rate significantly higher? give me z and p", "at this growth rate, when is the disk full?" (round 38).
    workedFigureGuard(label, reading) ??
    // "Think through whether this inference holds" over a trial's figures: a chain of reasoning, not a reading of them.
    inferenceCheckGuard(label, reading) ??
    // "エアコンのエラーコード E-204 の意味は？", "which Django versions are supported?", "schreib mir die Beträge raus".
    askedItemsGuard(label, reading) ??
    definingCueGuard(label, reading) ??
    modelMetricsGuard(label, reading) ??
    systemTaskGuard(label, reading, turnAsk) ??
    listingGuard(label, reading) ??
    turnAskGuard(label, confidence, reading) ??
    judgedFiguresGuard(label, confidence, reading) ??
    normAskGuard(label, reading) ??
    cueConsensusGuard(label, confidence, reading, turnAsk) ??
    sumAskedGuard(label, confidence, reading) ??
    // "walk through the possible interleavings and tell me which one produces `expected 3 got 2`": reasoning over the log (round 44).
    (asksOwnWorkInCodingRun(label, reading.latestLower, false) ? undefined : toolLogGuard(label, reading)) ??
    // "mach daraus ein Balkendiagramm und speicher es als q3.png" after a query's rows: a file for the agent to write (round 57).
    fileOutputGuard(label, reading) ??
    numericGuard(label, reading, confidence) ??
    movementQuestionGuard(label, reading) ??
    // "which python version does this repo target?", "what image tag is the api running?": one value looked up (round 38).
    projectFactGuard(label, reading) ??
    // "quale campagna ha il costo per lead più basso?" over a query's rows: one row read off the output (round 56).
    rankedItemGuard(label, reading) ??
    // "Which functions does models.ts export? I need the list", "argue it rigorously": asked in a coding agent's run.
    codingRunAskGuard(label, reading) ??
    agentGuard(label, reading, confidence) ??
    // "getting this in prod, can you fix the function?" above the trace and the code: the change to make.
    fixRequestGuard(label, reading) ??
    // "can u review this migration before I merge? <SQL>": a review asked by name, read as code to write (round 42).
    reviewAskGuard(label, reading) ??
    // "add a concurrency limit of 5 without a library" after code: a change, read as small talk (round 39).
    changeAskedGuard(label, reading) ??
    questionGuard(label, reading);
  // What the turn asks of the reading the guards settled on: what an acronym stands for, a choice to weigh, a label per
  // item, work on a pasted log, its debugging, a question why code fails or what is wrong with it, or maths asked step by step.
  const settled = guard?.task ?? label;
  const asked =
    // "посчитай выручку по регионам и скажи, где мы просели", "计算一下本季度的流失率" in a data run: business analysis (round 58).
    businessComputeGuard(settled, reading) ??
    // "which detergent is cheaper per load: 64 loads for $19.97 or 110 for $31.49?": prices worked per unit (round 47).
    unitPriceGuard(settled, reading) ??
    // "ENOSPC is disk full, not inodes, right?", "is EXPIRE in seconds or milliseconds?" in an agent's run (round 47).
    confirmFactGuard(settled, reading) ??
    // "добавь проверку size <= 0 с ошибкой и тест на это" in a coding run: the change asked, not a review of 'ошибкой' (round 53).
    changeOverReviewGuard(settled, reading) ??
    // "write the email to their sales director, firm but keep the relationship" read as code (round 47).
    writtenPieceGuard(settled, reading) ??
    // "std dev?", "annualized?", "et en TTC ?" after a tool brought the numbers (round 47).
    shortFigureAskGuard(settled, reading) ??
    // "list the datasets they used" after a paper's text, "list the pods using more than 1Gi" after kubectl (round 47).
    resultListGuard(settled, reading) ??
    // "क्या अंतर है? एक लाइन में बताइए।": a length asked of a question's answer, read as a summary by its phrase (round 44).
    answerLengthGuard(settled, label, reading) ??
    acronymAskGuard(settled, reading) ??
    // "the 2-sentence version of these test results for the PR": a summary, read as a question about the figures (round 41).
    namedVersionGuard(settled, reading) ??
    // "I was out Mon–Wed, what did I miss on the launch thread?" after a mail search: the thread's gist (round 41).
    catchUpGuard(settled, reading) ??
    // "why am i always broke by the 20th 😩 look at my november" over the bank export a tool brought (round 41).
    whyOverDataGuard(settled, reading) ??
    // "Wie viele zusätzliche Pods brauchen wir? … das 3,4-fache …, max. 65 %": a count worked from figures (round 44).
    quantityNeededGuard(settled, reading) ??
    // "scale it for 10 people, in grams and ml" after a recipe for four: each amount by the ratio (round 55).
    scaledAmountsGuard(settled, reading) ??
    // "Think hard: … I need a recommendation I can defend", "pèse le pour et le contre en profondeur" (round 44).
    reasonedDecisionGuard(settled, reading) ??
    choiceGuard(settled, reading) ?? labellingAskGuard(settled, reading) ?? oneWordLabelGuard(settled, reading) ?? bandsAskGuard(settled, reading) ?? pastedLogAskGuard(settled, reading) ?? failingLogCueGuard(settled, reading) ?? diagnosisAskGuard(settled, reading) ?? closingDiagnosisGuard(settled, reading) ?? wrongCodeAskGuard(settled, reading) ?? mistakeInWorkingGuard(settled, reading) ?? stepByStepGuard(settled, reading) ?? pieceOrIdeasGuard(settled, reading) ?? manyIdeasGuard(settled, reading) ?? settingQuestionGuard(settled, reading) ?? assignmentPuzzleGuard(settled, reading) ?? optimalityProofGuard(settled, reading);
  // A diagnosis of a running system from its logs or figures, with no code under review, is analysis (ADR 0030).
  const settledGuard = asked ?? guard;
  // "anything unusual here?" after an ops agent's query: the same diagnosis, read as a lookup or a label (round 39).
  // "who owns Ørsted" after a wiki lookup: one fact asked, read as an extraction from the page (round 40).
  const ops = opsActionOverDiagnosis(settledGuard?.task ?? label, reading) ?? opsDiagnosisGuard(settledGuard?.task ?? label, reading) ?? opsQuestionGuard(settledGuard?.task ?? label, reading) ?? retrievedFactGuard(settledGuard?.task ?? label, reading) ?? screenActionGuard(settledGuard?.task ?? label, reading) ?? opsActionGuard(settledGuard?.task ?? label, reading) ?? logMeaningGuard(settledGuard?.task ?? label, reading) ?? answerFormGuard(settledGuard?.task ?? label, reading);
  const finished = finish(result, reading, ops ?? settledGuard, from, note);
  return asksNoWork(reading) ? { ...finished, difficulty: { label: "budget", confidence: finished.difficulty.confidence, asksNoWork: true } } : finished;
}

/** The result with the guard's task (if any) and a reason naming the turn (`from`) and what set the task. */
function finish(result: ConversationClassification, reading: ConversationReading, guard: GuardResult | undefined, from: string, note?: string): ConversationClassification {
  const task = guard ? { label: guard.task, confidence: Math.max(0.6, result.task.confidence) } : result.task;
  // A diagnosis or a lookup over a shell that only inspected hosts is read as an ops run (ADR 0043): the reason says so, not "coding agent".
  const where = (task.label === "analysis" || task.label === "simple_qa") && reading.agent.coding && hostInspectionRun(reading) ? from.replace(CODING_CONTEXT, OPS_CONTEXT) : from;
  return withTask(result, task, `task ${task.label} ${where}${signal(task.label, reading, guard?.why ?? note)}`);
}

/**
 * The classification with its task and reason replaced. Built field by field: a spread of the result plus new
 * fields clones it on V8's slow path, a measurable share of a 100-token decision.
 */
export function withTask(result: ConversationClassification, task: ConversationClassification["task"], taskReason: string): ConversationClassification {
  return { task, difficulty: result.difficulty, strongProbability: result.strongProbability, taskReason };
}

const CODING_CONTEXT = " (coding-agent context)";
const OPS_CONTEXT = " (ops run: the shell only inspected hosts)";

export function source(reading: ConversationReading): string {
  if (reading.latestIndex < 0) return "from the system prompt";
  return `from turn ${reading.latestIndex + 1}${reading.agent.coding ? CODING_CONTEXT : ""}`;
}

function signal(task: string, reading: ConversationReading, why: string | undefined): string {
  if (why !== undefined) return `: ${why}`;
  const cue = reading.cues.find((hit) => hit.task === task && hit.strong) ?? reading.cues.find((hit) => hit.task === task);
  if (cue !== undefined) return `: cue '${cue.word}' (${cue.lang})`;
  return reading.language === "en" ? "" : ` (${reading.language})`;
}

/** `messages` with the latest turn's text replaced by `text` (a clause taken out, a turn read without a phrase). */
export function withLatestText(messages: readonly ChatMessage[], latestIndex: number, text: string): ChatMessage[] {
  return messages.map((message, index) => (index === latestIndex ? { role: message.role, content: text } : message)) as ChatMessage[];
}
