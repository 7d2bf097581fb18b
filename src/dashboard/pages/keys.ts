/**
 * Keys and budgets: virtual keys without their secrets, with each key's budget used and left and its rate
 * limit; create a key (its secret is shown once) and revoke one (after a confirmation).
 * @module
 */
import { api, ApiError } from "../api.js";
import type { BudgetStatus, List, VirtualKey } from "../api-types.js";
import { clipText, clipped, code, emptyState, errorBox, h, replace, visibleText } from "../dom.js";
import { count, resetTime, timeElement, usd, usdLeft } from "../format.js";
import type { Page, PageContext } from "../page.js";
import { badge, budgetUse, pageHeader, table } from "../ui.js";

export const keysPage: Page = {
  title: "Keys & budgets",
  async render(context: PageContext) {
    const secretBox = h("div", { id: "new-secret", "aria-live": "polite" });
    const listBox = h("section", { class: "panel", id: "key-list" });
    const budgetBox = h("section", { class: "panel", id: "budget-list" });
    context.root.append(pageHeader("Keys & budgets"), createForm(secretBox, () => void refresh(listBox)), secretBox, listBox, budgetBox);
    await Promise.all([refresh(listBox), budgets(budgetBox)]);
  },
};

/**
 * Fills the key list. A list that cannot be read says so inside its own panel (it left an empty box above the
 * budgets, with the error below them); after a create or revoke nothing else would show the failure at all.
 */
async function refresh(box: HTMLElement): Promise<void> {
  let keys: VirtualKey[];
  try {
    keys = (await api<List<VirtualKey>>("/api/keys")).data;
  } catch (error) {
    replace(box, h("h2", {}, "Keys"), errorBox(error));
    return;
  }
  const active = keys.filter((key) => key.revoked_at === null);
  // A key whose budget status could not be read keeps the reason: "no key budget" would be a wrong answer.
  const budgets = new Map<string, BudgetStatus[] | Error>(
    await Promise.all(
      active.map(async (key) => {
        const statuses = await api<List<BudgetStatus>>("/api/budgets", { query: { key: key.id } }).then(
          (list) => list.data.filter((status) => status.budget.startsWith("key:")),
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        );
        return [key.id, statuses] as const;
      }),
    ),
  );
  if (keys.length === 0) {
    replace(
      box,
      emptyState("No virtual keys yet, so the gateway accepts any caller on 127.0.0.1.", [
        "Create a key per team above (or with ",
        code("switchyard keys create --name NAME"),
        "); once one exists, every /v1 call needs a key.",
      ]),
    );
    return;
  }
  replace(
    box,
    h("h2", {}, "Keys"),
    table(
      // The last column holds only Revoke buttons: its header is for screen readers, which announced a nameless column.
      ["Name", "Prefix", "Created", "State", "Budget used / left", "Rate limit", "Tiers", h("span", { class: "visually-hidden" }, "Actions")],
      keys.map((key) => [
        clipped(key.name, { class: "key-name" }),
        h("span", { class: "mono nowrap" }, `${key.prefix}…`),
        timeElement(key.created_at, "short"),
        key.revoked_at === null ? badge("active", "good") : h("span", {}, badge("revoked", "neutral"), " ", timeElement(key.revoked_at, "short")),
        budgetCell(key, budgets.get(key.id) ?? []),
        key.rpm === null ? "none" : `${count(key.rpm)} req/min`,
        key.tiers === null ? "all" : clipped(key.tiers.join(", ")),
        key.revoked_at === null ? revokeButton(key, () => void refresh(box).then(() => focusAfterRevoke(box, key.id))) : "",
      ]),
      // Eight columns: on a phone a key's name scrolled away from its budget and its Revoke button.
      { rowAttributes: (index) => ({ "data-key": keys[index]?.name ?? "", "data-key-id": keys[index]?.id ?? "" }), stickyFirstColumn: true },
    ),
  );
}

/**
 * After a revoke the list is redrawn without the button that had focus, which fell to the page: it goes to the next
 * key's Revoke, else the one before, else the create form's Name field.
 */
function focusAfterRevoke(box: HTMLElement, keyId: string): void {
  const rows = [...box.querySelectorAll<HTMLTableRowElement>("tr[data-key-id]")];
  const at = rows.findIndex((row) => row.dataset.keyId === keyId);
  const revokeIn = (row: HTMLTableRowElement) => row.querySelector<HTMLButtonElement>("button.revoke-open");
  const next = rows.slice(at + 1).map(revokeIn).find(Boolean) ?? rows.slice(0, Math.max(at, 0)).reverse().map(revokeIn).find(Boolean);
  (next ?? document.getElementById("key-name"))?.focus();
}

/** The configured budgets (global, task, tier, key scopes) and where each stands. */
async function budgets(box: HTMLElement): Promise<void> {
  let statuses: BudgetStatus[];
  try {
    statuses = (await api<List<BudgetStatus>>("/api/budgets")).data;
  } catch (error) {
    // Only the route's own 404 means spend control is off; any other failure (a ledger that is down) is shown as such.
    const disabled = error instanceof ApiError && error.status === 404;
    replace(box, h("h2", {}, "Budgets"), disabled ? h("p", { class: "muted" }, "Spend control is not enabled on this gateway.") : errorBox(error));
    return;
  }
  replace(
    box,
    h("h2", {}, "Budgets"),
    statuses.length === 0
      ? emptyState("No budgets in the config.", ["Add them under ", code("budgets:"), " in switchyard.yaml (scope global, key, task or tier; window day or month), or give a key its own limits above."])
      : table(
          // The overview's order (Left first, as a phone shows it beside the name), so a budget reads the same on both pages.
          ["Budget", "Left", "Spent", "Reserved", "Limit", "Window", "Resets"],
          statuses.map((status) => [status.budget, usdLeft(status.remaining_usd), usd(status.spent_usd), usd(status.reserved_usd), usd(status.limit_usd), status.window, resetTime(status.resets_at)]),
          // Seven columns: on a phone a budget's name scrolled away from its figures.
          { numeric: [1, 2, 3, 4], stickyFirstColumn: true },
        ),
  );
}

function budgetCell(key: VirtualKey, statuses: BudgetStatus[] | Error): HTMLElement | string {
  if (key.revoked_at !== null) return "—";
  if (statuses instanceof Error) return h("span", { class: "muted", title: statuses.message }, "budget status unavailable");
  if (statuses.length === 0) return h("span", { class: "muted" }, "no key budget");
  return h(
    "ul",
    { class: "plain" },
    statuses.map((status) =>
      h(
        "li",
        {},
        `${status.window}: ${usd(status.spent_usd + status.reserved_usd)} used, ${usdLeft(status.remaining_usd)} left of ${usd(status.limit_usd)} `,
        budgetUse(status.spent_usd, status.reserved_usd, status.limit_usd, status.remaining_usd),
      ),
    ),
  );
}

function numberOrNull(value: FormDataEntryValue | null): number | null {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : null;
}

function createForm(secretBox: HTMLElement, onCreated: () => void): HTMLElement {
  const field = (id: string, label: string, input: HTMLElement) => h("label", { class: "field", for: id }, h("span", {}, label), input);
  const problem = h("div", {});
  const form: HTMLFormElement = h(
    "form",
    {
      class: "panel create-key",
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          const tiers = String(data.get("tiers") ?? "")
            .split(",")
            .map((tier) => tier.trim())
            .filter(Boolean);
          const body = {
            name: String(data.get("name") ?? "").trim(),
            daily_budget_usd: numberOrNull(data.get("daily")),
            monthly_budget_usd: numberOrNull(data.get("monthly")),
            rpm: numberOrNull(data.get("rpm")),
            tiers: tiers.length > 0 ? tiers : null,
          };
          replace(problem);
          api<{ key: VirtualKey; secret: string }>("/api/keys", { method: "POST", body }).then(
            ({ key, secret }) => {
              form.reset();
              showSecret(secretBox, key, secret);
              onCreated();
            },
            (error: unknown) => replace(problem, errorBox(error)),
          );
        },
      },
    },
    h("h2", {}, "Create a key"),
    h(
      "div",
      { class: "form-row" },
      field("key-name", "Name", h("input", { id: "key-name", name: "name", required: true, autocomplete: "off", placeholder: "team-search" })),
      field("key-daily", "Daily budget (USD)", h("input", { id: "key-daily", name: "daily", type: "number", min: 0, step: "any", placeholder: "none", "aria-describedby": "key-budget-hint" })),
      field("key-monthly", "Monthly budget (USD)", h("input", { id: "key-monthly", name: "monthly", type: "number", min: 0, step: "any", placeholder: "none", "aria-describedby": "key-budget-hint" })),
      field("key-rpm", "Requests per minute", h("input", { id: "key-rpm", name: "rpm", type: "number", min: 1, step: 1, placeholder: "no limit" })),
      field("key-tiers", "Allowed tiers", h("input", { id: "key-tiers", name: "tiers", placeholder: "all", "aria-describedby": "key-budget-hint" })),
    ),
    // What a budget means, as `keys create --help` says it: the fields alone left the window and a $0 open to guessing.
    h(
      "p",
      { class: "hint", id: "key-budget-hint" },
      "Budgets are US dollars per UTC day or month and start again at 00:00 UTC. A request whose worst-case cost does not fit in what is left is refused (402 budget_exceeded), or sent to a cheaper tier with on_exceed: downgrade; 0 allows only models that cost nothing (:free ids, the free tier). Empty: no limit of the key's own. Allowed tiers: empty for every tier, or the config's tier names separated by commas (such as budget, mid).",
    ),
    h("button", { type: "submit" }, "Create key"),
    problem,
  );
  return form;
}

function showSecret(box: HTMLElement, key: VirtualKey, secret: string): void {
  const value = h("input", { id: "secret-value", class: "mono secret", readonly: true, value: secret, "aria-label": "New key secret" });
  const copy = h("button", { type: "button", class: "secondary", on: { click: () => void copySecret(value).then((said) => (copy.textContent = said)) } }, "Copy");
  replace(
    box,
    h(
      "div",
      { class: "callout good", role: "status" },
      h("p", {}, h("strong", {}, `Key ${clipText(key.name)} created. `), "Copy its secret now: it is shown only this once and is stored only as a hash."),
      h("div", { class: "secret-row" }, value, copy, doneButton(box)),
    ),
  );
}

/** Done hides the secret; focus, which was on Done, goes to the form's Name field for the next key (it fell to the page). */
function doneButton(box: HTMLElement): HTMLElement {
  const done = () => {
    replace(box);
    document.getElementById("key-name")?.focus();
  };
  return h("button", { type: "button", class: "secondary", on: { click: done } }, "Done");
}

/**
 * Copies the secret and says how it went. The Clipboard API exists only in a secure context (https, or localhost):
 * on a gateway opened over plain http from another machine the button did nothing. The secret is selected first,
 * so where no way of copying works, Ctrl+C (⌘C) does.
 */
async function copySecret(input: HTMLInputElement): Promise<string> {
  input.focus();
  input.select();
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(input.value);
      return "Copied";
    }
  } catch {
    // Refused (no permission): the older way below, or the selection.
  }
  input.select();
  return document.execCommand("copy") ? "Copied" : "Selected: press Ctrl+C (⌘C)";
}

function revokeButton(key: VirtualKey, onRevoked: () => void): HTMLElement {
  const confirmButton = h("button", { type: "button", class: "danger", value: "revoke" }, "Revoke");
  const dialog = h(
    "dialog",
    { class: "confirm" },
    h("p", {}, "Revoke the key ", h("strong", {}, clipText(key.name)), "? Every request with it will get 401 from now on. This cannot be undone."),
    h("div", { class: "dialog-actions" }, h("button", { type: "button", class: "secondary", on: { click: () => dialog.close() } }, "Cancel"), confirmButton),
  );
  confirmButton.addEventListener("click", () => {
    confirmButton.setAttribute("disabled", "");
    api(`/api/keys/${encodeURIComponent(key.id)}`, { method: "DELETE" }).then(
      () => {
        dialog.close();
        onRevoked();
      },
      (error: unknown) => dialog.append(errorBox(error)),
    );
  });
  return h("span", {}, h("button", { type: "button", class: "danger secondary revoke-open", "aria-label": `Revoke ${visibleText(clipText(key.name))}`, on: { click: () => dialog.showModal() } }, "Revoke…"), dialog);
}
