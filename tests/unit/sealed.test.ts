import { describe, expect, it } from "vitest";

// Before the config is first read: a secret of its own, and no generated secrets file.
process.env.AUTH_SECRET ??= "unit-test-secret-".padEnd(48, "x");

const { hideLinks, openSecrets, REMOVED_LINK, revealLinks, scrubLinks, sealSecrets, SealedSecretsError } = await import(
  "@/lib/email/sealed"
);

describe("sealed email secrets", () => {
  const links = ["https://d.example/en/manage/abc", "https://d.example/en/manage/abcdef"];

  it("hides every occurrence of each link (the longer first), and puts them back for sending", () => {
    const body = `Open ${links[1]} or <a href="${links[0]}">${links[0]}</a>.`;
    const hidden = hideLinks(body, links);
    expect(hidden).not.toContain("/manage/abc");
    expect(revealLinks(hidden, links)).toBe(body);
    expect(scrubLinks(hidden)).toBe(`Open ${REMOVED_LINK} or <a href="${REMOVED_LINK}">${REMOVED_LINK}</a>.`);
  });

  it("round-trips through AES-GCM, shows nothing readable, and refuses a tampered box", () => {
    const secrets = { links, qrCodes: [{ cid: "qr@x", filename: "qr.png", text: "check-in-token-123" }] };
    const sealed = sealSecrets(secrets);
    expect(sealed).not.toContain("manage");
    expect(sealed).not.toContain("check-in-token");
    expect(sealSecrets(secrets)).not.toBe(sealed); // a fresh IV each time
    expect(openSecrets(sealed)).toEqual(secrets);
    const [version, iv, data] = sealed.split(".");
    const flipped = `${data!.slice(0, 10)}${data![10] === "A" ? "B" : "A"}${data!.slice(11)}`;
    expect(() => openSecrets(`${version}.${iv}.${flipped}`)).toThrow(SealedSecretsError);
  });
});
