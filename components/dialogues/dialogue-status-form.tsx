"use client";

import { useTranslations } from "next-intl";
import { EventFields } from "@/components/dashboard/event-fields";
import { PostForm } from "@/components/form/post-form";
import type { FormAction } from "@/lib/actions";

/** The next steps of a dialogue's life: publish a draft, take it back, archive it when it is over. */
const moves = {
  draft: [["published", "publish"]],
  published: [
    ["draft", "unpublish"],
    ["archived", "archive"],
  ],
  archived: [["published", "publish"]],
} as const;

export function DialogueStatusForm({
  serverAction,
  slug,
  locale,
  status,
}: {
  serverAction: FormAction;
  slug: string;
  locale: string;
  status: keyof typeof moves;
}) {
  const t = useTranslations("dialogues");
  return (
    <div className="actions">
      {moves[status].map(([next, label]) => (
        <PostForm key={next} action={serverAction}>
          <EventFields slug={slug} locale={locale} />
          <input type="hidden" name="status" value={next} />
          <button type="submit" className={next === "published" ? "button" : "button secondary"}>
            {t(label)}
          </button>
        </PostForm>
      ))}
    </div>
  );
}
