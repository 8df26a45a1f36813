import fc from "fast-check";
import { capSize, extraFields, type Form, hostileField, hostileLocale, hostileString, NUMBERISH } from "./hostile";
import { actionProbe, deadToken, hostileForm, type Target } from "./probes";
import type { World } from "./world";

/**
 * Actions opened by a secret link: the delegate's manage page and the organisers' single-use
 * links. With a link that works, the rest of the input is always one the server must refuse (a
 * valid request would change data); with a dead link anything goes.
 */
const MANAGE = "app/[locale]/manage/[token]/actions.ts";

const notOn = hostileString.filter((s) => s !== "on");

/** A field's values, none of them "on" (a form read with Object.fromEntries keeps the last). */
const confirmNotOn: fc.Arbitrary<Form> = fc.oneof(
  fc.constant<Form>([]),
  fc.array(notOn, { minLength: 1, maxLength: 3 }).map((vs): Form => vs.map((v) => ["confirm", v])),
  fc.constantFrom<Form>([["confirm", "ON"]], [["confirm", "on "]], [["confirm", "true"]], [["confirm", { file: "on" }]]),
);

function linkForm(world: World, live: string[], risky: fc.Arbitrary<Form>, safe: fc.Arbitrary<Form>): fc.Arbitrary<Form> {
  return fc
    .oneof(
      fc
        .tuple(fc.constantFrom(...live), risky, extraFields, hostileLocale)
        .map(([token, rest, extra, locale]): Form => [["token", token], ["locale", locale], ...rest, ...extra]),
      fc
        .tuple(deadToken(world), safe, extraFields, hostileLocale)
        .map(([token, rest, extra, locale]): Form => [["token", token], ["locale", locale], ...rest, ...extra]),
    )
    .map((form) => capSize(form));
}

function sessionIdsOf(world: World): fc.Arbitrary<Form> {
  const bad = fc.oneof(fc.constantFrom(...NUMBERISH, String(world.b.sessionIds[0]), "999999999", "2147483648", "-3"), hostileString);
  return fc.oneof(
    fc
      .tuple(fc.subarray(world.a.sessionIds.map(String)), bad)
      .map(([good, wrong]): Form => [...good, wrong, "-3"].map((id) => ["sessionIds", id])),
    fc.constant<Form>(Array.from({ length: 31 }, (_, i) => ["sessionIds", String(i + 1)])),
  );
}

const anySessionIds = (world: World): fc.Arbitrary<Form> =>
  fc.oneof(
    sessionIdsOf(world),
    fc.subarray(world.a.sessionIds.map(String)).map((ids): Form => ids.map((id) => ["sessionIds", id])),
    hostileField("sessionIds"),
  );

export function manageTargets(): Target[] {
  return [
    {
      name: "manage page: change my sessions",
      covers: [`${MANAGE}#changeSessionsAction`],
      runs: 200,
      probes: ({ world, actionIds }) =>
        actionProbe(
          { world, actionIds },
          `${MANAGE}#changeSessionsAction`,
          "/en/manage/fuzz-page",
          linkForm(world, [world.manage.live], sessionIdsOf(world), anySessionIds(world)),
          ["state", "html"],
        ),
    },
    {
      // The live link's registration is confirmed already and the cancelled one cannot be: with a
      // working link, confirming again changes nothing; with a dead one, nothing opens.
      name: "manage page: confirm my address",
      covers: [`${MANAGE}#confirmAddressAction`],
      runs: 100,
      probes: ({ world, actionIds }) =>
        actionProbe(
          { world, actionIds },
          `${MANAGE}#confirmAddressAction`,
          "/en/manage/fuzz-page",
          linkForm(world, [world.manage.live, world.manage.cancelled], extraFields, extraFields),
          ["form", "html", "state"],
        ),
    },
    {
      // With a working link only values the server must refuse (the fuzz world's dialogue is held
      // in person: even a valid switch changes nothing); with a dead one, anything.
      name: "manage page: change how I take part",
      covers: [`${MANAGE}#changeAttendanceAction`],
      runs: 100,
      probes: ({ world, actionIds }) =>
        actionProbe(
          { world, actionIds },
          `${MANAGE}#changeAttendanceAction`,
          "/en/manage/fuzz-page",
          linkForm(
            world,
            [world.manage.live, world.manage.cancelled],
            hostileField("attendance"),
            fc.oneof(hostileField("attendance"), fc.constantFrom<Form>([["attendance", "remote"]], [["attendance", "in_person"]])),
          ),
          ["form", "html", "state"],
        ),
    },
    ...(["cancelRegistrationAction", "eraseRegistrationAction", "withdrawVisaRequestAction"] as const).map(
      (name): Target => ({
        name: `manage page: ${name}`,
        covers: [`${MANAGE}#${name}`],
        runs: 150,
        probes: ({ world, actionIds }) => {
          const anyConfirm = fc.oneof(
            confirmNotOn,
            fc.constant<Form>([["confirm", "on"]]),
            fc.constant<Form>([
              ["confirm", "x"],
              ["confirm", "on"],
            ]),
          );
          // The cancelled registration's link still opens its page (and erasure): never with "on".
          const form = linkForm(world, [world.manage.live, world.manage.cancelled], confirmNotOn, anyConfirm);
          return actionProbe({ world, actionIds }, `${MANAGE}#${name}`, "/en/manage/fuzz-page", form, ["form", "html", "state"]);
        },
      }),
    ),
  ];
}

/** A new password the server must refuse: too short, too long, missing or not matching. */
const badPassword: fc.Arbitrary<Form> = fc.oneof(
  fc.string({ maxLength: 11 }).map(
    (p): Form => [
      ["password", p],
      ["confirm", p],
    ],
  ),
  fc.constant("p".repeat(201)).map(
    (p): Form => [
      ["password", p],
      ["confirm", p],
    ],
  ),
  fc
    .tuple(fc.string({ minLength: 12, maxLength: 40 }), hostileString)
    .filter(([p, c]) => p !== c)
    .map(
      ([p, c]): Form => [
        ["password", p],
        ["confirm", c],
      ],
    ),
  fc.constant<Form>([["password", "long enough password"]]),
  fc.constant<Form>([
    ["password", { file: "long enough password" }],
    ["confirm", "long enough password"],
  ]),
);
const anyPassword: fc.Arbitrary<Form> = fc.oneof(
  badPassword,
  hostileField("password"),
  fc.constant<Form>([
    ["password", "a perfectly good password"],
    ["confirm", "a perfectly good password"],
  ]),
);

const withControl = fc
  .tuple(fc.constantFrom("Ana", "x"), fc.constantFrom("\u0000", "\u0001", "\u001b[31m", "\u007f"), fc.constantFrom("Pérez", "y"))
  .map((p) => p.join(""));
/** A name the server must refuse, with an otherwise good password. */
const badName: fc.Arbitrary<Form> = fc.oneof(withControl, fc.constantFrom("", "   ", "n".repeat(121))).map(
  (name): Form => [
    ["name", name],
    ["password", "a perfectly good password"],
    ["confirm", "a perfectly good password"],
  ],
);

export function accountLinkTargets(): Target[] {
  const reset = "app/[locale]/reset-password/[token]/actions.ts#resetPasswordAction";
  const invitation = "app/[locale]/invitation/[token]/actions.ts#acceptInvitationAction";
  const setup = "app/[locale]/setup/[token]/actions.ts#setupAction";
  return [
    {
      name: "reset password",
      covers: [reset],
      runs: 120,
      probes: ({ world, actionIds }) =>
        actionProbe(
          { world, actionIds },
          reset,
          "/en/reset-password/fuzz-page",
          linkForm(world, [world.reset.live], badPassword, anyPassword),
          ["state", "html"],
        ),
    },
    {
      name: "accept invitation",
      covers: [invitation],
      runs: 120,
      probes: ({ world, actionIds }) => {
        const risky = fc.oneof(
          badName,
          fc.tuple(hostileField("name"), badPassword).map(([n, p]) => [...n, ...p]),
        );
        const safe = fc
          .tuple(fc.oneof(hostileField("name"), fc.constant<Form>([["name", "Fuzz Invitee"]])), anyPassword)
          .map(([n, p]) => [...n, ...p]);
        return actionProbe(
          { world, actionIds },
          invitation,
          "/en/invitation/fuzz-page",
          linkForm(world, [world.invitation.live], risky, safe),
          ["state", "html"],
        );
      },
    },
    {
      // No working setup link exists for the fuzz (the first organiser used theirs, or it is unknown).
      name: "first organiser setup",
      covers: [setup],
      runs: 100,
      probes: ({ world, actionIds }) => {
        const form = fc
          .tuple(deadToken(world), hostileForm(world, ["name", "email"]), anyPassword, hostileLocale)
          .map(([token, fields, password, locale]): Form => capSize([["token", token], ["locale", locale], ...fields, ...password]));
        return actionProbe({ world, actionIds }, setup, "/en/setup/fuzz-page", form, ["state", "html"]);
      },
    },
  ];
}
