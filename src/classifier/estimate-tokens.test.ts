import { readFileSync } from "node:fs";
import path from "node:path";
import { encode as encodeO200k } from "gpt-tokenizer";
import { encode as encodeCl100k } from "gpt-tokenizer/encoding/cl100k_base";
import { describe, expect, it } from "vitest";
import { ownTimeMs } from "../../test/support/own-time.js";
import { estimateMessagesTokens, estimateTokens, TOKENS_PER_MESSAGE, TOKENS_PER_REQUEST } from "./estimate-tokens.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** English prose written for this test: varied registers, punctuation and word lengths. */
const PROSE = [
  "The committee met on Thursday to review the proposal for a new community library. After a long discussion, " +
    "members agreed that the building should include a children's reading room, a quiet study area, and a small " +
    "auditorium for public lectures. Funding remains the main obstacle; the city has promised half of the cost.",
  "I've been thinking about switching careers for a while now. My job pays well, but I don't feel challenged " +
    "anymore, and the commute is wearing me down. Friends say I should just take the leap, yet I keep wondering " +
    "whether I'm romanticizing something I've never actually tried.",
  "Photosynthesis converts light energy into chemical energy. Inside the chloroplasts, chlorophyll absorbs " +
    "photons, which drive the splitting of water molecules and the release of oxygen. The energy captured is " +
    "stored in ATP and NADPH, which the Calvin cycle then uses to fix carbon dioxide into sugars.",
  "Dear Ms. Hernandez, thank you for your interest in the Senior Product Designer position. We were impressed " +
    "by your portfolio and would like to invite you to a second interview next week. Please let us know which of " +
    "the following times works best for you: Tuesday at 10 a.m., Wednesday at 2 p.m., or Friday at 11 a.m.",
  "Once upon a time, in a village nestled between two rivers, there lived an old clockmaker who never spoke. " +
    "Children would press their noses against his window, watching gears turn and springs coil, convinced that " +
    "he was building a machine that could stop time itself.",
  "Critics of the policy argue that it disproportionately affects low-income households, who spend a larger " +
    "share of their earnings on energy. Supporters counter that the revenue will be returned as dividends, and " +
    "that the long-term environmental benefits outweigh the short-term costs. Both sides agree on one thing: " +
    "implementation details will determine whether it succeeds.",
  "To reset your password, open the settings menu, select \"Account\", and click \"Forgot password\". You'll " +
    "receive an email within a few minutes. If it doesn't arrive, check your spam folder or contact support.",
  "Marathon training is less about heroic long runs than about consistency. Most plans build mileage gradually " +
    "over sixteen to twenty weeks, alternating hard and easy days, with a taper in the final fortnight so that " +
    "muscles can recover before race day.",
];

const CODE = `import { readFile } from "node:fs/promises";

export async function loadConfig(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(\`Invalid config at \${path}: \${(error as Error).message}\`);
  }
}

def fibonacci(n: int) -> list[int]:
    sequence = [0, 1]
    while len(sequence) < n:
        sequence.append(sequence[-1] + sequence[-2])
    return sequence[:n]
`;

const JSON_TEXT = JSON.stringify({
  id: "openai/gpt-4o-mini",
  name: "OpenAI: GPT-4o-mini",
  context_length: 128000,
  pricing: { prompt: "0.00000015", completion: "0.0000006" },
  architecture: { input_modalities: ["text", "image"], output_modalities: ["text"] },
  supported_parameters: ["tools", "tool_choice", "response_format", "temperature"],
});

const relativeError = (estimate: number, actual: number): number => (estimate - actual) / actual;

describe("estimateTokens", () => {
  it("is within 10% of o200k and cl100k on every English prose paragraph", () => {
    for (const text of PROSE) {
      const estimate = estimateTokens(text);
      expect(Math.abs(relativeError(estimate, encodeO200k(text).length))).toBeLessThanOrEqual(0.1);
      expect(Math.abs(relativeError(estimate, encodeCl100k(text).length))).toBeLessThanOrEqual(0.1);
    }
  });

  it("is within 10% on at least 90% of real prompts of 50+ tokens, and within 5% in aggregate", () => {
    const file = path.resolve(repoRoot, "../shared/data/routing/llmrouter/default_query_train.jsonl");
    const prompts = readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { query: string }).query)
      .filter((_, i) => i % 7 === 0);
    let estimated = 0;
    let actual = 0;
    let within = 0;
    let counted = 0;
    for (const prompt of prompts) {
      const tokens = encodeO200k(prompt).length;
      if (tokens < 50) continue;
      const estimate = estimateTokens(prompt);
      counted++;
      estimated += estimate;
      actual += tokens;
      if (Math.abs(relativeError(estimate, tokens)) <= 0.1) within++;
    }
    expect(counted).toBeGreaterThan(200);
    expect(within / counted).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(relativeError(estimated, actual))).toBeLessThanOrEqual(0.05);
  });

  it("errs slightly high, never low, on code and JSON", () => {
    for (const text of [CODE, JSON_TEXT]) {
      const error = relativeError(estimateTokens(text), encodeO200k(text).length);
      expect(error).toBeGreaterThanOrEqual(0);
      expect(error).toBeLessThanOrEqual(0.25);
    }
  });

  it("counts empty text as zero and any text as at least one token", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("a")).toBe(1);
    expect(estimateTokens("  ")).toBe(1);
  });

  it("holds for Chinese, Japanese, Korean and Russian: never under o200k, at most 35% over", () => {
    const paragraphs = [
      "人工智能正在改变各行各业，从医疗到金融，越来越多的公司开始使用机器学习模型来提高效率。今年我们公司的销售额增长了百分之十五，主要来自海外市场。明年计划在东南亚开设两个新办事处，并加强线上渠道。",
      "市は来年から公共交通機関の運賃を値下げする。高齢者と学生は半額になる。財源は駐車料金の値上げでまかなう予定だ。明日の打ち合わせは午前十時からに変更になりました。ご確認のほどよろしくお願いいたします。",
      "시는 내년부터 대중교통 요금을 인하한다. 노인과 학생은 반값이다. 재원은 주차 요금 인상으로 충당할 예정이다. 내일 회의는 오후 세 시로 변경되었습니다. 확인 부탁드립니다.",
      "Поезд опаздывает примерно на сорок минут. Пожалуйста, проверьте расписание на сайте перед выездом и возьмите с собой документы, билеты и паспорт.",
    ];
    for (const text of paragraphs) {
      const error = relativeError(estimateTokens(text), encodeO200k(text).length);
      expect(error, text.slice(0, 20)).toBeGreaterThanOrEqual(0);
      expect(error, text.slice(0, 20)).toBeLessThanOrEqual(0.35);
    }
  });

  it("counts non-Latin scripts at roughly one token per character or less", () => {
    const text = "今日は良い天気ですね。明日も晴れるでしょう。";
    const actual = encodeO200k(text).length;
    expect(estimateTokens(text)).toBeGreaterThanOrEqual(actual);
    expect(estimateTokens(text)).toBeLessThanOrEqual(text.length);
  });

  it("estimates 1.2 MB of text (~300k tokens) at the cost of a few plain passes over it", () => {
    const text = PROSE.join("\n\n").repeat(Math.ceil(1_200_000 / PROSE.join("\n\n").length));
    const bestOf = (run: () => unknown): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 7; i++) best = Math.min(best, ownTimeMs(run));
      return best;
    };
    // The baseline, timed in the same run so machine load slows both: one bare read of every character. Each run is
    // this process's own time (test/support/own-time.ts), so the fixed 50 ms bound below holds on a loaded machine too.
    const bareLoop = (): number => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
      return sum;
    };
    bareLoop();
    expect(estimateTokens(text)).toBeGreaterThan(220_000);
    const estimateMs = bestOf(() => estimateTokens(text));
    const baselineMs = bestOf(bareLoop);
    // ~3 ms on an idle core, against ~1 ms for the bare loop.
    expect(estimateMs).toBeLessThan(baselineMs * 10);
    expect(estimateMs).toBeLessThan(50);
  });
});

describe("estimateMessagesTokens", () => {
  it("adds the chat format's per-message and per-request overhead", () => {
    const messages = [
      { role: "system", content: "You are terse." },
      { role: "user", content: "Hello there, how are you?" },
    ];
    const text = messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
    expect(estimateMessagesTokens(messages)).toBe(text + 2 * TOKENS_PER_MESSAGE + TOKENS_PER_REQUEST);
  });

  it("reads text parts, ignores images, and counts tool calls", () => {
    const withParts = estimateMessagesTokens([
      {
        role: "user",
        content: [
          { type: "text", text: "Describe this picture." },
          { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } },
        ],
      },
    ]);
    expect(withParts).toBe(estimateTokens("Describe this picture.") + TOKENS_PER_MESSAGE + TOKENS_PER_REQUEST);
    const toolCalls = [{ id: "call_1", type: "function", function: { name: "lookup", arguments: '{"q":"x"}' } }];
    const withTools = estimateMessagesTokens([{ role: "assistant", content: null, tool_calls: toolCalls }]);
    expect(withTools).toBe(estimateTokens(JSON.stringify(toolCalls)) + TOKENS_PER_MESSAGE + TOKENS_PER_REQUEST);
  });

  it("is close to OpenAI's own count for a real chat request", () => {
    const messages = PROSE.slice(0, 4).map((content, i) => ({ role: i % 2 === 0 ? "user" : "assistant", content }));
    // OpenAI's documented formula: 3 tokens per message + 1 per name, +3 to prime the reply; we use 4/message.
    const reference = messages.reduce((sum, m) => sum + encodeO200k(m.content).length + 3, 3);
    expect(Math.abs(relativeError(estimateMessagesTokens(messages), reference))).toBeLessThanOrEqual(0.1);
  });
});
