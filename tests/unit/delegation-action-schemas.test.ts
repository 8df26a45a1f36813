import { describe, expect, it } from "vitest";
import { delegationEditFieldsSchema, delegationEditSchema, delegationIdSchema } from "@/lib/delegations/action-schemas";

describe("the organisers' delegation edit form", () => {
  it("takes a quota and a deadline (a wall time) for one delegation", () => {
    expect(delegationEditSchema.parse({ id: "7", quota: " 4 ", deadline: "2030-06-01T18:00" })).toEqual({
      id: 7,
      quota: 4,
      deadline: "2030-06-01T18:00",
    });
    // The browser checks the same fields without the hidden id.
    expect(delegationEditFieldsSchema.safeParse({ quota: "4", deadline: "2030-06-01T18:00" }).success).toBe(true);
  });

  it.each([
    [{ quota: "0" }, "quota"],
    [{ quota: "501" }, "quota"],
    [{ deadline: "2030-06-01" }, "deadline"],
    [{ id: "2147483648" }, "id"],
    [{ id: "-1" }, "id"],
  ])("refuses %o", (change, field) => {
    const result = delegationEditSchema.safeParse({ id: "7", quota: "4", deadline: "2030-06-01T18:00", ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("refuses an id that names no row", () => {
    expect(delegationIdSchema.safeParse({ id: "x" }).success).toBe(false);
  });
});
