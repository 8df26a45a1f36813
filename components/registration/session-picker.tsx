"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import type { SessionGroup } from "@/lib/registration/session-groups";

type Props = {
  groups: SessionGroup[];
  /** Extra props for each checkbox (react-hook-form's `register`, or `defaultChecked`). */
  inputProps: (sessionId: number) => InputHTMLAttributes<HTMLInputElement>;
  error?: string;
  /** Sessions the delegate already holds, whose seats count as theirs. */
  held?: number[];
};

/** Session checkboxes grouped by theme and day, with the seats left (or the waiting list) of each. */
export function SessionPicker({ groups, inputProps, error, held = [] }: Props) {
  const t = useTranslations("registration.sessions");
  return (
    <fieldset className="session-picker" aria-describedby={error ? "sessions-error" : "sessions-hint"}>
      <legend>{t("legend")}</legend>
      <p id="sessions-hint" className="hint">
        {t("hint")}
      </p>
      {error ? (
        <p id="sessions-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.key} className="session-group">
          <legend>{group.heading}</legend>
          {group.days.map((day) => (
            <div key={day.day}>
              <p className="session-day">{day.heading}</p>
              <ul className="session-list">
                {day.sessions.map((session) => {
                  const id = `session-${session.id}`;
                  const full = session.seatsLeft === 0 && !held.includes(session.id);
                  return (
                    <li key={session.id}>
                      <input
                        id={id}
                        type="checkbox"
                        name="sessionIds"
                        value={String(session.id)}
                        aria-describedby={`${id}-info`}
                        {...inputProps(session.id)}
                      />
                      <label htmlFor={id}>
                        <span className="session-title">{session.title}</span>
                        <span id={`${id}-info`} className="hint">
                          {session.time} · {session.room} ·{" "}
                          {session.seatsLeft == null ? (
                            t("openSeating")
                          ) : full ? (
                            <span className="badge badge-warn">{t("full")}</span>
                          ) : (
                            t("seatsLeft", { count: session.seatsLeft })
                          )}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
