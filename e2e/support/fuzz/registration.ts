import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { capSize, controlChar, extraFields, type Form, hostileLocale, hostileString, huge, NUMBERISH, withFields } from "./hostile";
import type { Answer } from "./http";
import { actionProbe, type Context, type Probe, type Target } from "./probes";
import type { World } from "./world";

/**
 * The registration form, fuzzed. A valid registration would change the database, so every input
 * carries at least one poison that the server must refuse (a control character in a name, a wrong
 * email, a session of another dialogue, an unknown dialogue…), on top of any number of oddities
 * that on their own are acceptable (a strange locale, Unicode, extra fields, repeated fields).
 */
const ACTION = "app/[locale]/events/[slug]/register/actions.ts#registerAction";
const TEXT_FIELDS = ["givenName", "familyName", "organisation", "position", "represents"];
const NOTES = ["accessibilityNeeds", "dietaryRequirements"];

function valid(world: World): Form {
  return [
    ["submissionKey", randomUUID()],
    ["givenName", "Fuzz"],
    ["familyName", "Delegate"],
    ["email", `fuzz.${randomUUID().slice(0, 8)}@example.org`],
    ["organisation", "Fuzz ministry"],
    ["position", "Advisor"],
    ["stakeholderGroup", "other"],
    ["countryCode", "CO"],
    ["represents", "Colombia"],
    ["preferredLanguage", "es"],
    ["privacyConsent", "on"],
    ["locale", "en"],
    ["eventSlug", world.a.slug],
    ["sessionIds", String(world.a.sessionIds[0])],
  ];
}

/** Acceptable oddities: none of them alone may make the server refuse, or accept, anything. */
function oddities(): fc.Arbitrary<Form> {
  const oddText = fc.tuple(
    fc.constantFrom(...TEXT_FIELDS),
    fc.constantFrom("İstanbul", "Zoë Ñúñez", "李小龍", "O'Brien-Smith", "Ｆｕｚｚ", "\u202Eevil", "a\u200Bb"),
  );
  return fc
    .tuple(
      fc.array(oddText, { maxLength: 3 }).map((pairs): Form => pairs),
      fc.option(
        hostileLocale.map((l): Form => [["locale", l]]),
        { nil: [] },
      ),
      extraFields,
      fc.option(fc.constantFrom<Form>([["honorific", ""]], [["honorific", "dr"]], [["phone", ""]], [["specialDataConsent", "on"]]), {
        nil: [],
      }),
    )
    .map((parts) => parts.flat() as Form);
}

const notA = (pattern: RegExp) => hostileString.filter((s) => !pattern.test(s.trim()));
const withControl = fc
  .tuple(fc.constantFrom("Ana", "Ministerio", "x"), controlChar, fc.constantFrom("Pérez", "TIC", "y"))
  .map(([a, c, b]) => `${a}${c}${b}`);

/** A visa letter request the server would accept, with its consent (lib/visa/request-schema.ts). */
const visaRequest: Form = [
  ["visaRequested", "on"],
  ["visaConsent", "on"],
  ["passportNumber", "PA1234567"],
  ["nationality", "CO"],
  ["dateOfBirth", "1985-04-12"],
  ["passportExpiry", "2031-01-31"],
];

/** Passport data the server must refuse: without its consent, or not a passport number, birth date or expiry. */
function visaPoison(): fc.Arbitrary<Form> {
  const but =
    (field: string) =>
    (value: string | { file: string }): Form =>
      withFields(visaRequest, [[field, value]]);
  return fc.oneof(
    fc.constant<Form>(visaRequest.filter(([name]) => name !== "visaConsent")),
    notA(/^[A-Za-z0-9\s-]*$/).map(but("passportNumber")),
    fc.constantFrom("", "    ", "AB1", "A".repeat(21)).map(but("passportNumber")),
    fc.constantFrom("1850-01-01", "2999-01-01", "1985-02-30", "12/04/1985", "").map(but("dateOfBirth")),
    fc.constantFrom("2001-01-01", "2031-02-30", "tomorrow", "").map(but("passportExpiry")),
    notA(/^[a-z]{2}$/i).map(but("nationality")),
    fc.constant<Form>(withFields(visaRequest, [["visaConsent", { file: "on" }]])),
  );
}

/** Each poison makes a registration one the server must refuse. */
function poison(world: World): fc.Arbitrary<Form> {
  const other = world.b.sessionIds[0]!;
  return fc.oneof(
    visaPoison(),
    fc.tuple(fc.constantFrom(...TEXT_FIELDS), withControl).map(([field, value]): Form => [[field, value]]),
    fc.tuple(fc.constantFrom(...NOTES), withControl).map(
      ([field, value]): Form => [
        [field, value],
        ["specialDataConsent", "on"],
      ],
    ),
    controlChar.map((c): Form => [["phone", `+57 601${c}3443460`]]),
    fc.tuple(fc.constantFrom(...TEXT_FIELDS), huge()).map(([field, value]): Form => [[field, value]]),
    notA(/@/).map((v): Form => [["email", v]]),
    fc
      .constantFrom("a@", "@b.org", "a b@c.org", "a@b..org", "a@b.org\u0000", `${"a".repeat(250)}@b.org`, "\u0000@b.org")
      .map((v): Form => [["email", v]]),
    notA(/^[0-9a-f-]{36}$/i).map((v): Form => [["submissionKey", v]]),
    notA(/^(on|true)$/).map((v): Form => [["privacyConsent", v]]),
    fc.constant<Form>([["privacyConsent", { file: "on" }]]),
    notA(/^[a-z_]+$/).map((v): Form => [["stakeholderGroup", v]]),
    notA(/^[a-z]{2}$/i).map((v): Form => [["countryCode", v]]),
    notA(/^(en|es|pt|fr)$/).map((v): Form => [["preferredLanguage", v]]),
    notA(/^(ms|mr|mx|dr|prof|excellency)?$/).map((v): Form => [["honorific", v]]),
    fc.constantFrom("12", "+1 000", "phone", "+57 601 344").map((v): Form => [["phone", v]]),
    fc.constant<Form>([
      ["accessibilityNeeds", "Wheelchair access"],
      ["specialDataConsent", "no"],
    ]), // special-category data without its consent
    fc
      .constantFrom(
        String(other),
        "999999999",
        "2147483648",
        "99999999999999999999",
        "-1",
        "0",
        "1.5",
        "abc",
        "NaN",
        "1e309",
        "\u0000",
        "$K1",
      )
      .map(
        (id): Form => [
          ["sessionIds", String(world.a.sessionIds[0])],
          ["sessionIds", id],
        ],
      ),
    fc.constant<Form>(Array.from({ length: 31 }, (_, i) => ["sessionIds", String(i + 1)])),
    fc.constant<Form>([["eventSlug", world.b.slug]]), // dialogue B, with a session of dialogue A
    fc
      .oneof(
        fc.constantFrom(world.draftSlug, "no-such-dialogue", `${world.a.slug}\u0000`, world.a.slug.toUpperCase(), "", "a".repeat(5000)),
        hostileString,
      )
      .map((slug): Form => [["eventSlug", slug]]),
    fc.constantFrom(...NUMBERISH).map(
      (v): Form => [
        ["sessionIds", v],
        ["sessionIds", "-5"],
      ],
    ),
  );
}

export function registrationTarget(runs: number): Target {
  return {
    name: "registration form (events/[slug]/register)",
    covers: [ACTION],
    runs,
    probes: (context: Context) => {
      const form = fc
        .tuple(oddities(), poison(context.world))
        .map(([odd, bad]) => capSize(withFields(withFields(valid(context.world), odd), bad)));
      const page = fc.constantFrom(
        `/en/events/${context.world.a.slug}/register`,
        `/es/events/${context.world.a.slug}/register`,
        `/en/events/${context.world.b.slug}/register`,
        `/en/events/no-such-dialogue/register`,
        `/xx/events/${context.world.a.slug}/register`,
      );
      return actionProbe(context, ACTION, page, form, ["state", "html", "form"]);
    },
    refusal: (answer: Answer, probe: Probe) =>
      answer.redirect?.includes("/register/sent") || answer.location?.includes("/register/sent")
        ? `registered (${probe.kind === "action" ? "poisoned input accepted" : ""})`
        : null,
  };
}
