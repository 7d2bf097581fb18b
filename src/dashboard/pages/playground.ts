/**
 * Route playground: type a prompt and options, see the decision the gateway's own router would make and why,
 * with the candidate chain and worst-case costs. No upstream call is made.
 * @module
 */
import { api } from "../api.js";
import type { PlaygroundAnswer } from "../api-types.js";
import { errorBox, h, nameParts, replace } from "../dom.js";
import { count, percent, usd } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { ordinalHeader, pageHeader, stat, stats, table } from "../ui.js";

/** Every capability a request can require (`CAPABILITIES` in core/types.ts). */
const NEEDS = ["tools", "vision", "json", "structured_outputs", "reasoning", "audio", "file"] as const;

export const playgroundPage: Page = {
  title: "Route playground",
  render(context: PageContext) {
    const result = h("div", { id: "playground-result", "aria-live": "polite" });
    const field = (id: string, label: string, input: HTMLElement) => h("label", { class: "field", for: id }, h("span", {}, label), input);
    const prompt = h("textarea", { id: "pg-prompt", name: "prompt", rows: 6, required: true, placeholder: "Write a Python function that merges two sorted lists." });
    const form: HTMLFormElement = h(
      "form",
      {
        class: "panel playground",
        on: {
          submit: (event) => {
            event.preventDefault();
            const data = new FormData(form);
            const text = (name: string) => String(data.get(name) ?? "").trim();
            const number = (name: string) => (text(name) === "" ? undefined : Number(text(name)));
            const requires = NEEDS.filter((need) => data.get(`requires-${need}`) === "on");
            const extra = readExtraFields(text("extra"));
            if (typeof extra === "string") {
              replace(result, errorBox(extra));
              return;
            }
            const typed = {
              prompt: text("prompt"),
              model: text("model") || undefined,
              task: text("task") || undefined,
              tier: text("tier") || undefined,
              quality: number("quality"),
              max_tokens: number("max_tokens"),
              max_cost_usd: number("max_cost_usd"),
              ...(requires.length > 0 ? { requires } : {}),
            };
            // A field left empty in the form keeps what the JSON gave it (a model typed there was dropped).
            const body = { ...extra, ...Object.fromEntries(Object.entries(typed).filter(([, value]) => value !== undefined)) };
            replace(result, h("p", { class: "muted" }, "Routing…"));
            api<PlaygroundAnswer>("/api/route", { method: "POST", body }).then(
              (answer) => replace(result, renderAnswer(answer)),
              (error: unknown) => replace(result, errorBox(error)),
            );
          },
        },
      },
      field("pg-prompt", "Prompt", prompt),
      h(
        "div",
        { class: "form-row" },
        field("pg-model", "Model", h("input", { id: "pg-model", name: "model", placeholder: "switchyard/auto" })),
        field("pg-task", "Task", h("input", { id: "pg-task", name: "task", placeholder: "auto (or code_generation)" })),
        field("pg-tier", "Tier", h("input", { id: "pg-tier", name: "tier", placeholder: "auto" })),
        field("pg-quality", "Quality (0–1)", h("input", { id: "pg-quality", name: "quality", type: "number", min: 0, max: 1, step: 0.05, placeholder: "0.5" })),
        field("pg-max-tokens", "max_tokens", h("input", { id: "pg-max-tokens", name: "max_tokens", type: "number", min: 1, step: 1, placeholder: "tier default" })),
        field("pg-max-cost", "Max cost (USD)", h("input", { id: "pg-max-cost", name: "max_cost_usd", type: "number", min: 0, step: "any", placeholder: "none" })),
      ),
      h(
        "fieldset",
        { class: "needs" },
        h("legend", {}, "Requires"),
        NEEDS.map((need) => h("label", { class: "check", for: `pg-${need}` }, h("input", { type: "checkbox", id: `pg-${need}`, name: `requires-${need}` }), need)),
      ),
      field(
        "pg-extra",
        "Other request fields (JSON, optional)",
        h("textarea", { id: "pg-extra", name: "extra", rows: 2, class: "mono", placeholder: '{"plugins": [{"id": "web"}], "response_format": {"type": "json_object"}}' }),
      ),
      h("button", { type: "submit" }, "Route it"),
      h("p", { class: "hint" }, "Uses the gateway's own router and catalog. Nothing is sent upstream and nothing is logged or charged."),
    );
    context.root.append(pageHeader("Route playground"), form, result);
  },
};

function renderAnswer(answer: PlaygroundAnswer): HTMLElement {
  const { decision } = answer;
  return h(
    "div",
    {},
    h(
      "section",
      { class: "panel" },
      h("h2", {}, "Decision"),
      stats(
        stat("Model", nameParts(decision.model, { class: "mono" }), { figure: "pg-model" }),
        stat("Tier", nameParts(decision.tier), { figure: "pg-tier" }),
        stat("Task", nameParts(decision.task), { figure: "pg-task", note: `${decision.task_source === "given" ? "given" : "classified"}, confidence ${percent(decision.task_confidence, 0)}` }),
        stat("Difficulty", nameParts(decision.difficulty), { note: decision.strong_probability === undefined ? undefined : `strong model needed: ${percent(decision.strong_probability, 0)}` }),
        stat("Worst case", usd(decision.estimated_cost_usd), { note: `max_tokens ${count(decision.max_tokens)}, prompt ~${count(decision.prompt_tokens)} tokens` }),
        stat("Experiment", answer.experiment ? nameParts(`${answer.experiment} (${answer.arm ?? "?"})`) : "none"),
      ),
      h("h3", {}, "Why"),
      h("ol", { class: "reasons" }, decision.reasons.map((reason) => h("li", {}, reason))),
    ),
    h(
      "section",
      { class: "panel" },
      h("h2", {}, "Candidate chain"),
      table(
        ["Candidate", "Model", "max_tokens", "Worst case"],
        answer.chain.map((candidate, index) => [ordinalHeader("Candidate", index), h("span", { class: "mono" }, candidate.id, candidate.in_catalog ? "" : " (not in catalog)"), count(candidate.max_tokens), usd(candidate.worst_case_cost_usd)]),
        { numeric: [2, 3] },
      ),
    ),
  );
}

/**
 * The chat fields typed as a JSON object (tools, response_format, plugins, web_search_options, service_tier, models,
 * provider, reasoning: what `POST /api/route` passes to the router), or what is wrong with them, in words.
 */
function readExtraFields(typed: string): Record<string, unknown> | string {
  if (typed === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(typed);
  } catch {
    return 'Other request fields must be a JSON object, e.g. {"plugins": [{"id": "web"}]}: this is not JSON.';
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return 'Other request fields must be a JSON object, e.g. {"plugins": [{"id": "web"}]}.';
  return parsed as Record<string, unknown>;
}
