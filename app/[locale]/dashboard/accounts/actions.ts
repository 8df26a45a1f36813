"use server";

import { revalidatePath } from "next/cache";
import { setDialogueScope } from "@/lib/accounts/dialogue-scope";
import { inviteUser } from "@/lib/accounts/invitations";
import { changeRole, setDisabled } from "@/lib/accounts/manage";
import { organiserAction } from "@/lib/actions";
import { canAdminister } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { changeRoleSchema, dialogueScopeInput, dialogueScopeSchema, inviteSchema, setDisabledSchema } from "@/lib/validation/accounts";

const refresh = () => revalidatePath("/[locale]/dashboard/accounts", "page");

export const inviteAction = organiserAction(canAdminister, inviteSchema, async (data, { user }) => {
  const result = await inviteUser(getDb(), user, data, config().appUrl);
  if (!result.ok) return { ok: false, message: `errors.${result.reason}`, values: { email: data.email } };
  kickEmailWorker();
  refresh();
  return { ok: true, message: "manage.invited" };
});

export const changeRoleAction = organiserAction(canAdminister, changeRoleSchema, async ({ userId, role }, { user }) => {
  const result = await changeRole(getDb(), user, userId, role);
  if (!result.ok) return { ok: false, message: `errors.${result.reason}` };
  refresh();
  return { ok: true, message: "manage.roleChanged" };
});

export const setDisabledAction = organiserAction(canAdminister, setDisabledSchema, async ({ userId, disabled }, { user }) => {
  const result = await setDisabled(getDb(), user, userId, disabled);
  if (!result.ok) return { ok: false, message: `errors.${result.reason}` };
  refresh();
  return { ok: true, message: disabled ? "manage.disabledDone" : "manage.enabledDone" };
});

export const setDialogueScopeAction = organiserAction(
  canAdminister,
  dialogueScopeSchema,
  async ({ userId, scope, eventIds }, { user }) => {
    const result = await setDialogueScope(getDb(), user, userId, { allDialogues: scope === "all", eventIds });
    if (!result.ok) return { ok: false, message: `errors.${result.reason}` };
    refresh();
    return { ok: true, message: "manage.scopeSaved" };
  },
  { input: dialogueScopeInput },
);
