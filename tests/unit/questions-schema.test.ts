import { describe, expect, it } from "vitest";
import { answersSchema, type QuestionDefinition, withAnswers } from "@/lib/questions/answers-schema";
import { registrationSchema } from "@/lib/validation/registration";
import { validRegistrationForm } from "@/tests/support/forms";

const options = [{ key: "a" }, { key: "b" }, { key: "c" }];
const question = (id: number, kind: QuestionDefinition["kind"], required = false): QuestionDefinition => ({ id, kind, required, options });

/** The error key of the one field, or the parsed answers. */
function parse(q: QuestionDefinition, value: unknown) {
  const result = answersSchema([q]).safeParse(value === undefined ? {} : { [`q${q.id}`]: value });
  return result.success ? result.data.answers : { error: result.error.issues.map((i) => `${String(i.path[0])}:${i.message}`) };
}

describe("answers schema: each kind", () => {
  it.each([
    ["short_text", "  Lima  ", "Lima"],
    ["long_text", "line one\nline two", "line one\nline two"],
    ["single_choice", "b", "b"],
    ["country", "pe", "PE"],
    ["date", "2027-02-28", "2027-02-28"],
    ["yes_no", "yes", true],
    ["yes_no", "no", false],
    ["multiple_choice", ["c", "a", "c"], ["c", "a"]],
    ["multiple_choice", "a", ["a"]],
  ] as const)("%s %j is stored as %j", (kind, value, stored) => {
    expect(parse(question(1, kind, true), value)).toEqual({ 1: stored });
  });

  it.each([
    ["short_text", "x".repeat(201), "tooLong"],
    ["short_text", "tab\there", "controlCharacters"],
    ["long_text", "x".repeat(2001), "tooLong"],
    ["long_text", "bell\u0007", "controlCharacters"],
    ["single_choice", "z", "choose"],
    ["country", "XX", "choose"],
    ["date", "2027-02-30", "date"],
    ["date", "28/02/2027", "date"],
    ["yes_no", "maybe", "choose"],
    ["multiple_choice", ["a", "zz"], "choose"],
  ] as const)("%s refuses %j with %s", (kind, value, key) => {
    expect(parse(question(7, kind), value)).toEqual({ error: [`q7:${key}`] });
  });
});

describe("answers schema: required and optional", () => {
  const kinds: QuestionDefinition["kind"][] = ["short_text", "long_text", "single_choice", "multiple_choice", "yes_no", "country", "date"];
  it.each(kinds)("a required %s left empty is refused", (kind) => {
    const key = kind === "short_text" || kind === "long_text" || kind === "date" ? "required" : "choose";
    for (const empty of [undefined, "", "   ", [], false, null]) {
      if (kind !== "multiple_choice" && Array.isArray(empty)) continue;
      expect(parse(question(3, kind, true), empty)).toEqual({ error: [`q3:${key}`] });
    }
  });
  it.each(kinds)("an optional %s left empty stores nothing", (kind) => {
    expect(parse(question(3, kind), undefined)).toEqual({});
    expect(parse(question(3, kind), "")).toEqual({});
  });
});

describe("the registration form with questions", () => {
  const questions = [question(4, "short_text", true), question(5, "multiple_choice")];
  it("parses the registration and its answers in one go", () => {
    const parsed = withAnswers(registrationSchema, questions).parse({ ...validRegistrationForm, q4: "Yes", q5: ["b"] });
    expect(parsed).toMatchObject({ givenName: validRegistrationForm.givenName, answers: { 4: "Yes", 5: ["b"] } });
  });
  it("reports the form's errors and the answers' errors together", () => {
    const result = withAnswers(registrationSchema, questions).safeParse({ ...validRegistrationForm, givenName: "", q5: ["nope"] });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`).sort();
    expect(fields).toEqual(["givenName:required", "q4:required", "q5:choose"]);
  });
});
