import { ActionForm } from "@/components/dashboard-shell/action-form";
import type { ActionState } from "@/lib/actions/state";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  messages: Record<string, string>;
  account: { id: number; name: string };
  /** "all", or the ids of the dialogues the account may open. */
  scope: "all" | number[];
  dialogues: { id: number; title: string }[];
  labels: { legend: string; all: string; some: string; save: string };
};

/** An administrator's choice for one organiser or check-in account: every dialogue, or some. */
export function DialogueScopeForm({ action, messages, account, scope, dialogues, labels }: Props) {
  const chosen = new Set(scope === "all" ? [] : scope);
  const name = (suffix: string) => `scope-${account.id}-${suffix}`;
  return (
    <ActionForm action={action} messages={messages} className="stack">
      <input type="hidden" name="userId" value={account.id} />
      <fieldset>
        <legend>{labels.legend}</legend>
        <div>
          <input type="radio" id={name("all")} name="scope" value="all" defaultChecked={scope === "all"} />
          <label htmlFor={name("all")}>{labels.all}</label>
        </div>
        <div>
          <input type="radio" id={name("some")} name="scope" value="some" defaultChecked={scope !== "all"} />
          <label htmlFor={name("some")}>{labels.some}</label>
        </div>
        {dialogues.map((dialogue) => (
          <div key={dialogue.id} className="indent">
            <input
              type="checkbox"
              id={name(String(dialogue.id))}
              name="eventIds"
              value={dialogue.id}
              defaultChecked={chosen.has(dialogue.id)}
            />
            <label htmlFor={name(String(dialogue.id))}>{dialogue.title}</label>
          </div>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button secondary small" aria-label={`${labels.save}: ${account.name}`}>
          {labels.save}
        </button>
      </div>
    </ActionForm>
  );
}
