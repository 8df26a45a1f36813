"use server";

import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { moveQuestion, removeQuestion, saveQuestion } from "@/lib/questions/editor";
import { moveQuestionSchema, questionFormSchema, removeQuestionSchema } from "@/lib/questions/editor-schema";

export const saveQuestionAction = eventAction(canManageEvents, questionFormSchema, async (form, { user, event, locale }) => {
  const result = await saveQuestion(getDb(), user, event.id, form);
  if (result.status !== "saved") return { ok: false, message: "notFound" };
  revalidateEvent(event.slug);
  redirect(`/${locale}/dashboard/events/${event.slug}/questions?saved=${result.id}`);
});

export const moveQuestionAction = eventAction(canManageEvents, moveQuestionSchema, async (form, { user, event, locale }) => {
  if (!(await moveQuestion(getDb(), user, event.id, form.id, form.direction))) return { ok: false, message: "notMoved" };
  revalidateEvent(event.slug);
  redirect(`/${locale}/dashboard/events/${event.slug}/questions?moved=${form.id}`);
});

export const removeQuestionAction = eventAction(canManageEvents, removeQuestionSchema, async (form, { user, event, locale }) => {
  if (!(await removeQuestion(getDb(), user, event.id, form.id))) return { ok: false, message: "notFound" };
  revalidateEvent(event.slug);
  redirect(`/${locale}/dashboard/events/${event.slug}/questions?removed=1`);
});
