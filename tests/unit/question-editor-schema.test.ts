import { describe, expect, it } from "vitest";
import { questionFormSchema } from "@/lib/questions/editor-schema";

const valid = { kind: "single_choice", labelEn: "Meal", optionsEn: "Fish\nMeat", optionsEs: "Pescado\nCarne" };

/** The question editor's bad inputs: each is refused with a field error the editor shows. */
const badInputs: [string, Record<string, unknown>, string, string][] = [
  ["missing English label", { labelEn: "" }, "labelEn", "required"],
  ["blank English label", { labelEn: "   " }, "labelEn", "required"],
  ["label too long", { labelEn: "x".repeat(301) }, "labelEn", "tooLong"],
  ["label with a control character", { labelEs: "Comida\u0000" }, "labelEs", "controlCharacters"],
  ["unknown kind", { kind: "essay" }, "kind", "kind"],
  ["missing kind", { kind: undefined }, "kind", "kind"],
  ["choice without options", { optionsEn: "\n  \n", optionsEs: "" }, "optionsEn", "optionsRequired"],
  ["the same option twice", { optionsEn: "Fish\nFish", optionsEs: "" }, "optionsEn", "optionsRepeated"],
  ["translation with a missing line", { optionsEs: "Pescado" }, "optionsEs", "optionsMismatch"],
  ["option too long", { optionsEn: `Fish\n${"m".repeat(201)}`, optionsEs: "" }, "optionsEn", "tooLong"],
  [
    "too many options",
    { optionsEn: Array.from({ length: 51 }, (_, i) => `o${i}`).join("\n"), optionsEs: "" },
    "optionsEn",
    "tooManyOptions",
  ],
  ["options with a control character", { optionsFr: "Poisson\u0007\nViande" }, "optionsFr", "controlCharacters"],
];

describe("question editor schema", () => {
  it("accepts a choice question and reads its options line by line", () => {
    expect(questionFormSchema.parse({ ...valid, required: "on" })).toMatchObject({
      kind: "single_choice",
      required: true,
      optionsEn: ["Fish", "Meat"],
      optionsEs: ["Pescado", "Carne"],
      optionsPt: [],
    });
  });
  it("ignores options of a question that has none", () => {
    expect(questionFormSchema.safeParse({ kind: "date", labelEn: "Arrival", optionsEs: "x" }).success).toBe(true);
  });
  it.each(badInputs)("%s: field error", (_label, change, field, key) => {
    const result = questionFormSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const errors = result.error?.issues.filter((i) => i.path[0] === field).map((i) => i.message);
    expect(errors).toContain(key);
  });
});
