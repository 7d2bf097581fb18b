/**
 * A score matrix the readers do not know by name (a team's own `score-matrix.csv`, or a development set such as
 * vicuna80) is read from its own columns: the prompt from `prompt`, `question` or `instruction`, the models from the
 * numeric columns. It used to be read as arena-bench-v1, with every prompt empty and text columns taken for models.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOutcomeStream } from "./online-stream.js";
import { readScoreMatrix } from "./score-matrix.js";

const dir = path.join(mkdtempSync(path.join(tmpdir(), "switchyard-matrix-")), "team-set");
mkdirSync(dir);
const file = path.join(dir, "score-matrix.csv");
writeFileSync(
  file,
  [
    "question_id,category,question,small:v1,medium:v2,large:v3",
    "1,generic,How can I plan my week better?,6,8,9",
    '2,coding,"Write a function that reverses a list, in Python",3,7,9',
    "3,math,What is 17 times 23?,2,,8",
  ].join("\n"),
);

describe("a score matrix read from its own columns", () => {
  it("takes the prompt from its question column and only numeric columns as models", () => {
    const matrix = readScoreMatrix(file);
    expect(matrix?.name).toBe("team-set");
    expect(matrix?.models).toEqual(["small:v1", "medium:v2", "large:v3"]);
    expect(matrix?.items.map((item) => item.prompts[0])).toEqual(["How can I plan my week better?", "Write a function that reverses a list, in Python", "What is 17 times 23?"]);
    expect(matrix?.items[2]?.scores["medium:v2"]).toBeUndefined();
  });

  it("asks for --ladder when the set has no default ladder, naming its model columns", () => {
    expect(() => readOutcomeStream(file)).toThrow(/team-set has no default tier ladder: give --ladder FILE, .*cheapest first.*small:v1, medium:v2, large:v3/);
    const stream = readOutcomeStream(file, [
      { model: "small:v1", usdPerMillionTokens: 0.2 },
      { model: "large:v3", usdPerMillionTokens: 10 },
    ]);
    expect(stream.items).toHaveLength(3);
    expect(stream.items[1]?.messages[0]?.content).toBe("Write a function that reverses a list, in Python");
  });
});
