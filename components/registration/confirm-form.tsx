import { PostForm } from "@/components/form/post-form";

type Props = {
  id: string;
  action: (state: unknown, formData: FormData) => Promise<unknown>;
  token: string;
  locale: string;
  heading: string;
  body: string;
  confirmLabel: string;
  submitLabel: string;
  error?: string;
};

/** A destructive step (cancel, erase) behind a checkbox: a plain form, no JavaScript needed. */
export function ConfirmForm({ id, action, token, locale, heading, body, confirmLabel, submitLabel, error }: Props) {
  const inputId = `${id}-confirm`;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="card stack">
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{body}</p>
      <PostForm action={action} className="form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <div className="field checkbox-field">
          <div className="checkbox-row">
            <input
              id={inputId}
              type="checkbox"
              name="confirm"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
            />
            <label htmlFor={inputId}>{confirmLabel}</label>
          </div>
          {error ? (
            <p id={`${inputId}-error`} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button danger">
            {submitLabel}
          </button>
        </div>
      </PostForm>
    </section>
  );
}
