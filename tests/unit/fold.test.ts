import { describe, expect, it } from "vitest";
import { fold } from "@/db/schema/fold";

describe("fold", () => {
  it("lower-cases and removes the accents of EU and LAC names", () => {
    expect(fold("Álvarez Núñez")).toBe("alvarez nunez");
    expect(fold("ŁUKASZ Wałęsa")).toBe("lukasz walesa");
    expect(fold("São João, Ørsted, Dvořák, Ştefan, Țară")).toBe("sao joao, orsted, dvorak, stefan, tara");
  });

  it("leaves other characters as they are", () => {
    expect(fold("100%_Open")).toBe("100%_open");
    expect(fold("ß 日本")).toBe("ß 日本");
  });
});
