/**
 * Twenty-second round: readings that a retrain moved, now held by rules (each with the look-alike it must leave alone).
 */
import { describe, expect, it } from "vitest";
import { createClassifier } from "../create-classifier.js";

const learned = createClassifier("learned");
const taskOf = (content: string): string => learned.classify([{ role: "user", content }]).task.label;

describe("the twenty-second round's rules", () => {
  it("reads a writing reading of a turn whose opening verb frames a pasted text as that text work, not a story or poem asked for", () => {
    expect(taskOf("turn this into a short handover for the night shift: bed 7, 71F, day 2 post hip replacement, pain 6/10 on oral morphine 10mg 4-hourly, mobilised to chair twice, urine output 40 ml/h, Hb 98 from 112, physio tomorrow 10:00.")).toBe("summarization");
    expect(taskOf("turn this into a short story: a lighthouse keeper finds a message in a bottle from her own grandmother, written sixty years ago, asking her to keep the light on")).toBe("creative_writing");
  });

  it("reads labels written for each item as labelling when the model reads code, unless code is what is asked for", () => {
    expect(taskOf("put each invoice into a bucket: CURRENT (not due), LATE (1-30 days), COLLECTIONS (30+). today is 2024-09-01\n\nINV-101 due 2024-09-10\nINV-102 due 2024-08-20\nINV-103 due 2024-07-15")).toBe("classification");
    expect(taskOf("write a python function that puts each order into a bucket: LOW (<10), MID (10-100), HIGH (>100)")).toBe("code_generation");
  });

  it("takes a little-trained language's thank-you as talk even when the model reads it surely as something else", () => {
    expect(taskOf("Daalụ nke ukwuu, i nyere m aka")).toBe("chat");
    expect(taskOf("Ndewo! Kedu onye dere akwụkwọ Things Fall Apart?")).not.toBe("chat");
  });
});
