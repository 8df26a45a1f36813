"use client";

import { useTranslations } from "next-intl";
import type { Decision } from "@/lib/checkin/offline/decide";

type Shown = { tone: "success" | "info" | "error"; text: string };

/** A decision of the desk in words, with the tone of its notice (refusals are alerts). */
export function useDecisionText(time: (iso: string) => string) {
  const t = useTranslations("checkinOffline");
  return (decision: Decision, answer?: string): Shown => {
    switch (decision.kind) {
      case "admit":
        return { tone: "success", text: t("result.checkedIn", { name: decision.name }) };
      case "admitNew":
        return { tone: "success", text: t("result.checkedInNew", { id: decision.registrationId }) };
      case "checkOnline":
        if (answer === "checkedIn") return { tone: "success", text: t("result.oldCodeAccepted") };
        return answer === "waiting"
          ? { tone: "info", text: t("result.oldCodeWaiting") }
          : { tone: "error", text: t("result.oldCodeRefused") };
      case "already":
        return {
          tone: "info",
          text: decision.by
            ? t("result.already", { name: decision.name, time: time(decision.at), by: decision.by })
            : t("result.alreadyHere", { name: decision.name, time: time(decision.at) }),
        };
      case "refused":
        return { tone: "error", text: t(`result.${decision.reason}`, { name: decision.name ?? "" }) };
      default:
        return {
          tone: "error",
          text: `${t(`result.${decision.kind}`, { name: decision.name })} ${decision.walkIns ? t("result.walkIns") : t("result.noWalkIns")}`,
        };
    }
  };
}
