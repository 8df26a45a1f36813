"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { searchRoster } from "@/lib/checkin/offline/search";
import type { RosterRegistration } from "@/lib/checkin/offline/types";

/** Name search over the downloaded roster: works offline, ignores accents and case. */
export function DeskSearch({ registrations, onPick }: { registrations: RosterRegistration[]; onPick: (r: RosterRegistration) => void }) {
  const t = useTranslations("checkinOffline");
  const id = useId();
  const [query, setQuery] = useState("");
  const found = searchRoster(registrations, query);
  return (
    <search aria-labelledby={`${id}-label`} className="card stack">
      <div className="field">
        <label id={`${id}-label`} htmlFor={id}>
          {t("search.label")}
        </label>
        <input id={id} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      </div>
      {query.trim() && found.length === 0 ? <p>{t("search.none")}</p> : null}
      {found.length > 0 ? (
        <ul className="card-list desk-matches">
          {found.map((r) => (
            <li key={r.id} className="actions">
              <span>
                <strong>{r.name}</strong> · {r.organisation}
                {r.delegation ? ` · ${r.delegation}` : ""}
                {r.status !== "confirmed" ? ` · ${t(`search.status.${statusKey(r.status)}`)}` : ""}
              </span>
              <button type="button" className="button secondary" onClick={() => onPick(r)}>
                {t("search.checkIn", { name: r.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}

function statusKey(status: string): "cancelled" | "declined" | "waitlisted" | "pending" {
  if (status === "cancelled") return "cancelled";
  if (status === "rejected") return "declined";
  if (status === "waitlisted") return "waitlisted";
  return "pending";
}
