/**
 * A model's evaluation figures (precision, recall, F1, AUC, a confusion matrix's counts) name the model's task in its
 * nouns: "our intent classifier came back with ROC AUC 0.51", "el modelo de detección de spam: 340 verdaderos
 * positivos…". Those nouns are the subject, not an ask to label anything (nineteenth round). A classification reading
 * of such a turn, with no item to label, is a sum when the figures are to be computed, a lookup when a term is asked,
 * and a reading of the figures otherwise; an analysis reading of a confusion matrix's counts with its metrics asked for
 * ("TP 96, FP 31, FN 12. precision and recall?") is a sum.
 * @module
 */
import type { GuardResult } from "./task-guards.js";
import { countNumbers, readNumericDomain } from "./numeric-domain.js";
import { asksWhatItMeans } from "./meaning-ask.js";
import type { ConversationReading } from "./read-conversation.js";

/** Evaluation metrics and a confusion matrix's cells, in the cue languages, as whole words of any script. */
const EVAL_METRICS =
  /(?<![\p{L}\p{N}])(?:precision|recall|f1(?:[- ]score)?|roc|auc|pr-auc|confusion matrix|true positives?|false positives?|false negatives?|true negatives?|specificity|sensitivity|tp|fp|fn|tn|precisi[oó]n|exhaustividad|verdaderos positivos|falsos (?:positivos|negativos)|vrais positifs|faux (?:positifs|n[ée]gatifs)|rappel|trefferquote|falsch[- ]positiv|richtig[- ]positiv|verdadeiros positivos|veri positivi|falsi positivi|presisi|точность|полнота|ложноположительн\p{L}*)(?![\p{L}\p{N}])|精确率|召回率|准确率|真阳性|假阳性|適合率|再現率|偽陽性|정밀도|재현율|위양성/gu;
/** A confusion matrix's counts given: "TP 388, FP 71, FN 54", "340 verdaderos positivos". */
const CONFUSION_COUNTS =
  /(?<![\p{L}\p{N}])(?:tp|fp|fn|tn|true positives?|false positives?|false negatives?|true negatives?|verdaderos positivos|falsos positivos|vrais positifs|faux positifs|verdadeiros positivos|veri positivi)(?![\p{L}\p{N}])|真阳性|偽陽性/u;
/** A verb that asks to label items: then the metrics report on the labelling, which is the work. */
const LABEL_VERB = /\b(?:classify|label|tag|categori[sz]e|bucket)\b|clasific[ae]|etiquet[ae]|klassifizier|classe[rz]?\b|classifique|classifica\b|классифицируй|分类一下|帮我分类|分類して|분류해/;
/** "remind me what an AUC of 0.5 means exactly?", "what does a recall of 1.0 mean?" */
const MEANS_ASK = /\bwhat (?:an? |the )?(?:\S+ ){0,5}(?:means|stands for)\b|\bremind me what\b|\bwhat does (?:\S+ ){1,5}mean\b/;
/** Metric words a turn names at least, unless it gives a confusion matrix's counts. */
const MIN_METRICS = 2;
/** Figures a turn of evaluation metrics holds at least. */
const MIN_FIGURES = 2;

/** The task a classification reading of a model's evaluation figures is (see the module comment), or undefined. */
export function modelMetricsGuard(task: string, reading: ConversationReading): GuardResult | undefined {
  if (task !== "classification" && task !== "analysis" && task !== "simple_qa") return undefined;
  const text = reading.latestLower;
  // An analysis or lookup reading stands unless a confusion matrix's counts are given and its metrics asked for (cheap
  // tests first; twentieth round: a retrain read "TP 96, FP 31, FN 12. precision and recall?" as a lookup).
  if (task !== "classification" && !/[?？]/.test(text)) return undefined;
  if (countNumbers(text, MIN_FIGURES) < MIN_FIGURES || LABEL_VERB.test(text)) return undefined;
  const counts = CONFUSION_COUNTS.test(text);
  if (task !== "classification") return counts && EVAL_METRICS.test(text.replace(CONFUSION_COUNTS, " ")) ? { task: "math", why: "a model's evaluation figures to compute" } : undefined;
  // Two different metrics: "recall priority … recall interval" (a dental practice's patient recall; twentieth round) is one word twice.
  if (!counts && new Set(text.match(EVAL_METRICS)).size < MIN_METRICS) return undefined;
  if (asksWhatItMeans(reading) || MEANS_ASK.test(text)) return { task: "simple_qa", why: "asks what an evaluation metric means" };
  const domain = readNumericDomain(text);
  if (domain.compute || domain.calculate || (counts && /[?？]/.test(text))) return { task: "math", why: "a model's evaluation figures to compute" };
  return { task: "analysis", why: "a model's evaluation figures to read, no item to label" };
}
